"""Fifty-third round of issue 12 (holdout_v51 read after its blind score): Lithuanian colour
adjectives are read in every gender, number, case and definite form from their stem; Welsh colours
and materials are read in their radical and soft-mutated forms; latex and felt in Finnish and silk
in Indonesian are materials; and "all" of a material whose class the listing also gives (an
attribute labelled with the class) is not a claim against another material. Listings and drafts
here are written for these tests; none is taken from an eval set. Each case: the true claim
passes, an invented one is flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"


def _lithuanian_mug(colour: str):
    return listing(
        title="Puodelis",
        product_type="Puodelis",
        description_html=f"<p>Rankų darbo puodelis su {colour} glazūra.</p>",
    )


def test_a_lithuanian_colour_in_a_definite_case_is_the_listings_colour():
    # "žaliąja" (green, feminine instrumental, definite form)
    assert found(_lithuanian_mug("žaliąja"), "A handmade mug with a green glaze.", COLOUR) == []
    assert found(_lithuanian_mug("žaliąja"), "A handmade mug with a yellow glaze.", COLOUR)


def _welsh_cushion(words: str):
    return listing(
        title="Clustog",
        product_type="Clustog",
        description_html=f"<p>Clustog {words}.</p>",
    )


def test_a_welsh_colour_is_read_in_its_mutated_form():
    cushion = _welsh_cushion("o gotwm, yn felyn ac yn binc")  # after "yn" they mutate
    assert found(cushion, "A cotton cushion in yellow and pink.", COLOUR) == []
    assert found(cushion, "A cotton cushion in green.", COLOUR)


def test_a_welsh_material_is_read_in_its_mutated_form():
    cushion = _welsh_cushion("o ledr")  # "lledr" after "o" mutates
    assert found(cushion, "A leather cushion.", MATERIAL) == []
    assert found(cushion, "A linen cushion.", MATERIAL)


def test_finnish_latex_and_felt_are_materials():
    mat = listing(
        title="Jumppamatto",
        product_type="Matto",
        description_html="<p>Huovasta tehty matto, jonka alapuoli on lateksia.</p>",
    )
    assert found(mat, "A felt mat with a latex base.", MATERIAL) == []
    assert found(mat, "A felt mat with a silicone base.", MATERIAL)


def test_indonesian_silk_is_silk():
    scarf = listing(
        title="Syal",
        product_type="Syal",
        description_html="<p>Syal sutra, ditenun tangan.</p>",
    )
    assert found(scarf, "A silk scarf, hand woven.", MATERIAL) == []
    assert found(scarf, "A cotton scarf, hand woven.", MATERIAL)


def test_all_of_a_material_whose_class_the_listing_labels_passes():
    spoons = listing(
        title="Serving Spoons, Pair",
        product_type="Spoon",
        description_html="<p>Two serving spoons.</p>",
        attributes={"Wood": ["walnut"]},
    )
    assert found(spoons, "Both spoons are all walnut.", MATERIAL) == []
    assert found(spoons, "Both spoons are all maple.", MATERIAL)


ORIGIN = "accuracy.origin"


def _lithuanian_basket():
    return listing(
        title="Pintas krepšys",
        product_type="Krepšys",
        description_html="<p>Krepšys, nupintas iš vytelių Kaune.</p>",
    )


def test_a_lithuanian_town_in_the_locative_after_a_participle_is_the_listings_origin():
    basket = _lithuanian_basket()
    assert found(basket, "A wicker basket, woven in Kaunas.", ORIGIN) == []
    assert found(basket, "A wicker basket, woven in Klaipėda.", ORIGIN)


def test_a_draft_naming_the_listings_town_in_another_case_passes():
    basket = _lithuanian_basket()
    assert found(basket, "Pintas krepšys iš Kauno.", ORIGIN) == []
    assert found(basket, "Pintas krepšys iš Klaipėdos.", ORIGIN)
