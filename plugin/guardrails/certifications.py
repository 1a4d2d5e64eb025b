"""Certification and standard claims judged against the listing: a mark the listing names
(or its standard, rating and body), one it denies, "-free" promises against what the listing
says it contains, and a standard given as a safety code only. The claims are found by
``plugin/guardrails/certification_claims.py``.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.certification_claims import (
    _CODE,
    _FREE_CLAIM,
    _MAKING_WORDS,
    _MARKS,
    _NOT_NAMES,
    _claim,
    certification_claims,
)
from plugin.guardrails.claims import Claim
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.ingredients import names_abroad
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.vocabulary import CERTIFICATIONS, FREE_OF

# The rating within a standard: "EN 12477 Type A", "EN 14683 Type IIR", "ISO 20345 Class 2".
_RATING = re.compile(r"\s+(?P<rating>(?:Type|Class|Level|Category|Grade)\s+[A-Z0-9]{1,3})$")


def _supported(claim: Claim, facts: ListingFacts) -> bool:
    if claim.value in facts.certification_names:
        return True
    standard = claim.text if _CODE.fullmatch(claim.text) else claim.about  # "tested to EN 71-2"
    code = _CODE.fullmatch(standard)
    rating = _RATING.search(standard) if code else None
    if rating and not facts.supports(rating["rating"]):
        return False  # "EN 12477 Type B" of a listing rated "EN 12477 Type A"
    if code and any(c.isdigit() for c in standard):
        # a code's every number, in order, however spaced: "EN 71-2" is not "EN 71-1, EN 71-3";
        # "EN 71" is the family of both
        tokens = re.findall(r"[A-Za-z]+|\d+", standard.lower())
        pattern = r"(?<![a-z0-9])" + r"\W*".join(map(re.escape, tokens)) + r"(?![0-9])"
        return bool(re.search(pattern, "\n".join(facts.lines).lower()))
    if facts.supports(claim.text) or facts.supports(claim.about):
        return True
    # "OEKO-TEX certified" on a listing that says "Certified: OEKO-TEX Standard 100".
    found = [(s, e, t.name) for s, e, t in CERTIFICATIONS.find(claim.text) if t.name != "certified"]
    if found and all(name in facts.certification_names for _, _, name in found):
        # each word beside the known marks must be the listing's too: "USDA National Organic
        # Program" is not the listing's "organic"
        rest = claim.about
        for start, end, _ in found:
            rest = rest.replace(claim.text[start:end], " ")
        initials = {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", rest)}  # "EU", "JAS"
        named = [
            w
            for w in normalise(rest).split()
            if (len(w) > 2 or w in initials) and w not in _NOT_NAMES
        ]
        if all(w in facts.words or w in _MAKING_WORDS for w in named):
            return True
    words = [w for w in normalise(claim.about).split() if len(w) > 1]
    return bool(words) and all(w in facts.words for w in words) and _marked(facts)


# The name right after a bare mark word: "certified ENplus A1", "approved DIN 4102".
_NAME_AFTER = re.compile(r"[ \t]+(?P<name>[A-Z][\w+-]*(?:[ \t]+[A-Z0-9][\w+-]*){0,2})")


def _names_the_listings_mark(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """ "certified ENplus A1" when the listing gives "ENplus A1", whatever its label calls it
    ("Zertifikat: ENplus A1")."""
    after = _NAME_AFTER.match(text, claim.end)
    return after is not None and claim.text == claim.about and facts.supports(after["name"])


# A denial right before a claim's words in the listing: "it has not been crash-tested", "not
# certified", "never approved".
_NOT_BEFORE = re.compile(
    r"\b(?:not|never|no|isn't|aren't|hasn't|haven't|wasn't|without)(?:\s+(?:been|be|yet))?\s+$",
    re.IGNORECASE,
)


def _denied(claim: Claim, facts: ListingFacts) -> str:
    """The listing line that says the product is not what the claim says ("it has not been
    crash-tested"), where every mention of the claim's words in the listing denies it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(claim.text)}(?![\w-])", re.IGNORECASE)
    found = [(line, m) for line in facts.lines for m in pattern.finditer(line)]
    if not found or not all(_NOT_BEFORE.search(line, 0, m.start()) for line, m in found):
        return ""
    return found[0][0]


