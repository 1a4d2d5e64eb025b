"""A question in another language glossed in English word by word, so that the English checks
(retrieval, ``answerability.addresses``, ``support_checks.still_answers``) can judge the
listing's English sentences against it (round 23).

The multilingual model (``crosslingual.py``) ranks whole sentences and, at the bars the seen sets
allow, answers a wrong or an unanswerable question about as often as a right one (round 22);
Finnish, Swedish, Danish, Norwegian and Czech are not its languages at all. A gloss is cruder
and stricter: each content word of the question is looked up in ``data/question_words.json``
(the commonest shopper words per language, written from general knowledge), words of the listing
itself ("Flamme", "Merino") and numbers are kept; more than ``MAX_UNKNOWN`` word that is none of
these leaves the question without a gloss — what it asks is not known, so nothing is answered
from it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plugin.questions.lexicon import STOPWORDS, fold, words

_DATA = json.loads((Path(__file__).parent / "data" / "question_words.json").read_text("utf-8"))
# Content words the table does not know that a gloss may keep (as written): one, so that a
# question naming the product in its own language ("Brennofen" for a kiln) is glossed, and
# checked strictly; more, and what it asks is not known.
MAX_UNKNOWN = 1
# A word this short is a function word or an abbreviation, never a topic.
_MIN_WORD = 3
# Words that ask (how, which, when …) in the glossed languages: carried into the gloss as the
# English question word, since "when" or "how many" decides which line answers.
_ASKING = {
    "when": (
        "wann", "quand", "cuando", "quando", "wanneer", "nar", "hvornar", "milloin", "kiedy",
        "kdy",
    ),
    "how many": (
        "wie viele", "wieviele", "combien", "cuantos", "cuantas", "quanti", "quante", "quantos",
        "quantas", "hoeveel", "hur manga", "hvor mange", "montako", "kuinka monta", "ile",
        "kolik",
    ),
    "how long": (
        "wie lange", "combien de temps", "cuanto tiempo", "quanto tempo", "hoe lang", "hur lange",
        "hvor lang", "hvor laenge", "hvor lenge", "kuinka kauan", "jak dlugo", "jak dlouho",
    ),
    "what time": (
        "um wie viel uhr", "um welche uhrzeit", "a quelle heure", "a que hora", "a che ora",
        "hoe laat", "vilken tid", "hvad tid", "hvilken tid", "mihin aikaan", "o ktorej",
        "v kolik hodin", "a que horas",
    ),
    # "which day is it?": a weekday or a date, not "14 days" (round 24)
    "what day": (
        "welcher tag", "welchem tag", "an welchem tag", "quel jour", "que dia", "quale giorno",
        "che giorno", "welke dag", "vilken dag", "hvilken dag", "mina paivana", "minka paivan",
        "jaki dzien", "ktorego dnia", "w jaki dzien", "ktery den", "v jaky den",
        # "which weekday" (round 35)
        "welcher wochentag", "welchem wochentag", "hvilken ugedag", "hvilken ukedag",
        "vilken veckodag", "mina viikonpaivana", "welke weekdag", "quel jour de la semaine",
        "que dia de la semana",
    ),
    "how old": (
        "welchem alter", "quel age", "que edad", "quale eta", "che eta", "welke leeftijd",
        "vilken alder", "hvilken alder", "minka ikainen", "ilu lat", "jaky vek", "od kolika let",
        "ab wie viel jahren",
    ),
}


# Table words that ask a duration or a time rather than name a thing ("dauert", "temps"): in
# the gloss, so that the checks want a time, but not a word the line must repeat.
ASKING_WORDS = frozenset({"last", "time", "duration"})


@cache
def _table(language: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Whole words and prefixes (longest first) of ``language``, each with its English word."""
    data = _DATA["words"].get(language, {})
    whole = {k: v for k, v in data.items() if not k.endswith("*")}
    prefixes = sorted(
        ((k[:-1], v) for k, v in data.items() if k.endswith("*")), key=lambda kv: -len(kv[0])
    )
    return whole, tuple(prefixes)


