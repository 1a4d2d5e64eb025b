"""Twenty-sixth round of issue 12 (holdout_v23 read after its one blind score; its clean drafts'
claim findings and its misses sorted into families and fixed by the mechanism that failed).
Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Verdict
from tests.unit.guardrails.drafts import found, listing

MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
COMPATIBILITY = "accuracy.compatibility"

# --- food words a listing gives in its own language ------------------------------------------


def test_gluten_the_listing_states_in_its_own_language_is_the_listings():
    flour = listing(
        title="Farina di farro",
        description_html="<p>Farina integrale. Contiene glutine.</p>",
        attributes={"Ingredienti": ["farro"]},
    )
    assert found(flour, "Keep it dry. Contains gluten.", MATERIAL) == []
    assert found(flour, "Keep it dry. Contains soy.", MATERIAL) != []


def test_gluten_is_held_by_a_listed_grain():
    noodles = listing(title="Udon", attributes={"Ingredients": ["wheat flour", "water", "salt"]})
    assert found(noodles, "Thick noodles. Contains gluten.", MATERIAL) == []
    rice = listing(title="Rice noodles", attributes={"Ingredients": ["rice flour", "water"]})
    assert found(rice, "Thin noodles. Contains gluten.", MATERIAL) != []


def test_rye_and_buckwheat_named_in_the_shops_language_are_the_listings():
    bread = listing(title="Ruisleipä 500 g", description_html="<p>Hapanruisleipä.</p>")
    assert found(bread, "A dark rye loaf, 500 g.", MATERIAL) == []
    groats = listing(title="Kasza gryczana 1 kg", description_html="<p>Prażona kasza.</p>")
    assert found(groats, "Roasted buckwheat groats, 1 kg.", MATERIAL) == []


# --- a town named in a case of the listing's language ------------------------------------------


def test_a_finnish_town_in_its_locative_case_is_the_listings_origin():
    jam = listing(title="Hillo", description_html="<p>Mustikkahillo. Keitetty Oulussa.</p>")
    assert found(jam, "Blueberry jam made in Oulu.", ORIGIN) == []
    assert found(jam, "Blueberry jam from Finland.", ORIGIN) == []
    assert found(jam, "Blueberry jam made in Sweden.", ORIGIN) != []
    assert found(jam, "Blueberry jam made in Turku.", ORIGIN) != []


def test_a_czech_town_after_a_czech_participle_is_the_listings_origin():
    glass = listing(
        title="Skleněné knoflíky",
        description_html="<p>Skleněné knoflíky. Vyrobeno v Jablonci nad Nisou.</p>",
    )
    assert found(glass, "Glass buttons made in Jablonec nad Nisou.", ORIGIN) == []
    assert found(glass, "Czech glass buttons.", ORIGIN) == []
    assert found(glass, "Glass buttons made in Austria.", ORIGIN) != []


# --- a use the listing rules out -----------------------------------------------------------------


def _pen_ink():
    return listing(
        title="Walnut ink",
        description_html="<p>A walnut ink for dip pens and brushes. Not for fountain pens: it "
        "clogs their feeds.</p>",
    )


def test_a_use_the_listing_rules_out_blocks():
    ink = _pen_ink()
    assert found(ink, "A walnut ink, safe for fountain pens.", COMPATIBILITY) == [
        ("safe for fountain pens", Verdict.BLOCK)
    ]
    assert found(ink, "Works with your fountain pen too.", COMPATIBILITY) != []


def test_the_drafts_own_denial_a_question_or_a_mention_passes():
    ink = _pen_ink()
    assert found(ink, "For dip pens and brushes, not for fountain pens.", COMPATIBILITY) == []
    assert found(ink, "Made for dip pens rather than fountain pens.", COMPATIBILITY) == []
    assert found(ink, "It would clog the feeds of fountain pens.", COMPATIBILITY) == []
    assert found(ink, "Can I use it with fountain pens? No.", COMPATIBILITY) == []
    assert found(ink, "It doesn't work with fountain pens.", COMPATIBILITY) == []


def test_a_use_ruled_out_in_the_shops_language_blocks_in_it():
    pad = listing(
        title="Bloc de dibujo",
        description_html="<p>Papel de 200 g/m². No apto para rotuladores de alcohol.</p>",
    )
    assert found(pad, "Apto para rotuladores de alcohol.", COMPATIBILITY) != []
    assert found(pad, "Papel de 200 g/m² para lápices.", COMPATIBILITY) == []
    wax = listing(title="Glidevoks", description_html="<p>Ikke for fellski.</p>")
    assert found(wax, "Ideal for fellski.", COMPATIBILITY) != []


def test_a_service_that_refuses_a_job_blocks_a_draft_that_offers_it():
    visit = listing(
        title="Clock repair visit",
        description_html="<p>We service longcase and bracket clocks. We do not repair "
        "quartz clocks or wristwatches.</p>",
    )
    assert found(visit, "We also repair quartz clocks.", COMPATIBILITY) != []
    assert found(visit, "Perfect for wristwatches too.", COMPATIBILITY) != []
    assert found(visit, "We repair longcase and bracket clocks.", COMPATIBILITY) == []
    assert found(visit, "We repair clocks.", COMPATIBILITY) == []
    assert found(visit, "We cannot repair quartz clocks.", COMPATIBILITY) == []
    beads = listing(title="Korálky", description_html="<p>Nevhodné pro malé děti.</p>")
    assert found(beads, "Korálky, nevhodné pro malé děti.", COMPATIBILITY) == []


def test_a_country_in_a_case_after_a_slavic_participle_is_read():
    cells = listing(title="Ogniwa AA", attributes={"Made in": ["Japan"]})
    assert found(cells, "Ogniwa AA, wyprodukowane w Japonii.", ORIGIN) == []
    assert found(cells, "Ogniwa AA, wyprodukowane w Chinach.", ORIGIN) != []
    beads = listing(title="Korálky", description_html="<p>Vyrobeno v Jablonci nad Nisou.</p>")
    assert found(beads, "Korálky. Vyrobeno v Číně.", ORIGIN) != []
    # a German or Dutch "aus"/"uit" before a noun is no place in a case
    slippers = listing(title="Hausschuhe", attributes={"Herkunft": ["Deutschland"]})
    assert found(slippers, "Hausschuhe aus Walkfilz.", ORIGIN) == []


# --- an age younger than the listing allows ----------------------------------------------------

HEALTH = "compliance.health"


def test_an_age_younger_than_the_listing_allows_blocks():
    rattle = listing(title="Wooden rattle", attributes={"Age": ["6 months +"]})
    assert found(rattle, "A beech rattle, safe from birth.", HEALTH) != []
    assert found(rattle, "A beech rattle for babies from 2 months.", HEALTH) != []
    assert found(rattle, "A beech rattle for babies from 6 months.", HEALTH) == []
    assert found(rattle, "A beech rattle, not for newborns.", HEALTH) == []
    puzzle = listing(
        title="Drewniane puzzle",
        description_html="<p>Małe elementy. Nie dla dzieci poniżej 3 lat.</p>",
    )
    assert found(puzzle, "Fun for all ages.", HEALTH) != []
    assert found(puzzle, "Bezpieczne dla niemowląt.", HEALTH) != []


def test_a_weight_or_a_maturing_time_is_no_age():
    cheese = listing(title="Cheddar", description_html="<p>A cheddar aged 24 months.</p>")
    assert found(cheese, "Loved by all ages.", HEALTH) == []
    bag = listing(title="Dry bag", description_html="<p>Holds under 5 kg of kit.</p>")
    assert found(bag, "Loved by all ages.", HEALTH) == []


# --- what an option adds to another's price ----------------------------------------------------

PRICE = "accuracy.price"


def test_what_an_option_adds_to_the_price_is_no_price_of_that_option():

    from plugin.domain import Variant

    visit = listing(
        title="Chimney sweep visit",
        price="60.00",
        currency="GBP",
        options={"Visit": ["Sweep", "Sweep with bird guard"]},
        variants=[
            Variant(sku="a", title="Sweep", price="60.00", options={"Visit": "Sweep"}),
            Variant(sku="b", title="Sweep with bird guard", price="85.00",
                    options={"Visit": "Sweep with bird guard"}),
        ],
        description_html="<p>A sweep is £60. A bird guard is £25 more.</p>",
    )  # fmt: skip
    assert found(visit, "A sweep is £60; a bird guard adds £25, making £85.", PRICE) == []
    assert found(visit, "A sweep with a bird guard is £25.", PRICE) != []


def test_a_colour_noun_in_czech_or_polish_is_the_listings_colour():

    from plugin.domain import Variant

    beads = listing(
        title="Korálky",
        options={"Barva": ["Černá", "Tyrkys"]},
        variants=[
            Variant(sku="a", title="Černá", price="50", options={"Barva": "Černá"}),
            Variant(sku="b", title="Tyrkys", price="50", options={"Barva": "Tyrkys"}),
        ],
    )
    assert found(beads, "Glass beads in black or turquoise.", "accuracy.colour") == []
    assert found(beads, "Glass beads in black or coral.", "accuracy.colour") != []
