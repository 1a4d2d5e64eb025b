"""Thirty-ninth round of issue 12 (holdout_v36 and holdout_v37 read after their blind scores):
a maker named after "made by" or "designed by", a town the listing writes in a case of its
language (a Polish town in -iec, a word of manner between a participle of making and the place),
Finnish plastic, a product type said with an invented range; and clean drafts' claim findings: a
colour between a figure and its material, a demonym ending a hyphened name, an approximation
after "filled with", a material noun as a verb's subject, a grade given on the material's line,
and what a product comes fitted with. Listings and drafts here are written for these tests; none
is taken from an eval set. Each family: the true claim passes, an invented one is still
flagged."""

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
    plain = listing(
        title="Kubek kamionkowy",
        description_html="<p>Wykonany w Ostrowcu Świętokrzyskim.</p>",
        attributes={"Pochodzenie": ["Ostrowiec Świętokrzyski"]},
    )
    assert found(plain, "A mug made in Ostrowiec Świętokrzyski, Poland.", ORIGIN) == []
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


FEATURE = "accuracy.feature"
NUMBER = "accuracy.number"


def test_a_colour_between_a_figure_and_its_material_leaves_the_part_after_them():
    watch = listing(
        title="Watch",
        description_html="<p>A watch. The 18 mm leather band is tan.</p>",
        attributes={"Band": ["18 mm leather"]},
    )
    assert found(watch, "It comes on an 18 mm tan leather band.", NUMBER) == []
    assert found(watch, "It comes on a 22 mm tan leather band.", NUMBER) != []


def test_a_demonym_that_ends_a_hyphened_name_is_no_origin():
    vice = listing(
        title="Bench Vice",
        description_html="<p>A cast-iron bench vice with a quick release. Made in Taiwan.</p>",
    )
    assert found(vice, "A vice with a Halvard-Danish vice jaw.", ORIGIN) == []
    assert found(vice, "A Danish cast-iron vice.", ORIGIN) != []


def test_an_approximation_after_filled_with_names_no_fill():
    cushion = listing(
        title="Floor Cushion",
        description_html="<p>A floor cushion.</p>",
        attributes={"Filling": ["kapok, about 2 kg"]},
    )
    assert found(cushion, "It is filled with some 2 kg of kapok.", MATERIAL) == []
    assert found(cushion, "It is filled with feathers.", MATERIAL) != []


def test_a_cloth_that_is_the_subject_of_a_verb_is_a_thing_not_a_material():
    tray = listing(title="Pewter Tray", description_html="<p>A pewter tray, 30 cm.</p>")
    assert found(tray, "Pewter dulls with time; a dry cloth keeps it bright.", MATERIAL) == []
    assert found(tray, "It is a cloth tray.", MATERIAL) != []


def test_a_grade_the_listing_gives_with_the_material_is_no_material_named_after_it():
    pen = listing(
        title="Verlow Dip Pen, Broad",
        description_html="<p>A dip pen with a steel tip.</p>",
        attributes={"Tip": ["steel, Broad"]},
    )
    assert found(pen, "A Broad steel tip.", MATERIAL) == []
    assert found(pen, "A Verlow steel tip.", MATERIAL) != []


def test_what_a_product_comes_strung_or_fitted_with_is_read_against_the_whole_listing():
    harp = listing(
        title="Lap Harp",
        description_html="<p>A lap harp with gut strings. A tuning key is included.</p>",
    )
    assert found(harp, "It arrives fitted with gut strings.", FEATURE) == []
    assert found(harp, "It arrives fitted with brass pedals.", FEATURE) != []
