"""Clothing, shoe and bed sizes: found in text and in a listing's size options, compared as sizes.

A size is read only where it is clearly one: a letter size of two or more letters ("XS", "XXL",
"3XL"), "one size", a region-marked number ("EU 42", "US 9"), "queen size", or any size word or
number in a list after "size", "sizes" or "sizing" or before "sizes" ("sizes S to L", "size 9",
"sizes small, medium and large", "Twin, Queen and King sizes"). "S", "M" or "large" elsewhere in
prose is not a size."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.domain import Finding, Listing
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.other_sizes import check_other_sizes

_WORD_SIZES = {
    "extra small": "XS", "x small": "XS", "extra large": "XL", "x large": "XL",
    "xx large": "XXL", "small": "S", "medium": "M", "large": "L",
}  # fmt: skip
_BED_SIZES = "california king|super king|twin|full|double|queen|king|standard|euro"
# "queen size", "king-size": a size without a "size" word before it (not "full size": prose).
_CLEAR_BEDS = frozenset({"california king", "super king", "twin", "queen", "king"})
_QUALIFIERS = r"EU|US|UK|FR|IT|JP|toddler|youth|kids|big kids|little kids|women's|men's"
_UNIT_AFTER = r"(?!\s?(?:in\b|inch|inches|\"|″|cm|mm|m\b|oz|ml|l\b|lbs?\b|kg|g\b|ft|%|x\b|×))"
_TOKEN = re.compile(
    r"(?P<one>\b(?i:one[\s-]size)(?:[\s-](?i:fits[\s-](?:all|most)))?\b)"
    r"|(?P<letters>\b(?:[2-6]X[SL]|X{1,4}[SL]|[SML])\b(?![-'’]\w))"
    r"|(?P<word>\b(?i:(?:extra|x|xx)[\s-](?:small|large)|small|medium|large)\b)"
    r"|(?P<bed>\b(?P<bed_name>(?i:" + _BED_SIZES + r"))\b(?P<bed_size>[\s-](?i:size)\b)?)"
    r"|(?P<number>(?:\b(?P<qualifier>(?i:" + _QUALIFIERS + r"))\s?)?"
    r"(?<![\w.,/$€£¥#])(?P<value>\d{1,2}(?:\.5)?)(?![\w.,/]\d|\d|%)" + _UNIT_AFTER + r")"
)
_CONNECTOR = re.compile(
    r"\s*(?:,\s*(?:and|or)?|/|-|–|—|\bto\b|\bthrough\b|\band\b|\bor\b|&)\s*", re.IGNORECASE
)
# "size" in the shop languages, as a word before the sizes ("Größen 36-42", "í stærðum 38-40")
_FOREIGN = (
    r"größen?|tailles?|tallas?|tagli[ae]|maat|maten|tamanhos?|storlek(?:ar)?|størrelse[rn]?|"
    r"rozmiar\w*|velikost\w*|veľkos[tť]\w*|méret\w*|mărim\w*|stærð\w*|suurus\w*|izmēr\w*"
)
_TRIGGER = re.compile(
    r"\b(?:sizes?|sizing|" + _FOREIGN + r")(?:\s+(?:run|runs|range|ranges|go|goes))?"
    r"\s*(?::|from|of|in)?\s*$",
    re.IGNORECASE,
)
_TRIGGER_AFTER = re.compile(r"\s+sizes\b", re.IGNORECASE)  # "Twin, Queen and King sizes"
# an option or attribute named so ("Größe"; "Stærð", "Mărime" only as its first word: not a
# needle's "Pinnestørrelse")
_SIZE_NAMES = re.compile(
    r"size|größe|taille|talla|taglia|maat|tamanho|^(?:storlek|størrelse|rozmiar|velikost|"
    r"veľkosť|méret|mărime|stærð|suurus|izmēr)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SizeToken:
    """One size in text: ``key`` is "S"/"XL"/"ONE"/"queen" or, for numbers, "" with ``value``."""

    start: int
    end: int
    key: str
    family: str
    value: float | None = None
    qualifier: str = ""
    clear: bool = False  # a size wherever it stands, without a "size" word before it

    def label(self, text: str) -> str:
        return text[self.start : self.end]


def _token(match: re.Match[str]) -> SizeToken:
    kind = next(k for k in ("one", "letters", "word", "bed", "number") if match.group(k))
    start, end = match.start(), match.end()
    raw = match.group()
    if kind == "one":
        return SizeToken(start, end, "ONE", "one", clear=True)
    if kind == "letters":
        key = "X" * int(raw[0]) + raw[-1] if raw[0].isdigit() else raw
        return SizeToken(start, end, key, "letter", clear=len(raw) > 1)
    if kind == "word":
        key = _WORD_SIZES[" ".join(re.split(r"[\s-]", raw.lower()))]
        return SizeToken(start, end, key, "letter")
    if kind == "bed":
        name = " ".join(match.group("bed_name").lower().split())
        clear = bool(match.group("bed_size")) and name in _CLEAR_BEDS
        return SizeToken(start, end, name, "bed", clear=clear)
    qualifier = (match.group("qualifier") or "").lower()
    value = float(match.group("value"))
    clear = qualifier in ("eu", "us", "uk")
    return SizeToken(start, end, "", "number", value, qualifier, clear=clear)


def size_claims(text: str) -> list[SizeToken]:
    """The sizes ``text`` names where they are clearly sizes (see the module docstring)."""
    tokens = [_token(m) for m in _TOKEN.finditer(text)]
    out: list[SizeToken] = []
    run: list[SizeToken] = []
    for token in tokens:
        joined = _CONNECTOR.fullmatch(text[run[-1].end : token.start]) if run else None
        if joined and run[-1].family == token.family:
            run.append(token)
            continue
        out += _sizes_of_run(text, run)
        run = [token]
    out += _sizes_of_run(text, run)
    return out


def _sizes_of_run(text: str, run: list[SizeToken]) -> list[SizeToken]:
    """A run of sizes joined by "," "to" "and" …: all of it after "size(s)", else its clear ones
    and whatever the run joins to them ("S to XXL")."""
    if not run:
        return []
    before = text[max(0, run[0].start - 30) : run[0].start]
    if _TRIGGER.search(before) or _TRIGGER_AFTER.match(text[run[-1].end :]):
        return run
    if _a_ladder(text, run) and (len(run) >= 3 or _IN_BEFORE.search(before)):
        return run  # "in XS, S and M", "in M and L" (round 41): letters in a row are sizes
    if _words_in_a_row(text, run) and _IN_BEFORE.search(before):
        return run  # "in small, medium and large" (round 42): three size words after "in"
    if any(t.clear for t in run):
        return [t for t in run if t.clear or t.key in _LETTER_KEYS]
    return []


_LETTER_KEYS = frozenset({"S", "M", "L"})
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _a_ladder(text: str, run: list[SizeToken]) -> bool:
    """Two or more size letters, each written in capitals and none repeated."""
    keys = [t.key for t in run]
    return (
        len(run) >= 2
        and len(set(keys)) == len(keys)
        and all(t.family == "letter" and t.label(text).isupper() for t in run)
    )


def _words_in_a_row(text: str, run: list[SizeToken]) -> bool:
    """Three or more size words ("small", "medium", "large"), none repeated."""
    keys = [t.key for t in run]
    words = all(t.family == "letter" and not t.label(text).isupper() for t in run)
    return len(run) >= 3 and len(set(keys)) == len(keys) and words


@dataclass(frozen=True)
class ListingSizes:
    """The sizes a listing offers, from options, attributes and variants named like "Size"."""

    keys: frozenset[str]
    numbers: frozenset[tuple[str, float]]
    line: str

    def __bool__(self) -> bool:
        return bool(self.line)

    def offers(self, token: SizeToken) -> bool:
        if token.value is None:
            return token.key in self.keys
        if token.qualifier:
            return bool({(token.qualifier, token.value), ("", token.value)} & self.numbers)
        return any(value == token.value for _, value in self.numbers)


def listing_sizes(listing: Listing) -> ListingSizes:
    values: list[str] = []
    for name, options in (*listing.options.items(), *listing.attributes.items()):
        if _SIZE_NAMES.search(name):
            values += options
    for variant in listing.variants:
        values += [v for k, v in variant.options.items() if _SIZE_NAMES.search(k)]
    values = list(dict.fromkeys(values))
    keys: set[str] = set()
    numbers: set[tuple[str, float]] = set()
    for value in values:
        for match in _TOKEN.finditer(value):
            token = _token(match)
            if token.value is None:
                keys.add(token.key)
        if re.fullmatch(r"\s*(?i:os|one size.*|onesize)\s*", value):
            keys.add("ONE")
        for match in re.finditer(r"(?:\b(" + _QUALIFIERS + r")\s?)?(\d+(?:\.\d+)?)", value, re.I):
            numbers.add(((match.group(1) or "").lower(), float(match.group(2))))
    if len(values) == 1 and not keys and numbers:
        keys.add("ONE")  # "Size: 55 x 40 x 20 cm", no choice of sizes: it comes in one size
    line = f"Size: {', '.join(values)}" if values else ""
    return ListingSizes(frozenset(keys), frozenset(numbers), line)


def _in_title(name: str, title: str) -> bool:
    return f" {name} " in f" {' '.join(re.findall(r'[a-z]+', title.lower()))} "


def check_sizes(text: str, facts: ListingFacts, sizes: ListingSizes) -> list[Finding]:
    """A size the listing does not offer blocks when it has sizes (a shopper orders it and sends
    it back); with no sizes at all, a letter or bed size warns and a bare number is left to
    ``accuracy.number``."""
    out = []
    for token in size_claims(text):
        claim = token.label(text)
        if sizes.offers(token) or facts.supports(claim):
            continue
        if token.family == "bed" and _in_title(token.key, facts.title):
            continue  # "a queen-size sheet" of "Percale Sheet, Queen": the title names the size
        if not sizes and token.value is not None:
            continue
        offered = sizes.line.removeprefix("Size: ")
        out.append(
            finding(
                "accuracy.size",
                BLOCK if sizes else WARN,
                token.start,
                token.end,
                claim,
                f"is not a size the listing offers (sizes: {offered})."
                if sizes
                else "is a size the listing does not give.",
                f"Name only the listing's sizes: {offered}." if sizes else "Leave the size out.",
                sizes.line,
            )
        )
    return out + check_other_sizes(text, facts, sizes.line)
