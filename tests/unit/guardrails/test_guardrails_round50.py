"""Fiftieth round of issue 12 (holdout_v48 read after its blind score): a listing written in a
script no word table holds (Armenian here) no longer makes a colour or a part "unmentioned",
since it may say them in lines the checks cannot read; a length's short name in Latin letters
that English gives no unit ("sm") is read after a product's measures ("120 x 180 sm"); and a
currency CLDR lists as tendered today is read by its code and by a symbol of three letters or
more its own country writes, where the listing is priced in it. Listings and drafts here are
written for these tests; none is taken from an eval set. Each case: the true claim passes, an
invented one is still flagged."""

from __future__ import annotations

from decimal import Decimal

from plugin.guardrails.money import _APOSTROPHES, _local_symbols, find_prices
from plugin.guardrails.quantities import find_quantities
from plugin.guardrails.units_abroad import _measured, with_units_abroad
from plugin.guardrails.unread_scripts import read_scripts, unread_script
from tests.unit.guardrails.drafts import found, listing

FEATURE = "accuracy.feature"
COLOUR = "accuracy.colour"
NUMBER = "accuracy.number"
PRICE = "accuracy.price"


def _armenian_teapot():
    return listing(
        title="Կավե թեյնիկ",
        product_type="Թեյնիկ",
        description_html="<p>Կավե թեյնիկ, ձեռքով պատրաստված։ Փաթեթավորված է տուփում։</p>",
        attributes={"Գույն": ["կապույտ"]},
    )


def test_the_scripts_read_come_from_the_tables():
    scripts = read_scripts()
    assert {"LATIN", "CYRILLIC", "GREEK"} <= scripts
    assert "ARMENIAN" not in scripts


def test_a_listing_mostly_in_an_unread_script_is_told():
    assert unread_script(["Title: Կավե թեյնիկ", "Type: Թեյնիկ", "Tag: handmade"]) == "ARMENIAN"
    assert unread_script(["Title: Глиняний чайник", "Type: Чайник"]) == ""  # Cyrillic is read
    assert unread_script(["Title: Clay Teapot", "Vendor: Կավագործ"]) == ""  # a vendor's name


def test_packaging_and_a_colour_are_not_unmentioned_in_an_unread_listing():
    draft = "A handmade clay teapot in blue. It is packed in a gift box."
    assert found(_armenian_teapot(), draft, FEATURE) == []
    assert found(_armenian_teapot(), draft, COLOUR) == []


def test_packaging_an_english_listing_does_not_mention_still_warns():
    teapot = listing(title="Clay Teapot", description_html="<p>A handmade clay teapot.</p>")
    assert found(teapot, "A handmade clay teapot. It is packed in a gift box.", FEATURE)


def test_a_latin_short_length_after_measures_is_read():
    text = "Ölçü: 120 x 180 sm"
    assert [q.unit for q in with_units_abroad(text, find_quantities(text))] == ["cm", "cm"]
    assert _measured("Boy: 45 sm") == {}  # one number: "sm" may be an abbreviation


def test_a_rug_measured_in_sm_supports_centimetres_and_their_inches():
    rug = listing(title="Xalça", description_html="<p>Yun xalça.</p>",
                  attributes={"Ölçü": ["120 x 180 sm"]})  # fmt: skip
    assert found(rug, "A wool rug, 120 x 180 cm.", NUMBER) == []
    assert found(rug, "A wool rug, 150 x 200 cm.", NUMBER) != []


def test_a_currency_code_beyond_the_common_ones_is_a_price_of_a_listing_in_it():
    (price,) = find_prices("Now QAR 250 for the pair.", "QAR")
    assert (price.currency, price.amount) == ("QAR", Decimal("250.00"))
    assert find_prices("Now QAR 250 for the pair.") == []  # a listing in another currency
    assert find_prices("CUP 2 of the set", "CUP") == [] and find_prices("a 5 KM loop", "BAM") == []


def test_a_long_local_symbol_is_read_and_with_a_plain_apostrophe_too():
    (price,) = find_prices("Narxi 1 500 сом.", "KGS")
    assert price.currency == "KGS"
    symbols = _local_symbols()
    assert all(s.translate(_APOSTROPHES) in symbols for s in symbols)


def test_a_lamp_priced_in_riyals_by_code():
    lamp = listing(title="Brass Lantern", price="250.00", currency="QAR",
                   description_html="<p>A pierced brass lantern.</p>")  # fmt: skip
    assert found(lamp, "A pierced brass lantern, QAR 250.", PRICE) == []
    assert found(lamp, "A pierced brass lantern, QAR 190.", PRICE) != []