@cache
def lasting_words(language: str) -> frozenset[str]:
    """The whole words of ``language``'s table that gloss as lasting ("dauert" → last, "duur"
    → duration): a question with one asks how long (round 48)."""
    whole, _ = _table(language)
    return frozenset(k for k, v in whole.items() if v.split("|")[0] in _LASTING)


_LASTING = frozenset({"last", "duration"})


@cache
def _function_words(language: str) -> frozenset[str]:
    return frozenset(_DATA["function"].get(language, ()))


_GLOSSED = frozenset(_DATA["words"])


@cache
def _english_words() -> frozenset[str]:
    """Every English word the table translates to, in any language: a shopper's word spelt as
    one of them ("capacity", "dishwasher" in Dutch or Swedish), as is one of the measures the
    English checks know by name (``asked_attribute``: "diameter", "volume") (round 27)."""
    from plugin.questions.asked_attribute import MEASURES_BY_NAME

    return frozenset(
        e for table in _DATA["words"].values() for v in table.values() for e in v.split("|")
        if e.isalpha() and len(e) >= _MIN_ENGLISH_ITSELF
    ) | {m for m in MEASURES_BY_NAME if m.isalpha() and len(m) >= _MIN_ENGLISH_ITSELF}


# Shorter words are too often another word in English ("room" is cream in Dutch, "gift" poison
# in German).
_MIN_ENGLISH_ITSELF = 6


# An elided article or preposition before a word ("l'atelier", "dell'acqua"): the word is
# what follows.
_ELIDED = re.compile(r"^(?:l|d|qu|j|s|n|c|m|t|all|dell|nell|sull|dall|un)'")


@dataclass(frozen=True)
class Gloss:
    """A question in English words: ``text`` for the ranking and the checks, ``translated`` the
    words that came from the table (what the question asks, which a line must state)."""

    text: str
    translated: tuple[str, ...]
    unknown: tuple[str, ...] = ()
    # Each translated word's English alternatives in the table ("store" → store, keep): a line
    # that states any of them states it (round 24).
    alternatives: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def options(self, word: str) -> tuple[str, ...]:
        """Translated ``word`` and its alternatives."""
        return (word, *(o for o in dict(self.alternatives).get(word, ()) if o != word))

    @property
    def known(self) -> str:
        """The gloss without the word the table does not know."""
        return " ".join(w for w in self.text.split() if w not in self.unknown)


def _english(word: str, language: str, known: set[str]) -> str:
    """The English for ``word``; of a table entry's alternatives ("outdoor|outside"), the first
    the listing uses, else the first."""
    choices = _choices(word, language)
    return next((c for c in choices if c in known), choices[0])


def _choices(word: str, language: str) -> tuple[str, ...]:
    """A table entry's English alternatives for ``word`` (("",) when it has none)."""
    whole, prefixes = _table(language)
    found = whole.get(word, "")
    if not found:
        prefix, found = next(
            ((p, e) for p, e in prefixes if word.startswith(p) and len(p) >= _MIN_WORD),
            ("", ""),
        )
        if (
            found
            and language in _COMPOUNDING
            and len(word) - len(prefix) >= _MIN_HEAD
            and _compound_head(word, whole, prefixes)
        ):
            # "koffiecursus": the prefix is the compound's first half, and its head (a course)
            # is what the word names; the head is kept as a near word (round 24)
            return ("",)
    return tuple(found.split("|"))


def _near_word(word: str, language: str, known: set[str]) -> str:
    """The English a word the table does not know comes near: its compound's head, or the
    listing's own word it is spelt like; "" when neither."""
    if language in _COMPOUNDING:
        whole, prefixes = _table(language)
        head = _compound_head(word, whole, prefixes).split("|")
        if head[0]:
            return next((c for c in head if c in known), head[0])
    return _cognate(word, known)


# Languages that write a compound noun as one word with its head last ("Brotmesser" is a
# knife, "theedoek" a cloth): a word the table does not know is read by its head (round 24).
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb"})
# A compound's head is at least this long, after a modifier at least _MIN_WORD long.
_MIN_HEAD = 4
# What may follow the head: a plural or case ending ("Messers", "dozen").
_HEAD_ENDINGS = ("", "s", "e", "n", "en", "es", "er", "et", "ar", "or", "na", "ne",
                 # a head ending in -e takes -r, -rne, -rna for the plural ("duftoljer",
                 # "oljerne") (round 26)
                 "r", "rne", "rna")


