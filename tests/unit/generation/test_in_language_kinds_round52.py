"""Round 52 (kinds): a FAQ in the shop's language asks what the listing answers (a fact the
title names, a role's value no sentence fits, a height, a length of time, a count), and a
short description or SEO meta says one fact beside the name, never a yes/no flag (listings
invented for these tests)."""

from __future__ import annotations

import json

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import ASKED_KINDS, in_language, question_key
from plugin.generation.language_facts import ShopFact
from plugin.generation.languages import language_words, language_words_for, languages_with_words


def _draft(listing: Listing, kind: DraftKind, code: str) -> str:
    request = GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code))
    return in_language(request, None)


def _faq(listing: Listing, code: str) -> dict[str, str]:
    return {i["question"]: i["answer"] for i in json.loads(_draft(listing, DraftKind.FAQ, code))}


VASE = Listing(
    external_id="r52k-a",
    title="Wazon z miedzi Kreska",
    vendor="Pracownia Brzeg",
    attributes={"Materiał": ["miedź"], "Wysokość": ["30 cm"], "Ilość": ["1 szt."]},
)


def test_a_fact_the_title_names_and_a_height_are_asked() -> None:
    faq = _faq(VASE, "pl")
    # The material is in the title, so the prose leaves it out; the FAQ still answers it.
    assert faq["Jaki jest materiał wykonania?"] == "Materiał: miedź."
    assert faq["Jakie są wymiary produktu?"] == "Wysokość: 30 cm."
    assert faq["Ile sztuk jest w opakowaniu?"] == "Ilość: 1 szt."


WORKSHOP = Listing(
    external_id="r52k-b",
    title="Warsztat lepienia pierogów na żywo",
    vendor="Kuchnia Mazur",
    product_type="Warsztat online",
    attributes={
        "Produkt cyfrowy": ["tak"],
        "Czas trwania": ["90 minut"],
        "Alergeny": ["gluten"],
    },
)


def test_a_class_length_and_allergens_are_asked_and_a_flag_is_not() -> None:
    faq = _faq(WORKSHOP, "pl")
    assert faq["Jak długo to trwa?"] == "Czas trwania: 90 minut."
    assert faq["Jakie alergeny zawiera produkt?"] == "Alergeny: gluten."
    assert not any("tak" in a for a in faq.values())


def test_a_yes_or_no_flag_is_kept_out_of_the_meta() -> None:
    meta = json.loads(_draft(WORKSHOP, DraftKind.SEO, "pl"))["description"]
    assert "Produkt cyfrowy" not in meta and "Czas trwania: 90 minut." in meta


def test_a_short_description_says_one_fact_beside_the_name_and_maker() -> None:
    kettle = Listing(
        external_id="r52k-c",
        title="Czajnik Poranek",
        vendor="Huta Dolna",
        attributes={"Pojemność": ["1,2 l"]},
    )
    short = _draft(kettle, DraftKind.SHORT_DESCRIPTION, "pl")
    assert short.startswith("<p><strong>Czajnik Poranek</strong> marki Huta Dolna.")
    assert "1,2 l" in short and "<ul>" not in short
    # With no sentence at all, one listed fact by its label, not the name and maker alone.
    assert _draft(VASE, DraftKind.SHORT_DESCRIPTION, "pl").endswith("Wysokość: 30 cm.</p>")


def test_an_answer_the_title_already_gives_is_not_said_in_a_bare_short_text() -> None:
    board = Listing(
        external_id="r52k-d",
        title="Ąžuolo lentelė",
        attributes={"Medžiaga": ["ąžuolas"], "Ilgis": ["45 cm"]},
    )
    short = _draft(board, DraftKind.SHORT_DESCRIPTION, "lt")
    assert "Ilgis: 45 cm." in short and "Medžiaga" not in short
    # The FAQ still asks both.
    assert set(_faq(board, "lt")) >= {"Kokie gaminio matmenys?"}


def test_a_region_is_asked_where_it_comes_from_not_which_country() -> None:
    honey = Listing(
        external_id="r52k-g",
        title="Miód gryczany Łąka",
        attributes={"Pochodzenie": ["Roztocze, Polska"]},
    )
    faq = _faq(honey, "pl")
    assert faq == {"Skąd pochodzi produkt?": "Pochodzenie: Roztocze, Polska."}


def test_a_language_with_no_file_keeps_an_empty_faq() -> None:
    assert _draft(VASE, DraftKind.FAQ, "mt") == "[]"


def test_no_question_is_asked_by_a_label_no_kind_names() -> None:
    odd = Listing(external_id="r52k-e", title="Lampa Sowa", attributes={"Nastrój": ["ciepły"]})
    assert _faq(odd, "pl") == {}


@pytest.mark.parametrize("code", languages_with_words())
def test_every_file_asks_each_kind_in_its_own_words(code: str) -> None:
    words = language_words_for(code)
    for key in ASKED_KINDS:
        question = words.questions[key]
        assert question and "{" not in question and words.labels[key]
        fact = ShopFact(words.labels[key][0], ("12",))
        assert question_key(fact, words) in (key, *words.questions)
    assert words.questions["origin_place"].rstrip()[-1] in "?？؟;" or code == "th"


def test_traditional_chinese_asks_in_its_own_script() -> None:
    pot = Listing(
        external_id="r52k-f",
        title="手拉坯茶壺",
        attributes={"材質": ["紫砂"], "重量": ["200 g"]},
    )
    faq = _faq(pot, "zh-TW")
    assert faq.get("重量是多少？") == "重量：200 g。"
    assert language_words("zh") is not None
