"""Forty-ninth round of issue 12 (holdout_v47 read after its blind score): a measure's short
name in a script with no Latin letter ("кг", "мм", "სმ") is read in any language CLDR carries,
through babel, as round 48 read the long names; a listing writes a measure so more often than
spelled out. Durations keep their long names only (one script's short hour is another's year),
and a long name keeps its place before a short one. Listings and drafts here are written for
these tests; none is taken from an eval set. Each case: the true figure passes, an invented one
is still flagged."""

from __future__ import annotations

from plugin.guardrails.quantities import find_quantities
from plugin.guardrails.units_abroad import _names, with_units_abroad
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"


def test_a_short_cyrillic_measure_is_read():
    text = "Свердло по металу, 8 мм"
    (quantity,) = with_units_abroad(text, find_quantities(text))
    assert quantity.unit == "mm"


def test_a_kettlebell_in_ukrainian_kilograms_supports_the_english():
    weight = listing(
        title="Гиря чавунна",
        description_html="<p>Гиря чавунна, 16 кг.</p>",
        attributes={"Вага": ["16 кг"]},
    )
    assert found(weight, "<p>A cast-iron kettlebell of 16 kg.</p>", NUMBER) == []
    assert found(weight, "<p>A cast-iron kettlebell of 24 kg.</p>", NUMBER) != []


def test_a_georgian_centimetre_supports_the_english_and_its_conversion():
    tile = listing(title="კაფელი", description_html="<p>კერამიკული კაფელი, 20 სმ.</p>")
    assert found(tile, "<p>A glazed ceramic tile, 20 cm square.</p>", NUMBER) == []
    assert found(tile, "<p>A glazed ceramic tile, 30 cm square.</p>", NUMBER) != []


def test_durations_keep_their_long_names_and_latin_short_names_stay_out():
    names = _names()
    assert names["год"] == "years"  # a long name (Russian year) before any short hour
    assert "g" not in names and "ч" not in names