def _compound_head(
    word: str, whole: dict[str, str], prefixes: tuple[tuple[str, str], ...]
) -> str:
    """The English of the longest head of ``word`` the table knows ("brotmessers" → the
    "messer" entry), or ""."""
    for start in range(_MIN_WORD, len(word) - _MIN_HEAD + 1):
        head = word[start:]
        for ending in _HEAD_ENDINGS:
            stem = head[: len(head) - len(ending)] if ending else head
            if head.endswith(ending) and len(stem) >= _MIN_HEAD and stem in whole:
                return whole[stem]
        # a prefix entry ("kuhlschrank*") only with an ending after it: "glasur" (a glaze) is
        # no "glas*" (glass)
        found = next(
            (e for p, e in prefixes
             if len(p) >= _MIN_HEAD and head.startswith(p) and head[len(p):] in _HEAD_ENDINGS),
            "",
        )
        if found:
            return found
    return ""


# Spellings that differ between English and the other languages of the table for the same
# word ("termometro" and "thermometer", "kultur" and "culture", "mesofilo" and "mesophilic").
_SPELLINGS = (("th", "t"), ("ph", "f"), ("qu", "k"), ("ck", "k"), ("c", "k"), ("y", "i"),
              ("z", "s"))
# A cognate is this long at least, in both spellings.
_MIN_COGNATE = 5


def _spelled(word: str) -> str:
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1", r"\1", word)


def _cognate(word: str, known: set[str]) -> str:
    """The listing's own word that ``word`` is spelt like, across languages ("termometro" and
    the listing's "thermometer"): after the usual spelling swaps, within one letter of it for
    a word of up to six letters and two for a longer one, and the same first three letters;
    the listing's word when exactly one is that close, else "". Words only of the listing
    (known), never a guess at English: a cognate of nothing the listing says is unknown."""
    if len(word) < _MIN_COGNATE or not word.isalpha():
        return ""
    spelt = _spelled(word)
    allowed = 1 if len(spelt) <= 6 else 2
    close = {
        k for k in known
        if len(k) >= _MIN_COGNATE and k.isalpha()
        and (other := _spelled(k))[:3] == spelt[:3]
        and abs(len(other) - len(spelt)) <= allowed
        and _distance(spelt, other, allowed) <= allowed
    }
    return next(iter(close)) if len(close) == 1 else ""


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is past ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def english_gloss(question: str, language: str, known: set[str]) -> Gloss | None:
    """The question's content words in English ("Ist die Jacke wasserdicht?" → "waterproof
    jacke": "jacke" kept as written); None when ``language`` has no table, no content word is
    in it, or more than ``MAX_UNKNOWN`` content words are neither in it, a number, nor one of
    ``known`` (the folded words of the listing: its name, its lines)."""
    if language not in _GLOSSED:
        return None
    folded = " " + " ".join(_ELIDED.sub("", w) for w in words(question)) + " "
    glossed: list[str] = []
    translated: list[str] = []
    alternatives: dict[str, tuple[str, ...]] = {}
    whole, _ = _table(language)
    asking = sorted(
        ((c, e) for e, cues in _ASKING.items() for c in cues), key=lambda ce: -len(ce[0])
    )
    for cue, english in asking:  # the longest first: "combien de temps" before "combien"
        if f" {cue} " in folded:
            glossed.append(english)
            folded = folded.replace(f" {cue} ", " ")
    for phrase in (k for k in whole if " " in k):
        if f" {phrase} " in folded:
            english = _english(phrase, language, known)
            glossed.append(english)
            translated.append(english)
            alternatives[english] = _choices(phrase, language)
            folded = folded.replace(f" {phrase} ", " ")
    unknown: list[str] = []
    skip = STOPWORDS | _function_words(language)
    for word in folded.split():
        if word in skip or (len(word) < _MIN_WORD and not word.isdigit()):
            continue
        if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            glossed.append(word)
            continue
        english = _english(word, language, known)
        if english in ASKING_WORDS:
            glossed.append(english)  # "dauert", "temps": how long, which the checks see
        elif english:
            glossed.append(english)
            translated.append(english)
            alternatives.setdefault(english, _choices(word, language))
        elif word in known:
            glossed.append(word)
        elif common := _cldr_english(word, language):
            # a unit, a span of time, a weekday or a month in CLDR's words for the language
            # ("dråper", "Grad", "lørdag") (round 28): a weekday or a month is what a line
            # must state; a unit asks for a figure in it, which a line states by its symbol
            # ("62 cm" for "centimeter"), so it is kept for the ranking and the English
            # checks' measures, as the listing's own words are
            glossed.append(common[0])
            if common[0] in _calendar_names():
                translated.append(common[0])
                alternatives.setdefault(common[0], common)
        elif word in _english_words():
            glossed.append(word)
            translated.append(word)
            alternatives.setdefault(word, (word,))
        elif stem_english := _stem_english(word, language):
            # an inflected form of a table word ("kurset" of "kurs", "kirjassa" of "kirja",
            # "knihou" of "kniha"): that word (round 25)
            glossed.append(stem_english[0])
            translated.append(stem_english[0])
            alternatives.setdefault(stem_english[0], stem_english)
        elif own := _stem_known(word, language, known):
            glossed.append(own)  # an inflected form of the listing's own word, or of its cognate
        elif near := _near_word(word, language, known) or _hyphen_head(word, language, known):
            # kept in the gloss as the listing's own words are, for the ranking, and not asked
            # of the line: a compound's head or a cognate is what the word is about, often the
            # product itself ("Longierkurs" → course), not what is asked of it (round 24)
            glossed.append(near)
        elif not _asking_word(word):
            unknown.append(word)
    if not translated or len(unknown) > MAX_UNKNOWN:
        return None
    # An unknown word stays in the gloss as written: the English checks count it as a topic the
    # listing never uses, against the words the lines share.
    return Gloss(
        " ".join(dict.fromkeys(glossed + unknown)),
        tuple(dict.fromkeys(translated)),
        tuple(unknown),
        tuple(alternatives.items()),
    )


