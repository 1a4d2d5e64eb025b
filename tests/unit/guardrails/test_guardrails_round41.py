"""Forty-first round of issue 12 (holdout_v39 read after its blind score): glass, ceramic, cork
and wood in Croatian, Slovenian and Lithuanian; "from" in the Nordic and Balto-Slavic languages
and Hungarian's "from" suffix before a town; organic and the bare word "certified" in the shop
languages; a participle of finish the listing gives on the part's own line; size letters in a
row on a one-size listing. Listings and drafts here are written for these tests; none is taken
from an eval set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CERTIFICATION = "accuracy.certification"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
SIZE = "accuracy.size"


def test_glass_and_cork_named_in_croatian_back_the_english_words():
    vase = listing(
        title="Vaza za cvijeće, 20 cm",
        vendor="Obrt Lipa",
        description_html="<p>Vaza od prozirnog stakla s čepom od pluta, 20 cm.</p>",
    )
    assert found(vase, "A clear glass vase with a cork stopper.", MATERIAL) == []
    assert found(vase, "A clear plastic vase with a cork stopper.", MATERIAL) != []


def test_a_slovenian_adjective_of_a_material_is_a_material_claim():
    jar = listing(
        title="Kozarec za med, 250 g",
        vendor="Čebelarstvo Breza",
        description_html="<p>Med v keramičnem kozarcu, 250 g.</p>",
    )
    assert found(jar, "A ceramic honey jar, 250 g.", MATERIAL) == []
    assert found(jar, "Med v stekleni embalaži.", MATERIAL) != []


def test_lithuanian_wood_backs_a_wooden_draft():
    spoon = listing(
        title="Šaukštas, 18 cm",
        vendor="Dirbtuvės Ąžuolas",
        description_html="<p>Medinis šaukštas, 18 cm.</p>",
    )
    assert found(spoon, "A wooden spoon, 18 cm.", MATERIAL) == []


def test_from_in_a_nordic_or_balto_slavic_language_is_an_origin_claim():
    soap = listing(
        title="Såpe, 100 g",
        vendor="Fjordsåpe",
        description_html="<p>Håndlaget såpe fra Bergen, 100 g.</p>",
    )
    assert found(soap, "Såpe fra Bergen.", ORIGIN) == []
    assert [text for text, _ in found(soap, "Såpe fra Trondheim.", ORIGIN)] == ["fra Trondheim"]
    assert found(soap, "Tvål från Uppsala.", ORIGIN) != []
    honey = listing(
        title="Med, 250 g",
        vendor="Pčelarstvo Zlatna",
        description_html="<p>Med iz Osijeka, 250 g.</p>",
    )
    assert found(honey, "Med iz Osijeka.", ORIGIN) == []
    assert found(honey, "Med iz Splita.", ORIGIN) != []


def test_a_hungarian_town_with_the_from_suffix_is_an_origin_claim():
    honey = listing(
        title="Akácméz, 500 g",
        vendor="Méhészet",
        description_html="<p>Akácméz Debrecenből, 500 g.</p>",
    )
    assert found(honey, "Akácméz Debrecenből.", ORIGIN) == []
    assert [text for text, _ in found(honey, "Akácméz Miskolcról.", ORIGIN)] == ["Miskolcról"]


def test_certified_and_organic_in_a_shop_language_are_certification_claims():
    tea = listing(
        title="Čaj od kamilice, 50 g",
        vendor="Vrt Sunca",
        description_html="<p>Sušeni cvjetovi kamilice, 50 g.</p>",
    )
    assert found(tea, "Ekološki čaj od kamilice.", CERTIFICATION) != []
    assert found(tea, "Certificirano cvijeće kamilice.", CERTIFICATION) != []
    assert found(tea, "Sušeni cvjetovi kamilice.", CERTIFICATION) == []
    organic = listing(
        title="Čaj od kamilice, 50 g",
        vendor="Vrt Sunca",
        description_html="<p>Ekološki uzgojeni cvjetovi kamilice, 50 g.</p>",
        attributes={"Certifikat": ["organic"]},
    )
    assert found(organic, "Ekološki čaj od kamilice.", CERTIFICATION) == []


def test_a_finish_the_listing_gives_on_the_parts_line_is_no_other_material():
    stool = listing(
        title="Bar Stool",
        vendor="Perchworks",
        description_html="<p>An ash seat. The legs are tubular steel, chromed and capped.</p>",
        attributes={"Legs": ["steel"]},
    )
    assert found(stool, "The legs are chromed.", MATERIAL) == []
    assert found(stool, "The legs are enamelled.", MATERIAL) != []
    assert found(stool, "The legs are solid brass.", MATERIAL) != []


def test_size_letters_in_a_row_are_sizes_a_one_size_listing_does_not_offer():
    scarf = listing(
        title="Ribbed Merino Scarf",
        vendor="Hillfold",
        description_html="<p>A ribbed merino scarf. One size.</p>",
        attributes={"Size": ["One size"]},
    )
    assert [t for t, _ in found(scarf, "A merino scarf in XS, M and XL.", SIZE)] == [
        "XS",
        "M",
        "XL",
    ]
    assert found(scarf, "A merino scarf in M and L.", SIZE) != []
    assert found(scarf, "A merino scarf, one size.", SIZE) == []
    assert found(scarf, "Initials M and K can be stitched on.", SIZE) == []
