"""Facts a listing fixes without saying them, read after its lines (``listing_facts``): how
many pages a leaf is, how many of a grouped product's items a noun names, and the figures a
tyre size gives. Each is a count or a figure a draft may state in so many words."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.guardrails.counts import PER_ONE, thing
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.normal_text import normalise
from plugin.guardrails.quantities import FactQuantity, find_quantities


def read_derived(facts: ListingFacts, listing: Listing) -> None:
    _counts_of_one_another(facts)
    _tyre_sizes(facts)
    _named_variants(facts, listing)
    _pairs(facts)
    _steps(facts)
    _rates_of_measures(facts)
    _sums(facts)


# "98 letter tiles and two blank tiles": a count, its plural noun, "and" or "plus", a count.
_AND_ANOTHER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\s+(?:and|plus|\+)\s+$", re.I
)


def _sums(facts: ListingFacts) -> None:
    """Two counts joined by "and" count the first noun's things in all: a bag of "98 letter
    tiles and two blank tiles" is 100 tiles (round 30), as a draft may total them."""
    for line in facts.lines:
        found = find_quantities(line)
        for first, second in zip(found, found[1:], strict=False):
            joined = _AND_ANOTHER.fullmatch(line, first.end, second.start)
            if joined and not first.has_unit and not second.has_unit:
                counted = thing(joined["noun"])
                # the first count is of its noun too, whatever the words before it ("20 lens
                # wipes and one cloth": 20 wipes, though "lens" took the count; round 34)
                facts.counts.setdefault(counted, set()).update(
                    {first.value, first.value + second.value}
                )
                facts.numbers.add(first.value + second.value)  # the noun may be measured too


# A figure per unit of a measure: "12 m²/L", "12 m² per litre", "0,15 ohm/m".
_PER_UNIT = re.compile(
    r"\s*(?P<unit>[^\W\d_]{1,6}(?<![Pp]er))?\s*(?:/|\bper\s+(?:an?\s+|one\s+)?)\s*"
    r"(?P<per>[^\W\d_]{1,10})\b"
)


def _rates_of_measures(facts: ListingFacts) -> None:
    """A figure per unit of a measure the product has, times that measure: "covers 12 m² per
    litre" of a 2.5 L tin covers 30 m²; "0,15 ohm/m" of a 200 m reel is 30 ohm in all. The
    unit itself is a figure too: "a litre covers 12 m²"."""
    measures = [fq.quantity for fq in facts.quantities if fq.quantity.has_unit]
    for line in facts.lines:
        if "/" not in line and " per " not in line.lower():
            continue
        for rate in find_quantities(line):
            per = _PER_UNIT.match(line, rate.end)
            if not per or (rate.has_unit and per["unit"]):
                continue
            unit = find_quantities(f"1 {per['per']}")
            if not unit or not unit[0].readings:
                continue
            kind, base = unit[0].readings[0]
            facts.quantities.append(FactQuantity(unit[0], line))  # "a litre covers 12 m²"
            totals = {
                round(rate.value * value / base, 6)
                for measure in measures
                for measure_kind, value in measure.readings
                if measure_kind == kind and measure is not rate
            }
            for total in list(totals)[:10]:
                facts.numbers.add(total)
                if rate.has_unit:
                    figure = f"{total:g} {rate.unit}"
                    facts.quantities += [FactQuantity(q, line) for q in find_quantities(figure)]


# "from 4 to 12 kg in 2 kg steps": every setting between, one step apart.
_STEPS = re.compile(
    r"(?<![\d.,])(?P<low>\d+(?:\.\d+)?)\s*(?:to|-|–)\s*(?P<high>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>[^\W\d_]{1,12}\.?)\s+in\s+(?P<step>\d+(?:\.\d+)?)\s*(?P=unit)?\s*"
    r"(?:steps|increments)\b",
    re.IGNORECASE,
)


def _steps(facts: ListingFacts) -> None:
    """A range set in steps gives every setting in it ("4, 6, 8, 10 and 12 kg") and how many
    there are (five)."""
    for line in facts.lines:
        for match in _STEPS.finditer(line):
            low, high, step = float(match["low"]), float(match["high"]), float(match["step"])
            if step <= 0 or high <= low or (high - low) / step > 50:
                continue
            settings = [low + i * step for i in range(int((high - low) / step + 1e-9) + 1)]
            facts.named_counts.add(float(len(settings)))
            facts.numbers.add(float(len(settings)))
            for value in settings:
                figure = f"{value:g} {match['unit']}"
                facts.quantities += [FactQuantity(q, line) for q in find_quantities(figure)]
                facts.numbers.add(value)


