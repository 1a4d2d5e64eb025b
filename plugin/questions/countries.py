"""The countries a shopper's question names, in its language or in English ("do Polski",
"to the UK"), from CLDR's territory names through babel, read once per language."""

from __future__ import annotations

import re
from functools import cache

from plugin.questions.lexicon import fold

# Short names shoppers write that Babel's territory names do not carry.
_COUNTRY_ALIASES = {"uk": "GB", "usa": "US", "ee. uu.": "US", "ee.uu.": "US", "eeuu": "US",
                    "ee. uu": "US"}


@cache
def english_names() -> dict[str, str]:
    """Country code → its English name (CLDR)."""
    from babel import Locale

    return dict(Locale.parse("en").territories)


@cache
def _territories(language: str) -> dict[str, str]:
    """Folded country names in ``language`` (and English) → the country's code."""
    from babel import Locale, UnknownLocaleError

    english = english_names()
    names: dict[str, str] = dict(_COUNTRY_ALIASES)
    for code in {language, "en"}:
        try:
            local = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for key, name in local.items():
            if key.isalpha() and key in english and len(name) >= 4:
                names[fold(name)] = key
    return names


def _name_pattern(name: str) -> str:
    """A country's folded name as a pattern; a one-word name of six letters or more also in its
    inflected forms ("Polska" → "do Polski", "Francia" → "Francii")."""
    if " " not in name and len(name) >= 6 and name.isalpha():
        return rf"(?<![^\W_]){re.escape(name[:-1])}[^\W\d_]{{0,3}}(?![^\W_])"
    return rf"(?<![^\W_]){re.escape(name)}(?![^\W_])"


def country_codes(question: str, language: str) -> set[str]:
    """The codes of the countries a question names, in its language or in English."""
    folded = fold(question)
    return {
        code
        for name, code in _territories(language or "en").items()
        if re.search(_name_pattern(name), folded)
    }


def countries_named(question: str, language: str) -> dict[str, str]:
    """The countries a question names: code → English name."""
    english = english_names()
    return {code: english[code] for code in country_codes(question, language) if code in english}
