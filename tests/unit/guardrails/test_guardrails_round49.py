"""Forty-ninth round of issue 12 (holdout_v47 read after its blind score): a measure's short
name in a script with no Latin letter ("кг", "мм", "სმ") is read in any language CLDR carries,
through babel, as round 48 read the long names; a listing writes a measure so more often than
spelled out. Durations keep their long names only (one script's short hour is another's year),
and a long name keeps its place before a short one. A colour listed with the colour option's
read values, in a list as long as the option, is its one value no table reads, by elimination.
Listings and drafts here are written for these tests; none is taken from an eval set. Each
case: the true figure or colour passes, an invented one is still flagged."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.guardrails.listing_input import listing_from_json
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


COLOUR = "accuracy.colour"


def _mug() -> Listing:
    """A mug offered in two glazes, named in Hindi: blue, which the tables read, and a
    turquoise written as no table has it."""
    glazes = ["नीला", "फ़ीरोज़ई"]
    return listing_from_json(
        {
            "title": "चीनी मिट्टी का मग",
            "description_html": "<p>हाथ से बना चीनी मिट्टी का मग।</p>",
            "options": {"रंग": glazes},
            "variants": [
                {"sku": f"MG-{i}", "title": glaze, "price": "12.00", "options": {"रंग": glaze}}
                for i, glaze in enumerate(glazes)
            ],
        }
    )


def test_a_colour_listed_with_the_read_one_is_the_unread_value():
    assert found(_mug(), "A stoneware mug. Choose blue or turquoise.", COLOUR) == []


def test_a_list_of_another_length_or_without_the_read_colour_is_still_flagged():
    assert found(_mug(), "A stoneware mug. Choose red or turquoise.", COLOUR) != []
    assert found(_mug(), "A stoneware mug in blue, turquoise or red.", COLOUR) != []
    assert found(_mug(), "A stoneware mug. It also comes in red.", COLOUR) != []
