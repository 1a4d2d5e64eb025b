"""Care, protection and packaging claims: "dishwasher safe", "waterproof", "machine washable",
"arrives in a gift box". Protections ("waterproof", "leak-proof", "rust-resistant") and a
non-stick coating (round 52) are features of the product and are reported as
``accuracy.feature``; care as ``accuracy.care``.
So are built-in features a listing states when the product has them ("double-walled",
"dimmable", "RFID-blocking": ``data/built_features.json``).

A care claim is backed by the listing stating the same thing in any of its usual words, in a
care or features attribute as much as in prose ("Care: Machine wash cold" backs "machine
washable"; "Features: IPX7" backs "waterproof"), unless the listing negates it ("Not dishwasher
safe", "Hand wash only"). A wrong care claim damages the product, so it blocks. A packaging
claim the listing does not give warns: it cannot be confirmed.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise

_SAFE_FOR = re.compile(
    r"\b(?P<use>dishwasher|microwave|oven|freezer)(?=(?:[\s,&/-]+(?:and|or|&)?[\s,&/-]*"
    r"(?:dishwasher|microwave|oven|freezer))*[\s-]+safe\b)",
    re.IGNORECASE,
)
_CARE, _FEATURE = "accuracy.care", "accuracy.feature"
# The same protections and care as shops abroad write them (German, French, Spanish, Italian,
# Dutch, Portuguese, Swedish, Danish, Norwegian, Polish), normalised: "Membrane: Imperméable"
# backs "waterproof".
_WATERPROOF_ABROAD = (
    "wasserdicht", "imperméable", "impermeable", "impermeabile", "waterdicht", "impermeável",
    "vattentät", "vandtæt", "vanntett", "wodoodporny", "wodoodporna", "wodoodporne",
)  # fmt: skip
_WATER_RESISTANT_ABROAD = (
    "wasserabweisend", "déperlant", "déperlante", "hydrofuge", "idrorepellente",
    "waterafstotend", "resistente al agua", "hidrorepelente", "vattenavvisande",
    "vandafvisende", "vannavstøtende", "wodoodpychający", "wodoodpychająca",
)  # fmt: skip
_MACHINE_WASH_ABROAD = (
    "maschinenwaschbar", "maschinenwäsche", "lavable en machine", "lavable a máquina",
    "lavable en lavadora", "lavabile in lavatrice", "wasbaar in de machine", "machinewasbaar",
    "lavável na máquina", "maskintvätt", "maskinvask", "pranie w pralce",
)  # fmt: skip
# "Washable at 40 °C" in the shop languages (normalised): a temperature is a machine's setting,
# so the listing says it goes in the washing machine ("lavable à la main" names no degrees).
_WASHED_AT = re.compile(
    r"\b(?:waschbar bei|wäsche bei|lavabile a|lavable à|lavable a|lavar a|wasbaar op|"
    r"wassen op|tvättas i|tvätt i|vaskes ved|vask ved|vaskes på|prać w|pranie w|praní na)"
    r" (?:max |maks |maximal |maximum )?\d{2}\b"
)
# claim pattern -> listing words (normalised) that back it; then the rule that judges it:
# protections ("waterproof", "rust-proof") are features of the product, the rest care.
_CLAIMS: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (re.compile(r"\bwater[\s-]?proof\b", re.I),
     ("waterproof", "water proof", "ipx7", "ipx8", "ip67", "ip68", "submersible",
      *_WATERPROOF_ABROAD),
     _FEATURE),
    (re.compile(r"\bwater[\s-](?:resist(?:ant|ance)|repellent)\b", re.I),
     ("water resistant", "water resistance", "water repellent", "waterproof", "splash", "dwr",
      "ipx4", "ipx5", "ipx6", "ipx7", "ipx8", "ip54", "ip55", "ip65", "ip66", "ip67", "ip68",
      *_WATERPROOF_ABROAD, *_WATER_RESISTANT_ABROAD),
     _FEATURE),
    (re.compile(r"\b(?:leak|spill)[\s-]?(?:proof|resistant)\b", re.I),
     ("leak proof", "leakproof", "spill proof", "leak resistant", "spill resistant"),
     _FEATURE),
    (re.compile(r"\bmachine[\s-]washable\b|\b(?:safe (?:for|in)|goes in|(?:in|into)) the "
                r"washing machine\b", re.I),
     ("machine washable", "machine wash", "washing machine", "wash at", "wash cold", "wash warm",
      "gentle cycle", "delicate cycle", *_MACHINE_WASH_ABROAD), _CARE),
    # a non-stick coating is built into the pan: a feature, not care (round 52)
    (re.compile(r"\bnon[\s-]?stick\b", re.I), ("non stick", "nonstick"), _FEATURE),
    (re.compile(r"\b(?:shatter|scratch)[\s-]?(?:proof|resistant)\b", re.I),
     ("shatter", "scratch", "tempered", "gorilla glass", "sapphire"), _FEATURE),
    (re.compile(r"\bstain[\s-]?(?:proof|resistant)\b", re.I), ("stain",), _CARE),
    # "colourfast": a dye that does not run in the wash, care the listing must give (round 28)
    (re.compile(r"\bcolou?r[\s-]?fast\b", re.I),
     ("colourfast", "colorfast", "colour fast", "color fast", "farbecht", "grand teint",
      "kleurvast", "färgäkta", "farveægte", "fargeekte"), _CARE),
    (re.compile(r"\brust[\s-]?(?:proof|resistant)\b", re.I), ("rust", "stainless"), _FEATURE),
    (re.compile(r"\b(?:wrinkle|crease)[\s-]?(?:free|resistant)\b", re.I),
     ("wrinkle", "crease", "non iron", "easy iron"), _CARE),
    (re.compile(r"\btumble[\s-]?dry(?:[\s-]+(?:low|medium|warm|cool|on low|safe))?\b(?![\s-]*er)|"
                r"\b(?:fine|safe|ok|okay|goes|go) in the (?:tumble[\s-]?)?dryer\b", re.I),
     ("tumble dry", "tumble dryer", "tumble dried"), _CARE),
)  # fmt: skip
# Built-in features a listing states when the product has them ("double-walled", "dimmable"):
# the table in data/built_features.json, judged as the protections are.
_BUILT = json.loads((Path(__file__).parent / "data" / "built_features.json").read_text("utf-8"))
_BUILT_CLAIMS = tuple(
    (re.compile(item["says"], re.IGNORECASE), tuple(item["backed_by"]), _FEATURE)
    for item in _BUILT["features"]
)
# Restrictions that the listing's own care contradicts: "hand wash only" of a dishwasher-safe
# pan, "do not tumble dry" where it says "tumble dry low" (and "tumble dry" is a claim above).
_RESTRICTIONS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bhand[\s-]?wash(?:able)? only\b|\b(?:not|never) (?:put it )?in the "
                r"dishwasher\b|\bnot dishwasher[\s-]safe\b", re.I),
     ("dishwasher safe", "machine wash", "machine washable")),
    (re.compile(r"\bdry[\s-]clean only\b", re.I),
     ("machine wash", "machine washable", "hand wash")),
    (re.compile(r"\b(?:do not|don't|never) tumble[\s-]?dry\b", re.I), ("tumble dry",)),
)  # fmt: skip
# Words that carry care of their own: superwash wool is treated to go in the washing machine
# ("Fibre: superwash merino" backs "machine washable"), unless the listing's own care restricts
# it ("Care: Hand wash only").
_IMPLIES: dict[str, tuple[str, ...]] = {
    "superwash": ("machine wash", "machine washable"),
    "super wash": ("machine wash", "machine washable"),
}
# "not waterproof", and the contrasts that deny it too: "water-resistant rather than waterproof".
_NEGATION = re.compile(
    r"\b(?:not|no|never|avoid|\w+n['’]t|do not|rather than|instead of|as opposed to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_PACKAGING = re.compile(
    r"\b(?:arrives|ships|is delivered|is packed|is packaged|is presented|is wrapped)\s+"
    r"(?:beautifully\s+|neatly\s+)?(?:in|inside)\s+(?:a|an|its own|its)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}(?P<noun>box|tin|bag|pouch|sleeve|case|tube|jar|packaging|"
    r"package|wrap|wrapping|crate|envelope|basket|gift set))\b",
    re.IGNORECASE,
)


def check_care(text: str, facts: ListingFacts) -> list[Finding]:
    claims: list[tuple[int, int, tuple[str, ...], str]] = [
        (m.start(), _safe_end(text, m.end()), (f"{m.group('use').lower()} safe",), _CARE)
        for m in _SAFE_FOR.finditer(text)
    ]
    for pattern, backing, rule in _CLAIMS:
        claims += [(m.start(), m.end(), backing, rule) for m in pattern.finditer(text)]
    built = len(claims)
    for pattern, backing, rule in _BUILT_CLAIMS:
        claims += [(m.start(), m.end(), backing, rule) for m in pattern.finditer(text)]
    out = []
    for index, (start, end, backing, rule) in enumerate(claims):
        claim = text[start:end]
        if _NEGATION.search(text[max(0, start - 24) : start]):
            continue  # "do not tumble dry" restricts; the restrictions are judged below
        if _stated(normalise(claim), facts) or any(_stated(phrase, facts) for phrase in backing):
            continue  # not "Dishwasher safe" of "not dishwasher safe"
        if _implied(backing, facts) or _cannot_happen(claim, facts):
            continue
        if "machine washable" in backing and _WASHED_AT.search(facts.normal):
            continue  # "waschbar bei 40 °C": a wash at a machine's temperature
        if rule == _CARE and _safe_abroad(backing, facts):
            continue  # "Spülmaschinenfest" backs "dishwasher safe"
        line = next((ln for ln in facts.lines if ln.lower().startswith(("care", "features"))), "")
        what = "care claim" if rule == _CARE else "protection" if index < built else "feature"
        out.append(
            finding(
                rule,
                BLOCK,
                start,
                end,
                claim,
                f"is a {what} the listing does not give.",
                "Only state care instructions and protections the listing gives.",
                line,
            )  # fmt: skip
        )
    for pattern, opposite in _RESTRICTIONS:
        for match in pattern.finditer(text):
            said = next((p for p in opposite if _stated(p, facts)), "")
            if not said or facts.supports(match.group()):
                continue
            out.append(_contradicts(text, match.start(), match.end(), facts.line_with(said)))
    out += _allowed_abroad(text, facts)
    for match in _PACKAGING.finditer(text):
        noun = match.group("noun").lower()
        if facts.supports(match.group("what")) or noun in facts.words or f"{noun}es" in facts.words:
            continue
        out.append(
            finding(
                "accuracy.feature",
                WARN,
                match.start(),
                match.end(),
                match.group(),
                "is packaging the listing does not mention, so it cannot be confirmed.",
                "Describe the packaging only as the listing gives it.",
            )  # fmt: skip
        )
    return out


_SAFE = re.compile(r"[\s-]*safe\b", re.IGNORECASE)
# "shatterproof" / "rust-resistant": what the protection says cannot happen to it.
_PROOF = re.compile(r"(?P<verb>[a-z]+)[\s-]?(?:proof|resistant)$", re.IGNORECASE)
_CANNOT = r"\b(?:will not|won['’]t|does not|doesn['’]t|cannot|can['’]t|can not|never)\s+"


def _cannot_happen(claim: str, facts: ListingFacts) -> bool:
    """ "shatterproof" of "will not shatter", "rust-resistant" of "it won't rust": the listing
    says in a verb what the protection says in an adjective."""
    proof = _PROOF.fullmatch(claim)
    if not proof:
        return False
    said = re.compile(_CANNOT + re.escape(proof.group("verb").lower()) + r"\b")
    return any(said.search(line.lower()) for line in facts.lines)


def _safe_end(text: str, end: int) -> int:
    """Where the claim ends: "Dishwasher safe" whole, "dishwasher" of "dishwasher and microwave
    safe" (each use its own span)."""
    safe = _SAFE.match(text, end)
    return safe.end() if safe else end


