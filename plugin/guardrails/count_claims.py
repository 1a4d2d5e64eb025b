"""Judging a count of a thing against the listing's counts, lists and contents, and the
counts a shopper could work out from them."""

from __future__ import annotations

import difflib
import re
import unicodedata

from plugin.guardrails.counts import GENERIC_THINGS, items_total, plural_of
from plugin.guardrails.degree_words import degrees_as_signed
from plugin.guardrails.facts_record import memo
from plugin.guardrails.ingredients import ingredient_lines
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.number_rules import _stated_as_word
from plugin.guardrails.quantities import NUMBER_WORDS, Quantity, agrees

# List labels whose length counts what comes with the product ("In the box", "Contents").
_CONTAINERS = ("box", "content", "include", "inclusion", "kit", "set", "pack", "package")


def _count_end(text: str, quantity: Quantity, counted: str) -> int:
    """Where a count's claim ends: past the thing it counts ("Two zipped pockets"), so the
    finding spans the claim, not the number alone."""
    noun = re.compile(
        rf"(?:[\s-]+[\w'’-]+){{0,2}}?[\s-]+{re.escape(counted)}(?:s|es)?\b", re.IGNORECASE
    )
    match = noun.match(text, quantity.end, quantity.end + 40)
    return match.end() if match else quantity.end


# A part of a count the listing gives: "250 pieces, 20 of them shaped as animals".
_SUBSET = re.compile(r"\b(\d+)\s+(?:of\s+(?:them|these|those|which)|of the \d+)\b", re.IGNORECASE)
# A score on a scale: "6/10", "4 out of 5", "heat 6 of 10".
_SCORE = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:/|out of|of)\s*(\d+)\b(?!\s*%)", re.IGNORECASE)
_SCALE_THINGS = frozenset("point star level step grade".split())


def _subset_counts(facts: ListingFacts) -> frozenset[float]:
    return frozenset(float(m.group(1)) for line in facts.lines for m in _SUBSET.finditer(line))


def _score_scales(facts: ListingFacts) -> frozenset[float]:
    return frozenset(float(m.group(1)) for line in facts.lines for m in _SCORE.finditer(line))


def _grouped_items(facts: ListingFacts) -> int:
    """How many items a grouped product's listing sells together (its "Item:" lines)."""
    return sum(1 for line in facts.lines if line.startswith("Item: ")) or -1


# The usual sizes of the containers a shopper counts a volume in, in millilitres.
_CONTAINER_ML = {
    "bottle": (750, 700, 1000, 500, 330),
    "can": (330, 440, 500),
    "cup": (240, 250),
    "mug": (250, 300, 350),
    "glass": (125, 150, 175, 250),
    "jar": (250, 500, 1000),
}


def _fills(counted: str, value: float, facts: ListingFacts) -> bool:
    """A count of containers a volume the listing gives would fill, at a usual size of them
    ("four bottles" of 3 litres; "twelve cups" of 3 litres)."""
    sizes = _CONTAINER_ML.get(counted)
    if not sizes:
        return False
    volumes = [v for f in facts.quantities for k, v in f.quantity.readings if k == "volume"]
    return any(abs(value * ml - v) <= v * 0.05 for v in volumes for ml in sizes)


def _ingredient_counts(facts: ListingFacts) -> set[float]:
    """How many items each of the listing's ingredient lines lists."""
    out = set()
    for line in ingredient_lines(facts):
        value = re.sub(r"\([^)]*\)", "", line.split(":", 1)[1])
        items = [i for i in re.split(r",|;|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\boch\b", value)
                 if i.strip()]  # fmt: skip
        out.add(float(len(items)))
    return out


