"""How a language's script punctuates copy written in it: what ends a sentence, what stands
between two sentences, between the values of a list, and around its "and"/"or".

Each language's data file (``data/languages/<code>.json``) may hold a ``punctuation`` object;
every key left out keeps the Western default, so the Latin- and Cyrillic-script languages write
exactly as before. Japanese and Chinese end a sentence with "。", list with "、" and put no
space between sentences or around their "and" ("A、B和C"); Thai ends a sentence with no mark
and separates sentences with a space; Arabic lists with "،". Arabic's "و" and Hebrew's "ו" are
written onto the word they join ("قطن وكتان"); before a value in another script (a figure, a
Latin name) Arabic spaces it and Hebrew writes a hyphen ("ו-USB"), as their copy does.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from plugin.generation.languages import LanguageWords, language_data


@dataclass(frozen=True)
class Punctuation:
    """One language's punctuation (the defaults: English's)."""

    # Ends a sentence the code writes itself (a bare first line, "Label: value").
    stop: str = "."
    # Between two sentences.
    space: str = " "
    # Between the values of a list, and around the word before its last value.
    comma: str = ", "
    conj_space: str = " "
    # Between a label and its values in the list ("Material: Buche").
    label_colon: str = ": "
    # Conjunctions written onto the next word (Arabic "و", Hebrew "ו"), the script whose
    # letters they join, and what they take before a value in another script ("": a space).
    attach_words: tuple[str, ...] = ()
    attach_script: str = ""
    attach_other: str = ""
    # What closes a sentence where a cut may fall (SEO meta), besides ". ", "! ", "? ".
    ends: tuple[str, ...] = ()


WESTERN = Punctuation()


@cache
def _punctuation_of(code: str) -> Punctuation:
    whole = language_data(code)
    if whole is None:
        return WESTERN
    data = whole.get("punctuation", {})
    return Punctuation(
        stop=data.get("stop", WESTERN.stop),
        space=data.get("space", WESTERN.space),
        comma=data.get("comma", WESTERN.comma),
        conj_space=data.get("conj_space", WESTERN.conj_space),
        label_colon=data.get("label_colon", WESTERN.label_colon),
        attach_words=tuple(data.get("attach_words", ())),
        attach_script=data.get("attach_script", WESTERN.attach_script),
        attach_other=data.get("attach_other", WESTERN.attach_other),
        ends=tuple(data.get("ends", ())),
    )


def punctuation(language: LanguageWords | None) -> Punctuation:
    """The language's punctuation; English's for none."""
    return WESTERN if language is None else _punctuation_of(language.code)


# Languages with no data file whose script does not punctuate as English, for their neutral
# draft: Persian lists with "،"; Urdu also ends a sentence with "۔".
NO_FILE = {
    "fa": Punctuation(comma="، "),
    "ur": Punctuation(stop="۔", comma="، ", ends=("۔",)),
}


def shop_punctuation(code: str, language: LanguageWords | None) -> Punctuation:
    """The shop language's punctuation: its file's, or for a language with no file (``code``
    at its base) its script's where ``NO_FILE`` knows it, else English's."""
    return punctuation(language) if language is not None else NO_FILE.get(code, WESTERN)


def _in_script(char: str, script: str) -> bool:
    return unicodedata.name(char, "").startswith(script)


def listed(values: tuple[str, ...], word: str, language: LanguageWords | None) -> str:
    """ "a", "a and b", "a, b and c" in the language's punctuation, ``word`` its "and"/"or"."""
    marks = punctuation(language)
    strip = ".;," + marks.stop + marks.comma.strip()
    cleaned = [v.strip().rstrip(strip) for v in values if v.strip()]
    if len(cleaned) < 2:
        return "".join(cleaned)
    head, last = marks.comma.join(cleaned[:-1]), cleaned[-1]
    if word in marks.attach_words:
        if _in_script(last[0], marks.attach_script):
            return f"{head} {word}{last}"
        if marks.attach_other:
            return f"{head} {word}{marks.attach_other}{last}"
    gap = marks.conj_space
    return f"{head}{gap}{word}{gap}{last}"


def sentences(texts: list[str] | tuple[str, ...], language: LanguageWords | None) -> str:
    """Sentences one after another, as the language spaces them."""
    return punctuation(language).space.join(texts)


def with_stop(text: str, language: LanguageWords | None) -> str:
    """A sentence the code writes, closed as the language closes one."""
    return text + punctuation(language).stop


def last_sentence_end(head: str, marks: Punctuation = WESTERN) -> int:
    """Where the last whole sentence in ``head`` ends (its mark's index), -1 for none: an
    English mark followed by a space, or one of the script's own (``marks.ends``: Japanese
    "。", Urdu "۔")."""
    ends = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    own = max((head.rfind(m) for m in marks.ends), default=-1)
    return max(ends, own)
