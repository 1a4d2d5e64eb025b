"""Thirty-second round of issue 12 (holdout_v29 read after its one blind score; its clean
drafts' claim findings and its misses sorted into families and fixed by the mechanism that
failed: a colour option labelled in French and its values joined by a shop language's "and",
materials named in Greek and Turkish, stones abroad, origins in Danish participles in "-t" and
in Turkish (the place, its case ending, then the verb), a category path read as one noun, an
English word in "-ment" read as a compound of "cement", a place named only in the vendor's
name, a town the listing gives only for the design, and a Turkish "not" after the dishwasher).
Listings and drafts here are written for these tests; none is taken from an eval set. Each
family: an invented claim is flagged with its span where the rule gives one; the true claim is
not."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"


def test_a_french_colour_option_and_its_values_joined_by_et():
    scarf = listing(title="Écharpe", attributes={"Coloris": ("rouge et marine",)})
    assert found(scarf, "A scarf in red and navy.", COLOUR) == []
    assert found(scarf, "A scarf in green.", COLOUR) != []
    cap = listing(title="Bonnet", attributes={"Coloris": ("noir, écru",)})
    assert found(cap, "A cap in ecru.", COLOUR) == []


def test_materials_named_in_greek_and_turkish_back_their_english_names():
    jar = listing(title="Βάζο", attributes={"Υλικό": ("γυάλινη",)})
    assert found(jar, "A glass jar.", MATERIAL) == []
    bell = listing(title="Zil", attributes={"Malzeme": ("pirinç",)})
    assert found(bell, "A brass bell.", MATERIAL) == []
    assert found(bell, "An aluminium bell.", MATERIAL) != []


def test_a_danish_participle_in_t_gives_the_listings_origin():
    bowl = listing(title="Skål", description_html="<p>Formt i Odense.</p>")
    assert found(bowl, "Shaped in Odense, Denmark.", ORIGIN) == []
    assert found(bowl, "Formt i Aalborg.", ORIGIN) == [("Formt i Aalborg", "block")]


def test_a_turkish_origin_names_the_place_before_its_verb():
    rug = listing(title="Kilim", description_html="<p>Bursa'da dokundu. Yün.</p>")
    assert found(rug, "Woven in Bursa, Türkiye.", ORIGIN) == []
    assert found(rug, "Woven in Portugal.", ORIGIN) == [("Woven in Portugal", "block")]
    towel = listing(title="Havlu", description_html="<p>Pamuk.</p>")
    assert found(towel, "İzmir'de dokundu.", ORIGIN) == [("İzmir'de dokundu", "block")]


def test_a_category_path_read_as_one_noun_names_the_product():
    hoe = listing(title="Loop Hoe", product_type="Hoe", categories=["Garden > Tools"])
    assert found(hoe, "It is a garden tool for weeding.", CATEGORY) == []
    assert found(hoe, "It is a kitchen knife.", CATEGORY) != []


def test_an_english_word_in_ment_is_no_compound_of_cement():
    pad = listing(
        title="Scratching Pad",
        description_html="<p>A 40 cm board wrapped in jute. A replacement board is sold apart.</p>",
    )
    assert found(pad, "A jute board for cats.", MATERIAL) == []


def test_a_place_in_the_vendors_name_only_is_no_origin():
    soap = listing(title="Oat Soap", vendor="Fenland Soap Co.", description_html="<p>Oat.</p>")
    assert found(soap, "Poured in Fenland.", ORIGIN) == [("Poured in Fenland", "block")]
    assert found(soap, "An oat soap from Fenland Soap Co.", ORIGIN) == []


def test_a_town_given_for_the_design_only_is_no_place_of_making():
    lamp = listing(title="Desk Lamp", description_html="<p>Designed in Leedsford, Kent.</p>")
    assert found(lamp, "Designed in Leedsford.", ORIGIN) == []
    assert found(lamp, "Made in Leedsford.", ORIGIN) == [("Made in Leedsford", "block")]


def test_a_turkish_listing_that_keeps_it_out_of_the_dishwasher():
    pan = listing(title="Tava", description_html="<p>Bulaşık makinesinde yıkamayın.</p>")
    assert found(pan, "Bulaşık makinesine uygundur.", "accuracy.care") != []
    assert found(pan, "Bulaşık makinesinde yıkamayın.", "accuracy.care") == []
    assert found(pan, "Dishwasher safe.", "accuracy.care") != []
    safe = listing(title="Tabak", description_html="<p>Bulaşık makinesine uygundur.</p>")
    assert found(safe, "Dishwasher safe.", "accuracy.care") == []


def test_stones_named_abroad_granite_against_basalt():
    mortar = listing(title="Mortier", attributes={"Matériau": ("basalte",)})
    assert found(mortar, "Taillé dans le granit.", MATERIAL) == [("granit", "block")]
    assert found(mortar, "A basalt mortar.", MATERIAL) == []
