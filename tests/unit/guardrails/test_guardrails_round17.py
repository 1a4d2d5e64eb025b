"""Seventeenth round of issue 12 (holdout_v14's clean drafts' claim findings first, then its misses,
read after its one blind score and sorted into families, each fixed by the mechanism that failed).
Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

# --- figures in a script without spaces ("90 °Cで3分"), and a range's unit named once abroad ----

KETTLE_NOTES = listing(
    title="玄米茶",
    product_type="Tea",
    description_html="<p>90 °Cのお湯で3分ほど蒸らしてください。</p>",
    attributes={"保存": ["冷暗所"]},
    currency="JPY",
)


def test_a_figure_that_touches_kana_or_kanji_is_read_with_its_unit_there():
    said = "Steep it at {} °C for 3 minutes."
    assert found(KETTLE_NOTES, said.format(90), "accuracy.number") == []
    assert found(KETTLE_NOTES, said.format(80), "accuracy.number")
    assert found(KETTLE_NOTES, "Steep it at 90 °C for 5 minutes.", "accuracy.number")


LANTERN = listing(
    title="Campinglamp",
    product_type="Lantern",
    attributes={"Brandduur": ["4-20 uur"], "Oplaadtijd": ["5 tot 6 uur"]},
    currency="EUR",
)


def test_the_first_number_of_a_range_takes_the_unit_named_after_the_second():
    assert found(LANTERN, "It runs for 4 to 20 hours on a charge.", "accuracy.number") == []
    assert found(LANTERN, "It recharges in 5-6 hours.", "accuracy.number") == []
    assert found(LANTERN, "It runs for 4 to 30 hours on a charge.", "accuracy.number")
