"""Forty-sixth round of issue 12 (holdout_v44 read after its blind score): materials, colours and
organic in Ukrainian, Russian and Bulgarian; Thai, Malay and Welsh materials; Malay colours;
the Malay "from" ("dari"); "braided" as a verb of making; Wales in Welsh; a material said
before its "100%". Listings and drafts here are written for these tests; none is taken from an
eval set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

ABSOLUTE = "compliance.absolute"
CERTIFICATION = "accuracy.certification"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"


def test_cyrillic_materials_name_the_listings_material():
    towel = listing(title="Рушник лляний", attributes={"Тканина": ["100% льон"]})
    assert found(towel, "A tea towel of 100% linen.", MATERIAL) == []
    assert found(towel, "A tea towel of 100% cotton.", MATERIAL) != []
    vase = listing(title="Ваза", description_html="<p>Ваза от зелено стъкло.</p>")
    assert found(vase, "A vase of green glass.", MATERIAL) == []
    assert found(vase, "A vase of green ceramic.", MATERIAL) != []


def test_thai_malay_and_welsh_materials():
    tray = listing(title="ถาดไม้ไผ่", attributes={"วัสดุ": ["ไม้ไผ่"]})
    assert found(tray, "A serving tray of bamboo.", MATERIAL) == []
    assert found(tray, "A serving tray of oak.", MATERIAL) != []
    sarong = listing(title="Kain pelikat", attributes={"Kain": ["100% kapas"]})
    assert found(sarong, "A sarong of 100% cotton.", MATERIAL) == []
    assert found(sarong, "A sarong of 100% cotton.", ABSOLUTE) == []
    assert found(sarong, "A sarong of silk.", MATERIAL) != []
    coaster = listing(title="Matiau diod", attributes={"Deunydd": ["llechen"]})
    assert found(coaster, "Four drink coasters cut from slate.", MATERIAL) == []
    assert found(coaster, "Four drink coasters cut from marble.", MATERIAL) != []


def test_ukrainian_bulgarian_and_malay_colours():
    belt = listing(
        title="Пояс тканий",
        description_html="<p>Пояс, тканий білими та зеленими нитками.</p>",
    )
    assert found(belt, "A belt woven in white and green thread.", COLOUR) == []
    assert found(belt, "Пояс, тканий червоними нитками.", COLOUR) != []
    bag = listing(title="Чанта", description_html="<p>Чанта от кафяво платно.</p>")
    assert found(bag, "A bag of brown canvas.", COLOUR) == []
    scarf = listing(title="Selendang", options={"Warna": ["Kuning Emas", "Ungu Tua"]})
    assert found(scarf, "It comes in Kuning Emas and Ungu Tua.", COLOUR) == []
    assert found(scarf, "It comes in Kuning Emas and Merah Jambu Tua.", COLOUR) != []


def test_organic_in_bulgarian_and_ukrainian():
    honey = listing(title="Мед липов", description_html="<p>Липов мед, 500 g.</p>")
    assert found(honey, "Биологичен липов мед.", CERTIFICATION) != []
    assert found(honey, "Органічний липовий мед.", CERTIFICATION) != []
    assert found(honey, "Липов мед, 500 g.", CERTIFICATION) == []


def test_malay_from_before_a_place():
    mat = listing(
        title="Tikar mengkuang",
        description_html="<p>Tikar mengkuang dari Pahang, Malaysia.</p>",
        attributes={"Asal": ["Pahang, Malaysia"]},
    )
    assert found(mat, "Tikar mengkuang dari Pahang.", ORIGIN) == []
    assert found(mat, "Tikar mengkuang dari Sabah.", ORIGIN) != []


def test_braided_is_a_verb_of_making():
    leash = listing(
        title="Rope Dog Lead",
        description_html="<p>A dog lead braided by hand in Bruges, Belgium.</p>",
        attributes={"Origin": ["Bruges, Belgium"]},
    )
    assert found(leash, "A rope dog lead braided in Bruges.", ORIGIN) == []
    assert found(leash, "A rope dog lead braided in Valence, France.", ORIGIN) != []


def test_wales_in_welsh_backs_welsh():
    spoon = listing(
        title="Llwy garu",
        description_html="<p>Llwy garu wedi'i cherfio â llaw yng Nghymru.</p>",
        attributes={"Tarddiad": ["Cymru"]},
    )
    assert found(spoon, "A Welsh love spoon, carved by hand in Wales.", ORIGIN) == []
    assert found(spoon, "A love spoon carved by hand in Ireland.", ORIGIN) != []
