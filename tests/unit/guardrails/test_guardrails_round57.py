"""Fifty-seventh round of issue 12 (holdout_v55 read after its one blind score): false alarms
on listings written abroad and on uses, warranties, designations and makers' names. A colour
option labelled in Thai; a material or a unit written in
Hindi, Korean or Chinese; a use the listing rules out only for some of its kind; a warranty the
listing gives with a verb; an "NxM" designation; the vendor's name before the product's noun.
Listings and drafts here are written for these tests; none is taken from an eval set. Each
family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.guardrails import check
from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
COLOUR = "accuracy.colour"
COMPATIBILITY = "accuracy.compatibility"
MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
WARRANTY = "accuracy.warranty"


def _rules(item: Listing, body: str) -> list[str]:
    return [f.rule for f in check(item, body, "description")]


def test_a_thai_colour_option_gives_its_colours():
    gloves = listing(
        title="ถุงมือทำสวน",
        description_html="<p>ถุงมือทำสวนผ้าฝ้าย</p>",
        options={"สี": ["เขียว", "เหลือง"]},
    )
    assert found(gloves, "They come in green and yellow.", COLOUR) == []
    assert [c for c, _ in found(gloves, "They come in green and purple.", COLOUR)] == ["purple"]


def test_materials_written_in_hindi_korean_and_chinese():
    pan = listing(
        title="ढलवाँ लोहे की कड़ाही",
        description_html="<p>ढलवाँ लोहा, व्यास 24 सेमी।</p>",
    )
    assert found(pan, "A cast iron pan, 24 cm across.", MATERIAL) == []
    assert found(pan, "A 24 cm pan of 24 cm.", NUMBER) == []
    assert [c for c, _ in found(pan, "A copper pan.", MATERIAL)] == ["copper"]
    tray = listing(title="등나무 쟁반", description_html="<p>등나무로 엮은 쟁반입니다.</p>")
    assert found(tray, "A tray woven from rattan.", MATERIAL) == []
    vase = listing(title="玻璃花瓶", description_html="<p>手工吹製玻璃花瓶。</p>")
    assert found(vase, "A glass vase, blown by hand.", MATERIAL) == []


def test_a_use_ruled_out_for_some_of_its_kind_only():
    holder = listing(
        title="Bike Phone Holder",
        description_html=(
            "<p>Fits phones up to 7 inches; not for phones that have a ring stand on the back.</p>"
        ),
    )
    assert found(holder, "It fits phones up to 7 inches.", COMPATIBILITY) == []
    shelf = listing(
        title="Wall Shelf",
        description_html="<p>Not for walls that are plasterboard.</p>",
    )
    assert [c for c, _ in found(shelf, "Great for walls in any room.", COMPATIBILITY)] == [
        "Great for walls"
    ]


def test_a_warranty_the_listing_gives_with_a_verb():
    repair = listing(
        title="Bicycle Wheel Truing",
        description_html="<p>We true your wheel. Every repair is guaranteed for 6 months.</p>",
    )
    assert found(repair, "Our truing comes with a 6-month guarantee.", WARRANTY) == []
    assert [c for c, _ in found(repair, "It comes with a 2-year guarantee.", WARRANTY)] == [
        "2-year guarantee"
    ]


def test_an_nxm_designation_counts_nothing():
    scope = listing(
        title="10x50 Porro Binoculars",
        description_html="<p>10x magnification, 50 mm lenses.</p>",
    )
    assert found(scope, "These 10x50 binoculars suit stargazing.", NUMBER) == []
    assert [c for c, _ in found(scope, "These 12x50 binoculars suit stargazing.", NUMBER)] != []


def test_the_vendors_name_before_the_product_noun_is_no_product_type():
    blanket = listing(
        title="Wool Throw",
        product_type="Blanket",
        vendor="Larkspur Mills",
        description_html="<p>A wool throw blanket.</p>",
    )
    assert found(blanket, "This Larkspur Mills throw is soft.", CATEGORY) == []
    assert [c for c, _ in found(blanket, "This rug is soft.", CATEGORY)] == ["rug"]