# Endings that inflect a noun or an adjective, per language, longest first within a
# language's list when tried: the definite article the Scandinavian languages write on the
# noun ("kurset", "pressen", "bladen"), Finnish case endings ("kirjassa", "kurssin",
# "grammoina") and Czech and Polish case endings ("knihou", "papíru", "kartonie"). A word the
# table does not know is tried without each; what is left must be at least ``_MIN_STEM``
# letters long, and is looked up as a whole table entry, a word of the listing, or a
# cognate of one (round 25).
_ENDINGS = {
    "sv": ("arna", "erna", "orna", "ena", "en", "et", "na", "ar", "er", "or", "n", "t"),
    "da": ("erne", "ene", "en", "et", "ne", "er", "e", "n", "t"),
    "nb": ("ene", "en", "et", "ne", "er", "e", "n", "t", "a"),
    "de": ("en", "er", "es", "n", "e", "s"),
    "nl": ("en", "s", "e"),
    "fi": (
        "issa", "ista", "illa", "ilta", "ille", "iksi", "ssa", "sta", "lla", "lta", "lle",
        "ksi", "ina", "iin", "aan", "een", "ien", "jen", "ja", "na", "ta", "in", "n", "a", "t",
    ),
    "cs": ("ami", "ach", "ech", "emi", "ou", "em", "um", "ov", "u", "y", "e", "i", "a", "o"),
    "pl": ("ami", "ach", "ow", "em", "om", "ie", "u", "y", "a", "e", "i", "o"),
    # The Romance plurals and the feminine of an adjective ("colori" of "colore", "tarros",
    # "parfumées"), with a final vowel put back (round 26).
    "es": ("es", "as", "os", "s", "a"),
    "pt": ("es", "as", "os", "s", "a"),
    "fr": ("ees", "es", "s", "x", "e"),
    "it": ("i", "e"),
}
# A stem shorter than this is too little of a word to stand for it.
_MIN_STEM = 4
# What a stem may need back to be the dictionary form: Finnish and Czech drop a final vowel
# before the case ending ("kirja" + "ssa"; "kniha" → "knihou"), Scandinavian nouns an "e".
_STEM_VOWELS = ("", "a", "e", "i", "o")


