"""Forty-fourth round of issue 12 (holdout_v42 read after its blind score): a town of three
words after a participle of making, read whole and only in the country the listing gives;
earthenware in the shop languages; organic in Greek; cabretta and kangaroo leather as
materials; ailments of the gut, the blood and the joints as health claims. Listings and drafts
here are written for these tests; none is taken from an eval set. Each family: the true claim
passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CERTIFICATION = "accuracy.certification"
HEALTH = "compliance.health"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"


def test_a_town_of_three_words_is_read_whole_with_its_country():
    bowl = listing(
        title="Tigela de cerâmica",
        vendor="Olaria do Rio",
        description_html="<p>Tigela feita em Santa Marta de Penaguião, Portugal.</p>",
        attributes={"Origem": ["Santa Marta de Penaguião, Portugal"]},
    )
    assert found(bowl, "A ceramic bowl made in Portugal.", ORIGIN) == []
    # not in the other countries that have a town called by the name's first two words
    assert found(bowl, "A ceramic bowl made in Colombia.", ORIGIN) != []
    assert found(bowl, "A ceramic bowl made in Brazil.", ORIGIN) != []


def test_earthenware_in_the_shop_languages():
    dutch = listing(
        title="Schaal",
        description_html="<p>Een schaal van aardewerk.</p>",
        attributes={"Materiaal": ["aardewerk"]},
    )
    assert found(dutch, "An earthenware dish.", MATERIAL) == []
    assert found(dutch, "A porcelain dish.", MATERIAL) != []
    swedish = listing(title="Skål", attributes={"Material": ["lergods"]})
    assert found(swedish, "An earthenware bowl.", MATERIAL) == []


def test_organic_in_greek():
    oil = listing(
        title="Ελαιόλαδο 500 ml",
        description_html="<p>Ελαιόλαδο από την Κρήτη.</p>",
        attributes={"Όγκος": ["500 ml"]},
    )
    assert found(oil, "Ελαιόλαδο βιολογικό.", CERTIFICATION) != []
    organic = listing(
        title="Ελαιόλαδο 500 ml",
        description_html="<p>Βιολογικό ελαιόλαδο από την Κρήτη.</p>",
    )
    assert found(organic, "An organic olive oil.", CERTIFICATION) == []


def test_leathers_named_by_their_animal():
    glove = listing(title="Golf Glove", attributes={"Material": ["Cabretta leather"]})
    assert found(glove, "A glove of cabretta leather.", MATERIAL) == []
    assert found(glove, "A glove of kangaroo leather.", MATERIAL) != []


def test_ailments_of_the_gut_the_blood_and_the_joints():
    tea = listing(title="Peppermint Tea", description_html="<p>Loose peppermint leaves, 80 g.</p>")
    assert found(tea, "A peppermint tea with a cool, clean taste.", HEALTH) == []
    assert found(tea, "A peppermint tea that eases heartburn and bloating.", HEALTH) != []
    assert found(tea, "A tea that cures vitamin deficiencies.", HEALTH) != []
    brace = listing(title="Elbow Strap", description_html="<p>A neoprene strap, one size.</p>")
    assert found(brace, "A neoprene strap that heals tennis elbow.", HEALTH) != []
