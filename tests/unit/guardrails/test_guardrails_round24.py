"""Twenty-fourth round of issue 12 (holdout_v21 read after its one blind score; its clean drafts'
claim findings and its misses sorted into families and fixed by the mechanism that failed).
Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.guardrails.accuracy_numbers import _of_the_whole
from plugin.guardrails.quantities import find_quantities
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
CATEGORY = "accuracy.category"

# --- a material, a tanning or a making given in the shop's language ------------------------------

PURSE = listing(
    title="Portamonete in pelle",
    product_type="Portamonete",
    description_html="<p>Portamonete in pelle di vitello conciata al vegetale.</p>",
    attributes={"Materiale": ["Pelle di vitello conciata al vegetale"]},
)


def test_a_tanning_in_the_shops_language_is_the_listings_tanning():
    assert found(PURSE, "A vegetable-tanned coin purse.", MATERIAL) == []
    assert found(PURSE, "A chrome-tanned coin purse.", MATERIAL) != []


def test_calfskin_in_the_shops_language_is_calfskin():
    assert found(PURSE, "A calfskin coin purse.", MATERIAL) == []


def test_a_polish_adjective_of_beech_is_beech():
    board = listing(
        title="Deska do krojenia",
        description_html="<p>Deska z drewna bukowego.</p>",
        attributes={"Materiał": ["Drewno bukowe"]},
    )
    assert found(board, "A beech chopping board.", MATERIAL) == []
    assert found(board, "An oak chopping board.", MATERIAL) != []


# --- where it is made -----------------------------------------------------------------------------


def test_a_demonym_in_ese_before_made_is_the_country():
    bell = listing(title="Door bell", attributes={"Origin": ["Taiwan"]})
    assert found(bell, "A Taiwanese-made door bell.", ORIGIN) == []
    assert found(bell, "A Japanese-made door bell.", ORIGIN) != []


def test_a_making_label_in_the_shops_language_gives_the_products_origin():
    jug = listing(
        title="Kaffekande",
        description_html="<p>En kaffekande i stål. Design i Sverige, produceret i Polen.</p>",
        attributes={"Design": ["Sverige"], "Produceret": ["Polen"]},
    )
    assert found(jug, "A steel coffee jug, made in Poland.", ORIGIN) == []
    # the country of the design is no origin of the making
    assert found(jug, "A steel coffee jug, made in Sweden.", ORIGIN) != []


# --- figures --------------------------------------------------------------------------------------


def test_a_pack_word_that_opens_its_contents_gives_no_figure_to_the_whole():
    def whole(text: str, figure: str) -> bool:
        return _of_the_whole(text, next(q for q in find_quantities(text) if q.text == figure))

    assert not whole("In the box: the lamp, 1.5 m of cable and a plug.", "1.5 m")
    assert not whole("The kit has a lamp, 1.5 m of cable and a plug.", "1.5 m")
    assert whole("The set weighs 2 kg.", "2 kg")
    assert whole("The box holds 2 kg.", "2 kg")  # a capacity: not a list of contents


def test_a_unit_is_shared_over_and_in_a_shops_language():
    for text in ("in 5, 6 und 8 mm", "in 5, 6 och 8 mm", "en 5, 6 et 8 mm"):
        assert [q.unit for q in find_quantities(text)] == ["mm", "mm", "mm"], text
    # a bare comma still joins nothing: "a pack of 2, 500 ml each"
    assert [q.unit for q in find_quantities("a pack of 2, 500 ml each")] == ["", "ml"]


def test_eleven_and_twelve_in_a_shops_language_are_figures():
    assert [q.value for q in find_quantities("zwölf Haken, dodici ganci")] == [12.0, 12.0]


def test_the_products_own_noun_in_the_singular_takes_the_products_figure():
    # "Hook size" gives the hook a figure of its own (a gauge in mm); the 15 cm is the product's
    hooks = listing(
        title="Bamboo Crochet Hooks, 15 cm",
        product_type="Crochet hooks",
        attributes={"Total length": ["15 cm"], "Shaft length": ["9 cm"]},
        options={"Hook size": ["3 mm", "4 mm"]},
    )
    assert found(hooks, "The hook is 15 cm from end to end.", NUMBER) == []
    assert found(hooks, "The hook is 18 cm from end to end.", NUMBER) != []


# --- what the product is --------------------------------------------------------------------------


def test_a_category_that_is_an_english_word_by_chance_names_no_kind_abroad():
    towel = listing(
        title="Torchon en lin",
        product_type="Torchon",
        categories=["Cuisine"],
        attributes={"Matière": ["Lin"]},
    )
    assert found(towel, "A linen tea towel for drying glasses.", CATEGORY) == []


# --- features built in, assembly, and what is included --------------------------------------------

FEATURE = "accuracy.feature"
FLASK = listing(
    title="Steel Hip Flask",
    description_html="<p>A 200 ml hip flask in brushed steel with a screw cap.</p>",
)


def test_a_built_in_feature_the_listing_never_states_is_a_feature_claim():
    assert found(FLASK, "A dimmable hip flask.", FEATURE) != []
    assert found(FLASK, "It is double-walled.", FEATURE) != []
    assert found(FLASK, "It is not double-walled.", FEATURE) == []
    walled = listing(title="Travel Cup", description_html="<p>A double wall steel cup.</p>")
    assert found(walled, "A double-walled travel cup.", FEATURE) == []
    abroad = listing(title="Reisebecher", description_html="<p>Doppelwandig, aus Edelstahl.</p>")
    assert found(abroad, "A double-walled travel cup.", FEATURE) == []


def test_arriving_assembled_contradicts_assembly_needed():
    shelf = listing(title="Pine Shelf", description_html="<p>Assembly needed; screws included.</p>")
    assert found(shelf, "It arrives fully assembled.", FEATURE) != []


def test_a_thing_said_included_after_a_comma_is_in_the_box():
    lamp = listing(
        title="Clip Lamp",
        description_html="<p>Fitting needs a small screwdriver, included.</p>",
    )
    assert found(lamp, "A screwdriver is included.", FEATURE) == []