def _stems(word: str, language: str) -> list[str]:
    """``word`` without each inflecting ending of ``language`` that leaves ``_MIN_STEM``
    letters, and each stem with a final vowel put back; longest stem first."""
    found: list[str] = []
    for ending in _ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[: -len(ending)]
            found.extend(stem + vowel for vowel in _STEM_VOWELS if stem + vowel != word)
    return sorted(dict.fromkeys(found), key=lambda s: -len(s))


def _stem_english(word: str, language: str) -> tuple[str, ...]:
    """The table's English alternatives for an inflected form of a whole table entry, or ()."""
    whole, prefixes = _table(language)
    for stem in _stems(word, language):
        if stem in whole and (found := tuple(whole[stem].split("|"))) and found[0]:
            return found
    # a prefix entry the stem is whole ("colore*" for "colori" → "colore"), never a stem that
    # only starts with one (round 26)
    for stem in _stems(word, language):
        entry = next((e for p, e in prefixes if stem == p and len(p) >= _MIN_STEM), "")
        if entry:
            return tuple(entry.split("|"))
    return ()


def _stem_known(word: str, language: str, known: set[str]) -> str:
    """The listing's own word an inflected form stands for ("pressen" of "press" by its
    cognate "presse"), or ""."""
    stems = [stem for stem in _stems(word, language) if stem not in STOPWORDS]
    for stem in stems:
        if len(stem) >= _MIN_OWN_STEM and stem in known:
            return stem
    for stem in stems:
        if len(stem) > _MIN_OWN_STEM and (cognate := _cognate(stem, known)):
            return cognate
    return ""


def _hyphen_head(word: str, language: str, known: set[str]) -> str:
    """The English of a hyphenated word's last part ("Online-Abend" → evening, "e-kirjassa" →
    book), which names what the word is, as a compound's head does; "" when it has none."""
    if "-" not in word:
        return ""
    part = word.rsplit("-", 1)[1]
    if len(part) < _MIN_WORD:
        return ""
    english = _english(part, language, known)
    if english and english not in ASKING_WORDS:
        return english
    if part in known:
        return part
    return next(iter(_stem_english(part, language)), "") or _stem_known(part, language, known)


# A stem stands for the listing's own word at this length, and for its cognate only longer:
# shorter ones meet English words by chance ("musta" is no "must", a name no "terms").
_MIN_OWN_STEM = 5


def _asking_word(word: str) -> bool:
    return any(word in cue.split() for cues in _ASKING.values() for cue in cues)


# CLDR's locale for a language where it is not the language's code: the shops' Portuguese is
# European Portuguese (replies.py), whose cup is a "chávena".
_CLDR_LOCALES = {"pt": "pt_PT"}
# CLDR's units whose words a shopper uses for what a listing states: lengths, weights,
# volumes, spans of time, temperatures, areas, power and energy, and degrees.
_CLDR_UNITS = (
    "length-", "mass-", "volume-", "duration-", "temperature-", "area-", "power-", "energy-",
    "electric-", "angle-degree",
)
# Of those, the ones of astronomy, the sea, old trades or a unit spelt as a common word
# elsewhere ("point", "stone", "grain", "second"), and CLDR's units per person or of another
# system: any part of the unit's key.
_CLDR_SKIPPED = frozenset(
    """solar earth light parsec astronomical fathom furlong point nautical scandinavian lunar
    jupiter dalton grain stone carat person imperial metric dessert jigger pinch barrel bushel
    rod chain league mile acre hectare dunam century decade quarter second calorie foodcalorie
    electronvolt british therm ohm kelvin rankine pixel dot em slug gray henry sievert
    becquerel farad coulomb dram""".split()
)


