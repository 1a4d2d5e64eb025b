"""Prices worked out from the listing's rather than given by it: a unit price ("$3.60 per
100 ml" of a 1 L bottle at $36), a share ("£1.75 a card" of £14 for 8, hedged or bounded), the
gap between two prices ("£25 more"), a total of options or of counts times prices ("two mugs and
one jug come to £41"); and one item's price said of a set sold item by item."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from plugin.guardrails.document import sentence_start
from plugin.guardrails.facts_record import memo
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.measures import singular
from plugin.guardrails.money import PriceClaim, find_prices
from plugin.guardrails.price_options import named_option_prices, tokens
from plugin.guardrails.quantities import find_quantities, readings_of

# A price per a measure: "$3.60 per 100 ml", "€12/kg", "£2 a litre", "4,50 € pro 100 g".
_PER_MEASURE = re.compile(r"\s*(?:per|pro|par|por|/|a|an|each|for every)\s*", re.IGNORECASE)
_BARE_UNIT = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?")


def unit_price_span(text: str, price: PriceClaim, facts: ListingFacts) -> tuple[int, int] | None:
    """Where the measure of a unit price is ("per 100 ml" of "$3.60 per 100 ml"), when the amount is
    one of the listing's prices over one of its figures of that kind, to the cent; else None."""
    per = _PER_MEASURE.match(text, price.end)
    if not per or not facts.prices:
        return None
    rest = text[per.end() : per.end() + 30]
    measures = find_quantities(rest)
    if measures and measures[0].start == 0 and measures[0].has_unit:
        span, readings = (price.end, per.end() + measures[0].end), measures[0].readings
    else:
        unit = _BARE_UNIT.match(rest)  # "per kg", "a litre"
        readings = readings_of(1, unit.group().split()[0]) if unit else ()
        span = (price.end, per.end() + len(unit.group().split()[0])) if unit else (0, 0)
    readings = tuple(r for r in readings if not r[0].startswith("named:"))
    if not readings:
        return None
    for fact in facts.quantities:
        for kind, whole in fact.quantity.readings:
            for per_kind, part in readings:
                if kind != per_kind or whole <= 0:
                    continue
                share = Decimal(str(part / whole))
                if any(abs(p * share - price.amount) <= Decimal("0.01") for p in facts.prices):
                    return span
    return None


_PER_ITEM = re.compile(r"\s*(?:(?:a|an|per|each|for each)\s+[a-z]+|each\b)", re.IGNORECASE)


# A price said of one of several in the sentence: "each bag works out at about €6.95".
_SHARE_BEFORE = re.compile(
    r"\b(?:each|per|every)\s+[a-z-]+\s+(?:works out at|comes to|costs?|is)\s+(?:about\s+|around\s+|"
    r"roughly\s+|just\s+|(?:just\s+)?(?:under|over|below|less than)\s+)?$",
    re.IGNORECASE,
)
_BOUND = re.compile(r"\b(?:(?P<under>under|below|less than)|(?P<over>over|more than))\s*$", re.I)


def bound_before(before: str) -> str:
    match = _BOUND.search(before)
    return "" if not match else "under" if match.group("under") else "over"


def is_a_share(text: str, price: PriceClaim) -> bool:
    return bool(
        _PER_ITEM.match(text, price.end)
        or _SHARE_BEFORE.search(text[max(0, price.start - 40) : price.start])
    )


def a_share_of(
    amount: Decimal, facts: ListingFacts, hedged: set[int] | None = None, bound: str = ""
) -> bool:
    """Whether ``amount`` is a listing price divided by one of its counts, to the cent, or,
    hedged ("roughly £3 a refill"), within 5 % of one divided by a count its sentence gives
    (``hedged``)."""
    counts = {int(n) for n in facts.numbers if n == int(n) and 2 <= n <= 1000}
    cent = Decimal("0.01")
    if any(
        abs((price / n).quantize(cent) - amount) <= cent for price in facts.prices for n in counts
    ):
        return True
    return any(
        abs(price / n - amount) <= price / n * Decimal("0.05")
        or _within_the_bound(amount, price / n, bound)
        for price in facts.prices
        for n in hedged or ()
    )


