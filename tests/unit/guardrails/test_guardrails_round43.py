"""Forty-third round of issue 12 (holdout_v41 read after its blind score): linen, cotton, wool
and the common colours in Croatian, Slovenian and Lithuanian; a colour written after a thing it
looks like in one word ("Himmelblau"); a range in the other spelling of the listing's own
department, or with its path HTML-escaped; a delivery period the listing gives in other words;
the state a product comes in, the parts of a service and sleeves as values that exclude each
other; a profession's endorsement as a certification. Listings and drafts here are written for
these tests; none is taken from an eval set. Each family: the true claim passes, an invented
one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
CERTIFICATION = "accuracy.certification"
COLOUR = "accuracy.colour"
FEATURE = "accuracy.feature"
MATERIAL = "accuracy.material"
SHIPPING = "compliance.shipping"


def test_materials_and_colours_in_croatian_slovenian_and_lithuanian():
    towel = listing(
        title="Ručnik za kupanje",
        vendor="Tkalnica Sava",
        description_html="<p>Ručnik od pamuka.</p>",
        attributes={"Materijal": ["pamučni frotir"]},
        options={"Boja": ["Bijela", "Siva"]},
    )
    assert found(towel, "A white cotton bath towel, also in grey.", MATERIAL) == []
    assert found(towel, "A white cotton bath towel, also in grey.", COLOUR) == []
    assert found(towel, "A linen bath towel.", MATERIAL) != []
    assert found(towel, "A red bath towel.", COLOUR) != []
    scarf = listing(
        title="Vilnonis šalikas",
        vendor="Audėja",
        description_html="<p>Šalikas iš vilnos.</p>",
        options={"Spalva": ["Juoda"]},
    )
    assert found(scarf, "A black wool scarf.", MATERIAL) == []
    assert found(scarf, "A black wool scarf.", COLOUR) == []
    assert found(scarf, "A green silk scarf.", COLOUR) != []


def test_a_colour_after_the_thing_it_looks_like_in_one_word():
    mug = listing(
        title="Steinzeugbecher",
        vendor="Töpferhof",
        description_html="<p>Ein Becher aus Steinzeug.</p>",
        options={"Farbe": ["Himmelblau", "Stahlgrau"]},
    )
    assert found(mug, "A stoneware mug in blue or grey.", COLOUR) == []
    assert found(mug, "A stoneware mug in red.", COLOUR) != []


def test_a_range_in_the_other_spelling_or_with_an_escaped_path():
    frame = listing(
        title="Oak Picture Frame",
        vendor="Framewell",
        description_html="<p>An oak picture frame for a 10 x 15 cm print.</p>",
        categories=["Home Decor > Frames"],
    )
    assert found(frame, "An oak frame from our Home &gt; Frames range.", CATEGORY) == []
    assert found(frame, "An oak frame from our Garden &gt; Sheds range.", CATEGORY) != []
    bracelet = listing(
        title="Beaded Bracelet",
        vendor="Knotwork",
        description_html="<p>A beaded bracelet on an elastic cord.</p>",
        categories=["Jewellery > Bracelets"],
    )
    assert found(bracelet, "A bracelet from our Jewelry range.", CATEGORY) == []
    assert found(bracelet, "A bracelet from our Pet Toys range.", CATEGORY) != []


def test_a_delivery_period_the_listing_gives_in_other_words():
    shed = listing(
        title="Garden Shed 6x4",
        vendor="Plotworks",
        description_html="<p>A timber shed. It reaches your driveway in 3-4 weeks.</p>",
    )
    assert found(shed, "A timber shed, delivered in 3-4 weeks.", SHIPPING) != []
    cabin = listing(
        title="Garden Cabin",
        vendor="Plotworks",
        description_html="<p>A timber cabin, delivered to your garden in 3-4 weeks.</p>",
    )
    assert found(cabin, "A timber cabin, shipped in 3-4 weeks.", SHIPPING) == []
    assert found(cabin, "A timber cabin, shipped in 2 days.", SHIPPING) != []


def test_the_state_it_comes_in_the_parts_of_a_service_and_sleeves():
    desk = listing(
        title="Pine Writing Desk",
        vendor="Knotty Pine",
        description_html="<p>A pine desk. Assembly takes half an hour with the fixings.</p>",
    )
    assert found(desk, "A pine desk that arrives fully assembled.", FEATURE) != []
    assert found(desk, "A pine desk, quick to put together.", FEATURE) == []
    knife = listing(
        title="Carving Knife",
        vendor="Edgeworth",
        description_html="<p>A carving knife. It needs sharpening before first use.</p>",
    )
    assert found(knife, "A carving knife, ready to use.", FEATURE) != []
    repair = listing(
        title="Sofa Reupholstery",
        vendor="Stitchright",
        description_html="<p>We reupholster a sofa in your home. Parts are billed separately.</p>",
    )
    assert found(repair, "Sofa reupholstery, parts included.", FEATURE) != []
    assert found(repair, "Sofa reupholstery at your home.", FEATURE) == []
    vest = listing(
        title="Fleece Gilet",
        vendor="Hillfold",
        description_html="<p>A sleeveless fleece gilet with two pockets.</p>",
    )
    assert found(vest, "A fleece gilet with removable sleeves.", FEATURE) != []
    assert found(vest, "A sleeveless fleece gilet.", FEATURE) == []


def test_a_professions_endorsement_is_a_certification():
    brush = listing(
        title="Soft Toothbrush",
        vendor="Brightbristle",
        description_html="<p>A soft bamboo toothbrush.</p>",
    )
    assert found(brush, "A dentist-approved soft toothbrush.", CERTIFICATION) != []
    assert found(brush, "A toothbrush recommended by dentists.", CERTIFICATION) != []
    assert found(brush, "A soft bamboo toothbrush.", CERTIFICATION) == []
    endorsed = listing(
        title="Soft Toothbrush",
        vendor="Brightbristle",
        description_html="<p>A soft bamboo toothbrush, dentist recommended.</p>",
    )
    assert found(endorsed, "A dentist-recommended toothbrush.", CERTIFICATION) == []
