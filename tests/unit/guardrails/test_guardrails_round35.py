"""Thirty-fifth round of issue 12 (holdout_v32 read after its one blind score; its clean drafts'
claim findings and its false category alarms sorted into families and fixed by the mechanism
that failed). Listings and drafts here are written for these tests; none is taken from an eval
set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"


def test_a_range_named_by_the_singular_of_the_title_plural_is_the_listing_own():
    pegs = listing(title="Wooden Tent Pegs, Bag of 20", product_type="Tent pegs")
    assert found(pegs, "Part of our Wooden Tent Peg range.", CATEGORY) == []
    assert found(pegs, "Part of our Cat Food range.", CATEGORY) != []


def test_a_range_named_by_a_generic_merchandising_word_names_no_kind():
    collar = listing(title="Reflective Cat Collar", product_type="Cat collar")
    assert found(collar, "Shop it from our Essentials range.", CATEGORY) == []
    assert found(collar, "Shop it from our Accessories collection.", CATEGORY) == []
    assert found(collar, "Shop it from our Garden Hose range.", CATEGORY) != []


def test_indonesian_cotton_under_its_own_label_backs_cotton():
    scarf = listing(title="Selendang", attributes={"Bahan": ("katun",)})
    assert found(scarf, "A light cotton shawl.", MATERIAL) == []
    assert found(scarf, "A light silk shawl.", MATERIAL) != []


def test_amber_named_in_french_backs_amber():
    honey = listing(
        title="Miel de châtaignier",
        description_html="<p>Miel de châtaignier, couleur ambrée foncée.</p>",
    )
    assert found(honey, "A dark amber chestnut honey.", COLOUR) == []
    assert found(honey, "A pale green chestnut honey.", COLOUR) != []
