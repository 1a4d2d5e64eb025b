"""Fifty-sixth round of issue 12 (holdout_v54 read after its one blind score): who sells the
product and a run of verbs are no product type; a certification the draft says the product does
not have is no certification claim; brass, wood and wax named in Ukrainian or Russian, and felt
by its French participle, are the listing's materials. Listings and drafts here are written for
these tests; none is taken from an eval set. Each family: the true claim passes, an invented one
is still flagged."""

from __future__ import annotations

from plugin.guardrails.identity import type_claims
from plugin.guardrails.subject_words import names_an_agent, verb_series_start
from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
CERTIFICATION = "accuracy.certification"
MATERIAL = "accuracy.material"


def _grinder():
    return listing(
        title="Hand Coffee Grinder",
        product_type="Coffee grinder",
        description_html="<p>A hand coffee grinder with ceramic burrs and a beech handle.</p>",
    )


def test_a_seller_and_its_verbs_are_no_product_type():
    grinder = _grinder()
    said = "Our partner Hillfold Works packs, posts and services it."
    assert found(grinder, said, CATEGORY) == []
    assert found(grinder, "Our team grinds, weighs and posts them.", CATEGORY) == []
    assert type_claims("Our courier Lantern Goods ships it.") == []


def test_a_product_type_before_a_verb_series_is_still_read():
    grinder = _grinder()
    assert [
        c for c, _ in found(grinder, "This kettle heats, pours and keeps it warm.", CATEGORY)
    ] == ["kettle"]
    claims = type_claims("This grinder turns, crushes and keeps it fresh.")
    assert [c.value for c in claims] == ["grinder"]


def test_a_list_of_products_is_no_verb_series():
    text = "Our plates, bowls and cups ship free."
    words = ["plates", "bowls", "and"]
    spans = [(4, 10), (12, 17), (18, 21)]
    assert verb_series_start(text, words, spans, 22) is None
    said = "Our kettle boils, pours and keeps it hot."
    words = ["kettle", "boils", "pours", "and"]
    spans = [(4, 10), (11, 16), (18, 23), (24, 27)]
    assert verb_series_start(said, words, spans, 28) == 1
    assert names_an_agent(["supplier", "north"]) and not names_an_agent(["grinder"])


def _tea_towel():
    return listing(
        title="Printed Tea Towel",
        product_type="Tea towel",
        description_html="<p>A cotton tea towel, printed with water-based inks.</p>",
    )


def test_a_certification_the_draft_denies_is_no_claim():
    towel = _tea_towel()
    said = "The inks are not vegan, as the binder holds shellac."
    assert found(towel, said, CERTIFICATION) == []
    assert found(towel, "It has never been OEKO-TEX certified.", CERTIFICATION) == []


def test_a_certification_the_draft_asserts_is_still_flagged():
    towel = _tea_towel()
    assert found(towel, "The inks are vegan.", CERTIFICATION) != []
    assert found(towel, "It is OEKO-TEX certified.", CERTIFICATION) != []


def _lamp():
    return listing(
        title="Настільна лампа",
        product_type="Лампа",
        description_html="<p>Лампа з латуні та дерева, абажур з воску.</p>",
        attributes={"Матеріал": ["латунний", "дерев'яний", "бджолиний віск"]},
    )


def test_ukrainian_brass_wood_and_beeswax_are_the_listings_materials():
    lamp = _lamp()
    assert found(lamp, "A desk lamp in brass and wood with a beeswax shade.", MATERIAL) == []


def test_a_material_the_ukrainian_listing_does_not_name_is_still_flagged():
    assert [c for c, _ in found(_lamp(), "A desk lamp in copper and wood.", MATERIAL)] == ["copper"]


def test_the_french_participle_of_felt_gives_felt():
    hat = listing(
        title="Chapeau cloche",
        product_type="Chapeau",
        attributes={"Matière": ["laine feutrée"]},
    )
    assert found(hat, "A felted wool cloche hat for cold walks.", MATERIAL) == []
    assert [c for c, _ in found(hat, "A felted wool cloche hat with a silk band.", MATERIAL)] == [
        "silk"
    ]


def _rod():
    return listing(
        title="Hengelstok 2 m",
        product_type="Hengel",
        description_html="<p>Een hengel van glasvezel, 2 m lang.</p>",
        attributes={"Materiaal": ["glasvezel"]},
    )


def test_glass_fibre_abroad_is_glass_fibre_not_glass():
    rod = _rod()
    assert found(rod, "A 2 m fishing rod made of glass fibre, light and strong.", MATERIAL) == []
    assert found(rod, "A 2 m fishing rod made of fibreglass, light and strong.", MATERIAL) == []
    said = "A 2 m fishing rod made of glass, light and strong."
    assert [c for c, _ in found(rod, said, MATERIAL)] == ["glass"]


def test_polish_silver_of_fineness_925_is_sterling():
    ring = listing(
        title="Pierścionek z granatem",
        product_type="Pierścionek",
        description_html="<p>Pierścionek ze srebra próby 925 z granatem.</p>",
        attributes={"Materiał": ["srebro próby 925"]},
    )
    assert found(ring, "A sterling silver ring set with a garnet, made to last.", MATERIAL) == []
    assert found(ring, "A silver ring set with a garnet, made to last.", MATERIAL) == []
    said = "A gold ring set with a garnet, made to last."
    assert [c for c, _ in found(ring, said, MATERIAL)] == ["gold"]
