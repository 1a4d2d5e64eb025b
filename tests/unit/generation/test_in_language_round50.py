"""Round 50: the first line in the shop's language woven with the product's material and
origin, no "Label: value" sentence beside it, a tanning's words and a steel's grade read past
(listings invented for these tests)."""

from __future__ import annotations

import json
import re
import string

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import in_language
from plugin.generation.language_facts import own_side
from plugin.generation.languages import language_words_for, languages_with_words

_TAGS = re.compile(r"<[^>]+>")


def _draft(listing: Listing, kind: DraftKind, code: str) -> str:
    request = GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code))
    return in_language(request, None)


def _prose(listing: Listing, code: str) -> str:
    return _TAGS.sub("", _draft(listing, DraftKind.DESCRIPTION, code).split("<ul>")[0])


HAT = Listing(
    external_id="r50-a",
    title="Lue Fjellrev",
    vendor="Garnstua Nord",
    attributes={"Materiale": ["80 % merinoull"], "Opprinnelsesland": ["Norge"]},
)


def test_the_material_and_origin_are_woven_into_the_first_line() -> None:
    prose = _prose(HAT, "nb")
    assert (
        prose == "Lue Fjellrev er fra Garnstua Nord, laget av 80 % merinoull og produsert i Norge."
    )
    # The list still says both, and the FAQ still answers the material.
    html = _draft(HAT, DraftKind.DESCRIPTION, "nb")
    assert "<li>Materiale: 80 % merinoull</li>" in html
    assert "Materialet" in _draft(HAT, DraftKind.FAQ, "nb")


def test_a_title_alone_is_woven_too() -> None:
    bare = Listing(external_id="r50-b", title="Lue Fjellrev", attributes=HAT.attributes)
    assert _prose(bare, "nb").startswith("Lue Fjellrev, laget av 80 % merinoull")


def test_a_place_the_preposition_cannot_take_bare_is_left_to_the_list() -> None:
    bag = Listing(
        external_id="r50-c",
        title="Brotbeutel Heide",
        vendor="Webstube Ost",
        attributes={"Material": ["Leinen"], "Herkunft": ["Schweiz"]},
    )
    prose = _prose(bag, "de")
    assert prose == "Brotbeutel Heide der Marke Webstube Ost, gefertigt aus Leinen."


def test_a_german_material_opening_with_an_adjective_is_not_woven() -> None:
    tray = Listing(
        external_id="r50-d",
        title="Tablett Moos",
        vendor="Holzhof Sieben",
        attributes={"Material": ["Geöltes Kirschholz"]},
    )
    prose = _prose(tray, "de")
    assert "Kirschholz" not in prose and prose.startswith("Tablett Moos der Marke Holzhof")


def test_japanese_weaves_before_the_polite_ending() -> None:
    bowl = Listing(
        external_id="r50-e",
        title="小鉢 しずく",
        vendor="窯元ひばり",
        attributes={"産地": ["佐賀県"]},
    )
    assert _prose(bowl, "ja") == "小鉢 しずくは、窯元ひばりの商品で、産地は佐賀県です。"


def test_a_label_shaped_sentence_is_left_to_the_list_beside_a_maker() -> None:
    jam = Listing(
        external_id="r50-f",
        title="Confiture de coings",
        vendor="Verger des Aulnes",
        attributes={"Ingrédients": ["coings, sucre de canne"]},
    )
    assert "Ingrédients" not in _prose(jam, "fr")
    # With the title alone the sentence stays: the prose is never a bare title for that.
    bare = Listing(external_id="r50-g", title="Confiture de coings", attributes=jam.attributes)
    assert "coings, sucre de canne" in _prose(bare, "fr")


def test_a_tanning_beside_leather_still_names_leather() -> None:
    strap = Listing(
        external_id="r50-h",
        title="Gitaarband Zandloper",
        vendor="Atelier Ree",
        attributes={"Materiaal": ["plantaardig gelooid rundleer"]},
    )
    prose = _prose(strap, "nl")
    assert "gemaakt van plantaardig gelooid rundleer" in prose
    assert "Het leer wordt zachter" in prose


def test_a_steel_grade_with_a_slash_is_read_on_its_own_side() -> None:
    assert own_side("18/0 rustfrit stål / 18/0 stainless steel") == "18/0 rustfrit stål"
    pot = Listing(
        external_id="r50-i",
        title="Gryde Havbris",
        vendor="Køkkenværk",
        attributes={"Materiale": ["18/0 rustfrit stål / 18/0 stainless steel"]},
    )
    assert "Materialet modstår rust." in _prose(pot, "da")


def test_the_woven_frames_are_well_formed_in_every_file() -> None:
    names = {
        "material": {"material"},
        "origin": {"origin"},
        "material_origin": {"material", "origin"},
    }
    for code in languages_with_words():
        words = language_words_for(code)
        for key, frame in words.woven.items():
            if key == "end":
                continue
            assert key in names, (code, key)
            fields = {f for _, f, _, _ in string.Formatter().parse(frame) if f}
            assert fields == names[key], (code, key)


def test_a_chinese_bamboo_named_by_its_kind_still_names_bamboo() -> None:
    tray = Listing(
        external_id="r50-j",
        title="茶盘 青山",
        vendor="山房",
        attributes={"材质": ["毛竹"]},
    )
    prose = _prose(tray, "zh")
    assert "，采用毛竹制成。" in prose and "材质轻巧又坚固。" in prose
    # A longer name before the word is another thing, not a kind of bamboo.
    other = Listing(external_id="r50-k", title="茶盘 青山", attributes={"材质": ["仿真人造竹"]})
    assert "材质轻巧又坚固" not in _prose(other, "zh")


def test_a_fibre_label_names_the_material() -> None:
    mat = Listing(external_id="r50-l", title="Dørmåtte Sand", attributes={"Fiber": ["Jute"]})
    assert "lavet af jute" in _prose(mat, "da")


def test_a_value_that_repeats_the_frames_noun_is_not_woven() -> None:
    box = Listing(
        external_id="r50-m",
        title="Uzsonnás doboz Pitypang",
        vendor="Konyhakert",
        attributes={"Anyag": ["PP műanyag"]},
    )
    assert "anyagból" not in _prose(box, "hu")


def test_the_seo_meta_still_fills_its_range_with_the_sentences_left_to_the_list() -> None:
    oil = Listing(
        external_id="r50-n",
        title="Olio di noci tostate",
        vendor="Frantoio Valle Bruna",
        attributes={
            "Ingredienti": ["noci tostate spremute a freddo"],
            "Conservazione": ["al riparo dalla luce, dopo l'apertura in frigorifero"],
        },
    )
    assert "Ingredienti" not in _prose(oil, "it")
    meta = json.loads(_draft(oil, DraftKind.SEO, "it"))["description"]
    assert "noci tostate spremute a freddo" in meta
