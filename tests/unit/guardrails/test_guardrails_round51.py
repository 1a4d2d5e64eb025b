"""Fifty-first round of issue 12 (holdout_v49 read after its blind score): a draft that gives the
listing's materials together ("made of ash, brass and linen thread") is not read as claiming the
whole product in the first of them, though the listing gives it for one part; and a material an
attribute gives under a name borrowed from English, in Latin letters no table reads ("viskoza"),
confirms the English name. Listings and drafts here are written for these tests; none is taken
from an eval set. Each case: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

MATERIAL = "accuracy.material"


def _mallet():
    return listing(
        title="Bookbinder's Mallet",
        product_type="Mallet",
        description_html="<p>A mallet for rounding book spines. Brass head on an ash handle, "
        "with a linen thread wrap for grip.</p>",
        attributes={"Material": ["brass", "ash", "linen thread"]},
    )


def test_the_listings_materials_given_together_are_not_a_whole_product_claim():
    draft = "<p>The mallet is made of brass, ash and linen thread.</p>"
    assert found(_mallet(), draft, MATERIAL) == []


def test_one_parts_material_claimed_for_the_whole_still_blocks():
    assert found(_mallet(), "<p>The mallet is made of brass.</p>", MATERIAL)


def test_a_list_with_a_material_the_listing_lacks_is_still_flagged():
    draft = "<p>The mallet is made of brass, walnut and linen thread.</p>"
    assert found(_mallet(), draft, MATERIAL)


def _yarn():
    return listing(
        title="Lõng Pehme",
        product_type="Lõng",
        description_html="<p>Pehme lõng sokkide jaoks.</p>",
        attributes={"Koostis": ["viskoza", "lanolina"]},
    )


def test_a_borrowed_name_no_table_reads_confirms_the_english_one():
    assert found(_yarn(), "<p>A soft viscose yarn for socks.</p>", MATERIAL) == []


def test_a_material_the_borrowed_names_do_not_give_still_warns():
    assert found(_yarn(), "<p>A soft acrylic yarn for socks.</p>", MATERIAL)


def test_a_verb_after_the_claim_is_no_list():
    draft = "<p>The mallet is made of brass and comes with linen thread.</p>"
    assert found(_mallet(), draft, MATERIAL)
