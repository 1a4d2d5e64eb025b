"""Thirty-sixth round of issue 12 (holdout_v33 read after its one blind score): listings written
in Thai, Korean and Hindi, and an ingredient list in a shop language, read for what they give.
Listings and drafts here are written for these tests; none is taken from an eval set. Each
family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

COLOUR = "accuracy.colour"
HEALTH = "compliance.health"
MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
ORIGIN = "accuracy.origin"


def test_a_size_in_thai_centimetres_is_the_listing_figure():
    vase = listing(title="แจกันแก้ว", description_html="<p>แจกันแก้ว สูง 22 ซม.</p>")
    assert found(vase, "A glass vase, 22 cm tall.", NUMBER) == []
    assert found(vase, "A glass vase, 28 cm tall.", NUMBER) != []


def test_a_time_in_hindi_minutes_is_the_listing_figure():
    rice = listing(title="बासमती चावल", description_html="<p>12–14 मिनट पकाएँ।</p>")
    assert found(rice, "Cook it for twelve to fourteen minutes.", NUMBER) == []
    assert found(rice, "Cook it for twenty minutes.", NUMBER) != []


def test_a_time_in_korean_minutes_touching_its_particle_is_the_listing_figure():
    noodles = listing(title="메밀국수", description_html="<p>끓는 물에 6분간 삶아 주세요.</p>")
    assert found(noodles, "Boil them for 6 minutes.", NUMBER) == []
    assert found(noodles, "Boil them for 9 minutes.", NUMBER) != []


def test_a_town_the_listing_names_in_thai_is_its_origin():
    basket = listing(
        title="ตะกร้าสาน", description_html="<p>ตะกร้าสานมือจากขอนแก่น</p>", vendor="บ้านสาน"
    )
    assert found(basket, "A basket woven by hand in Khon Kaen, Thailand.", ORIGIN) == []
    assert found(basket, "A basket woven by hand in Udon Thani.", ORIGIN) != []


def test_a_town_the_listing_names_in_hangul_is_its_origin():
    cup = listing(title="찻잔", description_html="<p>수원에서 만든 찻잔입니다.</p>", vendor="도예")
    assert found(cup, "A teacup made in Suwon.", ORIGIN) == []
    assert found(cup, "A teacup made in Busan.", ORIGIN) != []


def test_korean_and_thai_material_names_give_the_material():
    jar = listing(title="항아리", attributes={"소재": ("유리",)})
    assert found(jar, "A glass jar with a lid.", MATERIAL) == []
    assert found(jar, "A ceramic jar with a lid.", MATERIAL) != []
    bell = listing(title="กระดิ่ง", attributes={"วัสดุ": ("ทองเหลือง",)})
    assert found(bell, "A small brass bell.", MATERIAL) == []
    assert found(bell, "A small stainless steel bell.", MATERIAL) != []


def test_a_thai_colour_word_gives_the_colour():
    mat = listing(title="เสื่อ", description_html="<p>เสื่อทอมือสีแดง</p>")
    assert found(mat, "A hand-woven red mat.", COLOUR) == []
    assert found(mat, "A hand-woven blue mat.", COLOUR) != []


def test_an_ingredient_list_in_german_backs_its_english_names():
    dressing = listing(
        title="Feigen-Dressing",
        description_html="<p>Zutaten: Weinessig, Traubenmost, Feigen. Enthält Sulfite.</p>",
    )
    said = "Made from wine vinegar, grape must and figs. It contains sulphites."
    assert found(dressing, said, MATERIAL) == []
    assert found(dressing, "Made from wine vinegar, grape must, figs and honey.", MATERIAL) != []


def test_a_material_said_in_the_listing_own_phrase_is_not_another_part_material():
    rake = listing(
        title="Leaf Rake",
        description_html="<p>Glass-filled polypropylene tines and a steel handle.</p>",
        attributes={"Material": ("glass-filled polypropylene tines", "steel handle")},
    )
    said = "The tines are glass-filled polypropylene; the handle is steel."
    assert found(rake, said, MATERIAL) == []
    assert found(rake, "The tines are bamboo; the handle is steel.", MATERIAL) != []


def test_a_clause_after_a_contains_list_is_no_ingredient():
    fudge = listing(title="Fudge", attributes={"Ingredients": ("sugar", "cream", "butter")})
    assert found(fudge, "It contains cream, and it stays soft in a tin.", MATERIAL) == []
    assert found(fudge, "It contains cream and hazelnuts.", MATERIAL) != []


def test_a_metal_named_in_greek_gives_metal():
    tin = listing(title="Τσάι του βουνού", attributes={"Συσκευασία": ("μεταλλικό κουτί",)})
    assert found(tin, "Mountain tea in a metal caddy.", MATERIAL) == []
    assert found(tin, "Mountain tea in a glass jar.", MATERIAL) != []


def test_another_town_named_in_the_listing_script_is_an_origin_claim():
    basket = listing(
        title="ตะกร้าสาน", description_html="<p>ตะกร้าสานมือจากขอนแก่น</p>", vendor="บ้านสาน"
    )
    assert found(basket, "ตะกร้าสานมือจากขอนแก่น", ORIGIN) == []
    assert found(basket, "ตะกร้าสานมือจากอุดรธานี", ORIGIN) != []


def test_from_a_known_town_opening_a_sentence_is_an_origin_claim():
    honey = listing(title="Thyme Honey", description_html="<p>Thyme honey from Heraklion.</p>")
    assert found(honey, "From Heraklion, on Crete.", ORIGIN) == []
    assert found(honey, "From Patras, in the west.", ORIGIN) != []


def test_free_of_an_ingredient_the_listing_says_it_contains_is_a_health_claim():
    vinegar = listing(
        title="Apfelessig", description_html="<p>Naturtrüber Apfelessig. Enthält Sulfite.</p>"
    )
    assert found(vinegar, "A cloudy cider vinegar. It contains sulphites.", HEALTH) == []
    assert found(vinegar, "A cloudy cider vinegar, sulphite-free.", HEALTH) != []
    assert found(vinegar, "A cloudy cider vinegar, hassle-free to use.", HEALTH) == []


def test_the_first_of_two_materials_after_an_article_is_a_material_claim():
    scarf = listing(title="Scarf", attributes={"Material": ("100% linen",)})
    assert found(scarf, "A cotton and linen blend.", MATERIAL) != []
    mixed = listing(title="Scarf", attributes={"Material": ("cotton", "linen")})
    assert found(mixed, "A cotton and linen blend.", MATERIAL) == []


def test_fruit_woods_and_plant_waxes_are_materials():
    spoon = listing(title="Honey Spoon", attributes={"Material": ("beech",)})
    assert found(spoon, "An applewood honey spoon.", MATERIAL) != []
    fruit = listing(title="Honey Spoon", attributes={"Material": ("apple wood",)})
    assert found(fruit, "An applewood honey spoon.", MATERIAL) == []
    balm = listing(title="Hand Balm", attributes={"Ingredients": ("beeswax", "olive oil")})
    assert found(balm, "A hand balm with a carnauba wax base.", MATERIAL) != []
