"""Turning a platform's language code into the shop setting's form, and naming it."""

from __future__ import annotations

import pytest

from plugin.language_id import language_name
from plugin.services.store_language import normalize_store_language
from plugin.web.screen.forms import LANGUAGE


@pytest.mark.parametrize(
    ("code", "setting"),
    [
        ("de_DE", "de"),  # WordPress
        ("de_CH_informal", "de"),  # WordPress's formal/informal variants
        ("fr", "fr"),  # Shopify
        ("en_US", "en"),
        ("nb", "nb"),
        ("fil", "fil"),
        ("es_419", "es"),
        ("sr-Latn", "sr"),
        ("pt_BR", "pt-BR"),  # Portuguese and Chinese keep the country: spelling differs
        ("pt-PT", "pt-PT"),
        ("zh-TW", "zh-TW"),
        ("ZH_cn", "zh-CN"),
    ],
)
def test_platform_codes_become_settings_the_form_accepts(code: str, setting: str) -> None:
    assert normalize_store_language(code) == setting
    assert LANGUAGE.fullmatch(setting)


@pytest.mark.parametrize("code", [None, "", "  ", "qq", "123", "de DE", "<b>", "english"])
def test_no_code_or_an_unknown_one_gives_nothing(code: str | None) -> None:
    assert normalize_store_language(code) is None


def test_names_in_english() -> None:
    assert language_name("de") == "German"
    assert language_name("pt-BR") == "Portuguese (Brazil)"
    assert language_name("qq") == "qq"
