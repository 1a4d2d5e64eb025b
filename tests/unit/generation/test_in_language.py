"""Copy in the shop's language: every kind written from the listing's own facts in frames of
that language, with the English planner's exclusions and the sentence check."""

from __future__ import annotations

import json

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language import read_in_language
from plugin.generation.in_language_kinds import in_language
from plugin.generation.language_facts import own_side
from plugin.generation.languages import ROLES, language_words, languages_with_words
from plugin.language_id import base_code as base_language

# Invented listings, other trades: a bicycle repair kit, a beekeeper's smoker, a loom.
REPAIR_KIT = Listing(
    external_id="t-1",
    title="Flickzeug Tour",
    vendor="Radwerk Ost",
    product_type="Reparaturset",
    options={"Ventil": ["Presta", "Schrader"]},
    attributes={
        "Material": ["Vulkanisierter Gummi"],
        "Lieferumfang": ["6 Flicken", "Schmirgelpapier", "Reifenheber"],
        "Preis": ["7,90 €"],
        "Versandgewicht": ["80 g"],
        "Größe": ["M"],
        "Garantie": ["2 Jahre"],
    },
    price="7.90",
    currency="EUR",
)
SMOKER = Listing(
    external_id="t-2",
    title="Podkurzacz pszczelarski Leśny",
    vendor="Pasieka Dąb",
    product_type="Podkurzacz",
    options={"Rozmiar": ["Mały", "Duży"]},
    attributes={
        "Materiał": ["Stal nierdzewna"],
        "Kraj pochodzenia": ["Polska"],
        "Pojemność": ["1,2 l"],
        "Cena": ["89 zł"],
        "Wysyłka": ["24 h"],
    },
)
LOOM = Listing(
    external_id="t-3",
    title="Kangastelg Mini",
    attributes={"Laius": ["40 cm"], "Materjal": ["pöök"]},
)


def _request(listing: Listing, kind: DraftKind, language: str) -> GenerationRequest:
    return GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=language))


def test_a_german_description_names_the_product_says_its_facts_and_lists_the_rest() -> None:
    text = in_language(_request(REPAIR_KIT, DraftKind.DESCRIPTION, "de-AT"), None)
    prose, facts = text.split("<ul>")
    assert prose.startswith("<p><strong>Flickzeug Tour</strong> – Reparaturset der Marke Radwerk")
    # Round 50: a material that opens with an adjective is not woven into the first line (the
    # preposition's case), and no "Material: …" sentence restates the list.
    assert "Vulkanisierter Gummi" not in prose and "Vulkanisierter Gummi" in facts
    assert "Die Garantie beträgt 2 Jahre." in prose
    # The choices are the list's (round 48); the FAQ still says them.
    assert "Ventil nach Wahl" not in prose
    faq = in_language(_request(REPAIR_KIT, DraftKind.FAQ, "de-AT"), None)
    assert "Ventil nach Wahl: Presta oder Schrader." in faq
    # A size with no figure has no frame that holds: the list says it.
    assert "Größe" not in prose and "<li>Größe: M</li>" in facts
    # Price and the parcel's weight never reach the copy, not even the list.
    assert "7,90" not in text and "Preis" not in text and "Versandgewicht" not in text


def test_a_polish_shop_gets_polish_frames_with_values_in_sentence_case() -> None:
    text = in_language(_request(SMOKER, DraftKind.DESCRIPTION, "pl"), None)
    prose = text.split("<ul>")[0]
    assert "<strong>Podkurzacz pszczelarski Leśny</strong> marki Pasieka Dąb." in prose
    assert "Materiał wykonania to stal nierdzewna." in prose
    assert "Kraj pochodzenia" not in prose  # round 50: a pasted origin is the list's
    assert "Pojemność to 1,2 l." in prose
    assert "Do wyboru (rozmiar)" not in prose  # the choices are the list's (round 48)
    faq = in_language(_request(SMOKER, DraftKind.FAQ, "pl"), None)
    assert "Do wyboru (rozmiar): mały lub duży." in faq
    assert "89 zł" not in text and "Wysyłka" not in text


def test_every_kind_is_in_its_stored_form() -> None:
    short = in_language(_request(SMOKER, DraftKind.SHORT_DESCRIPTION, "pl"), None)
    assert short.startswith("<p><strong>") and short.endswith("</p>") and "<ul>" not in short
    seo = json.loads(in_language(_request(SMOKER, DraftKind.SEO, "pl"), None))
    assert seo["title"] == "Podkurzacz pszczelarski Leśny" and len(seo["title"]) <= 60
    assert 120 <= len(seo["description"]) <= 160
    faq = json.loads(in_language(_request(SMOKER, DraftKind.FAQ, "pl"), None))
    assert 3 <= len(faq) <= 5
    assert {"question", "answer"} == set(faq[0]) and faq[0]["question"].endswith("?")
    given = [*SMOKER.attributes.values(), *SMOKER.options.values()]
    listed = " ".join(v for vs in given for v in vs).lower()
    for item in faq:
        # Each answer says one of the listing's own values.
        assert any(w.lower() in item["answer"].lower() for w in listed.split() if len(w) > 2)


