"""How a material is treated: its finish ("oiled", "waxed", "lacquered"), its tanning
("vegetable-tanned", "chrome-tanned"), and what it is seasoned, coated or filled with when the
listing has a line for it ("pre-seasoned with lard" of "Seasoning: Linseed oil").

A treatment the listing gives otherwise (another of the same class) blocks as a material; a
tanning on a listing that says none warns, since the listing cannot confirm it. A finish the
listing does not mention is not judged: copy says "oiled" or "polished" of wood and metal freely.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.product_nouns import stem

_RULE = "accuracy.material"
# Metals a layer is plated in; the listing's naming the metal gives the layer ("a rhodium
# finish" gives "rhodium-plated").
_METALS = r"chrome|nickel|gold|silver|rhodium|zinc|copper|brass|tin|platinum|palladium"
# Each class: the treatments a maker chooses one of. (name, pattern, warn when none is given)
_CLASSES = (
    ("finish", r"oil(?:ed|[\s-]finished)|wax(?:ed|[\s-]finished)|lacquered|varnished|shellacked",
     False),
    ("tanning", r"(?:vegetable|veg|chrome|brain|oil|bark)[\s-]tanned", True),
    # a layer over the material: the listing's, or none it can confirm
    ("layer", rf"laminated|laminate|lamination|(?:(?:{_METALS})[\s-])?plat(?:ed|ing)|"
     r"electroplated", True),
)  # fmt: skip
_NEGATED = re.compile(r"\b(?:not|un|never|no|than|instead of)\s*$", re.IGNORECASE)
# A tanning as a listing in a shop's language gives it ("conciata al vegetale", "pflanzlich
# gegerbt"), under the English kind a draft says ("vegetable-tanned"); a shop-language word for
# the tanning, not a phrase of any one listing.
_TANNINGS_ABROAD = {
    "vegetable": r"(?:pflanzlich|vegetabil(?:isch)?)\s+gegerbt\w*|conciat[aoei]\s+al\s+vegetale|"
    r"tann(?:age|ée?s?)\s+v[ée]g[ée]tal\w*|curtid[oa]s?\s+vegetal\w*|curtume\s+vegetal|"
    r"plantaardig\s+gelooid|vegetabil(?:iskt|sk)\s+garva?(?:d|et|t)\w*|garbowan\w+\s+ro[śs]linnie",
    "chrome": r"chromgegerbt\w*|conciat[aoei]\s+al\s+cromo|tann(?:age|ée?s?)\s+au\s+chrome|"
    r"curtid[oa]s?\s+al\s+cromo",
}  # fmt: skip


def _said(pattern: str, text: str) -> list[re.Match[str]]:
    return [
        m
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, re.IGNORECASE)
        if not _NEGATED.search(text[max(0, m.start() - 12) : m.start()])
    ]


def _kind(word: str) -> str:
    return normalise(re.sub(r"[\s-](?:finished|tanned)$", "", word.lower()).replace("ed", ""))


def _clipped(said: str, given: str) -> bool:
    """The same kind, or one word clipped from the other ("veg" of "vegetable")."""
    short, full = sorted((said, given), key=len)
    return said == given or (len(short) >= 3 and full.startswith(short))


def check_treatments(text: str, facts: ListingFacts) -> list[Finding]:
    out: list[Finding] = []
    listing = "  ".join(facts.lines)
    for name, pattern, warn in _CLASSES:
        given = {_kind(m.group()): m.group() for m in _said(pattern, listing)}
        if name == "tanning":
            abroad = _TANNINGS_ABROAD.items()
            given.update({_kind(k): m.group() for k, said in abroad for m in _said(said, listing)})
        for match in _said(pattern, text):
            if any(_clipped(_kind(match.group()), kind) for kind in given):
                continue
            metal = re.match(_METALS, match.group(), re.IGNORECASE) if name == "layer" else None
            if metal and re.search(rf"\b{metal.group().lower()}", facts.normal):
                continue  # "rhodium-plated" of "with a rhodium finish"
            if given:
                said = ", ".join(sorted(set(given.values())))
                line = facts.line_with(next(iter(given.values())).lower()) or ""
                out.append(
                    finding(
                        _RULE,
                        BLOCK,
                        match.start(),
                        match.end(),
                        match.group(),
                        f"contradicts the listing's {name}, which is {said}.",
                        f"Say {said}, as the listing does.",
                        line,
                    )  # fmt: skip
                )
            elif warn:
                out.append(
                    finding(
                        _RULE,
                        WARN,
                        match.start(),
                        match.end(),
                        match.group(),
                        f"is a {name} the listing does not give: it names none to confirm it.",
                        f"Remove it, or add the {name} to the listing first.",
                    )  # fmt: skip
                )
    return out + _added_otherwise(text, facts) + _left_without(text, listing, facts)


def _left_without(text: str, listing: str, facts: ListingFacts) -> list[Finding]:
    """ "Left unoiled", "unwaxed" of a listing that gives that finish (round 29): the
    prefixed opposite of the listing's finish, a feature it denies (as ``uses`` reads the
    prefixed opposite of an attribute's word)."""
    pattern = _CLASSES[0][1]
    given = {_kind(m.group()): m.group() for m in _said(pattern, listing)}
    if not given:
        return []
    out = []
    said = rf"(?<![\w-])(?:(?:left|kept|sold|supplied)\s+)?un-?(?:{pattern})(?![\w-])"
    for match in re.finditer(said, text, re.IGNORECASE):
        kind = _kind(re.sub(r"^(?:\w+\s+)?un-?", "", match.group(), flags=re.IGNORECASE))
        if kind not in given or re.search(rf"(?<![\w-])un-?{given[kind]}", listing, re.I):
            continue
        line = facts.line_with(given[kind].lower()) or ""
        out.append(
            finding(
                "accuracy.feature",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"contradicts the listing's finish, which is {given[kind]}.",
                f"Say {given[kind]}, as the listing does.",
                line,
            )  # fmt: skip
        )
    return out


