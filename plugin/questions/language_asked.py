"""A question about the language the product is in ("auf Deutsch?", "what language is it?") and
the listing's own lines that name one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from plugin.questions.choices import asked_concepts
from plugin.questions.lexicon import LANGUAGE_WORDS, fold, words
from plugin.questions.passages import Passage

# A language named in the listing's own words (its description is in the shop's language).
_LANGUAGE_NAMED = re.compile(
    r"\b(?:English|German|French|Spanish|Italian|Dutch|Portuguese|Swedish|Danish|Norwegian|"
    r"Finnish|Polish|Czech|bilingual|multilingual)\b|^Language:",
    re.IGNORECASE,
)
# Words that ask which language, besides a language's own name.
_LANGUAGE_ASKED = frozenset(
    "language languages sprache langue idioma lingua taal sprak sprog kieli jezyk jezyku "
    "jazyk jazyce".split()
)


def _names_language(lines: Sequence[str]) -> bool:
    return any(_LANGUAGE_NAMED.search(line) for line in lines)


# "Kieli" (language) and its cases: "millä kielillä?", "missä kielessä?" (round 29).
_LANGUAGE_ASKED_STEMS = ("kieli", "kiele")


@cache
def _cldr_language_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    """The names of the languages we reply in, in each of those languages (CLDR's, through
    Babel), as a question inflects them (round 29): Finnish as what it is written in, the
    translative ("saksaksi", "englanniksi", "ruotsiksi"), and every language's name as a stem
    that takes case endings (Czech "v němčině", "v angličtině" of "němčina", "angličtina").
    English's own names are left to the fixed lists, which want them asked ("in English"), and
    a stem that begins any country's name in any of those languages is left out (Finnish
    "saksa" is German and Germany, Polish "polski" Polish and of Poland): "ship to Poland"
    asks no language."""
    from babel import Locale

    from plugin.questions.language import SUPPORTED

    names: set[tuple[str, str]] = set()
    territories: set[str] = set()
    for locale in SUPPORTED:
        cldr = Locale.parse(locale)
        names |= {(locale, fold(cldr.languages[code])) for code in SUPPORTED
                  if code in cldr.languages}
        territories |= {fold(name) for name in cldr.territories.values()}
    translatives: set[str] = set()
    stems: set[str] = set()
    for locale, name in names:
        if " " in name or locale == "en":
            continue  # English names are the fixed lists' ("in English", "an English …")
        if locale == "fi" and name[-1] in "aeiouy":
            # "saksa" → "saksaksi"; a loan in -i grades its consonant ("englanti" →
            # "englanniksi", "tsekki" → "tsekiksi"), an old word takes -e- ("suomi" → "suomeksi")
            graded = re.sub(r"nt(?=i$)", "nn", re.sub(r"(kk|tt|pp)(?=i$)", lambda m: m[1][0], name))
            translatives.add(graded + "ksi")
            if name.endswith("i"):
                translatives.add(name[:-1] + "eksi")
        stem = name[:-1] if len(name) > 6 and name[-1] in "aeiouy" else name
        if len(stem) >= 6 and not any(
            t.startswith(stem) or (len(t) > 4 and stem.startswith(t.rstrip("aeiouy")))
            for t in territories
        ):
            stems.add(stem)
    return frozenset(translatives), tuple(sorted(stems))


def _asks_language_inflected(asked: set[str]) -> bool:
    """Whether a word of the question is a language's name or the word "language" in a case
    ending the fixed lists lack (round 29)."""
    translatives, stems = _cldr_language_forms()
    return bool(asked & translatives) or any(
        w.startswith(stem) and len(w) - len(stem) <= 4
        # an English name is the fixed lists' ("Portuguese subtitles" asks no language)
        for w in asked - LANGUAGE_WORDS for stem in (*stems, *_LANGUAGE_ASKED_STEMS)
    )


def _language_lines(question: str, passages: list[Passage]) -> list[Passage] | None:
    """For a question about the language the product is in ("auf Deutsch?", "is the pattern
    available in German?", "what language is it?"), the listing's own lines that name one
    (its description, its attributes); None when no language is asked. A language word must
    stand as a word: "ship in Germany" asks none."""
    asked = set(words(question))
    if not _asks_language_inflected(asked):
        if not asked & (LANGUAGE_WORDS | _LANGUAGE_ASKED):
            return None
        if "language" not in asked_concepts(question, ""):
            return None
    return [
        p for p in passages
        if p.source == "listing" and _names_language([p.text.partition(": ")[2]])
        or p.source == "listing" and p.text.startswith("Language:")
    ]
