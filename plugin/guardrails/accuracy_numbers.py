"""Grounding of figures: every quantity, count, comparison and price in a draft must be one the
listing gives, of the same kind, on the same axis or part, and in the same currency."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.accuracy_prices import judge_price
from plugin.guardrails.age_decade_claims import _age_claims, _decade_claims
from plugin.guardrails.claims import Claim
from plugin.guardrails.comparisons import backed as comparison_backed
from plugin.guardrails.count_claims import (
    _count_end,
    _counted_by_its_list,
    _counted_so,
    _judge_count,
)
from plugin.guardrails.counts import (
    PERSON,
    comparison_claims,
    compound_count,
    count_after,
    count_phrase,
    people_count,
)
from plugin.guardrails.denied_combinations import denied_spans
from plugin.guardrails.durations import check_durations
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.money import PriceClaim, find_prices
from plugin.guardrails.number_names import (
    _a_designation,
    _in_a_name,
    _in_another_system,
    _said_as_the_listing_does,
    _title_spans,
)
from plugin.guardrails.number_rules import _RULE, Problem
from plugin.guardrails.pack_claims import (
    _bare_pack,
    _item_pack_finding,
    _judge_sold_as,
    _pack_of_an_item,
    _sold_as_claims,
    _spare_count,
)
from plugin.guardrails.part_ratios import part_ratio
from plugin.guardrails.price_policies import (
    charged_free,
    free_uses,
    one_price_for_all,
    refund_denied,
)
from plugin.guardrails.quantities import Quantity, find_quantities
from plugin.guardrails.quantity_claims import _grades_a_material, _judge_quantity, _of_another_item
from plugin.guardrails.quantity_match import _of_the_whole as _of_the_whole
from plugin.guardrails.worked_figures import _scaled_example
from plugin.guardrails.worked_prices import unit_price_span, worked_count

# A percentage said of the price is a sale claim ("save 20%", "a saving of 20%", "20% off"):
# it is checked against what compare_at_price saves, and reported as a price.
_SAVING_BEFORE = re.compile(
    r"\b(?:save|saves|saving(?:s)?(?: of)?|discount(?:ed)?(?: of| by)?|reduced by|marked down by)"
    r"(?:\s+(?:up to|over|an? (?:extra|further)|a full))?\s*$",
    re.I,
)
_SAVING_AFTER = re.compile(r"^\s*(?:off\b|discount\b|saving\b|reduction\b)", re.I)


def check_numbers(text: str, facts: ListingFacts) -> list[Finding]:
    prices = [
        p
        for p in find_prices(text, facts.currency)
        if not (p.unit_like and p.currency != facts.currency)
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
        if part_ratio(text, quantity, facts):
            continue  # "three parts wool to one part silk" of 75 % wool and 25 % silk
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


def _is_saving(text: str, quantity: Quantity) -> bool:
    """A percentage of the price: a discount, whose truth is the listing's sale."""
    if quantity.unit != "%" or quantity.parts:
        return False
    before = text[max(0, quantity.start - 30) : quantity.start]
    return bool(_SAVING_BEFORE.search(before) or _SAVING_AFTER.match(text[quantity.end :]))


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


_EACH_OF = re.compile(r"(?:\s+[a-z]+)?\s+(?:of each|each of|each|apiece)\b", re.IGNORECASE)


def _per_item(quantity: Quantity) -> Finding:
    return finding(_RULE, BLOCK, quantity.start, quantity.end, quantity.text,
                   "is not a count per item the listing gives.",
                   "Use the listing's count, or remove it.")  # fmt: skip


def _comparison(claim: Claim) -> Finding:
    return finding(_RULE, BLOCK, claim.start, claim.end, claim.text,
                   "is a comparison the listing does not make or measure.",
                   "Remove the comparison, or state the listing's own figure.")  # fmt: skip
