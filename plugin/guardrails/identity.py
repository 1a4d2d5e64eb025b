"""What the draft says the product is, and what it says it can be used as.

A product type claim is the noun a draft calls the product by ("This hoodie …", "It is a
lightweight jacket"); it contradicts the listing when that noun is in another group of
``data/product_types.json`` than every noun the listing calls itself by (a bundle called "a
hoodie", a pennant called "a WordPress theme"): that blocks. A use claim ("doubles as a pizza
stone", "can be worn as a scarf or a hat") that the listing does not state warns: it cannot be
confirmed from the listing.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.measures import singular


@cache
def _groups() -> dict[str, frozenset[str]]:
    """noun (singular) -> the groups it belongs to."""
    data = json.loads((Path(__file__).parent / "data" / "product_types.json").read_text())
    out: dict[str, set[str]] = {}
    for group, nouns in data["groups"].items():
        for noun in nouns.split():
            out.setdefault(singular(noun), set()).add(group)
    return {noun: frozenset(groups) for noun, groups in out.items()}


_STOP = frozenset(
    "and or of with in for to the a an on at by from as is are that which who it its your our "
    "their this these has have will can keeps makes".split()
)
_OPENER = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Oo]ur|[Yy]our new|(?:is|it's|are) (?:a|an))\s+")
_WORD = re.compile(r"[A-Za-z][\w'-]*")


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# "a set of jigsaw puzzles" still says there are several: a claim about what the listing sells.
_SEVERAL = frozenset("set pack kit bundle collection pair duo trio assortment".split())


def type_claims(text: str) -> list[Claim]:
    groups = _groups()
    out = []
    for opener in _OPENER.finditer(text):
        pos = opener.end()
        head: re.Match[str] | None = None
        for _ in range(4):
            word = _WORD.match(text, pos)
            if not word or word.group().lower() in _STOP:
                break
            if singular(word.group().lower()) in groups:
                head = word
            elif head is not None:
                break
            pos = word.end()
            if not re.match(r"[ \t]+", text[pos : pos + 1]):
                break
            pos += 1
        if (
            head is not None
            and _OF_AFTER.match(text, head.end())
            and singular(head.group().lower()) not in _SEVERAL
        ):
            continue  # "a bottle of olive oil": its container, not another product
        if head is not None:
            noun = singular(head.group().lower())
            out.append(Claim("product_type", head.start(), head.end(), head.group(), noun))
    return out


_USE = re.compile(
    r"\b(?:(?:can|could|will|may)\s+(?:also\s+|even\s+|easily\s+|then\s+)?(?:be\s+)?"
    r"(?:used|worn|turned|converted|transformed|repurposed|folded|styled)\s+(?:as|into|to)|"
    r"doubl(?:e|es|ing)\s+(?:up\s+)?as|(?:also\s+)?(?:works|serves|functions)\s+(?:well\s+)?as|"
    r"(?:converts|turns|transforms)\s+into)\s+(?P<use>[^.;:!?\n]{3,80})",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r",\s*(?:and|but|so|while)\b|\s+(?:but|so|while|because)\b")
_USE_STOP = frozenset("a an the your any some or and for of to with as on in".split())


def use_claims(text: str) -> list[Claim]:
    """Uses with the things named ("as a scarf, a hat or a bag" -> scarf, hat, bag); ``about``
    is "as" (it becomes those things) or "purpose" ("can be used to clean carpets")."""
    out = []
    for match in _USE.finditer(text):
        use = _CLAUSE_END.split(match.group("use"))[0]
        end = match.start("use") + len(use.rstrip(" ,"))
        items = [h for h in (_head(i) for i in re.split(r",|\bor\b|\band\b", use)) if h]
        verb = text[match.start() : match.start("use")].split()[-1].lower()
        about = "purpose" if verb == "to" else "as"
        out.append(Claim("use", match.start(), end, text[match.start() : end], items, about))
    return out


def _head(item: str) -> str:
    words = [w.lower() for w in _WORD.findall(item) if w.lower() not in _USE_STOP]
    return singular(words[-1]) if words else ""


def check_identity(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    groups = _groups()
    own = {singular(w) for w in facts.product_words}
    own_groups = set().union(*(groups.get(w, frozenset()) for w in own))
    for claim in type_claims(text):
        if not own_groups or claim.value in own or groups[claim.value] & own_groups:
            continue
        kind = next((w for w in sorted(own) if w in groups), "")
        out.append(
            finding(
                "accuracy.category",
                BLOCK,
                claim.start,
                claim.end,
                claim.text,
                f"is not what the listing sells (it is a {kind}).",
                f"Call the product what the listing calls it: {facts.title}.",
                f"Title: {facts.title}",
            )
        )
    for claim in use_claims(text):
        known = [w for w in claim.value if w in facts.words or f"{w}s" in facts.words]
        # "doubles as a scarf or a hat": every use must be the listing's; "can be used to clean
        # carpets": what it is for must be a thing the listing names.
        if claim.about == "as":
            enough = len(known) == len(claim.value)
        else:
            said = claim.text.rsplit(" to ", 1)[-1]
            words = {singular(w.lower()) for w in _WORD.findall(said)}
            enough = bool(words & {singular(w) for w in facts.words} - _USE_STOP)
        if enough or facts.supports(claim.text):
            continue
        out.append(
            finding(
                "accuracy.feature",
                WARN,
                claim.start,
                claim.end,
                claim.text,
                "is a use the listing does not state, so it cannot be confirmed.",
                "Keep to the uses the listing gives, or add this one to the listing first.",
            )
        )
    return out
