"""Round 46 of copy in the shop's language: short descriptions as prose, SEO metas as whole
sentences, no FAQ question by a field's label, a with/without choice not said bare, and four
more languages (Estonian, Lithuanian, Icelandic, Vietnamese). Invented listings, other trades."""

from __future__ import annotations

import json

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import META_MAX, in_language
from plugin.generation.languages import language_words

# A kite shop's listing in Maltese (no data file): a neutral draft.
KITE = Listing(
    external_id="r46-1",
    title="Tajra tal-Bahar Kbira",
    attributes={
        "Daqs": ["120 cm"],
        "Materjal": ["najlon ripstop"],
        "Spag": ["30 m"],
        "Kulur": ["ahmar u abjad"],
    },
)
# A beekeeper's veil with an Estonian shop's labels.
VEIL = Listing(
    external_id="r46-2",
    title="Mesiniku kaitsevõrk Kärg",
    vendor="Taru Tarvikud",
    product_type="Kaitsevõrk",
    options={"Suurus": ["S/M", "L/XL"]},
    attributes={"Materjal": ["puuvill"], "Garantii": ["1 aasta"], "Kaal": ["120 g"]},
)
# A tape measure with an English option label whose values are "with" and "without".
TAPE = Listing(
    external_id="r46-3",
    title="Zollstock Profi",
    vendor="Holzmass",
    options={"Clip": ["ohne", "mit"], "Länge": ["1 m", "2 m"]},
    attributes={"Material": ["Buchenholz"], "Skala": ["beidseitig"]},
)


def _draft(listing: Listing, kind: DraftKind, code: str) -> str:
    return in_language(
        GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code)), None
    )


def test_a_neutral_short_description_is_prose_never_the_list() -> None:
    text = _draft(KITE, DraftKind.SHORT_DESCRIPTION, "mt")
    assert "<ul>" not in text and "<li>" not in text
    assert text == (
        "<p><strong>Tajra tal-Bahar Kbira</strong>. Daqs: 120 cm. Materjal: najlon ripstop.</p>"
    )


def test_a_neutral_meta_is_whole_sentences_with_no_semicolons() -> None:
    meta = json.loads(_draft(KITE, DraftKind.SEO, "mt"))["description"]
    assert ";" not in meta and meta.endswith(".") and len(meta) <= META_MAX
    assert meta.startswith("Tajra tal-Bahar Kbira. Daqs: 120 cm.")


def test_a_long_meta_is_cut_after_a_sentence_not_inside_a_word() -> None:
    long = Listing(
        external_id="r46-4",
        title="Tajra tal-Bahar " + "Kbira " * 12,
        attributes={"Daqs": ["120 cm"], "Noti": ["tajra " * 30]},
    )
    meta = json.loads(_draft(long, DraftKind.SEO, "mt"))["description"]
    assert len(meta) <= META_MAX and meta.endswith((".", "…"))
    assert ";" not in meta


def test_no_faq_question_asks_by_a_fields_label() -> None:
    faq = json.loads(_draft(TAPE, DraftKind.FAQ, "de"))
    questions = [item["question"] for item in faq]
    assert questions and not any("angegeben" in q for q in questions)
    assert not any("Skala" in q for q in questions)


def test_a_with_or_without_choice_under_an_english_label_is_left_to_the_list() -> None:
    text = _draft(TAPE, DraftKind.DESCRIPTION, "de")
    assert "Zur Auswahl: ohne oder mit" not in text
    assert "<li>Clip: ohne, mit</li>" in text
    assert "Länge nach Wahl: 1 m oder 2 m." in _draft(TAPE, DraftKind.FAQ, "de")


@pytest.mark.parametrize("code", ["et", "lt", "is", "vi", "sl", "ca"])
def test_round_46_languages_have_files(code: str) -> None:
    words = language_words(code)
    assert words is not None and words.code == code


def test_an_estonian_shop_gets_estonian_sentences() -> None:
    text = _draft(VEIL, DraftKind.DESCRIPTION, "et")
    # The type is in the title already: the first line names the maker only.
    assert "<strong>Mesiniku kaitsevõrk Kärg</strong>, tootja Taru Tarvikud." in text
    # Round 50: no case-free frame weaves it in Estonian, so the list alone says the material.
    assert "Materjal on puuvill." not in text and "<li>Materjal: puuvill</li>" in text
    assert "Garantii on 1 aasta." in text
    faq = json.loads(_draft(VEIL, DraftKind.FAQ, "et"))
    assert "Millest toode on valmistatud?" in [item["question"] for item in faq]
    short = _draft(VEIL, DraftKind.SHORT_DESCRIPTION, "et")
    assert "<ul>" not in short and "Garantii on 1 aasta." in short


def test_a_lithuanian_active_substance_is_not_said_as_the_material() -> None:
    balm = Listing(
        external_id="r46-5",
        title="Lūpų balzamas Bitutė",
        attributes={"Veiklioji medžiaga": ["bičių vaškas 20 %"], "Talpa": ["15 ml"]},
    )
    text = _draft(balm, DraftKind.DESCRIPTION, "lt")
    assert "Medžiaga –" not in text
    assert "Talpa – 15 ml." in text


def test_a_short_description_with_no_fact_sentence_says_two_listed_facts() -> None:
    soap = Listing(
        external_id="r46-6",
        title="Sabó de llet de cabra",
        attributes={"Aroma": ["lavanda"], "Forma": ["rodona"], "Pes": ["100 g"]},
    )
    text = _draft(soap, DraftKind.SHORT_DESCRIPTION, "ca")
    assert text == "<p><strong>Sabó de llet de cabra</strong>. Aroma: lavanda. Forma: rodona.</p>"
