"""Copy in the shop's language, round 45: why a fact matters, said in the language, only where
the English knowledge base gives the same fact a reason (invented listings, other trades)."""

from __future__ import annotations

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.benefits import benefit_for
from plugin.generation.in_language import read_in_language
from plugin.generation.in_language_kinds import in_language
from plugin.generation.in_language_reasons import (
    FIRST_KEYS,
    PURPOSE_TYPES,
    REASON_KEYS,
    english_gives,
    english_purpose,
    purpose_sentence,
)
from plugin.generation.in_language_tags import TAG_KEYS
from plugin.generation.languages import LanguageWords, language_words_for, languages_with_words
from plugin.generation.script_punctuation import punctuation

# A seed tray, a feeding bowl, a cushion cover, an apron: invented.
TRAY = Listing(
    external_id="r-1",
    title="Anzuchtschale Keim",
    attributes={"Pflege": ["spülmaschinenfest"], "Garantie": ["5 Jahre"]},
)
BOWL = Listing(
    external_id="r-2",
    title="Napf Pfote",
    attributes={"Pflege": ["nicht spülmaschinenfest"]},
)
COVER = Listing(
    external_id="r-3",
    title="Poszewka Wrzos",
    attributes={"Pielęgnacja": ["pranie w pralce 40°C"], "Certyfikat": ["GOTS"]},
)
APRON = Listing(
    external_id="r-4",
    title="Tablier Atelier",
    attributes={"Certification": ["OEKO-TEX Standard 100"], "Entretien": ["lavable en machine"]},
)


def _text(listing: Listing, kind: DraftKind, language: str) -> str:
    return in_language(
        GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=language)), None
    )


def _sentence(said: str, words: LanguageWords) -> bool:
    """Opens with no lower-case letter (scripts with no case too) and closes with the
    language's own stop ("." , Japanese "。", Thai none)."""
    stop = punctuation(words).stop
    return not said[:1].islower() and (said.endswith(stop) if stop else said[-1:] not in ".。")


def test_every_language_file_gives_the_first_reason_keys_and_only_known_ones() -> None:
    for code in languages_with_words():
        words = language_words_for(code)
        assert FIRST_KEYS <= set(words.reasons) <= set(REASON_KEYS) | set(TAG_KEYS), code
        assert words.negations, code
        for key, said in words.reasons.items():
            assert _sentence(said, words), (code, key)
            assert not any(ch.isdigit() for ch in said), (code, key)
            if key in TAG_KEYS or (not REASON_KEYS[key].marks and key != "warranty"):
                assert words.reason_words.get(key), (code, key)


@pytest.mark.parametrize("key", sorted(REASON_KEYS))
def test_each_key_is_a_fact_the_english_knowledge_base_gives_a_reason_for(key: str) -> None:
    name, value = REASON_KEYS[key].english
    assert english_gives(key)
    assert benefit_for(name, value, 0, product="") is not None


def test_a_german_fact_the_english_base_reasons_about_gets_its_reason_after_it() -> None:
    text = _text(TRAY, DraftKind.DESCRIPTION, "de")
    assert "Pflege gilt: spülmaschinenfest. So ist der Abwasch schnell erledigt." in text
    assert "Die Garantie beträgt 5 Jahre. So sind Sie abgesichert" in text
    short = _text(TRAY, DraftKind.SHORT_DESCRIPTION, "de")
    assert "So ist der Abwasch schnell erledigt." in short


def test_a_denied_fact_gets_no_reason() -> None:
    text = _text(BOWL, DraftKind.DESCRIPTION, "de")
    assert "nicht spülmaschinenfest" in text
    assert "Abwasch" not in text


def test_marks_and_the_languages_own_words_are_read() -> None:
    text = _text(COVER, DraftKind.DESCRIPTION, "pl")
    assert "certyfikat ekologiczny" in text
    assert "łatwo utrzymać świeżość" in text
    french = _text(APRON, DraftKind.DESCRIPTION, "fr")
    assert "substances nocives" in french
    assert "un passage en machine suffit" in french


def test_a_reason_the_check_refuses_leaves_the_fact_sentence_alone() -> None:
    copy = read_in_language(TRAY, "de", lambda _listing, text, _language: "Abwasch" not in text)
    texts = [s.text for s in copy.sentences]
    assert "Für die Pflege gilt: spülmaschinenfest." in texts


def test_a_fact_with_no_english_reason_gets_none() -> None:
    listing = Listing(external_id="r-5", title="Napf Kralle", attributes={"Pflege": ["abwischen"]})
    copy = read_in_language(listing, "de", None)
    assert [s.text for s in copy.sentences] == ["Für die Pflege gilt: abwischen."]


def test_every_language_file_says_every_purpose_type() -> None:
    for code in languages_with_words():
        words = language_words_for(code)
        assert set(words.purposes) == set(PURPOSE_TYPES), code
        assert all(words.purpose_words[t] for t in PURPOSE_TYPES), code
        for said in words.purposes.values():
            assert _sentence(said, words), code


@pytest.mark.parametrize("english_type", PURPOSE_TYPES)
def test_each_purpose_type_is_one_the_english_purpose_data_knows(english_type: str) -> None:
    assert english_purpose(english_type)


def test_the_first_line_says_what_the_product_is_for_by_its_type() -> None:
    pan = Listing(
        external_id="p-1", title="Eisen 28", product_type="Pfanne", vendor="Schmiede Nord"
    )
    text = _text(pan, DraftKind.DESCRIPTION, "de")
    assert text.startswith(
        "<p><strong>Eisen 28</strong> – Pfanne der Marke Schmiede Nord. Zum Anbraten"
    )
    assert "Zum Anbraten" in _text(pan, DraftKind.SHORT_DESCRIPTION, "de")
    drivers = Listing(external_id="p-2", title="Sada Kolibřík", product_type="Šroubováky")
    assert "K zašroubování a vyšroubování šroubů." in _text(drivers, DraftKind.DESCRIPTION, "cs")


def test_a_longer_name_that_opens_with_a_type_gets_no_purpose() -> None:
    lid = Listing(external_id="p-3", title="Glas 28", product_type="Pfannendeckel")
    assert "Zum Anbraten" not in _text(lid, DraftKind.DESCRIPTION, "de")
    assert purpose_sentence(lid, language_words_for("de")) == ""


def test_a_purpose_the_check_refuses_is_left_out() -> None:
    pan = Listing(external_id="p-4", title="Eisen 24", product_type="Pfanne")
    copy = read_in_language(pan, "de", lambda _listing, text, _language: "Anbraten" not in text)
    assert "Anbraten" not in copy.first.text


def test_a_material_gets_its_reason_only_where_the_value_is_that_material_alone() -> None:
    sink = Listing(
        external_id="m-1", title="Zlew Fala", attributes={"Materiał": ["stal nierdzewna"]}
    )
    assert "odporny na rdzę" in _text(sink, DraftKind.DESCRIPTION, "pl")
    mixed = Listing(
        external_id="m-2", title="Zlew Toń", attributes={"Materiał": ["stal nierdzewna i drewno"]}
    )
    assert "rdzę" not in _text(mixed, DraftKind.DESCRIPTION, "pl")
    tray = Listing(external_id="m-3", title="Podnos Rýže", attributes={"Materiál": ["100% bambus"]})
    assert "lehký, a přitom pevný" in _text(tray, DraftKind.DESCRIPTION, "cs")
