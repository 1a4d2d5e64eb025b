"""Twelfth round of issue 12 (holdout_v9's misses and clean drafts' claim findings, read after
its one blind score, sorted into families). Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Listing, Variant, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def found(item: Listing, text: str, rule: str) -> list[tuple[str, Verdict]]:
    body = f"<p>{text}</p>"
    return [(body[f.start : f.end], f.severity) for f in check(item, body, "description")
            if f.rule == rule]  # fmt: skip


# --- an ingredient the listing lists, said by the draft to be left out ------------------------

TONER = listing(
    title="Rose Facial Toner 100 ml",
    description_html="<p>A refreshing toner.</p><p>Ingredients: Aqua, Alcohol, Rosa Damascena "
    "Flower Water, Glycerin.</p>",
    price="18.00",
    currency="GBP",
)


def test_a_listed_ingredient_said_to_be_left_out_blocks():
    hits = found(TONER, "A refreshing rose toner with no alcohol.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK and "alcohol" in hits[0][0]
    assert found(TONER, "An alcohol-free rose toner.", "accuracy.material")
    # what the listing leaves out may still be said to be left out
    assert found(TONER, "A rose toner with no parabens.", "accuracy.material") == []
    assert found(TONER, "A refreshing rose toner with glycerin.", "accuracy.material") == []


# --- an ingredient the listing keeps out, said to be in after a measure of it -------------------

CHILLI = listing(
    title="Smoked Chilli Flakes 40 g",
    description_html="<p>Ingredients: smoked chipotle chilli (100%). No sugar, no additives.</p>",
    price="5.00",
    currency="EUR",
)


def test_a_kept_out_ingredient_after_a_measure_of_it_blocks():
    hits = found(CHILLI, "Smoked chilli flakes with a spoonful of sugar.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(CHILLI, "Smoked chilli flakes with no sugar.", "accuracy.material") == []


# --- a price after an option's label and a comma: the price of that option ----------------------

LAMP = listing(
    title="Brass Desk Lamp",
    options={"Size": ["Small", "Large"]},
    variants=[
        Variant(sku="L-S", price="48.00", options={"Size": "Small"}),
        Variant(sku="L-L", price="64.00", options={"Size": "Large"}),
    ],
    price="48.00",
    currency="GBP",
)


def test_a_price_after_another_options_label_blocks():
    hits = found(LAMP, "A brass desk lamp. Large, £48.", "accuracy.price")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(LAMP, "A brass desk lamp. Large, £64.", "accuracy.price") == []
    assert found(LAMP, "A brass desk lamp. Small, £48; large, £64.", "accuracy.price") == []
    # a comma before the price with more than a label before it names no option
    text = "A brass desk lamp with a large shade and a small base, £48."
    assert found(LAMP, text, "accuracy.price") == []