def _judge_count(
    quantity: Quantity,
    counted: str,
    words: frozenset[str],
    facts: ListingFacts,
    modifier: bool = False,
    own_list: bool = False,
) -> tuple[str, str] | None:
    """A count of a thing: the total of the listing's counted lists of it that the count's
    words name, else the listing's count of it, else the length of its list of it, else (it
    gives neither) the number somewhere beside the thing's name. A count joined to its noun as
    a modifier ("a 16-button pad") says what the product has, not another name for what comes
    with it: it needs the thing itself in the listing."""
    value = quantity.value
    if quantity.has_unit and facts.supports(quantity.text):
        return None  # "24 Pieces" as the title says it, whatever its list adds up to
    if degrees_as_signed(counted, value, facts):
        return None  # "a 25-degree bevel" of "25° bevel"
    if counted == "time" and value in _multipliers(facts):
        return None  # "ten-times zoom" of "10x zoom": the listing's factor in words
    if counted in GENERIC_THINGS and value in _contents_totals(facts):
        return None  # "sixteen pieces" of "Contents: 8 cards, 8 envelopes"
    if value in memo(facts, "numbers.subsets", _subset_counts):
        return None  # "twenty animal pieces" of "250 pieces, 20 of them shaped as animals"
    if counted in _SCALE_THINGS and value in memo(facts, "numbers.scales", _score_scales):
        return None  # "a 10-point scale" of "Heat: 6/10": the scale the listing's score is on
    if counted in GENERIC_THINGS and value == _grouped_items(facts):
        return None  # "all three pieces" of a grouped product of three items
    measured = counted in facts.measured  # "Energy per serving: 180 kcal" counts no servings
    given = None if measured else facts.counts.get(counted)
    listed = None if measured else facts.lists.get(counted)
    if not measured and not given and not listed and counted not in facts.words:
        # "three-season" of "Sæsoner: 3": the listing counts it under its own language's name
        given = facts.counts.get(_cognate(counted, facts.counts), None)
    if quantity.hedge and not given and _a_ratio_of(value, facts):
        return None  # "about 12 servings of 40 g" of a 500 g bag
    totals = {
        total
        for items, label in facts.item_lists.get(counted, ())
        if (total := items_total(items, words, label))
    }
    if totals:
        if value in totals:
            return None
        line = facts.line_with(counted) or facts.line_with(plural_of(counted))
        return (f"is not how many {plural_of(counted)} the listing gives "
                f"({', '.join(f'{v:g}' for v in sorted(totals))}).", line)  # fmt: skip
    if given or listed:
        if value in (given or set()) or value in (listed or set()):
            return None
        shown = sorted({*(given or ()), *(listed or ())})
        line = facts.line_with(counted) or facts.line_with(plural_of(counted))
        return (f"is not how many {plural_of(counted)} the listing gives "
                f"({', '.join(f'{v:g}' for v in shown)}).", line)  # fmt: skip
    if counted in GENERIC_THINGS:
        every = {n for lengths in facts.lists.values() for n in lengths}
        if value in every or value in facts.counts.get("piece", set()):
            return None
    if counted in facts.product_words and value in _ingredient_counts(facts):
        return None  # "five whole spices" of a spice mix whose ingredients list five
    if not given and not listed and _fills(counted, value, facts):
        return None  # "enough for four bottles of wine" of "spices 3 litres of wine"
    pieces = facts.counts.get("piece", set())
    if pieces and counted in facts.product_words and value not in pieces:
        # "six spoons" of a 5-piece spoon set
        piece_count = ", ".join(f"{v:g}" for v in sorted(pieces))
        message = f"is not how many pieces the listing gives ({piece_count})."
        return message, facts.line_with("piece")
    known = counted in facts.words or f"{counted}s" in facts.words
    if not known and value in pieces:
        return None  # "twelve arcs" of a 12-piece set names its pieces
    if known and (
        (value in facts.numbers and value not in memo(facts, "numbers.fractions", _fraction_only))
        or _stated_as_word(quantity, facts)
    ):
        return None  # not "eight cups" of a cup set whose smallest is "1/8 cup"
    if not known and facts.supports(f"{quantity.text} {counted}"):
        return None
    if not known and _abbreviated(counted, value, facts):
        return None  # "70-denier" of "70D ripstop": the listing writes the unit by its letter
    if modifier:
        # "a 500-cycle warranty" of "500 Ladezyklen" names the count in other words; "16-key" of
        # "16 files" counts another thing the listing names
        counted_else = {n for name, ns in facts.counts.items() for n in ns}
        if not known and value in facts.named_counts - counted_else:
            return None
    elif value in _contents_totals(facts):
        return None  # "300 samples" of "Contents: 240 one-shots, 60 loops": all it holds
    elif not known and value in _listed_counts(facts) | facts.named_counts:
        return None  # "three extras" of "In the box: deck, timer, pad": another name
    elif own_list:
        return None  # "two uses: slicing and scraping": the draft lists what it counts
    return f"is a count of {counted}s the listing does not give.", facts.line_with(counted)


_FRACTION = re.compile(r"(?<![\d.,/])(\d+)/(\d+)(?![\d/])")
_ALONE = re.compile(r"(?<![\d.,/])\d+(?:[.,]\d+)?(?![\d/])")
_LETTERS = re.compile(r"[^\W\d_]+")


