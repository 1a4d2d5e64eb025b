"""Grounding of figures: every quantity, count, comparison and price in a draft must be one the
listing gives, of the same kind, on the same axis or part, and in the same currency."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from typing import Literal, NamedTuple

from plugin.domain import Finding
from plugin.guardrails.accuracy_prices import (
    charged_free,
    free_uses,
    judge_price,
    one_price_for_all,
    refund_denied,
    unit_price_span,
    worked_count,
)
from plugin.guardrails.claims import Claim
from plugin.guardrails.comparisons import backed as comparison_backed
from plugin.guardrails.counts import (
    GENERIC_THINGS,
    PERSON,
    comparison_claims,
    compound_count,
    count_after,
    count_phrase,
    items_total,
    people_count,
    plural_of,
)
from plugin.guardrails.denied_combinations import denied_spans
from plugin.guardrails.durations import check_durations
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.ingredients import ingredient_lines
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import axis_near, compatible, kinds_asked, part_near, singular
from plugin.guardrails.money import PriceClaim, find_prices
from plugin.guardrails.product_nouns import is_product_noun
from plugin.guardrails.quantities import (
    NUMBER_WORDS,
    TOLERANCE,
    FactQuantity,
    Quantity,
    agrees,
    find_quantities,
    same_amount,
)
from plugin.guardrails.vocabulary import MATERIALS

_RULE = "accuracy.number"
_SIZE_RULE = "accuracy.size"  # a figure of the listing said of another axis
# List labels whose length counts what comes with the product ("In the box", "Contents").
_CONTAINERS = ("box", "content", "include", "inclusion", "kit", "set", "pack", "package")
# A percentage said of the price is a sale claim ("save 20%", "a saving of 20%", "20% off"):
# it is checked against what compare_at_price saves, and reported as a price.
_SAVING_BEFORE = re.compile(
    r"\b(?:save|saves|saving(?:s)?(?: of)?|discount(?:ed)?(?: of| by)?|reduced by|marked down by)"
    r"(?:\s+(?:up to|over|an? (?:extra|further)|a full))?\s*$",
    re.I,
)
_SAVING_AFTER = re.compile(r"^\s*(?:off\b|discount\b|saving\b|reduction\b)", re.I)
# Unit spellings that are also everyday words after a number ("a 5.5 bar", "2 cups").
_AMBIGUOUS_UNIT = re.compile(r"bar|cups?|cal|pt|cp|st|pints?", re.I)


# A size system named by its country's code, in brackets straight after a figure with its unit
# and at most two words: "5 mm needles (US 8)", "a 4 mm hook (UK 8)".
_ANOTHER_SYSTEM = re.compile(
    r"\d\s?(?:mm|cm|in|g|ml)\b(?:\s+[a-z]+){0,2}\s*\((?:US|UK|EU|JP|AU)\s?$"
)


def _in_another_system(text: str, start: int) -> bool:
    return bool(_ANOTHER_SYSTEM.search(text, max(0, start - 40), start))


# A word a count of a pack follows: "a pack of three", "a set of 6".
_PACK_OF = re.compile(r"\b(?:pack|set|box|bundle|case|bag)\s+of\s+$", re.IGNORECASE)
_RUN = re.compile(r"[\w.]+(?:[-–/][\w.]+)+$")


def _said_as_the_listing_does(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A bare number in a run of figures the listing writes the same ("12-53", a gauge set's
    range in its title), or a pack's count in the listing's words ("a pack of three" of "or a
    pack of three sets"): the listing's own, not a count of something else."""
    start = quantity.start
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(>":
        start -= 1
    end = quantity.end
    while end < len(text) and not text[end].isspace() and text[end] not in ".,;:)<":
        end += 1
    run = text[start:end]
    listed = f" {facts.normal} "
    if run != quantity.text and _RUN.fullmatch(run) and f" {normalise(run)} " in listed:
        return True
    pack = _PACK_OF.search(text, max(0, quantity.start - 16), quantity.start)
    return pack is not None and facts.supports(f"{pack.group()}{quantity.text}")


def _count_end(text: str, quantity: Quantity, counted: str) -> int:
    """Where a count's claim ends: past the thing it counts ("Two zipped pockets"), so the
    finding spans the claim, not the number alone."""
    noun = re.compile(
        rf"(?:[\s-]+[\w'’-]+){{0,2}}?[\s-]+{re.escape(counted)}(?:s|es)?\b", re.IGNORECASE
    )
    match = noun.match(text, quantity.end, quantity.end + 40)
    return match.end() if match else quantity.end


def check_numbers(text: str, facts: ListingFacts) -> list[Finding]:
    prices = [
        p for p in find_prices(text) if not (p.unit_like and p.currency != facts.currency)
    ]  # "a 10 Ft cable" of a listing in dollars is ten feet, not ten forints
    findings = [f for p in prices if (f := judge_price(text, p, facts))]
    findings += free_uses(text, facts)
    findings += charged_free(text, facts)
    findings += refund_denied(text, facts)
    findings += one_price_for_all(text, facts)
    findings += check_durations(text, facts)
    taken = [(p.start, p.end) for p in prices]
    taken += _title_spans(text, facts)
    taken += [span for p in prices if (span := unit_price_span(text, p, facts))]
    taken += denied_spans(text)  # "does not come in White / 5 m" claims no 5 m (round 33)
    for claim in comparison_claims(text):
        taken.append((claim.start, claim.end))
        if not (
            facts.supports(claim.text)
            or facts.supports(f"{claim.value} {claim.about}")
            or comparison_backed(claim, text, facts)
        ):
            findings.append(_comparison(claim))
    findings += _age_claims(text, facts, taken)
    findings += _decade_claims(text, facts)
    for claim in _sold_as_claims(text):
        taken.append((claim.start, claim.end))
        finding_ = _judge_sold_as(claim, facts)
        if finding_:
            findings.append(finding_)
    for quantity in find_quantities(text):
        if any(s <= quantity.start < e for s, e in taken):
            continue
        if _in_a_name(text, quantity, facts) or _a_designation(text, quantity, facts):
            continue
        if not quantity.has_unit and _said_as_the_listing_does(text, quantity, facts):
            continue  # "Light 12-53" as the title says it; "a pack of three" of "… three sets"
        if not quantity.has_unit and _in_another_system(text, quantity.start):
            continue  # "5 mm needles (US 8)": the figure in another country's sizes, a table's
        if not quantity.has_unit and _EACH_OF.match(text, quantity.end):
            # "six of each", "four flies of each": a count per item, whichever thing it counts
            if quantity.value not in facts.numbers:
                findings.append(_per_item(quantity))
            continue
        item_pack = _pack_of_an_item(text, quantity, facts)
        if item_pack is not None:
            if item_pack:
                findings.append(_item_pack_finding(quantity, item_pack))
            continue
        if _counts_a_charge(text, quantity, prices, facts):
            continue  # "two broken spokes" in a total worked out from €1.50 a spoke
        pack = _bare_pack(text, quantity, facts)
        if pack is not None:
            if isinstance(pack, Finding):
                findings.append(pack)
            continue
        spare = _spare_count(text, quantity, facts)
        if spare is not None:
            if spare:
                findings.append(spare)
            continue
        counted, words = count_phrase(text, quantity)
        if not counted:
            counted, words = count_after(text, quantity, facts.counted_things)
            if words and not _counted_so(counted, words, facts):
                continue  # "one chest pocket" of "Pockets: 3": which pockets is unknowable
        if not counted and quantity.kinds == {"named:pieces"}:
            counted = "piece"  # "a three-piece shaft", "four pieces": the listing's piece count
        if not counted and people_count(text, quantity):
            counted = PERSON  # "sleeps three", "seats up to 6"
        if counted == PERSON and PERSON not in facts.counts:
            continue  # a capacity is checked against the listing's, which this one lacks
        if quantity.is_word and not counted and not quantity.has_unit:
            continue  # "one of a kind"; "two hours", "a three-piece shaft" are figures
        if counted == "colour":
            continue  # a count of colours is a colour claim (plugin/guardrails/colours.py)
        problem: tuple[str, str] | Problem | None = (
            _judge_count(quantity, counted, words, facts, bool(compound_count(text, quantity)),
                         own_list=_counted_by_its_list(text, quantity))
            if counted
            else None
        )
        if problem is None and not counted:
            problem = _judge_quantity(text, quantity, facts) or _of_another_item(
                text, quantity, facts
            )
            if problem is not None and _scaled_example(text, quantity, facts):
                problem = None  # "in a 1000 mm telescope it gives 40x" of "1200 mm … 48x"
        if problem is not None:
            message, fact = problem[0], problem[1]
            rule = problem.rule if isinstance(problem, Problem) else _RULE
            if _grades_a_material(text, quantity, facts):
                rule = "accuracy.material"  # "85% merino", "18k gold": what it is made of
            end = _count_end(text, quantity, counted) if counted else quantity.end
            findings.append(
                finding(
                    "accuracy.price" if _is_saving(text, quantity) else rule,
                    BLOCK,
                    quantity.start,
                    end,
                    text[quantity.start : end],
                    message,
                    "Use the listing's figure, or remove it." if fact else "Remove this figure.",
                    fact,
                )  # fmt: skip
            )
    return findings


# "five spare sets of flights": a count of part of the things, which only the listing's own
# count of the same part ("3 spare sets") can confirm or contradict.
_SPARE_AFTER = re.compile(r"[\s-]+((?:spare|extra|additional|replacement)\s+[^\W\d_]+)", re.I)


def _spare_count(
    text: str, quantity: Quantity, facts: ListingFacts
) -> Finding | None | Literal[""]:
    """None: not a count of spares; "": one the listing's count of them confirms; else the
    finding of one it contradicts."""
    spare = _SPARE_AFTER.match(text, quantity.end)
    if quantity.has_unit or not spare:
        return None
    phrase = spare.group(1).lower()
    given = {
        q.value
        for line in facts.lines
        if phrase in line.lower()
        for q in find_quantities(line)
        if re.match(r"[\s-]+" + re.escape(phrase) + r"\b", line[q.end :].lower())
    }
    if not given:
        return None
    if quantity.value in given:
        return ""
    line = next(line for line in facts.lines if phrase in line.lower())
    shown = ", ".join(f"{v:g}" for v in sorted(given))
    return finding(_RULE, BLOCK, quantity.start, quantity.end, quantity.text,
                   f"is not how many {phrase} the listing gives ({shown}).",
                   "Use the listing's figure, or remove it.", line)  # fmt: skip


def _title_spans(text: str, facts: ListingFacts) -> list[tuple[int, int]]:
    """Where the draft gives the listing's own title word for word ("the <strong>Paddle Board
    10'6</strong>", "Ozdoby, sada 6 ks"): a figure in it is the title's, not a claim."""
    title = facts.title.strip()
    if len(title) < 6 or not any(c.isdigit() for c in title):
        return []
    found = re.finditer(re.escape(title), text, re.IGNORECASE)
    return [(m.start(), m.end()) for m in found]


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


_NOT_A_PART_LABEL = re.compile(r"ingredient|active|purity|content|strength", re.I)


def _grades_a_material(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A share or purity right before a material the listing grades too: "85% merino" of "70%
    merino wool", "18k gold" of "14k gold" contradict what it is made of. ("100% stoneware" of a
    listing that gives no share is an invented figure.)"""
    if quantity.unit not in ("%", "k", "karat", "ct", "carat"):
        return False
    after = text[quantity.end : quantity.end + 40].lstrip(" -")
    material = MATERIALS.pattern.match(after) or (
        MATERIALS.pattern.match(re.sub(r"^[a-z]+\s+", "", after)) if quantity.parts else None
    )  # "70/30 wool and cotton", "a 70/30 soft wool blend"
    if not material:
        # "95% tungsten" of "Barrel: 90% tungsten": a word the listing grades by its share is
        # what the thing is made of, whether or not the vocabulary knows it
        word = re.match(r"[^\W\d_]{3,}", after)
        if quantity.unit != "%" or not word or quantity.parts:
            return False
        graded = re.compile(  # "Barrel: 90% tungsten": a part's label, its value the share
            r"^(?P<label>[^:]+):\s*\d+(?:[.,]\d+)?\s*%\s*" + re.escape(word.group().lower()) + r"$"
        )
        return any(
            (m := graded.match(line.lower())) and not _NOT_A_PART_LABEL.search(m.group("label"))
            for line in facts.lines
        )
    if quantity.parts:
        return True  # a blend's shares, against the listing's
    name = re.escape(material.group().lower())
    graded = re.compile(  # "80% lã merino", "70 % laine mérinos": a word of the language between
        r"\d\s*(?:%|k|ct|karat|carat)\s*(?:[^\W\d]{1,5}\s+)?" + name
    )
    # "100% alpaca" of "Alpaca blend": the listing says it is mixed with something else
    blend = re.compile(rf"\b{name}(?:[\s-]+\w+)?[\s-]+blend\b|\bblend of {name}\b")
    return any(graded.search(line.lower()) or blend.search(line.lower()) for line in facts.lines)


def _is_saving(text: str, quantity: Quantity) -> bool:
    """A percentage of the price: a discount, whose truth is the listing's sale."""
    if quantity.unit != "%" or quantity.parts:
        return False
    before = text[max(0, quantity.start - 30) : quantity.start]
    return bool(_SAVING_BEFORE.search(before) or _SAVING_AFTER.match(text[quantity.end :]))


class Problem(NamedTuple):
    """What is wrong with a figure, the listing's nearest fact, and the rule it breaks."""

    message: str
    fact: str
    rule: str = _RULE


def _judge_quantity(
    text: str, quantity: Quantity, facts: ListingFacts
) -> tuple[str, str] | Problem | None:
    """None when the listing gives this figure, else (message, the nearest fact); a figure of
    the listing on another axis is a ``Problem`` of size ("62 cm wide" for a 62 cm height)."""
    physical = [r for r in quantity.readings if not r[0].startswith("named:")]
    if not physical:
        if quantity.parts:
            shares = {f.quantity.value for f in facts.quantities if f.quantity.unit == "%"}
            if all(p in shares or p in facts.numbers for p in quantity.parts):
                return None
            return "is not a blend the listing gives.", _nearest(quantity, facts)
        named = [
            f
            for f in facts.quantities
            if quantity.kinds and quantity.kinds <= f.quantity.kinds and "-" not in f.quantity.text
        ]  # not a compound: "a four-thread overlocker" counts threads, it gives no thread figure
        if named and quantity.has_unit and not quantity.hedge:
            # "3000 lumens" of "2500 lumens": the listing gives this unit's figure, and a number
            # it gives of something else ("3000 mAh") is no support
            if any(f.quantity.value == quantity.value for f in named):
                return None
            return _unsupported(quantity, facts)
        if quantity.value in facts.numbers or _stated_as_word(quantity, facts):
            return None
        return _unsupported(quantity, facts)
    asked = kinds_asked(text, quantity.start)
    kinds = {kind for kind, _ in physical}
    if asked and not asked & kinds:
        wanted = sorted(asked)[0]
        line = _line_of_kind(wanted, facts)
        return f"is not a {wanted}, which is what the sentence gives it as.", line
    if asked:
        physical = [r for r in physical if r[0] in asked]
    elif _AMBIGUOUS_UNIT.fullmatch(quantity.unit) and quantity.value in facts.numbers:
        if not any(kinds & f.quantity.kinds for f in facts.quantities):
            return None  # "pH 5,5 bar" of soap: "bar" is the soap, not a pressure
        same_unit = any(_same_unit(quantity, f.quantity) for f in facts.quantities)
        if quantity.value in facts.named_counts and not quantity.hedge and not same_unit:
            return None  # "eight cups" of "1 L (8 tasses)": a count of cups, not a volume
    matches = [f for f in facts.quantities if _agrees(quantity, physical, f)]
    if not matches and _derived(text, quantity, physical, facts):
        return None  # "between them the tablets set 100 litres" of 10 tablets at 10 litres each
    if not matches and _within_a_stated_bound(text, quantity, physical, facts):
        return None  # "a blade over 15 cm, such as a chef's knife of about 8 in"
    if not matches:
        return _unsupported(quantity, facts)
    if all(f.per_item for f in matches) and _of_the_whole(text, quantity):
        return "is the listing's figure for one item, not for the whole set.", matches[0].line
    axis = axis_near(text, quantity.start, quantity.end)
    fitting = [f for f in matches if compatible(axis, f.axis)]
    if axis and not any(f.axis for f in fitting):
        # "Cabinet 62 cm" in the title gives no axis; its dimensions say the 62 cm is a height
        fitting = [f for f in fitting if not any(m.axis for m in matches)]
    if not fitting and axis == "thickness" and any(_the_thinnest(f, facts) for f in matches):
        return None  # "2 cm thick" of a board "40 x 20 x 2 cm": a flat thing's least dimension
    if not fitting:
        fact = next((f for f in matches if f.axis), matches[0])
        return Problem(f"is the listing's {fact.axis}, not its {axis}.", fact.line, _SIZE_RULE)
    if axis and not any(f.axis for f in fitting):
        # "stands 190 cm tall" of a 180 cm height: near the 2 m cable's figure, but the listing
        # gives a height, and this is not it
        # the product's own figure on that axis: a part's ("Blade length: 12 cm") is not it
        own = [
            f
            for f in facts.quantities
            if f.axis == axis and kinds & f.quantity.kinds and f.parts <= facts.product_words
        ]
        if own and not part_near(text, quantity.start, quantity.end, facts.words):
            return f"is not the listing's {axis}.", own[0].line
    part = part_near(text, quantity.start, quantity.end, facts.words)
    if not part:
        return None
    # the part as the listing names itself, either number ("needle" of "Knitting needles")
    own_noun = part in facts.product_words or any(singular(w) == part for w in facts.product_words)
    if own_noun and not _labelled_otherwise(part, kinds, facts):
        return None  # "a 350 W scooter": any of its parts' figures is the product's
    if _qualifies_the_product(text, quantity.end, part, facts):
        return None  # "75% hot-swap mechanical keyboard": "hot" is no part, the keyboard is it
    # The listing gives this part its own figure: the claim must be that one ("a 52 cm arm"
    # when the arm is 40 cm), and a figure of another part is not this part's.
    own = [f for f in facts.quantities if part in f.parts and kinds & f.quantity.kinds]
    if own and not any(f in own for f in fitting):
        return f"is not the {part}'s figure in the listing.", own[0].line
    if not any(
        part in f.parts or not f.parts or _names_part(f, part) or _MATES.get(part, set()) & f.parts
        for f in fitting
    ):
        fact = fitting[0]
        return f"is the listing's figure for the {', '.join(sorted(fact.parts))}.", fact.line
    return None


_FLAT_AXES = frozenset({"length", "width", "height", "depth"})


def _the_thinnest(fact: FactQuantity, facts: ListingFacts) -> bool:
    """The listing's figure is the least of the dimensions it gives with it (on the same line):
    the thickness of a flat thing, whichever axis the listing names it."""
    if fact.axis not in _FLAT_AXES:
        return False
    kind, value = fact.quantity.readings[0] if fact.quantity.readings else ("", 0.0)
    others = [
        f.quantity.readings[0][1]
        for f in facts.quantities
        if f.line == fact.line and f.axis in _FLAT_AXES and f.quantity.readings
        and f.quantity.readings[0][0] == kind
    ]
    return len(others) >= 3 and value == min(others)


def _scaled_example(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """Two figures of one draft sentence in the proportion of two figures of one listing
    sentence, of the same kinds: the listing's worked example with other numbers ("in a 1000
    mm telescope it gives 40x" of "in a 1200 mm telescope it gives 48x")."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n") + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
    others = [q for q in find_quantities(text[start:end]) if q.start != quantity.start - start]
    if not others:
        return False
    for given in memo(facts, "sentence figures", _sentence_figures):
        for a in given:
            for b in given:
                if a is b or a.kinds & b.kinds or not (a.kinds & quantity.kinds):
                    continue
                for other in others:
                    if b.kinds & other.kinds and _same_ratio(quantity, other, a, b):
                        return _of_the_shoppers(text, quantity.start) or _of_the_shoppers(
                            text, start + other.start
                        )
    return False


_DIGITS = re.compile(r"\d+")


def _sentence_figures(facts: ListingFacts) -> list[list[Quantity]]:
    """The figures of each listing sentence that gives two or more."""
    out = []
    for line in facts.lines:
        for sentence in re.split(r"(?<=[.!?;])\s+", line):
            if len(_DIGITS.findall(sentence)) < 2:
                continue  # fewer than two figures: none to read
            given = find_quantities(sentence)
            if len(given) >= 2:
                out.append(given)
    return out


# A figure of the shopper's own thing, not the product's: "in a 1000 mm telescope", "for your
# 60 m² lawn", "on two square metres".
_SHOPPERS = re.compile(r"\b(?:in|with|for|on|over|into|to|if)\s+(?:(?:a|an|your|any)\s+)?$", re.I)


def _of_the_shoppers(text: str, at: int) -> bool:
    return bool(_SHOPPERS.search(text[max(0, at - 12) : at]))


def _same_ratio(q: Quantity, p: Quantity, a: Quantity, b: Quantity) -> bool:
    values = [_base(x, k) for x, k in ((q, a.kinds), (p, b.kinds), (a, a.kinds), (b, b.kinds))]
    if any(v is None or v <= 0 for v in values):
        return False
    qv, pv, av, bv = values
    assert qv and pv and av and bv
    if abs(qv - av) <= av * 0.001:
        return False  # the listing's own figure: judged as it is
    return abs(qv / pv - av / bv) <= (av / bv) * 0.01


def _base(quantity: Quantity, kinds: set[str] | frozenset[str]) -> float | None:
    return next((value for kind, value in quantity.readings if kind in kinds), None)


# Words that say a figure is worked out from others: a total, or a share of one.
_WORKED_OUT = re.compile(
    r"\b(?:between them|in all|in total|altogether|all together|combined|a total of|works? out|"
    r"comes? to)\b",
    re.IGNORECASE,
)


def _derived(
    text: str, quantity: Quantity, physical: list[tuple[str, float]], facts: ListingFacts
) -> bool:
    """A figure worked out from the listing's: one of its figures times or divided by one of its
    counts, said with a word of totting up ("between them … 100 litres" of 10 tablets at 10
    litres each), or hedged with the count in the sentence ("about 73.5 kWh: 15 kg at 4.9
    kWh/kg")."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    counts = {n for n in facts.numbers if n == int(n) and 2 <= n <= 1000}
    if not _WORKED_OUT.search(text, start, quantity.end + 40):
        if not quantity.hedge:
            return False
        # a hedged figure only with its working shown: "about 73.5 kWh: 15 kg at 4.9 kWh/kg"
        end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
        others = find_quantities(text[start:end])
        counts &= {q.value for q in others if q.start != quantity.start - start}
    for kind, value in physical:
        for fact in facts.quantities:
            for fact_kind, fact_value in fact.quantity.readings:
                if fact_kind != kind:
                    continue
                if any(
                    agrees(value, fact_value * n, quantity.hedge, kind)
                    or agrees(value, fact_value / n, quantity.hedge, kind)
                    for n in counts
                ):
                    return True
    return False


def _within_a_stated_bound(
    text: str, quantity: Quantity, physical: list[tuple[str, float]], facts: ListingFacts
) -> bool:
    """A figure given as an instance of one of the listing's bounds, which its sentence states
    ("over 15 cm, such as … about 8 in" of "Blade length: Over 15 cm"): it lies within it."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
    served = _FOR_A.search(text[max(0, quantity.start - 14) : quantity.start])
    if not served and not _EXAMPLE.search(text, start, quantity.start):
        return False
    sentence = text[start:end]
    stated = []
    for q in find_quantities(sentence):
        if q.hedge in ("over", "under"):
            stated.append((q, q.hedge, True))
        elif _UP_TO.search(sentence[max(0, q.start - 16) : q.start]):
            stated.append((q, "under", False))  # "rated for up to 120 litres": a maximum
    for bound, side, same_hedge in stated:
        for fact in facts.quantities:
            if fact.quantity.readings != bound.readings or (
                same_hedge and fact.quantity.hedge != bound.hedge
            ):
                continue
            for kind, value in physical:
                for fact_kind, limit in fact.quantity.readings:
                    if kind == fact_kind and (value > limit if side == "over" else value <= limit):
                        return True
    return False


# "for a 30-gallon tank": a figure of the thing the product serves, not of the product.
_FOR_A = re.compile(r"\bfor\s+(?:a|an|your|the|any)\s+$", re.IGNORECASE)
_UP_TO = re.compile(r"\b(?:up to|no more than|max\.?|maximum(?: of)?)\s+$", re.IGNORECASE)


# Words that give an example of what a sentence says: "such as", "for example", "like".
_EXAMPLE = re.compile(r"\b(?:such as|for example|for instance|e\.g\.|like|say)\b", re.IGNORECASE)


def _labelled_otherwise(part: str, kinds: set[str], facts: ListingFacts) -> bool:
    """Whether an attribute named for ``part`` gives it figures, none of this kind: "Apparent
    field: 68°" makes "a 1200 mm field" of a wide-field eyepiece no figure of the product."""
    own = [f for f in facts.quantities if part in normalise(f.line.split(":", 1)[0]).split()]
    return bool(own) and not any(kinds & f.quantity.kinds for f in own)


# Parts that fit one another share a measure: a watch's lug width is its strap's width, a
# lens's filter thread the filter's size, a chuck's size the bit's shank.
_MATING = (("lug", "strap band bracelet"), ("thread", "filter"), ("chuck collet", "bit shank"))
_MATES: dict[str, set[str]] = {}
for _ones, _others in _MATING:
    for _one in _ones.split():
        _MATES.setdefault(_one, set()).update(_others.split())
    for _other in _others.split():
        _MATES.setdefault(_other, set()).update(_ones.split())


def _names_part(fact: FactQuantity, part: str) -> bool:
    """ "Analytical constituents: Crude protein 72%": the value names the part ("protein") in
    the sentence or list item of the figure (a description that names it elsewhere does not)."""
    value = fact.line.split(":", 1)[-1]
    at = value.find(fact.quantity.text)
    start = max(value.rfind(mark, 0, at) for mark in (". ", "  ", "\n")) + 1
    return at >= 0 and part in normalise(value[start:at]).split()


# A figure the listing gives as a bound: "Acidity: ≤ 0.5 %", "max. 40 °C", "at least 20 %".
_BOUND_BEFORE = (
    ("under", re.compile(r"(?:≤|<|\bmax(?:imum|\.)?|\bup to|\bno more than|\bat most)\s*$", re.I)),
    ("over", re.compile(r"(?:≥|>|\bmin(?:imum|\.)?|\bat least|\bno less than)\s*$", re.I)),
)


def _bound_of(fact: FactQuantity) -> str:
    """ "under" or "over" when the listing gives the figure as a maximum or a minimum."""
    if fact.quantity.hedge in ("under", "over"):
        return fact.quantity.hedge
    at = fact.line.find(fact.quantity.text)
    before = fact.line[max(0, at - 16) : at] if at > 0 else ""
    return next((side for side, rx in _BOUND_BEFORE if rx.search(before)), "")


def _agrees(quantity: Quantity, physical: list[tuple[str, float]], fact: FactQuantity) -> bool:
    if quantity.hedge in ("under", "over") and quantity.hedge == _bound_of(fact):
        # "no more than 0.8 %" of "≤ 0.5 %": a bound said of a bound must be the listing's
        return any(
            kind == fact_kind and same_amount(value, fact_value, TOLERANCE)
            for kind, value in physical
            for fact_kind, fact_value in fact.quantity.readings
        )
    if not quantity.hedge and _same_unit(quantity, fact.quantity):
        # no conversion to round: "160 x 240 cm" of a 160 x 230 cm rug is another figure
        step = 10.0 ** -_decimals(quantity.text)
        if abs(quantity.value - fact.quantity.value) > step / 2 + 1e-9:
            return False
    for kind, value in physical:
        for fact_kind, fact_value in fact.quantity.readings:
            if kind == fact_kind and agrees(value, fact_value, quantity.hedge, kind):
                return True
            if kind == fact_kind == "temperature" and _rounded_fahrenheit(quantity, fact_value):
                return True
    return False


def _rounded_fahrenheit(quantity: Quantity, fact_celsius: float) -> bool:
    """A Fahrenheit figure rounded to tens, as a conversion of a listing's Celsius is written
    ("1250 °C (2280 °F)"): within half of that ten, 5 °F, of the listing's exact figure."""
    if not quantity.unit.upper().endswith("F") or quantity.value % 10:
        return False
    exact = fact_celsius * 9 / 5 + 32
    return abs(quantity.value - exact) <= 5 + 1e-9


def _same_unit(claim: Quantity, fact: Quantity) -> bool:
    return bool(claim.unit) and claim.unit.lower() == fact.unit.lower()


def _decimals(token: str) -> int:
    number = re.match(r"\d+(?:[.,](\d+))?", token)
    return len(number.group(1)) if number and number.group(1) else 0


def _unsupported(quantity: Quantity, facts: ListingFacts) -> tuple[str, str]:
    fact = _nearest(quantity, facts)
    return "is not a figure the listing gives" + (f" (it says: {fact})." if fact else "."), fact


_NOUN_AFTER = re.compile(r"(?:[\s-]+[a-z]+){1,3}\b")
_PHRASE_ENDS = frozenset("and or for with in to of on at by from each per a an the".split())


def _of_another_item(text: str, quantity: Quantity, facts: ListingFacts) -> tuple[str, str] | None:
    """ "a 600 ml dripper" of a grouped product that sells a "Kettle 600 ml" and a "Dripper": a
    figure before one item's noun that the listing's names give another item, not this one; or,
    with no item's noun after it, in a sentence whose words before it name one item ("The
    dripper comes in a 600 ml size")."""
    if not quantity.has_unit or len(facts.priced_options) < 2:
        return None
    after = _NOUN_AFTER.match(text, quantity.end)
    phrase = (
        itertools.takewhile(
            lambda w: w not in _PHRASE_ENDS, after.group().lower().replace("-", " ").split()
        )
        if after
        else ()
    )  # "22 cm or oval 25 cm": the phrase ends at "or"
    words = {singular(w) for w in phrase}
    figure = normalise(quantity.text)
    named = [n for n, _ in facts.priced_options if _head(n) and _head(n) in words]
    owners = [n for n, _ in facts.priced_options if f" {figure} " in f" {normalise(n)} "]
    if not named:
        start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n") + 1
        end = min(
            (i for i in (text.find(m, quantity.end) for m in ".!?\n") if i >= 0), default=len(text)
        )
        said = f" {normalise(text[start:end])} "
        sentence = {singular(w) for w in said.split()}
        if any(_head(n) in sentence or f" {normalise(n)} " in said for n in owners):
            return None  # "a Silver or 18k Gold Plated finish", "… and 3-pack": the owner too
        before = {singular(w) for w in normalise(text[start : quantity.start]).split()}
        named = [n for n, _ in facts.priced_options if _head(n) and _head(n) in before]
    if len(named) != 1 or not owners or named[0] in owners:
        return None
    return f"is the listing's figure for the {owners[0]}, not the {_head(named[0])}.", (
        f"Variant: {owners[0]}"
    )


def _head(name: str) -> str:
    """An item name's noun: the last word before a figure or a comma ("Gooseneck kettle 600 ml"
    → "kettle", "Paper filters, 100" → "filter")."""
    words = re.split(r"[,(]|\s\d", name)[0].lower().split()
    last = singular(words[-1]) if words else ""
    return last if last.isalpha() and len(last) >= 3 else ""  # not "x" of "50 x 70 cm"


# "pack of 4", "set of six": a pack's count, after the pack's noun.
_PACK_OF = re.compile(r"\b(?:pack|set|box|bundle|case|bag|tin|jar)s?\s+of\s+$", re.IGNORECASE)
_NAME_PACK = re.compile(
    r"\b(?:pack|set|box|bundle|case|bag|tin|jar)s?\s+of\s+(?P<n>\d+|[a-z]+)\b", re.I
)


def _counts_a_charge(
    text: str, quantity: Quantity, prices: list[PriceClaim], facts: ListingFacts
) -> bool:
    """A count that a worked-out total in its sentence multiplies a per-item charge by."""
    if quantity.has_unit:
        return False
    start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n") + 1
    return any(
        p.start > start
        and text.find(".", quantity.end, p.start) < 0
        and quantity.value in worked_count(text, p, facts)
        for p in prices
    )


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


_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)\n<\"]|$|(?:and|with|for|at|in|from|so)\b)", re.I)


def _bare_pack(text: str, quantity: Quantity, facts: ListingFacts) -> Finding | bool | None:
    """ "Sold as a pack of four", "a set of six.": a pack's count with no noun after it counts
    the product itself, against the packs the listing names ("Set of 8", "a set of eight"):
    a finding when the listing names packs of other counts only, False when it names this one,
    None when it names none (or the count has a noun after it, judged as a count of that)."""
    if quantity.has_unit or _packs_by_option(facts):
        return None
    if not _PACK_OF.search(text[max(0, quantity.start - 16) : quantity.start]):
        return None
    if not _CLAUSE_ENDS.match(text, quantity.end):
        return None
    packs = _listed_packs(facts)
    if not packs:
        return None
    if quantity.value in packs:
        return False
    line = next((ln for ln in facts.lines if _NAME_PACK.search(ln)), "")
    shown = ", ".join(f"{v:g}" for v in sorted(packs))
    return finding(_RULE, BLOCK, quantity.start, quantity.end, quantity.text,
                   f"is not how many the listing's pack holds ({shown}).",
                   "Use the listing's figure, or remove it.", line)  # fmt: skip


def _packs_by_option(facts: ListingFacts) -> bool:
    """Options or items sold in packs of their own ("Drip ring, pack of 2"): judged by
    ``_pack_of_an_item``, not against the listing's packs as a whole."""
    return any(_NAME_PACK.search(name) for name, _ in facts.priced_options)


def _listed_packs(facts: ListingFacts) -> set[float]:
    """The counts of the packs the listing names ("Set of 8", "a set of eight")."""
    out = set()
    for line in facts.lines:
        for match in _NAME_PACK.finditer(line):
            n = match.group("n").lower()
            value = float(n) if n.isdigit() else NUMBER_WORDS.get(n)
            if value is not None:
                out.add(float(value))
    return out


def _pack_of_an_item(text: str, quantity: Quantity, facts: ListingFacts) -> str | None:
    """A pack's count in a clause that names one item of a grouped product whose name gives
    its own pack ("drip rings, pack of 4" of the item "Drip ring, pack of 2"): ``""`` when it
    is that count, the item's name when it is not, None when no such item is named."""
    if quantity.has_unit or len(facts.priced_options) < 2:
        return None
    if not _PACK_OF.search(text[max(0, quantity.start - 16) : quantity.start]):
        return None
    start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n;") + 1
    ends = [i for mark in ".!?\n;" if (i := text.find(mark, quantity.end)) >= 0]
    clause = {singular(w) for w in normalise(text[start : min(ends, default=len(text))]).split()}
    named = []
    for name, _ in facts.priced_options:
        pack = _NAME_PACK.search(name)
        head = {singular(w) for w in normalise(re.split(r"[,(]", name)[0]).split()}
        if pack and head and head <= clause:
            words = pack.group("n").lower()
            named.append((name, float(words) if words.isdigit() else NUMBER_WORDS.get(words)))
    if len(named) != 1 or named[0][1] is None:
        return None
    return "" if named[0][1] == quantity.value else named[0][0]


def _item_pack_finding(quantity: Quantity, item: str) -> Finding:
    return finding(
        _RULE,
        BLOCK,
        quantity.start,
        quantity.end,
        quantity.text,
        f"is not the pack the listing sells this item in ({item}).",
        "Give the item's own pack size, as the listing does.",
        f"Variant: {item}",
    )


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
    if known and (value in facts.numbers or _stated_as_word(quantity, facts)):
        return None
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


_PHRASE_WORD = re.compile(r"[ \t-]+([a-z]{3,})\b", re.IGNORECASE)
_NOT_IN_A_PHRASE = frozenset(
    "and or with for from per each the that which into under within".split()
)


def _qualifies_the_product(text: str, end: int, part: str, facts: ListingFacts) -> bool:
    """Whether the word after a figure that the listing uses (``part``) names no thing but
    qualifies the product's own noun later in the phrase ("100% pure maple syrup")."""
    if is_product_noun(part):
        return False
    pos = end
    for _ in range(4):
        word = _PHRASE_WORD.match(text, pos)
        if not word or word.group(1).lower() in _NOT_IN_A_PHRASE:
            return False
        if singular(word.group(1).lower()) in facts.product_words:
            return True
        pos = word.end()
    return False


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


# A decade: "1980s", "the 1980's", "the '80s", "the 80s".
_DECADE = re.compile(r"(?<![\w'’])(?:(?P<century>1[89]|20)|['’]|(?<=the ))(?P<tens>\d)0['’]?s\b")


def _decades(text: str) -> dict[int, tuple[int, int]]:
    """Each decade a text names, as its tens ("1980s", "the '80s": 8), with where it is."""
    return {int(m["tens"]) + (10 * int(m["century"]) if m["century"] else 0): (m.start(), m.end())
            for m in _DECADE.finditer(text)}  # fmt: skip


def _decade_claims(text: str, facts: ListingFacts) -> list[Finding]:
    """A decade (a vintage piece's era, "from the 1970s") the listing gives otherwise: it names
    one or more decades and this is none of them. A listing that names none is not judged."""
    given = memo(facts, "decades", lambda f: {
        d for ln in f.lines if not ln.startswith(("Tag:", "Category:")) for d in _decades(ln)
    })  # fmt: skip
    if not given:
        return []
    out = []
    for decade, (start, end) in _decades(text).items():
        if decade in given or decade % 10 in given or any(decade == g % 10 for g in given):
            continue  # "the '80s" of "1980s"
        line = next((ln for ln in facts.lines if _decades(ln)), "")
        out.append(finding(_RULE, BLOCK, start, end, text[start:end],
                           "is not the decade the listing gives.", "Give the listing's decade.",
                           line))  # fmt: skip
    return out


# "for all ages", "suits any age": no age limit, which a listing that gives one contradicts.
_ALL_AGES = re.compile(r"\b(?:all|any|every)\s+ages?\b", re.IGNORECASE)
_AGE_LIMIT = re.compile(
    r"\bages?\s*:?\s*(?:from\s+)?\d+\s*(?:\+|and (?:up|over|older)|or (?:over|older))"
    r"|\b\d+\s*(?:years?|yrs?)\s*(?:\+|and (?:up|over|older)|or (?:over|older))"
    r"|\b(?:over|under)[\s-]\d+s?\b",
    re.IGNORECASE,
)


def _a_measure(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` has a unit after it that is no span of time."""
    figure = re.search(r"\d[\d.,]*$", text[max(0, end - 12) : end])
    if figure is None:
        return False  # "ages 3 and up", "over 18s": an age's own words end it
    found = find_quantities(text[end - len(figure.group()) : end + 16])
    return bool(found) and found[0].has_unit and "time" not in found[0].kinds


# An age limit as a listing abroad gives it: "ab 10 Jahren", "dès 8 ans", "vanaf 6 jaar".
_AGE_ABROAD = re.compile(
    r"\b(?:ab|à partir de|a partir de|dès|dai|dagli|desde|vanaf|od|fra|från|fran)\s+"
    r"\d+\s*(?:jahren|jahre|ans|anni|años|anos|jaar|lat|år|ar)\b",
    re.IGNORECASE,
)


def _age_claims(
    text: str, facts: ListingFacts, taken: list[tuple[int, int]] | None = None
) -> list[Finding]:
    limit = next(
        (
            m.group()
            for line in facts.lines
            if (m := _AGE_LIMIT.search(line) or _AGE_ABROAD.search(line))
        ),
        "",
    )
    if not limit:
        return []
    line = next(line for line in facts.lines if limit in line)
    out = [
        finding(
            _RULE,
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            "says there is no age limit; the listing gives one.",
            "Give the listing's ages.",
            line,
        )
        for m in _ALL_AGES.finditer(text)
    ]
    limits = {
        m.group() for ln in facts.lines for r in (_AGE_LIMIT, _AGE_ABROAD) for m in r.finditer(ln)
    }
    ages = {int(n) for said in limits for n in re.findall(r"\d+", said)}
    for m in _AGE_LIMIT.finditer(text):  # "ages 12 and up" of "Ages 16+"
        if any(m.start() < e and s < m.end() for s, e in taken or ()):
            continue  # "under 3 pesos each": a price, not an age
        if _a_measure(text, m.end()):
            continue  # "just under 4 oz": a measure with its unit, not an age
        said = {int(n) for n in re.findall(r"\d+", m.group())}
        if said and not said & ages:
            out.append(
                finding(_RULE, BLOCK, m.start(), m.end(), m.group(),
                        "is not the listing's age limit.", "Give the listing's ages.", line)
            )  # fmt: skip
    return out


# How many units one purchase is: "sold as a pair", "comes in a set of four", "sold singly".
_SOLD_AS = re.compile(
    r"\b(?:sold|comes?|supplied|offered|packed)\s+(?:as\s+|in\s+)?(?:an?\s+)?"
    r"(?P<n>pair|trio|set of \w+|pack of \w+|singles?|singly|individually)\b",
    re.IGNORECASE,
)
_SOLD_AS_LABEL = re.compile(r"^(?:sold as|sold in|pack size|pack|quantity|units?)\s*:\s*(.+)$",
                            re.IGNORECASE | re.MULTILINE)  # fmt: skip
_ONE = re.compile(r"\b(?:single|singly|individual(?:ly)?|one|each)\b", re.IGNORECASE)


_PACKED = re.compile(r"\b(?:set|pack) of\b", re.IGNORECASE)


def _sold_as_claims(text: str) -> list[Claim]:
    out = []
    for match in _SOLD_AS.finditer(text):
        count = _units(match.group("n"))
        if count is not None:
            out.append(Claim("count", match.start(), match.end(), match.group(), count, "unit"))
    return out


def _units(said: str) -> float | None:
    """How many units a phrase sells: "pair" 2, "set of four" 4, "single glove" 1."""
    if _ONE.search(said):
        return 1.0
    for word in re.findall(r"\w+", said.lower()):
        if word.isdigit():
            return float(word)
        if word in NUMBER_WORDS or word == "trio":
            return float(NUMBER_WORDS.get(word, 3))
    return None


def _judge_sold_as(claim: Claim, facts: ListingFacts) -> Finding | None:
    """Checked only against a listing that says how it is sold ("Sold as: Single glove")."""
    match = _SOLD_AS_LABEL.search("\n".join(facts.lines))
    if not match:
        # else its packs ("Set of 8"): "sold as a pack of four" of a set of eight
        packs = _listed_packs(facts) if _PACKED.search(claim.text) else set()
        if not packs or claim.value in packs or _packs_by_option(facts):
            return None
        line = next((ln for ln in facts.lines if _NAME_PACK.search(ln)), "")
        return finding(_RULE, BLOCK, claim.start, claim.end, claim.text,
                       "is not how the listing says it is sold.",
                       "Say how it is sold as the listing does, or leave it out.",
                       line)  # fmt: skip
    listed = _units(match.group(1))
    if listed is None or listed == claim.value:
        return None
    return finding(_RULE, BLOCK, claim.start, claim.end, claim.text,
                   "is not how the listing says it is sold.",
                   "Say how it is sold as the listing does, or leave it out.",
                   match.group())  # fmt: skip


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


_EACH_OF = re.compile(r"(?:\s+[a-z]+)?\s+(?:of each|each of|each|apiece)\b", re.IGNORECASE)


def _per_item(quantity: Quantity) -> Finding:
    return finding(_RULE, BLOCK, quantity.start, quantity.end, quantity.text,
                   "is not a count per item the listing gives.",
                   "Use the listing's count, or remove it.")  # fmt: skip


def _comparison(claim: Claim) -> Finding:
    return finding(_RULE, BLOCK, claim.start, claim.end, claim.text,
                   "is a comparison the listing does not make or measure.",
                   "Remove the comparison, or state the listing's own figure.")  # fmt: skip


def _of_the_whole(text: str, quantity: Quantity) -> bool:
    """Whether the sentence gives the figure to the whole pack ("the pair weighs 230 g")
    rather than to each item in it ("each pole weighs 230 g", "230 g per pole")."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    before = text[start : quantity.start]
    after = text[quantity.end : quantity.end + 16]
    whole = [m for m in _WHOLE_PACK.finditer(before) if not _CONTENTS.match(text, start + m.end())]
    whole = [m for m in whole if not _CONTENTS_BEFORE.search(before, 0, m.start())]
    return bool(whole) and not (
        _EACH.search(before) or _EACH_AFTER.match(after) or _one_of_a_list(text, quantity)
    )


# "In the box: the pump, 2 m of tubing", "the kit has …": the pack word opens a list of what it
# holds, each figure an item's own, not one for the whole pack ("the set weighs 2 kg").
_CONTENTS = re.compile(
    r"\s*(?::|(?:has|contains|includes|comes with|holds)\b(?!\s+(?:up to )?[\d½]))"
)
_CONTENTS_BEFORE = re.compile(r"\b(?:in|inside|into)\s+$", re.IGNORECASE)


_LIST_GAP = re.compile(r"\s*(?:,|;|/)?\s*(?:(?:and|or|&)\s+)?")


def _one_of_a_list(text: str, quantity: Quantity) -> bool:
    """A figure listed with others of its kind ("1/8 tsp, 1/4 tsp, 1/2 tsp"): each item's own,
    one to an item, not the whole set's."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
    figures = [q for q in find_quantities(text[start:end]) if q.kinds & quantity.kinds]
    at = next((i for i, q in enumerate(figures) if start + q.start == quantity.start), None)
    if at is None:
        return False
    sentence = text[start:end]
    neighbours = [(figures[i], figures[i + 1]) for i in (at - 1, at) if 0 <= i < len(figures) - 1]
    return any(_LIST_GAP.fullmatch(sentence[a.end : b.start]) for a, b in neighbours)


_WHOLE_PACK = re.compile(
    r"\b(?:the|this|a|each)?\s*(?:pair|set|pack|kit|bundle|box)\b|\b(?:together|in total|"
    r"in all|combined|both)\b",
    re.IGNORECASE,
)
_EACH = re.compile(r"\b(?:each|every|per|one|single)\b", re.IGNORECASE)
# "230 g each", "230 g per pole", "7.4 oz a pole" (not "a pair", "a set": the whole pack).
_EACH_AFTER = re.compile(
    r"\s*(?:each|apiece|per\b|a piece|an item|an?\s+(?!pair|set|pack|box|bundle|kit|case)[a-z]+\b)",
    re.IGNORECASE,
)


def _counted_so(counted: str, words: frozenset[str], facts: ListingFacts) -> bool:
    """Whether the listing counts ``counted`` with these words ("2 ribbon bookmarks")."""
    if any(items_total(items, words, label) for items, label in facts.item_lists.get(counted, ())):
        return True
    return any(words <= said for said in facts.count_words.get(counted, ()))


def _in_a_name(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A number in a model name the listing uses ("the Basecamp 1000 stores …")."""
    before = _NAME_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start])
    if before is None or quantity.is_word:
        return False
    return facts.supports(f"{before.group(1)} {quantity.text}")


_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ -]$")
_WORD_BEFORE = re.compile(r"\b([^\W\d_]{3,})[ \t]*[:-]?[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]*-?[ \t]*([^\W\d_]{3,})\b")
_FIGURE_AFTER = re.compile(r"[ \t]+([^\W\d_]{3,})[ \t]*-?[ \t]*(\d[\d.,]*\d|\d)\b")
_NOT_A_NAME = frozenset("the and for with from that this its are was per each pack set of".split())


def _a_designation(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A bare number that the listing writes beside the same word, in either order: an alloy's
    or a grade's designation ("7075 aluminium" of "Material: Aluminium 7075", "spine 500" of
    "Spine: 500"), not a count; and a count word before such a pair ("six spine 500 arrows"),
    which counts the noun after the pair, not the pair's word."""
    if quantity.has_unit:
        return False
    if not quantity.is_word:
        before = _WORD_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        after = _WORD_AFTER.match(text, quantity.end)
        return any(
            word not in _NOT_A_NAME and _beside(word, quantity.text, facts)
            for word in (m.group(1).lower() for m in (before, after) if m)
        )
    pair = _FIGURE_AFTER.match(text, quantity.end)
    return pair is not None and pair.group(1).lower() not in _NOT_A_NAME and (
        _beside(pair.group(1).lower(), pair.group(2), facts)
    )


def _beside(word: str, number: str, facts: ListingFacts) -> bool:
    """The listing writes ``number`` right beside ``word``, either side, in one phrase ("Spine:
    500", "Aluminium 7075"; not "… to 10. Tablets")."""
    w, n = re.escape(word), re.escape(number)
    pattern = re.compile(
        rf"(?<!\w){w}[ \t]*[:-]?[ \t]*{n}(?![\w.,]\d|\w)|(?<![\w.,]){n}[ \t-]*{w}(?!\w)",
        re.IGNORECASE,
    )
    return any(pattern.search(line) for line in facts.lines)


def _stated_as_word(quantity: Quantity, facts: ListingFacts) -> bool:
    return quantity.is_word and quantity.text.split()[0].lower() in facts.words


def _line_of_kind(kind: str, facts: ListingFacts) -> str:
    return next((f.line for f in facts.quantities if kind in f.quantity.kinds), "")


def _nearest(quantity: Quantity, facts: ListingFacts) -> str:
    best: tuple[float, str] | None = None
    for fact in facts.quantities:
        for kind, value in quantity.readings:
            for fact_kind, fact_value in fact.quantity.readings:
                if kind != fact_kind or not fact_value or not value:
                    continue
                distance = abs(value / fact_value - 1)
                if best is None or distance < best[0]:
                    best = (distance, fact.line)
    return best[1] if best else ""


def _abbreviated(counted: str, value: float, facts: ListingFacts) -> bool:
    """The listing gives the figure with the counted word's initial joined to it ("70D" of
    "70-denier"): a unit written by its letter, which no unit table holds."""
    if len(counted) < 4 or not counted[0].isalpha() or value != int(value):
        return False
    pattern = rf"(?<![\w.,]){int(value)}\s?{re.escape(counted[0])}(?![\w])"
    return any(re.search(pattern, line, re.IGNORECASE) for line in facts.lines)
