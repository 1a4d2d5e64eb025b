"""Which tokens the local engine's output layer keeps, and the LANGUAGES setting."""

import pytest

from plugin.errors import ValidationError
from plugin.generation import EngineSettings
from plugin.generation.vocabulary import DEFAULT_LANGUAGES, kept_tokens, parse_languages
from plugin.questions.language import SUPPORTED

TEXTS = [
    "<pad>",  # 0: special, but an end token
    "<unused0>",  # 1: special
    " the",  # 2
    "Größe",  # 3: German
    "żółw",  # 4: Polish
    "東京",  # 5: another script
    "\ufffd",  # 6: a byte piece
    "",  # 7: nothing to write
    " – 5 €",  # 8: typography
    "Ωmega",  # 9: Greek letter
]


def test_a_token_is_kept_when_every_character_belongs_to_the_languages() -> None:
    kept = kept_tokens(TEXTS, skipped={0, 1}, ends={0}, languages=["en", "de"])
    assert kept == [0, 2, 3, 6, 8]
    assert 4 in kept_tokens(TEXTS, skipped={0, 1}, ends={0}, languages=["pl"])
    assert 3 not in kept_tokens(TEXTS, skipped={0, 1}, ends={0}, languages=["en"])


def test_the_default_languages_are_those_copydesk_writes_replies_in() -> None:
    assert set(DEFAULT_LANGUAGES) == set(SUPPORTED)
    assert EngineSettings.from_mapping({}).languages == DEFAULT_LANGUAGES


@pytest.mark.parametrize(
    ("value", "languages"),
    [
        ("en,de", ("en", "de")),
        (" EN , de ,en", ("en", "de")),
        (["fr"], ("fr",)),
        ("all", None),
        ("", DEFAULT_LANGUAGES),
    ],
)
def test_the_languages_setting_reads_lists_and_all(
    value: object, languages: tuple[str, ...] | None
) -> None:
    assert EngineSettings.from_mapping({"LANGUAGES": value}).languages == languages
    assert parse_languages(value) == languages


@pytest.mark.parametrize("value", ["en,xx", ",", ["ja"]])
def test_a_language_without_an_alphabet_is_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="LANGUAGES"):
        EngineSettings.from_mapping({"LANGUAGES": value})
