"""The shopper's language and the shop's reply-language setting; personal data cut out of a
question and never echoed."""

from __future__ import annotations

import pytest

from plugin.questions.language import (
    allowed_languages,
    question_language,
    reply_language,
    validate_reply_languages,
)
from plugin.questions.personal_data import echoes, strip_personal_data
from plugin.shop_settings import ShopSettings


def allowed(**stored: object) -> tuple[str, ...]:
    """The reply languages of a shop whose stored settings are ``stored``."""
    return allowed_languages(ShopSettings.from_stored(stored))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Gibt es das T-Shirt auch in Blau?", "de"),
        ("Combien coûte le bonnet rouge ?", "fr"),
        ("¿Tienen esta camiseta en talla grande?", "es"),
        ("Di che materiale è fatta la borsa?", "it"),
        ("Hoeveel kost de muts in het rood?", "nl"),
        ("Esta camisola existe em tamanho grande?", "pt"),
        ("Which sizes does the hoodie come in?", "en"),
    ],
)
def test_the_question_language_is_told(question: str, language: str) -> None:
    assert question_language(question)[0] == language


def test_the_reply_language_follows_the_shop_setting() -> None:
    question = "Gibt es das T-Shirt auch in Blau?"
    assert reply_language(question, allowed(language="en")) == "de"
    assert reply_language(question, allowed(language="en", reply_languages="shop")) == "en"
    assert reply_language(question, allowed(language="en", reply_languages=["fr"])) == "en"
    assert reply_language(question, allowed(language="fr", reply_languages=["de"])) == "de"
    assert reply_language(question, allowed(language="en", reply_languages="en, de")) == "de"
    assert reply_language("Large?", allowed(language="en")) == "en"


def test_allowed_languages_put_the_shop_first_and_keep_only_known_ones() -> None:
    assert allowed(language="de", reply_languages="shop") == ("de",)
    assert allowed(language="en", reply_languages=["fr", "xx"]) == ("en", "fr")
    assert allowed(language="de-AT", reply_languages=["en", "de"]) == ("de", "en")
    assert allowed(language="en")[0] == "en"
    assert allowed(reply_languages=None) == allowed(reply_languages="any") == allowed()
    assert validate_reply_languages("en, de") == ["en", "de"]
    with pytest.raises(ValueError):
        validate_reply_languages(["en", "tlh"])


@pytest.mark.parametrize(
    ("question", "removed"),
    [
        (
            "Hi, my name is Anna Keller. Does it come in red? anna@mail.example",
            {"Anna Keller", "anna@mail.example"},
        ),
        ("Call me on +1 (555) 123-4567 about the sizes. Thanks, Bob", {"+1 (555) 123-4567", "Bob"}),
        ("Ship it to 12 Baker Street, what does it weigh?", {"12 Baker Street"}),
        ("Hallo, ich heiße Jan Meier. Gibt es die Mütze in Blau?", {"Jan Meier"}),
    ],
)
def test_personal_data_is_cut_out(question: str, removed: set[str]) -> None:
    stripped = strip_personal_data(question)
    assert set(stripped.removed) == removed
    for value in removed:
        assert value not in stripped.text
    assert echoes(f"Dear {sorted(removed)[0]}, yes.", stripped.removed)


@pytest.mark.parametrize(
    "question",
    [
        "Does the V-Neck come in Large?",
        "I am interested in the Belt, how much?",
        "Is it 750 ml?",
        "Thanks in advance, is it cotton?",
    ],
)
def test_ordinary_questions_keep_every_word(question: str) -> None:
    assert strip_personal_data(question) == strip_personal_data(question)
    assert strip_personal_data(question).removed == ()