def _marked(facts: ListingFacts) -> bool:
    """Whether the listing makes any certification claim at all (so its words carry one)."""
    return bool(facts.certifications) or any(
        w in facts.words for w in ("certified", "approved", "standard", "compliant", "tested")
    )


def check_certifications(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for claim in certification_claims(text):
        free = _FREE_CLAIM.fullmatch(claim.text)
        if free and free.group(1).lower() in FREE_OF:
            if "?" in re.split(r"[.!\n]", text[claim.end :], maxsplit=1)[0]:
                continue  # "Is it nut-free?": asked, and its answer says
            said = _free_of(claim, free.group(1), facts)
            if said is True:
                continue  # "Free from: parabens, sulfates"
            if said:
                out.append(said)
                continue
        standard = _only_a_standard(text, claim, facts)
        if standard:
            out.append(
                finding(
                    "accuracy.certification",
                    BLOCK,
                    claim.start,
                    claim.end,
                    claim.text,
                    "is a standard the listing says the product supports, not a certification.",
                    "Say it supports the standard, as the listing does.",
                    standard,
                )
            )
            continue
        if _NOT_BEFORE.search(text, max(0, claim.start - 30), claim.start):
            # "the paints are not vegan": the draft says what the product is not, a caution
            # and no certification, whether the listing denies it in its words or in another
            # language's ("не веганські") that the checker cannot match
            continue
        denied = _denied(claim, facts)
        if denied:
            out.append(
                finding("accuracy.certification", BLOCK, claim.start, claim.end, claim.text,
                        "is what the listing says the product is not.",
                        "Leave it out: the listing denies it.", denied)  # fmt: skip
            )
            continue
        if _supported(claim, facts) or _names_the_listings_mark(text, claim, facts):
            continue
        line = next(iter(facts.certifications.values()), "")
        out.append(
            finding(
                "accuracy.certification",
                BLOCK,
                claim.start,
                claim.end,
                claim.text,
                "is a certification, standard or safety claim the listing does not make.",
                "Remove it unless the product is certified; then add it to the listing.",
                line,
            )
        )
    return out + _free_of_a_contained_ingredient(text, facts)


def _free_of_a_contained_ingredient(text: str, facts: ListingFacts) -> list[Finding]:
    """ "<X>-free" of any food or substance with names abroad (``ingredients_abroad.json``),
    not only ``FREE_OF``'s, where the listing names X as contained ("Contains sulphites" or its
    words for them): a health claim against the listing (round 36)."""
    out = []
    for match in _FREE_CLAIM.finditer(text):
        substance = match.group(1).lower()
        if substance in FREE_OF or not (names_abroad(substance) or names_abroad(f"{substance}s")):
            continue
        claim = _claim(text, match.start(), match.end(), match.group())
        said = _free_of(claim, substance, facts, f"{substance}s", _HEALTH)
        if isinstance(said, Finding):
            out.append(said)
    return out


# Labels of what a product supports or works with, not what it is certified to.
_STANDARD_LABEL = re.compile(
    r"^(?:standards?|supports?|supported standards?|protocols?|compatib\w*|charging(?: standards?)?"
    r"|fast charging|connectivity)\s*:",
    re.IGNORECASE,
)
# A standard's code in capitals with its number ("UIAA 101", "EN 12275"): a norm a product is
# tested and certified to, not a protocol it supports.
_SAFETY_CODE = re.compile(r"[A-Z]{2,6}[\s-]?\d")
_CERTIFIED_AFTER = re.compile(r"[^.;:!?\n]{0,80}?\b(?:certified|approved|accredited)\b", re.I)


def _only_a_standard(text: str, claim: Claim, facts: ListingFacts) -> str:
    """The listing's line that gives a name called certified in the draft only as a standard
    it supports ("Standards: USB Power Delivery 3.0"), when no certification line names it."""
    own_mark = re.search(rf"[\s-](?:{_MARKS}|listed|tested)$", claim.text, re.I)
    if own_mark and not re.search(r"certified|approved|accredited", own_mark.group(), re.I):
        return ""  # "ISO 11154 tested and TÜV certified": tested is its own claim
    if not own_mark and not _CERTIFIED_AFTER.match(text, claim.end):
        return ""
    bare = re.sub(r"[\s-]*(?:certified|approved|accredited)$", "", claim.about, flags=re.I)
    if _CODE.match(bare) or _SAFETY_CODE.match(bare):
        return ""  # "EN 892 certified" of "Standards: EN 892": a code is what gear is certified to
    name = normalise(bare)
    if not name:
        return ""
    lines = [ln for ln in facts.lines if f" {name} " in f" {normalise(ln)} "]
    if lines and all(_STANDARD_LABEL.match(ln) for ln in lines):
        return lines[0]
    return ""


_HEALTH = "compliance.health"
_DIETARY = frozenset("gluten nut caffeine lactose dairy soy sugar allergen".split())


def _free_of(
    claim: Claim, substance: str, facts: ListingFacts, plural: str = "", rule: str = ""
) -> Finding | bool:
    """Whether the listing says the product is free of ``substance`` (True), names it as
    contained ("Contains natural latex", a sulfate among the ingredients: a contradiction of what
    it is made of, so a material finding), or neither (False). Of a food a shopper's diet or
    health keeps out (gluten, nuts, caffeine: ``_DIETARY``) the contradiction is a health
    claim."""
    stem = re.escape(substance.lower().rstrip("s"))
    # named as contained in the listing's language too ("Contiene glutine", round 29)
    named = {*names_abroad(substance.lower().rstrip("s")), *names_abroad(plural)}
    abroad = "".join(f"|{re.escape(n)}" for n in sorted(named))
    present = re.compile(rf"\b(?:{stem}s?{abroad})\b(?! free\b)")
    absent = re.compile(rf"\b(?:free|without|no|non|zero)\b[a-z ]{{0,40}}\b{stem}|\b{stem}s? free")
    lines = [(line, normalise(line)) for line in facts.lines]
    if any(absent.search(n) for _, n in lines) or _free_of_abroad(substance, facts.lines):
        return True
    line = next((line for line, n in lines if present.search(n)), "")
    if not line:
        return False
    return finding(
        rule or (_HEALTH if substance.lower().rstrip("s") in _DIETARY else "accuracy.material"),
        BLOCK, claim.start, claim.end, claim.text,
        f"contradicts the listing, which names {substance.lower()} ({line}).",
        "Remove it: the listing says the product contains it.", line,
    )  # fmt: skip


# "Without" and "-free" in the shop languages: "sans soja", "glutenfrei", "sockerfri".
_WITHOUT_ABROAD = (
    "ohne|frei von|sans|sin|libre de|senza|zonder|vrij van|utan|fri från|uten|uden|bez|ilman|sem"
)
_FREE_ABROAD = "frei|fri|vrij|frie|vapaa|wolny|wolna"


def _free_of_abroad(substance: str, lines: list[str]) -> bool:
    """Whether a listing line says in a shop language that the product is free of
    ``substance``, named in that language (``data/ingredients_abroad.json``) or as in English."""
    names = {substance.lower(), *names_abroad(substance.lower().rstrip("s"))}
    names |= set(names_abroad(substance.lower()))
    said = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)(?:(?:{_WITHOUT_ABROAD})\s+(?:{said})|(?:{said})-?(?:{_FREE_ABROAD}))(?!\w)", re.I
    )
    return any(pattern.search(line) for line in lines)