def _implied(backing: tuple[str, ...], facts: ListingFacts) -> bool:
    """The listing names a word that carries the claimed care (``_IMPLIES``) and its own care
    does not restrict that care."""
    return any(
        set(care) & set(backing) and _stated(word, facts) and not _restricted(care, facts)
        for word, care in _IMPLIES.items()
    )


def _restricted(care: tuple[str, ...], facts: ListingFacts) -> bool:
    """The listing's own care rules out ``care`` ("Hand wash only" rules out machine washing)."""
    text = "  ".join(facts.lines)
    return any(
        set(care) & set(opposite) and pattern.search(text) for pattern, opposite in _RESTRICTIONS
    )


_ABROAD = json.loads((Path(__file__).parent / "data" / "care_abroad.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _abroad_patterns() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """Per appliance, its names in a shop's language (any word that begins so); and the
    languages' "not" a few words before such a name."""
    names = {
        use: re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, stems)) + r")\w*")
        for use, stems in _ABROAD["uses"].items()
    }
    words = "|".join(map(re.escape, _ABROAD["negations"]))
    return names, re.compile(r"(?<!\S)(?:" + words + r")(?:\s+\S+){0,3}\s*$")


def _safe_abroad(backing: tuple[str, ...], facts: ListingFacts) -> bool:
    """The listing says in a shop's language that the product may go in the appliance of a
    "dishwasher safe" or "tumble dry" claim: "Kan diskas i diskmaskin", "Spülmaschinenfest",
    "Tål torktumling"; not where that language's "not" comes a few words before it ("nicht in
    die Mikrowelle")."""
    names, negated = _abroad_patterns()
    for phrase in backing:
        use = phrase.removesuffix(" safe")
        # "dishwasher safe" by its appliance; "tumble dry" by the dryer ("Tål torktumling")
        pattern = names.get(use) if phrase.endswith(" safe") or use in names else None
        if pattern is None:
            continue
        for match in pattern.finditer(facts.normal):
            if not _denied_at(facts.normal, match, negated):
                return True
    return False


