"""A reply that denies a combination claims nothing about it (round 33): invented listing."""

from __future__ import annotations

import pytest

from plugin.domain import Listing, Variant
from plugin.guardrails import check
from plugin.guardrails.denied_combinations import denied_spans


def _cord() -> Listing:
    variants = [
        Variant(sku=f"C-{c}-{n}", title="", price="10.00", options={"Colour": c, "Length": n})
        for c, n in (("Ivory", "2 m"), ("Sand", "8 m"), ("Sand", "2 m"))
    ]
    return Listing(
        external_id="cord",
        title="Braided cord",
        description_html="<p>Braided cotton cord.</p>",
        price="10.00",
        variants=variants,
        options={"Colour": ["Ivory", "Sand"], "Length": ["2 m", "8 m"]},
    )


def test_a_denied_combination_with_another_variants_figure_passes() -> None:
    reply = (
        "Thank you for your question! Braided cord does not come in Ivory / 8 m. With Ivory "
        "it comes in these options (Length): 2 m."
    )
    assert [f.rule for f in check(_cord(), reply, "reply")] == []


def test_the_same_combination_claimed_is_still_blocked() -> None:
    reply = "Thank you! Braided cord comes in Ivory / 8 m."
    assert "accuracy.number" in [f.rule for f in check(_cord(), reply, "reply")]


def test_a_figure_after_the_denial_is_still_checked() -> None:
    reply = "Braided cord does not come in Ivory / 8 m. With Ivory it comes in 15 m."
    assert "accuracy.number" in [f.rule for f in check(_cord(), reply, "reply")]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The cord does not come in Ivory / 2.5 m. With Ivory: 2 m.", "Ivory / 2.5 m"),
        ("Die Kordel gibt es nicht in Ivory / 8 m. In Ivory …", "Ivory / 8 m"),
        ("It comes in Ivory.", ""),
    ],
)
def test_the_denied_span_ends_with_its_sentence(text: str, denied: str) -> None:
    spans = denied_spans(text)
    assert bool(spans) == bool(denied)
    if denied:
        start, end = spans[0]
        assert text[start:end].endswith(denied)
