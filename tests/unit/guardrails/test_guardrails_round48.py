"""Forty-eighth round of issue 12 (holdout_v46 read after its blind score): one mechanism that
needs no word table of ours. A listing's figure is read in the unit that CLDR's long unit name
in any language it carries gives, not only in the shop languages ("24 modfedd" is 24 inches,
Welsh), so a draft that restates the figure in English, or converts it, is supported. Names of
two letters, names that are a currency code ("eur", Breton for hours) and names that are not a
single word are left out. Listings and drafts here are written for these tests; none is taken
from an eval set. Each case: the true figure passes, an invented one is still flagged."""

from __future__ import annotations

from plugin.guardrails.quantities import find_quantities
from plugin.guardrails.units_abroad import _names, with_units_abroad
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"


def test_a_unit_named_in_a_language_outside_the_shop_list_is_read():
    text = "Hyd: 24 modfedd"
    (quantity,) = with_units_abroad(text, find_quantities(text))
    assert quantity.unit == "in"
    assert quantity.readings == (("length", 24 * 25.4),)


def test_short_names_currencies_and_phrases_are_left_out():
    names = _names()
    assert "eur" not in names  # Breton hours, but a price's currency on a listing
    assert "in" not in names or names["in"] == "in"
    assert all(" " not in name or name.split()[-1].isalpha() for name in names)


def test_a_figure_in_welsh_inches_supports_the_english_and_its_conversion():
    bat = listing(
        title="Bat criced",
        description_html="<p>Bat criced helyg, 33 modfedd o hyd.</p>",
    )
    assert found(bat, "<p>A willow bat for cricket, 33 inches long.</p>", NUMBER) == []
    assert found(bat, "<p>A willow bat for cricket, 84 cm long.</p>", NUMBER) == []
    assert found(bat, "<p>A willow bat for cricket, 38 inches long.</p>", NUMBER) != []


def test_a_figure_in_albanian_inches_is_read():
    frame = listing(title="Kornizë", description_html="<p>Kornizë druri, 12 inç e gjerë.</p>")
    assert found(frame, "<p>A wooden frame, 12 inches wide.</p>", NUMBER) == []
    assert found(frame, "<p>A wooden frame, 16 inches wide.</p>", NUMBER) != []


def test_a_currency_code_on_a_listing_stays_a_price():
    jam = listing(title="Confiture", price="4.50", currency="EUR",
                  description_html="<p>Pot de 250 g.</p>")
    assert found(jam, "<p>A 250 g jar, ready in 4.5 hours.</p>", NUMBER) != []


MATERIAL = "accuracy.material"


def test_basque_and_azerbaijani_wood_and_basque_brass():
    spoon = listing(title="Koilara", description_html="<p>Egurrezko koilara, eskuz landua.</p>")
    assert found(spoon, "A hand-carved wooden spoon.", MATERIAL) == []
    assert found(spoon, "A hand-carved plastic spoon.", MATERIAL) != []
    board = listing(title="Kəsmə lövhəsi", attributes={"Material": ["taxta"]})
    assert found(board, "A cutting board of wood.", MATERIAL) == []
    assert found(board, "A cutting board of glass.", MATERIAL) != []
    bell = listing(title="Kanpaia", attributes={"Material": ["letoia"]})
    assert found(bell, "A small bell cast in brass.", MATERIAL) == []
    assert found(bell, "A small steel bell.", MATERIAL) != []