def _fraction_only(facts: ListingFacts) -> frozenset[float]:
    """Numbers the listing writes only as a fraction's part ("1/8 tsp", "18/8 steel"): a
    measure or a grade, never a count of things."""
    text = "\n".join(facts.lines)
    parts = {float(n) for match in _FRACTION.finditer(text) for n in match.groups()}
    if not parts:
        return frozenset()
    rest = _FRACTION.sub(" ", text)
    alone = {float(n.replace(",", ".")) for n in _ALONE.findall(rest)}
    words = {float(NUMBER_WORDS[w]) for w in _LETTERS.findall(rest.lower()) if w in NUMBER_WORDS}
    return frozenset(parts - alone - words)


# A count's noun and a colon, then the list it counts: "three grades: fine, medium and coarse".
_LIST_AFTER = re.compile(r"(?:[ \t-]+[\w'’-]+){1,3}?[ \t]*:[ \t]*(?P<items>[^.;!?\n]+)")
_JOINED = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def _counted_by_its_list(text: str, quantity: Quantity) -> bool:
    """A count that the draft follows with the list of what it counts, as many items as it
    says: the items split at commas, the last split once more at "and" or "or"."""
    after = _LIST_AFTER.match(text, quantity.end)
    if not after:
        return False
    items = [item for item in after.group("items").split(",") if item.strip()]
    lengths = {len(items)}
    if items and _JOINED.search(items[-1]):
        lengths.add(len(items) + 1)
    return quantity.value in lengths - {1}


_PLURAL_ABROAD = re.compile(r"(?<=\w{4})(?:en|er|ar|or|es|s|e|n|i)$")
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def _cognate(counted: str, counts: dict[str, set[float]]) -> str:
    """The listing's counted thing whose name is the English one's in another language, spelt
    nearly the same ("sæson" of "season", "persona" of "person"): same first letter, four
    letters or more, and at least four fifths of the letters in common order once accents are
    folded."""
    if len(counted) < 4:
        return ""
    best, name = 0.8, ""
    for other in counts:
        folded = unicodedata.normalize("NFKD", other.translate(_FOLD))
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        if len(folded) < 4 or folded[0] != counted[0] or folded == counted:
            continue
        # its plural's ending off too: "Sektionen", "Personer"
        for form in {folded, _PLURAL_ABROAD.sub("", folded)}:
            ratio = difflib.SequenceMatcher(None, counted, form).ratio()
            if ratio >= best:
                best, name = ratio, other
    return name


def _a_ratio_of(value: float, facts: ListingFacts) -> bool:
    """Whether a hedged count is one of the listing's figures divided by another of the same
    kind ("about 12 servings": 500 g in 40 g servings), within the hedge's 10 %."""
    figures = [(k, v) for f in facts.quantities for k, v in f.quantity.readings if v > 0]
    return any(
        agrees(value, big / small, "about")
        for kind, big in figures
        for other, small in figures
        if kind == other and big > small and not kind.startswith("named:")
    )


def _multipliers(facts: ListingFacts) -> set[float]:
    """The listing's factors written with an "x" ("10x zoom", "3x optical")."""
    return {v for f in facts.quantities for k, v in f.quantity.readings if k == "named:x"}


def _contents_totals(facts: ListingFacts) -> set[float]:
    """How many things each of the listing's counted lists holds in all."""
    lists = [items for listed in facts.item_lists.values() for items, _ in listed]
    return {sum(n for n, _, _ in items) for items in lists}


def _listed_counts(facts: ListingFacts) -> set[float]:
    """The counts a listing gives of what comes with the product: how many things it lists in
    the box or contents, and each counted thing. A count of a thing the listing never names can
    only be another name for one of these."""
    lengths = {float(n) for label in _CONTAINERS for n in facts.lists.get(label, ())}
    counted = {n for name, ns in facts.counts.items() if name not in facts.ranged for n in ns}
    return lengths | counted


def _counted_so(counted: str, words: frozenset[str], facts: ListingFacts) -> bool:
    """Whether the listing counts ``counted`` with these words ("2 ribbon bookmarks")."""
    if any(items_total(items, words, label) for items, label in facts.item_lists.get(counted, ())):
        return True
    return any(words <= said for said in facts.count_words.get(counted, ()))


def _abbreviated(counted: str, value: float, facts: ListingFacts) -> bool:
    """The listing gives the figure with the counted word's initial joined to it ("70D" of
    "70-denier"): a unit written by its letter, which no unit table holds."""
    if len(counted) < 4 or not counted[0].isalpha() or value != int(value):
        return False
    pattern = rf"(?<![\w.,]){int(value)}\s?{re.escape(counted[0])}(?![\w])"
    return any(re.search(pattern, line, re.IGNORECASE) for line in facts.lines)
