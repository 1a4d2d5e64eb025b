"""Round 47 of copy in the shop's language: several frames per role chosen by the listing, a
German adjective said in the nominative, every choice in the FAQ's answer, a phrase under an
origin label and an amount under a contents label left to the list, and a neutral draft's
punctuation in Japanese, Chinese and Arabic. Invented listings, other trades."""

from __future__ import annotations

import json

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language import read_in_language
from plugin.generation.in_language_kinds import in_language
from plugin.generation.languages import ROLES, language_words, languages_with_words


def _draft(listing: Listing, kind: DraftKind, code: str) -> str:
    return in_language(
        GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code)), None
    )


@pytest.mark.parametrize("code", languages_with_words())
def test_every_more_frame_is_a_frame_of_a_known_role(code: str) -> None:
    words = language_words(code)
    assert words is not None
    english = {"the", "with", "from", "made", "and", "choose", "comes", "our"}
    for role, frames in words.more_frames.items():
        assert role in words.frames and (role in ROLES or role.startswith("options"))
        for frame in frames:
            said = frame.format(value="X1", label="Y2", label_lower="y2")
            assert "X1" in said and said.endswith(".")
            assert not english & set(frame.lower().replace(".", " ").split()), frame


def test_a_catalogue_does_not_read_as_one_template() -> None:
    said = set()
    for n in range(12):
        listing = Listing(
            external_id=f"r47-{n}",
            title=f"Gießkanne Modell {n}",
            attributes={"Pflege": ["abspülen"]},
        )
        copy = read_in_language(listing, "de", None)
        said.add(copy.sentences[0].text)
        # The same listing always gets the same frame.
        assert read_in_language(listing, "de", None).sentences[0].text == copy.sentences[0].text
    assert said == {"Zur Pflege: abspülen.", "Für die Pflege gilt: abspülen."}


def test_a_german_material_that_opens_with_an_adjective_is_said_in_the_nominative() -> None:
    listing = Listing(
        external_id="r47-a",
        title="Schürze Werkbank",
        attributes={"Material": ["Gewachstes Baumwollgewebe"]},
    )
    prose = _draft(listing, DraftKind.DESCRIPTION, "de").split("<ul>")[0]
    assert "Das Material ist gewachstes Baumwollgewebe." in prose
    assert "aus Gewachstes" not in prose and "aus gewachstes" not in prose


def test_the_faqs_choice_answer_says_every_choice() -> None:
    listing = Listing(
        external_id="r47-b",
        title="Hundegeschirr Feldweg",
        options={"Farbe": ["Rot", "Grün"], "Größe": ["S", "M", "L"]},
        attributes={"Material": ["Nylon"]},
    )
    faq = json.loads(_draft(listing, DraftKind.FAQ, "de"))
    answers = [item["answer"] for item in faq if item["question"] == "Welche Varianten gibt es?"]
    assert len(answers) == 1
    assert "rot oder grün" in answers[0].lower() and "S, M oder L" in answers[0]


def test_a_phrase_under_an_origin_label_is_not_said_as_a_country() -> None:
    listing = Listing(
        external_id="r47-c", title="Rågbröd Skog", attributes={"Ursprung": ["Bakad i Umeå"]}
    )
    prose = _draft(listing, DraftKind.DESCRIPTION, "sv").split("<ul>")[0]
    assert "Ursprungslandet" not in prose
    place = Listing(external_id="r47-d", title="Rågbröd Fjäll", attributes={"Ursprung": ["Norge"]})
    # Round 50: the country woven into the first line.
    assert ", med ursprung i Norge." in _draft(place, DraftKind.DESCRIPTION, "sv")


def test_an_amount_under_a_contents_label_is_not_said_as_what_is_included() -> None:
    listing = Listing(
        external_id="r47-e", title="Lampeolje Fyr", attributes={"Innhold": ["250 ml"]}
    )
    text = _draft(listing, DraftKind.DESCRIPTION, "nb")
    assert "Inkludert: 250 ml" not in text and "Leveres med 250 ml" not in text
    faq = json.loads(_draft(listing, DraftKind.FAQ, "nb"))
    assert all(item["question"] != "Hva følger med?" for item in faq)


