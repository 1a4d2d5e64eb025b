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
        # ISO 3166's short and official names in the language (pycountry's translations):
        # "Česká republika" beside CLDR's "Česko", "Spolková republika Německo" (round 28)
        for name, key in _iso_names(code).items():
            if key in english and len(name) >= 4:
                names.setdefault(fold(name), key)
    return names


# pycountry's name for a language's translations where it is not the language's code.
_ISO_LOCALES = {"nb": "nb_NO", "no": "nb_NO"}


@cache
def _iso_names(language: str) -> dict[str, str]:
    """Country names in ``language`` from pycountry's ISO 3166 translations (the short name
    and the official one) → the country's code; empty when it has none for the language."""
    import gettext

    import pycountry

    translation: gettext.NullTranslations
    if language == "en":
        translation = gettext.NullTranslations()  # the names themselves ("Czech Republic")
    else:
        try:
            translation = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR,
                languages=[_ISO_LOCALES.get(language, language)],
            )
        except OSError:
            return {}
    found: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            english = getattr(country, attribute, None)
            if english:
                found.setdefault(translation.gettext(english), country.alpha_2)
    return found


# Languages that inflect a country's name by its ending ("do Polski", "do Česka", "w Niemczech"
# is not one of them, but "z Německa" is): a one-word name of five letters is inflected too.
_INFLECTING = frozenset({"cs", "pl", "fi", "sk"})


def _word_pattern(word: str, shortest: int) -> str:
    """A word of a country's folded name as a pattern, in its inflected forms when it is a
    word of ``shortest`` letters or more ("polska" → "polski", "ceska" → "ceske")."""
    if len(word) >= shortest and word.isalpha():
        return rf"{re.escape(word[:-1])}[^\W\d_]{{0,3}}"
    return re.escape(word)


def _name_pattern(name: str, language: str = "en") -> str:
    """A country's folded name as a pattern; a one-word name of six letters or more (five in
    a language that inflects names) also in its inflected forms ("Polska" → "do Polski",
    "Francia" → "Francii", "Česko" → "do Česka"), and in those languages each word of a
    name of several words ("Česká republika" → "do České republiky") (round 28)."""
    inflecting = language in _INFLECTING
    shortest = 5 if inflecting else 6
    if " " not in name:
        return rf"(?<![^\W_]){_word_pattern(name, shortest)}(?![^\W_])"
    if inflecting:
        joined = r"\s+".join(_word_pattern(w, shortest) for w in name.split())
        return rf"(?<![^\W_]){joined}(?![^\W_])"
    return rf"(?<![^\W_]){re.escape(name)}(?![^\W_])"


def country_codes(question: str, language: str) -> set[str]:
    """The codes of the countries a question names, in its language or in English."""
    folded = fold(question)
    return {
        code
        for name, code in _territories(language or "en").items()
        if re.search(_name_pattern(name, language or "en"), folded)
    }


# Members of the European Union (ISO 3166 codes): a policy's "EU" covers them.
EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
EU = re.compile(r"\bEU\b|\bEuropean Union\b")

# Territories whose time zones lie off Europe's mainland yet which are reckoned European, or
# whose place is disputed: never "outside Europe" here.
_NOT_SURELY_OUTSIDE = frozenset({"GL", "CY", "AM", "AZ", "GE", "KZ"})


@cache
def outside_europe(code: str) -> bool:
    """Whether a country lies outside Europe beyond doubt: every one of its time zones (CLDR,
    through babel) is in America, Asia, Africa, Australia, the Pacific or the Indian Ocean
    ("MX", "JP"); a country with a zone in Europe ("RU", "TR"), on the Atlantic ("IS") or in
    the Arctic, an EU member, or one whose place is disputed is not (round 54)."""
    from babel.core import get_global

    zones = get_global("territory_zones").get(code, [])
    if not zones or code in EU_MEMBERS or code in _NOT_SURELY_OUTSIDE:
        return False
    far = ("America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Indian/")
    return all(zone.startswith(far) for zone in zones)


def countries_named(question: str, language: str) -> dict[str, str]:
    """The countries a question names: code → English name."""
    english = english_names()
    return {code: english[code] for code in country_codes(question, language) if code in english}
