"""Thirty-ninth round of issue 12 (holdout_v36 and holdout_v37 read after their blind scores):
a maker named after "made by" or "designed by", a town the listing writes in a case of its
language (a Polish town in -iec, a word of manner between a participle of making and the place),
Finnish plastic, and a product type said with an invented range. Listings and drafts here are
written for these tests; none is taken from an eval set. Each family: the true claim passes, an
invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

BRAND = "accuracy.brand"
CATEGORY = "accuracy.category"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"


def test_a_maker_named_after_made_by_or_designed_by_is_a_brand_claim():
    whistle = listing(
        title="Tin Whistle in D",
        vendor="Brookfield Pipes",
        description_html="<p>A tin whistle.</p>",
    )
    assert [text for text, _ in found(whistle, "It is made by Feadóg.", BRAND)] == ["Feadóg"]
    assert found(whistle, "It was designed by Orla Quinn.", BRAND) != []
    assert found(whistle, "It is made by Brookfield Pipes.", BRAND) == []
    assert found(whistle, "It is made by Irish craftspeople.", BRAND) == []
    assert found(whistle, "It is loved by Session players.", BRAND) == []


def test_a_town_the_listing_writes_in_a_case_is_the_listing_place():
    jug = listing(
        title="Dzbanek kamionkowy 1 l",
        vendor="Pracownia Modra",
        description_html="<p>Dzbanek z kamionki. Wykonane ręcznie w Ostrowcu Świętokrzyskim.</p>",
    )
    assert found(jug, "A stoneware jug made in Ostrowiec Świętokrzyski.", ORIGIN) == []
    assert found(jug, "A stoneware jug made in Gdańsk.", ORIGIN) != []
    bowl = listing(
        title="Misa gliniana",
        vendor="Pracownia Modra",
        description_html="<p>Misa z gliny. Wykonane ręcznie w Krakowie.</p>",
    )
    assert found(bowl, "A clay bowl from Kraków.", BRAND) == []
    assert found(bowl, "A clay bowl from Wilanów.", BRAND) != []
    board = listing(
        title="Leikkuulauta koivua",
        description_html="<p>Leikkuulauta koivusta. Valmistettu käsin Jyväskylässä.</p>",
    )
    assert found(board, "A birch board made in Jyväskylä, Finland.", ORIGIN) == []
    assert found(board, "A birch board made in Tampere.", ORIGIN) != []


def test_finnish_plastic_is_the_listing_material():
    tub = listing(title="Pesuvati", description_html="<p>Pesuvati, muovinen, 10 l.</p>")
    assert found(tub, "A 10 l plastic wash tub.", MATERIAL) == []
    assert found(tub, "A 10 l steel wash tub.", MATERIAL) != []


def test_a_product_type_said_with_an_invented_range_is_in_the_finding():
    honey = listing(title="Wildflower Honey 340 g", description_html="<p>Raw honey.</p>")
    said = "It is a candle from our Home Fragrance range."
    assert "a candle from our Home Fragrance range" in [t for t, _ in found(honey, said, CATEGORY)]
    assert found(honey, "It is honey from our Honey range.", CATEGORY) == []