def _within_the_bound(amount: Decimal, share: Decimal, bound: str) -> bool:
    """ "under £7" of £6.67, "just over $3" of $3.20: a round figure on the side the hedge says,
    within a tenth."""
    if bound == "under":
        return share < amount <= share * Decimal("1.1")
    if bound == "over":
        return share * Decimal("0.9") <= amount < share
    return False


# A hedge before a price: "about €3", "just over NZ$3", "roughly CHF 3".
_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|just (?:over|under)|a (?:little|bit) "
    r"(?:over|under)|under|over)\s*$",
    re.IGNORECASE,
)


def hedged_counts(text: str, price: PriceClaim) -> set[int]:
    """The whole numbers of the price's sentence ("for four strings: just over $3 a string"),
    when the price is hedged: what a rounded share may be worked out with."""
    if not _HEDGE_BEFORE.search(text[max(0, price.start - 24) : price.start]):
        return set()
    start = max(text.rfind(mark, 0, price.start) for mark in (".", "!", "?", "\n")) + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, price.end)) >= 0), default=len(text))
    sentence = text[start:end]
    amounts = [(p.start, p.end) for p in find_prices(sentence)]
    return {
        int(q.value)
        for q in find_quantities(sentence)
        if not q.has_unit
        and q.value == int(q.value)
        and 2 <= q.value <= 1000
        and not any(s <= q.start < e for s, e in amounts)  # "$9 for six": six, not nine
    }


# "£25 more than", "€10 cheaper": the gap between two of the listing's prices.
DIFFERENCE_AFTER = re.compile(r"\s*(?:more|less|extra|cheaper|dearer)\b", re.IGNORECASE)


def a_difference(amount: Decimal, facts: ListingFacts) -> bool:
    return any(a - b == amount for a in facts.prices for b in facts.prices)


# What an extra adds to a price: "a pitch raise adds £40", "plus £5 for gift wrap".
_ADDED_BEFORE = re.compile(
    r"\b(?:adds?|adding|plus|extra|surcharge(?: of)?|supplement(?: of)?|another|costs? an extra)"
    r"\s+(?:an?\s+(?:extra|further)\s+)?$",
    re.IGNORECASE,
)


def an_added_difference(text: str, price: PriceClaim, facts: ListingFacts) -> bool:
    """ "a pitch raise adds £40" of options at £95 and £135: what one option adds to another,
    not that option's price."""
    before = text[max(0, price.start - 30) : price.start]
    said = _ADDED_BEFORE.search(before) or DIFFERENCE_AFTER.match(text, price.end)
    return bool(said) and a_difference(price.amount, facts)


# Words that tot prices up: "come to", "in all", "together".
_TOTAL = re.compile(
    r"\b(?:comes? to|in all|in total|altogether|together|combined|a total of|the lot)\b", re.I
)
_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def an_items_price_said_of_the_set(text: str, price: PriceClaim, facts: ListingFacts) -> bool:
    """A grouped product's item's price ("$18" of the pencils) in a sentence, or an answer with
    its question, that names none of its items ("It costs $18"), of a grouped product priced
    item by item."""
    if facts.item_total is None or price.amount == facts.item_total:
        return False
    start = sentence_start(text, price.start)
    end = _STOP.search(text, price.end)
    said = {singular(w) for w in tokens(text[start : end.start() if end else len(text)])}
    # a word the item shares with the set's own title names the set, not the item ("the starter
    # kit" of a "Starter Kit" whose jar is a "Starter Jar")
    own = {singular(w) for w in tokens(facts.title)}
    if any(
        {singular(w) for w in tokens(item) if len(w) > 3 and w.isalpha()} - own & said
        for item in facts.items
    ):
        return False  # "the pencils are $18"
    return not _PRICED_PER_ONE.search(text, start, price.end + 30)


