"""Twenty-first round of issue 12 (holdout_v18 read after its one blind score; its false alarms
on clean drafts sorted into families and fixed by the mechanism that failed). Listings and
drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Verdict
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"

# --- the listing's own title, quoted, carries its figures ----------------------------------------

KAYAK = listing(title="Touring Kayak 14'2", attributes={"Length": ["432 cm"]})


def test_a_figure_in_the_quoted_title_is_the_titles():
    assert found(KAYAK, "The <strong>Touring Kayak 14'2</strong> tracks well.", NUMBER) == []
    # outside the title the same figure is still judged
    assert found(KAYAK, "It comes with 2 paddles.", NUMBER) != []


# --- a part of a count: "N of them" --------------------------------------------------------------

TILES = listing(
    title="Mosaic Tile Kit",
    description_html="<p>120 tiles, 16 of them mirrored.</p>",
    attributes={"Tiles": ["120"]},
)


def test_a_count_the_listing_gives_of_a_part_of_a_whole():
    assert found(TILES, "Sixteen mirrored tiles catch the light.", NUMBER) == []
    assert found(TILES, "Thirty mirrored tiles catch the light.", NUMBER) != []


# --- the scale of a score ------------------------------------------------------------------------

MUSTARD = listing(title="Hot Mustard", attributes={"Heat": ["4/5"]})


def test_a_scale_the_listings_score_is_on():
    assert found(MUSTARD, "A 4 on a 5-point heat scale.", NUMBER) == []
    assert found(MUSTARD, "A 4 on a 7-point heat scale.", NUMBER) != []


# --- a grouped product's items counted -----------------------------------------------------------

SET = listing(
    title="Garden Tool Set",
    children=["Trowel", "Fork", "Tool roll"],
    description_html="<p>A trowel, a fork and a tool roll, sold piece by piece.</p>",
)


def test_the_number_of_a_grouped_products_items():
    assert found(SET, "All three pieces come together.", NUMBER) == []


# --- "under N" with a unit is a measure, not an age ----------------------------------------------

PUZZLE = listing(
    title="Wooden Puzzle",
    description_html="<p>Weighs 250 g. Small parts: not for children under 3.</p>",
)


def test_under_a_figure_with_its_unit_is_no_age_limit():
    assert found(PUZZLE, "It weighs 250 g, just under 9 oz.", NUMBER) == []
    assert found(PUZZLE, "Not for children under 5.", NUMBER) != []


# --- Czech colours and materials -----------------------------------------------------------------

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


# --- a material the listing says it is not -------------------------------------------------------

SAW = listing(
    title="Pruning Saw",
    description_html="<p>A high-carbon steel blade. Carbon steel is not stainless: oil it.</p>",
    attributes={"Blade": ["carbon steel"]},
)


def test_a_material_the_listing_denies_is_not_given():
    assert [c for c, _ in found(SAW, "A stainless steel blade.", MATERIAL)] == ["stainless steel"]
    assert found(SAW, "A carbon steel blade, not stainless.", MATERIAL) == []


# --- "solid" of a metal the listing gives as a finish --------------------------------------------

LAMP = listing(title="Desk Lamp", attributes={"Base": ["steel, brass finish"]})


def test_solid_metal_of_a_finish():
    assert [c for c, _ in found(LAMP, "A base of solid brass.", MATERIAL)] == ["solid brass"]
    assert found(LAMP, "A steel base with a brass finish.", MATERIAL) == []


# --- a share of a material the listing grades under a part's label -------------------------------

RING = listing(title="Ring", attributes={"Band": ["92% palladium"]})


def test_a_different_share_of_a_graded_word_is_a_material_claim():
    assert [c for c, _ in found(RING, "A 95% palladium band.", MATERIAL)] == ["95%"]
    assert found(RING, "A 92% palladium band.", MATERIAL) == []


# --- a kind of a material named by its colour ----------------------------------------------------

BOARD = listing(title="Cheese Board", attributes={"Material": ["white oak"]})


def test_another_colour_before_the_same_material_is_another_kind():
    assert [c for c, _ in found(BOARD, "Cut from red oak.", MATERIAL)] == ["oak"]
    assert found(BOARD, "Cut from white oak.", MATERIAL) == []


# --- the stems a basket is woven of --------------------------------------------------------------

BASKET = listing(title="Log Basket", attributes={"Material": ["seagrass"]})


def test_basket_stems_are_materials():
    assert [c for c, _ in found(BASKET, "Woven from willow.", MATERIAL)] == ["willow"]
    assert found(BASKET, "Woven from seagrass.", MATERIAL) == []


# --- a count of spares ---------------------------------------------------------------------------

PEN = listing(
    title="Fountain Pen",
    description_html="<p>A steel nib, a converter and two spare cartridges.</p>",
    attributes={"Spares": ["2 spare cartridges"]},
)


def test_a_count_of_spares_against_the_listings():
    assert [c for c, _ in found(PEN, "Four spare cartridges come with it.", NUMBER)] == ["Four"]
    assert found(PEN, "Two spare cartridges come with it.", NUMBER) == []


# --- a part word that only qualifies the noun after it -------------------------------------------

KNIFE = listing(
    title="Carving Knife",
    description_html="<p>A leather sheath covers the blade.</p>",
    attributes={"Blade": ["carbon steel"]},
)


def test_a_material_before_a_compound_the_listing_names():
    assert found(KNIFE, "It comes with a leather blade sheath.", MATERIAL) == []
    assert [c for c, _ in found(KNIFE, "A leather blade.", MATERIAL)] == ["leather"]


# --- a denial of an inclusion --------------------------------------------------------------------

PRINT = listing(title="Art Print", attributes={"Size": ["A4"]})


def test_not_included_claims_nothing_comes_with_it():
    assert found(PRINT, "The frame is not included.", "accuracy.feature") == []
    assert found(PRINT, "The frame is included.", "accuracy.feature") != []


# --- a mix of colours offered, a count of colours abroad, a colour word's other form -------------

BEADS = listing(title="Beads", options={"Colour": ["Rainbow mix", "Black"]})
FLOSS = listing(title="Broderigarn", attributes={"Antal färger": ["24"]})
SALT = listing(title="Smoked Salt", description_html="<p>A smoky flaked salt.</p>")


def test_colour_mixes_counts_abroad_and_other_forms():
    assert found(BEADS, "In rainbow colours or black.", COLOUR) == []
    assert found(FLOSS, "Twenty-four colours of cotton floss.", COLOUR) == []
    # a count of the colours a kit holds, not of those offered: a figure
    assert found(FLOSS, "Thirty colours of cotton floss.", NUMBER) != []
    assert found(SALT, "Salt and smoke, nothing else.", COLOUR) == []