@cache
def _cldr_table(language: str) -> dict[str, tuple[str, ...]]:
    """Folded one-word names of CLDR's units of measure and time (every plural form), weekdays
    and months in ``language`` → their English words (plural first): "draper" → (drops, drop),
    "chavenas" → (cups, cup), "lordag" → (saturday,). A word of the language's function words
    or of its table is left to them; nothing when Babel has no such locale."""
    from babel import Locale, UnknownLocaleError

    try:
        local = Locale.parse(_CLDR_LOCALES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return {}
    english = Locale.parse("en")
    table: dict[str, tuple[str, ...]] = {}

    def add(forms: list[str], english_forms: list[str]) -> None:
        ours = tuple(dict.fromkeys(e for e in english_forms if e.isalpha()))
        if not ours:
            return
        for form in forms:
            folded = fold(form).strip()
            if folded.isalpha() and len(folded) >= _MIN_WORD:
                table.setdefault(folded, ours)

    theirs = local._data["unit_patterns"]
    ours = english._data["unit_patterns"]
    for key in theirs:
        if not key.startswith(_CLDR_UNITS) or set(key.split("-")) & _CLDR_SKIPPED:
            continue
        long_forms = theirs[key].get("long", {})
        english_long = ours.get(key, {}).get("long", {}) if key in ours else {}
        add(
            [p.replace("{0}", "") for p in long_forms.values()
             if isinstance(p, str) and "{0}" in p],
            [fold(str(english_long[n]).replace("{0}", "")).strip()
             for n in ("other", "one") if n in english_long],
        )
    for kind in ("days", "months"):
        for number, name in getattr(local, kind)["format"]["wide"].items():
            add([name], [fold(getattr(english, kind)["format"]["wide"][number])])
    whole, _ = _table(language)
    skip = STOPWORDS | _function_words(language) | set(whole)
    return {k: v for k, v in table.items() if k not in skip}


def _cldr_english(word: str, language: str) -> tuple[str, ...]:
    """The English of ``word`` (or of an inflected form's stem) by CLDR (``_cldr_table``)."""
    if language not in _GLOSSED:
        return ()
    table = _cldr_table(language)
    for form in (word, *_stems(word, language)):
        if form in table:
            return table[form]
    return ()



@cache
def _calendar_names() -> frozenset[str]:
    """The English names of the weekdays and the months, folded (CLDR)."""
    from babel import Locale

    english = Locale.parse("en")
    return frozenset(
        fold(name) for kind in ("days", "months")
        for name in getattr(english, kind)["format"]["wide"].values()
    )


def _knows(word: str, language: str) -> bool:
    """Whether ``language``'s table has the folded ``word``: an entry or a function word, a
    word a prefix entry begins, an inflected form of an entry, or a hyphenated word whose
    last part is one of these."""
    whole, prefixes = _table(language)
    if word in whole or word in _function_words(language):
        return True
    if any(word.startswith(p) for p, _ in prefixes if len(p) >= _MIN_STEM):
        return True
    if _stem_english(word, language):
        return True
    part = word.rsplit("-", 1)[-1]
    return part != word and len(part) >= _MIN_WORD and _knows(part, language)


@cache
def languages_knowing(word: str) -> frozenset[str]:
    """The glossed languages whose table has the folded ``word`` (``_knows``): a word that
    one language's table has and no other's tells that language, as its own function words
    do (``language.py``, round 30)."""
    if word in STOPWORDS or word in _english_values():
        return frozenset()  # "water" is Dutch too, "and" Danish
    return frozenset(lang for lang in _GLOSSED if _knows(word, lang))


# Norwegian writes the definite article of a feminine noun as "-a" ("kokeboka": the cookbook,
# "dagboka": the diary), where Danish writes "-en" on another spelling ("bogen"): a noun of
# the Norwegian table (three letters or more, and not also Danish) that ends a word before
# that "-a" tells Norwegian (round 31).
_MIN_FEMININE = 3


@cache
def _norwegian_only_nouns() -> tuple[str, ...]:
    danish = set(_table("da")[0])
    return tuple(
        k for k in _table("nb")[0] if len(k) >= _MIN_FEMININE and " " not in k and k not in danish
    )


def norwegian_definite(word: str) -> bool:
    """Whether the folded ``word`` is a Norwegian table noun (or a compound ending in one)
    with the feminine definite ending "-a"."""
    if len(word) <= _MIN_FEMININE or not word.endswith("a"):
        return False
    stem = word[:-1].rsplit("-", 1)[-1]
    return any(stem.endswith(noun) for noun in _norwegian_only_nouns())


@cache
def _english_values() -> frozenset[str]:
    """Every English word the tables translate to."""
    return frozenset(
        e for table in _DATA["words"].values() for v in table.values() for e in v.split("|")
    )