def a_total_of_the_options(text: str, price: PriceClaim, facts: ListingFacts) -> bool:
    """A sum of every option's price, said with a word of totting up, of a listing whose items
    are sold one by one (a grouped product)."""
    start = max(text.rfind(mark, 0, price.start) for mark in ".!?\n") + 1
    if not _TOTAL.search(text, start, price.end + 30):
        return False
    if facts.item_total is not None and facts.item_total == price.amount:
        return True  # "all three come to $35" of items priced $18, $3 and $14 in the prose
    if len(facts.priced_options) < 2:
        return False
    return sum(cost for _, cost in facts.priced_options) == price.amount


def worked_count(text: str, price: PriceClaim, facts: ListingFacts) -> frozenset[float]:
    """The counts of a total worked out from the listing's prices, said with a word of totting
    up: one price plus that many of a charge the listing makes each ("a 700c wheel with two
    broken spokes comes to €25" of €22 and "€1.50 each"), or each count in the sentence times
    one of the listing's prices, with one more of its prices or none added ("two mugs and one
    jug come to £41" of £12 a mug and £17 a jug; "five prints in one tube come to £38" of £7
    a print and £3 postage a tube). Empty when the total is no such sum."""
    # a sentence's end is a stop before a space, not the point of "£2.50"
    start = max((m.end() for m in _STOP.finditer(text, 0, price.start)), default=0)
    stop = _STOP.search(text, price.end)
    end = stop.start() if stop else len(text)
    if not _TOTAL.search(text, start, end):
        return frozenset()
    sentence = text[start:end]
    priced = [(p.start, p.end) for p in find_prices(sentence)]
    counts = [
        q.value
        for q in find_quantities(sentence)
        if not q.has_unit
        and q.value == int(q.value)
        and 1 <= q.value <= 50
        and not any(a <= q.start < b for a, b in priced)
    ]
    each_charges = memo(facts, "charged each", _charged_each)
    bases = named_option_prices(text[start:end], facts) or set(facts.prices)
    for each in each_charges:
        for base in bases:
            for n in counts:
                if base != each and base + each * Decimal(int(n)) == price.amount:
                    return frozenset({n})
    before = [
        q.value
        for q in find_quantities(sentence[: price.start - start])
        if not q.has_unit
        and q.value == int(q.value)
        and 1 <= q.value <= 50
        and not any(a <= q.start < b for a, b in priced)
    ]
    # the counts the total is worked from come just before it ("so ten prints in one tube")
    if len(before) < 2:
        return frozenset()  # one count times one price is a share's sum, judged as a share
    return _a_sum_of_counts(before[-3:], set(facts.prices) | each_charges, price.amount)


def _a_sum_of_counts(counts: list[float], prices: set[Decimal], total: Decimal) -> frozenset[float]:
    """The counts when ``total`` is each count times one of ``prices``, plus one price or none."""
    if not counts or not prices or len(prices) > 12:
        return frozenset()
    for chosen in itertools.product(sorted(prices), repeat=len(counts)):
        summed = sum((p * Decimal(int(n)) for p, n in zip(chosen, counts, strict=True)), Decimal())
        if summed == total or total - summed in prices:
            return frozenset(counts)
    return frozenset()


def _charged_each(facts: ListingFacts) -> set[Decimal]:
    """The listing's prices given for each one of a thing ("€1.50 each", "£6 per seat")."""
    out: set[Decimal] = set()
    for line in facts.lines:
        for sentence in re.split(r"(?<=[.;!?])\s+", line):
            if _PRICED_PER_ONE.search(sentence):
                out.update(p.amount for p in find_prices(sentence))
    return out


# A price given for each one of a thing: "€1.50 each", "£6 per seat", "$2 apiece".
_PRICED_PER_ONE = re.compile(r"\b(?:each|apiece|per\s+\w+|a piece)\b", re.IGNORECASE)