def _allowed_abroad(text: str, facts: ListingFacts) -> list[Finding]:
    """A draft in a shop's language that puts the product in an appliance ("Si lava in
    lavastoviglie", "spülmaschinenfest") which the listing, in that language, names only after
    its "not" ("Non va in lavastoviglie", "Nicht spülmaschinengeeignet"): a care claim against
    the listing's own care. The draft's own "not" before the name ("Niente lavastoviglie")
    denies it too."""
    names, negated = _abroad_patterns()
    low = text.lower().replace("-", " ")  # as the listing is read; the same length
    out = []
    for pattern in names.values():
        said = [
            m
            for m in pattern.finditer(low)
            if not _denied_in_clause(low, m.start()) and not _NEGATED_AFTER.match(low, m.end())
        ]
        if not said:
            continue
        listed = list(pattern.finditer(facts.normal))
        if not listed or not all(_denied_at(facts.normal, m, negated) for m in listed):
            continue
        word = listed[0].group().split()[0]
        line = next((ln for ln in facts.lines if word in ln.lower().replace("-", " ")), "")
        out += [_contradicts(text, match.start(), match.end(), line) for match in said]
    return out


def _contradicts(text: str, start: int, end: int, line: str) -> Finding:
    """A care claim against the listing's own care line: it blocks."""
    return finding(
        "accuracy.care",
        BLOCK,
        start,
        end,
        text[start:end],
        f"contradicts the listing's care (it says: {line}).",
        "Give the listing's care instructions.",
        line,
    )


