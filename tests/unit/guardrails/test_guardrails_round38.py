"""Thirty-eighth round of issue 12 (holdout_v35 read after its blind scores): a count the
listing gives only as a fraction's part, a blend said in parts, a small town after a
Scandinavian participle of making, a region pycountry names with a bracket or as a Swedish
county, a body named after "we are certified by", the feminine and plural forms of "organic"
abroad, and words with letters outside ASCII in the bias lists' matching. Listings and drafts
here are written for these tests; none is taken from an eval set. Each family: the true claim
passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CERTIFICATION = "accuracy.certification"
GENDER = "bias.gender"
NUMBER = "accuracy.number"
ORIGIN = "accuracy.origin"


def test_a_count_the_listing_gives_only_as_a_fraction_part_is_flagged():
    scoops = listing(
        title="Measuring Scoops",
        description_html=(
            "<p>Five brushed steel measuring scoops: 1/8 tsp, 1/4 tsp, 1/2 tsp, 1 tsp and "
            "1 tbsp.</p>"
        ),
    )
    assert found(scoops, "The set has five scoops.", NUMBER) == []
    assert found(scoops, "The set has eight scoops.", NUMBER) != []
    assert found(scoops, "The set has four scoops.", NUMBER) != []


def test_a_blend_said_in_parts_is_a_ratio_of_the_listing_shares():
    scarf = listing(
        title="Loop Scarf",
        description_html="<p>A loop scarf knitted from 60 % alpaca and 40 % silk.</p>",
    )
    assert found(scarf, "It is three parts alpaca to two parts silk.", NUMBER) == []
    assert found(scarf, "It is 3 parts alpaca to 2 parts silk.", NUMBER) == []
    assert found(scarf, "It is three parts alpaca to one part silk.", NUMBER) != []
    assert found(scarf, "It comes in four parts.", NUMBER) != []


def test_a_small_town_after_a_scandinavian_participle_of_making_is_an_origin():
    knife = listing(
        title="Smörkniv",
        description_html="<p>Smörkniv av björk, snidad för hand i Gnarp, Hälsingland.</p>",
    )
    assert found(knife, "Smörkniv snidad i Gnarp.", ORIGIN) == []
    assert found(knife, "Smörkniv snidad i Bjuråker.", ORIGIN) != []


def test_a_body_after_we_are_certified_by_is_a_certification_claim():
    clinic = listing(
        title="Lute Repair", description_html="<p>We repair lutes and ouds; strings are extra.</p>"
    )
    claim = "We are certified by the Lute Makers Guild."
    assert [text for text, _ in found(clinic, claim, CERTIFICATION)] == [
        "certified by the Lute Makers Guild"
    ]
    member = listing(
        title="Lute Repair",
        description_html="<p>We repair lutes and are certified by the Lute Makers Guild.</p>",
    )
    assert found(member, "We are certified by the Lute Makers Guild.", CERTIFICATION) == []


def test_organic_abroad_in_its_feminine_and_plural_forms():
    jam = listing(title="Confettura di fichi", description_html="<p>Fichi e zucchero.</p>")
    assert found(jam, "Confettura biologica.", CERTIFICATION) != []
    certified = listing(
        title="Confettura di fichi", description_html="<p>Confettura biologica certificata.</p>"
    )
    assert found(certified, "Confettura biologica.", CERTIFICATION) == []


def test_a_word_with_letters_outside_ascii_is_one_word_to_the_bias_lists():
    rug = listing(title="Halı", description_html="<p>El dokuması halı.</p>")
    assert found(rug, "Bu oyun düşman gemileri ile oynanır.", GENDER) == []
    assert found(rug, "Every lad needs one.", GENDER) != []


def test_a_region_pycountry_writes_with_a_bracket_or_as_a_swedish_county_is_a_place():
    bowl = listing(title="Skål", description_html="<p>Keramikskål drejad i Höganäs, Skåne.</p>")
    assert found(bowl, "The bowl is made in Sweden.", ORIGIN) == []
    assert found(bowl, "The bowl is made in Norway.", ORIGIN) != []
    oil = listing(title="Oli d'oliva", description_html="<p>Oli d'oliva de Vic, Catalunya.</p>")
    assert found(oil, "The oil is made in Spain.", ORIGIN) == []
    assert found(oil, "The oil is made in Portugal.", ORIGIN) != []