def test_a_sentence_the_check_refuses_is_left_out() -> None:
    def check(listing: Listing, sentence: str, language: str) -> bool:
        return "Polska" not in sentence

    copy = read_in_language(SMOKER, "pl", check)
    assert all("Polska" not in s.text for s in copy.sentences)
    assert any(f.label == "Kraj pochodzenia" for f in copy.facts)  # still in the list


def test_a_language_with_no_words_gets_a_neutral_draft_and_an_empty_faq() -> None:
    # Round 46 gave Estonian a file; Maltese has none.
    assert language_words("mt") is None
    text = in_language(_request(LOOM, DraftKind.DESCRIPTION, "mt"), None)
    assert text == (
        "<p><strong>Kangastelg Mini</strong></p>"
        "<ul><li>Laius: 40 cm</li><li>Materjal: pöök</li></ul>"
    )
    assert in_language(_request(LOOM, DraftKind.FAQ, "mt"), None) == "[]"
    seo = json.loads(in_language(_request(LOOM, DraftKind.SEO, "mt"), None))
    # Round 46: whole "Label: value." sentences, never values joined by semicolons.
    assert seo == {
        "title": "Kangastelg Mini",
        "description": "Kangastelg Mini. Laius: 40 cm. Materjal: pöök.",
    }


@pytest.mark.parametrize(
    ("code", "base"), [("de-AT", "de"), ("pt_BR", "pt"), ("no", "nb"), ("nn", "nb"), ("", "en")]
)
def test_language_codes_are_read_at_their_base(code: str, base: str) -> None:
    assert base_language(code) == base


def test_a_value_in_two_languages_is_said_on_the_shops_side() -> None:
    assert own_side("Kuminan siemen / Caraway") == "Kuminan siemen"
    assert own_side("XS / S") == "XS / S"
    assert own_side("mehu, sokeri (Mustikka / Bilberry only)") == (
        "mehu, sokeri (Mustikka / Bilberry only)"
    )
    assert own_side("7 / 5 / -1 / 2") == "7 / 5 / -1 / 2"


TWELVE = ("de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs")
# Languages with a file beyond Copydesk's twelve.
MORE = ("ro", "hr", "sk", "id", "ru", "uk", "tr", "hu", "et", "lt", "is", "vi", "sl", "ca")


@pytest.mark.parametrize("code", TWELVE + MORE)
def test_each_language_file_has_the_words_every_kind_needs(code: str) -> None:
    assert code in languages_with_words()
    words = language_words(code)
    assert words is not None and words.code == code
    assert {"kind_maker", "kind", "maker"} <= set(words.first_line)
    assert "options_bare" in words.frames and "other" in words.questions
    for role, frame in words.frames.items():
        said = frame.format(value="X1", label="Y2", label_lower="y2")
        assert "X1" in said and said.endswith((".", "!"))
        assert role.startswith("options") or role in ROLES
        if role in ROLES:
            assert role in words.questions, role
    # No English frame words: the frames are the language's own.
    english = {"the", "with", "from", "made", "and", "choose", "comes", "our"}
    for frame in [*words.frames.values(), *words.questions.values()]:
        assert not english & set(frame.lower().replace(".", " ").split()), frame


@pytest.mark.parametrize("code", TWELVE + MORE)
def test_each_language_writes_every_kind_without_a_model(code: str) -> None:
    listing = Listing(
        external_id="t-4",
        title="Loom 40",
        vendor="Weaver Works",
        options={"Farbe": ["Rot", "Blau"]},
        attributes={"Material": ["Buche"], "Garantie": ["2 Jahre"]},
    )
    for kind in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        text = in_language(_request(listing, kind, code), None)
        assert "Loom 40" in text
    faq = json.loads(in_language(_request(listing, DraftKind.FAQ, code), None))
    assert len({item["question"] for item in faq}) == len(faq) >= 2


def test_a_storage_label_is_not_taken_for_a_stock_label() -> None:
    listing = Listing(
        external_id="t-5",
        title="Včelí vosk v plátcích",
        attributes={"Skladování": ["v suchu"], "Skladem": ["12 ks"]},
    )
    prose = in_language(_request(listing, DraftKind.DESCRIPTION, "cs"), None)
    assert "Skladování: v suchu." in prose and "12 ks" not in prose


def test_a_turkish_capital_dotted_i_label_is_read_by_its_word() -> None:
    listing = Listing(
        external_id="t-6",
        title="Kekikli Zeytin Ezmesi",
        attributes={"İçindekiler": ["zeytin, kekik, zeytinyağı"]},
    )
    prose = in_language(_request(listing, DraftKind.DESCRIPTION, "tr"), None)
    assert "İçindekiler: zeytin, kekik, zeytinyağı." in prose.split("<ul>")[0]