# A pottery shop's listing in Urdu and a tea shop's in Persian (no data file): neutral drafts
# in their script's punctuation.
VASE = Listing(external_id="r47-f", title="مٹی کا گلدان", attributes={"رنگ": ["سرخ", "سبز"]})
TEA = Listing(external_id="r47-g", title="چای سبز", attributes={"وزن": ["100 گرم", "250 گرم"]})


def test_an_urdu_neutral_draft_ends_its_sentences_with_the_urdu_full_stop() -> None:
    short = _draft(VASE, DraftKind.SHORT_DESCRIPTION, "ur")
    assert short == "<p><strong>مٹی کا گلدان</strong>۔ رنگ: سرخ، سبز۔</p>"
    meta = json.loads(_draft(VASE, DraftKind.SEO, "ur"))["description"]
    assert meta.startswith("مٹی کا گلدان۔") and ". " not in meta and ", " not in meta
    assert "<li>رنگ: سرخ، سبز</li>" in _draft(VASE, DraftKind.DESCRIPTION, "ur")


def test_an_urdu_neutral_meta_is_cut_after_its_last_urdu_full_stop() -> None:
    # Invented: a title longer than a meta, its parts closed by the Urdu full stop.
    title = "۔".join(["ہاتھ سے بنا ہوا لکڑی کا صندوق"] * 7)
    meta = json.loads(_draft(Listing(external_id="r47-u", title=title), DraftKind.SEO, "ur"))
    said = meta["description"]
    assert 80 <= len(said) <= 160 and said.endswith("۔") and title.startswith(said)


def test_a_persian_neutral_draft_lists_with_the_arabic_comma() -> None:
    short = _draft(TEA, DraftKind.SHORT_DESCRIPTION, "fa")
    assert "100 گرم، 250 گرم" in short and ", " not in short


def test_a_latin_neutral_draft_is_unchanged() -> None:
    listing = Listing(external_id="r47-h", title="Qoffa Kbira", attributes={"Daqs": ["40 cm"]})
    short = _draft(listing, DraftKind.SHORT_DESCRIPTION, "mt")
    assert short == "<p><strong>Qoffa Kbira</strong>. Daqs: 40 cm.</p>"


def test_a_microwave_safe_care_fact_gets_its_reason_and_a_denied_one_none() -> None:
    safe = Listing(
        external_id="r47-i",
        title="Suppenschale Tal",
        attributes={"Pflege": ["mikrowellengeeignet"]},
    )
    text = _draft(safe, DraftKind.DESCRIPTION, "de")
    assert "So lässt sich Essen schnell aufwärmen." in text
    denied = Listing(
        external_id="r47-j",
        title="Suppenschale Berg",
        attributes={"Pflege": ["nicht für die Mikrowelle"]},
    )
    assert "aufwärmen" not in _draft(denied, DraftKind.DESCRIPTION, "de")
    # A microfibre cloth in the care text is no microwave.
    cloth = Listing(
        external_id="r47-k",
        title="Skål Strand",
        attributes={"Skötsel": ["torka med mikrofiberduk"]},
    )
    assert "värma" not in _draft(cloth, DraftKind.DESCRIPTION, "sv")


def test_a_forest_and_a_fair_trade_mark_get_their_reasons() -> None:
    board = Listing(
        external_id="r47-l", title="Deska do krojenia Buk", attributes={"Certyfikat": ["FSC"]}
    )
    assert "odpowiedzialnie zarządzanych lasów" in _draft(board, DraftKind.DESCRIPTION, "pl")
    tea = Listing(
        external_id="r47-m", title="Thé noir Monts", attributes={"Certification": ["Fairtrade"]}
    )
    assert "prix équitable" in _draft(tea, DraftKind.DESCRIPTION, "fr")