# "nine pairs of birch needle tips": the first plural noun within four words after "of".
_PAIRS_OF = re.compile(r"\s+pairs\s+of\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*s)\b", re.I)


def _pairs(facts: ListingFacts) -> None:
    """A count of pairs counts twice as many of the things paired: nine pairs of needles are
    eighteen needles, whatever else the listing lists of them."""
    for line in facts.lines:
        if "pairs" not in line.lower():
            continue
        for quantity in find_quantities(line):
            paired = _PAIRS_OF.match(line, quantity.end)
            if paired and not quantity.has_unit:
                counted = thing(paired["noun"])
                facts.counts.setdefault(counted, set()).add(2.0 * quantity.value)


def read_rates(facts: ListingFacts) -> None:
    """A bare count given per one of an option's values, times the option's values: "50 per
    size" of three sizes is 150 in all. Read once the options are listed."""
    for line in facts.lines:
        for rate in _PER_THING.finditer(line):
            for n in facts.lists.get(thing(rate["thing"]), set()) - {1}:
                facts.numbers.add(float(rate["n"]) * n)


_PER_THING = re.compile(r"(?<![\d.,])(?P<n>\d+)\s+per\s+(?P<thing>[a-z]{3,})\b", re.I)


def _named_variants(facts: ListingFacts, listing: Listing) -> None:
    """How many of a grouped product's items a noun names: items "Fine nib", "School nib" and
    "Holder" are two nibs, whatever the description's own count says."""
    titles = [normalise(v.title) for v in listing.variants if v.title]
    if len(titles) < 2:
        return
    named: dict[str, int] = {}
    for title in titles:
        for word in set(title.split()):
            if len(word) > 2 and word.isalpha():
                named[thing(word)] = named.get(thing(word), 0) + 1
    for word, count in named.items():
        if count >= 2 and word in facts.counts:  # a thing the listing counts elsewhere
            facts.counts[word].add(float(count))


# A tyre's ISO size: width in mm / aspect ratio, construction and rim diameter in inches.
_TYRE_SIZE = re.compile(r"\b(?P<width>\d{3})/(?P<aspect>\d{2})\s?Z?[RBD]\s?(?P<rim>\d{2})\b")


def _tyre_sizes(facts: ListingFacts) -> None:
    """A tyre size ("205/55 R16") gives its tread width (205 mm) and its rim (16 in), which
    copy may say in so many words ("for 16 inch wheels")."""
    for line in facts.lines:
        figures = [
            figure
            for size in _TYRE_SIZE.finditer(line)
            for figure in (f"{size['rim']} in", f"{size['width']} mm")
        ]
        figures += [f"{size['width'] or size['etrto']} mm" for size in _BIKE_TYRE.finditer(line)]
        figures += [
            figure
            for size in _BIKE_TYRE_INCHES.finditer(line)
            for figure in (f"{size['rim']} in", f"{size['width']} in")
        ]
        for figure in figures:
            facts.quantities += [FactQuantity(q, line) for q in find_quantities(figure)]


# A bicycle tyre's size: French ("700x28c": 28 mm wide), ETRTO ("28-622": 28 mm wide on a 622
# mm bead seat) and inch sizes ("29 x 2.4": a 29 in wheel, 2.4 in wide).
_BIKE_TYRE = re.compile(
    r"\b(?:[4-7][05]0\s?[x×]\s?(?P<width>\d{2})\s?[abcABC]"
    r"|(?P<etrto>\d{2})-(?:305|406|507|559|571|584|590|622|630)\b)"
)
_BIKE_TYRE_INCHES = re.compile(
    r"\b(?P<rim>1[2-8]|2[04-9]|27\.5)\s?[x×]\s?(?P<width>[1-4]\.\d{1,2})(?:\s?(?:in|\"|”))?(?!\d)"
)


def _counts_of_one_another(facts: ListingFacts) -> None:
    """A count the listing gives fixes another the draft may give instead: 160 pages are 80
    leaves (``counts.PER_ONE``), unless the listing counts the leaves itself."""
    for (big, small), per in PER_ONE.items():
        if small in facts.counts and big not in facts.counts:
            facts.counts[big] = {n / per for n in facts.counts[small] if n % per == 0}
        elif big in facts.counts and small not in facts.counts:
            facts.counts[small] = {n * per for n in facts.counts[big]}
