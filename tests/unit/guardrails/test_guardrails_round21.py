"""Twenty-first round of issue 12 (holdout_v18 read after its one blind score; its false alarms
on clean drafts sorted into families and fixed by the mechanism that failed). Listings and
drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Verdict
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"

# --- the listing's own title, quoted, carries its figures ----------------------------------

KAYAK = listing(title="Touring Kayak 14'2", attributes={"Length": ["432 cm"]})


def test_a_figure_in_the_quoted_title_is_the_titles():
    assert found(KAYAK, "The <strong>Touring Kayak 14'2</strong> tracks well.", NUMBER) == []
    # outside the title the same figure is still judged
    assert found(KAYAK, "It comes with 2 paddles.", NUMBER) != []


# --- a part of a count: "N of them" ----------------------------------------------------------

TILES = listing(
    title="Mosaic Tile Kit",
    description_html="<p>120 tiles, 16 of them mirrored.</p>",
    attributes={"Tiles": ["120"]},
)


def test_a_count_the_listing_gives_of_a_part_of_a_whole():
    assert found(TILES, "Sixteen mirrored tiles catch the light.", NUMBER) == []
    assert found(TILES, "Thirty mirrored tiles catch the light.", NUMBER) != []


# --- the scale of a score --------------------------------------------------------------------

MUSTARD = listing(title="Hot Mustard", attributes={"Heat": ["4/5"]})


def test_a_scale_the_listings_score_is_on():
    assert found(MUSTARD, "A 4 on a 5-point heat scale.", NUMBER) == []
    assert found(MUSTARD, "A 4 on a 7-point heat scale.", NUMBER) != []


# --- a grouped product's items counted --------------------------------------------------------

SET = listing(
    title="Garden Tool Set",
    children=["Trowel", "Fork", "Tool roll"],
    description_html="<p>A trowel, a fork and a tool roll, sold piece by piece.</p>",
)


def test_the_number_of_a_grouped_products_items():
    assert found(SET, "All three pieces come together.", NUMBER) == []


# --- "under N" with a unit is a measure, not an age -------------------------------------------

PUZZLE = listing(
    title="Wooden Puzzle",
    description_html="<p>Weighs 250 g. Small parts: not for children under 3.</p>",
)


def test_under_a_figure_with_its_unit_is_no_age_limit():
    assert found(PUZZLE, "It weighs 250 g, just under 9 oz.", NUMBER) == []
    assert found(PUZZLE, "Not for children under 5.", NUMBER) != []


# --- Czech colours and materials ---------------------------------------------------------------

CANDLES = listing(
    title="Svíčky",
    attributes={"Materiál": ["keramika"]},
    options={"Barva": ["Modrá", "Stříbrná"]},
)


def test_czech_colour_and_material_names_are_read():
    assert found(CANDLES, "Ceramic holders in blue or silver.", COLOUR) == []
    assert found(CANDLES, "Ceramic holders in blue or silver.", MATERIAL) == []
    assert found(CANDLES, "Glass holders in green.", COLOUR) == [("green", Verdict.BLOCK)]
    assert [c for c, _ in found(CANDLES, "Glass holders.", MATERIAL)] == ["Glass"]