# "seasoned with", "coated in", "filled with": a verb whose noun labels a listing line; not the
# end of a compound ("water-based with …", "hand-filled in …"), which names its own addition.
_TREATED_WITH = re.compile(
    r"(?<![\w-])(?:pre-?)?(?P<verb>[a-z]{3,}ed)\s+(?:with|in)\s+(?:an?\s+|the\s+|some\s+)?"
    r"(?P<items>(?-i:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}))",  # not a place: "in Portland"
    re.IGNORECASE,
)
# Words that end what the verb adds, a measure's approximation among them ("stuffed with some
# 2 kg of kapok": no thing named, round 39).
_ITEM_STOP = frozenset(
    "so and or for to that which as at on in by from it its their before after until when "
    "while if our your my his her this these those some about around roughly approximately "
    "nearly almost over up".split()
)


def _added_otherwise(text: str, facts: ListingFacts) -> list[Finding]:
    """ "Pre-seasoned with lard" when the listing says "Seasoning: Linseed oil": what the verb
    adds is the listing's line named by the verb's noun, and this is none of its words."""
    labelled: dict[str, str] = {}
    for fact in facts.lines:
        label, colon, given = fact.partition(":")
        if colon and len(label.split()) == 1 and given.strip():
            labelled.setdefault(stem(label.strip().lower()), fact)
    out: list[Finding] = []
    for match in _TREATED_WITH.finditer(text):
        line = labelled.get(stem(match.group("verb").lower()), "")
        if not line:
            continue
        words: list[str] = []
        for word in match.group("items").lower().split():
            if word in _ITEM_STOP:
                break
            words.append(word)
        value = {stem(w) for w in normalise(line.partition(":")[2]).split()}
        if not words or any(stem(w) in value for w in normalise(" ".join(words)).split()):
            continue
        start = match.start("items")
        end = start + len(" ".join(words))
        out.append(
            finding(
                _RULE,
                BLOCK,
                start,
                end,
                text[start:end],
                f"is not what the listing says it is {match.group('verb').lower()} with ({line}).",
                f"Say {line.partition(':')[2].strip()}, as the listing does.",
                line,
            )  # fmt: skip
        )
    return out