# Turkish says "not" with the verb's negative ending after the appliance's name ("bulaşık
# makinesinde yıkamayın", "… kullanmayın"): the verb right after it.
_NEGATED_AFTER = re.compile(r"\s+\w+(?:ma|me)(?:yın|yin|yınız|yiniz|z)(?!\w)")


def _denied_at(text: str, match: re.Match[str], negated: re.Pattern[str]) -> bool:
    before = text[max(0, match.start() - 40) : match.start()]
    return bool(negated.search(before) or _NEGATED_AFTER.match(text, match.end()))


@lru_cache(maxsize=1)
def _negation_word() -> re.Pattern[str]:
    return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, _ABROAD["negations"])) + r")(?!\S)")


def _denied_in_clause(text: str, at: int) -> bool:
    """A "not" anywhere earlier in the draft's clause ("no la meta en el microondas")."""
    clause = re.split(r"[.;:!?\n>]", text[max(0, at - 80) : at])[-1]
    return _negation_word().search(clause) is not None


def _stated(phrase: str, facts: ListingFacts) -> bool:
    """The listing says ``phrase`` (normalised) and does not negate it."""
    padded = f" {facts.normal} "
    pos = padded.find(f" {phrase} ")
    while pos >= 0:
        if not _NEGATION.search(padded[max(0, pos - 24) : pos + 1]):
            return True
        pos = padded.find(f" {phrase} ", pos + 1)
    return False
