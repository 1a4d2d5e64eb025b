"""Copy in the shop's language, written from the listing's own facts with no model: a first
line naming the product and what it is, then one sentence per fact whose role has a frame in
the language (``data/languages/<code>.json``), each kept only if the sentence check passes;
the rest of the facts in the list. A completion model's few-shot prompts wrote English
examples, repeats and invented specs into other languages' copy; this says only what the
listing says, in frames written for each language (none yet checked by a native speaker).

A frame holds for any value: it never chooses an article, a gender, a case or a preposition by
the value ("Gefertigt aus {value}."); where a language has no such frame for a role the fact
stays in the list. A language with no data file gets a neutral draft (``in_language_kinds``,
which writes each kind from what this module reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.domain import Listing
from plugin.generation.in_language_reasons import fact_reason, purpose_sentence
from plugin.generation.in_language_tags import tag_sentences
from plugin.generation.in_language_woven import weave, woven_material, woven_origin
from plugin.generation.labels import shown_label
from plugin.generation.language_facts import ShopFact, label_role, own_side, shop_facts
from plugin.generation.languages import ROLES, LanguageWords, language_words
from plugin.generation.said_values import lower_values
from plugin.generation.script_punctuation import listed, punctuation, sentences, with_stop
from plugin.generation.script_variants import script_variant
from plugin.generation.shop_check import SentenceCheck, ShopCheck, in_shop_language
from plugin.generation.two_languages import englishness
from plugin.language_id import base_code

IN_LANGUAGE_VERSION = "in-language-v1"
# The prose stops growing past this many words, or this many fact sentences.
MAX_PROSE_WORDS = 80
MAX_FACT_SENTENCES = 6
_TAGS = re.compile(r"<[^>]+>")
# Roles whose values are common nouns, said in lower case inside a sentence (not German's).
_COMMON_NOUNS = ("material", "ingredients", "includes", "options", "care", "storage")


@dataclass(frozen=True)
class Said:
    """A sentence of the copy and the fact it says (None for the first line)."""

    text: str
    fact: ShopFact | None = None
    # The label a FAQ question asks by, for a listed fact's answer.
    label: str = ""
    # Whether the sentence carries its fact's reason (``in_language_reasons.fact_reason``).
    reason: bool = False
    # Round 50: whether the first line already says the fact (``in_language_woven``), and the
    # reason alone, said after the first line in its place.
    woven: bool = False
    reason_text: str = ""


@dataclass(frozen=True)
class InLanguage:
    """What the four kinds are rendered from."""

    title: str
    language: LanguageWords | None
    first: Said
    sentences: tuple[Said, ...]
    facts: tuple[ShopFact, ...]
    kind: str = ""
    # Listed facts the prose does not say, as answers by their labels ("Výkon: 60 W."), each
    # passing the check: a FAQ short of questions asks about them.
    answers: tuple[Said, ...] = ()
    # The shop's language code at its base ("ja"): a neutral draft's punctuation.
    code: str = ""
    # Whether the first line says what the product is for (``purpose_sentence``).
    purposed: bool = False
    # Whether the first line says more than the title (a type, a maker, a woven fact): then a
    # fact sentence with no reason is left to the list (round 50).
    told: bool = False


def plain(text: str) -> str:
    return _TAGS.sub("", text)


def joined(values: tuple[str, ...], word: str) -> str:
    """ "a", "a and b", "a, b and c" with the language's word."""
    cleaned = [v.strip().rstrip(".;,") for v in values if v.strip()]
    if len(cleaned) < 2:
        return "".join(cleaned)
    return f"{', '.join(cleaned[:-1])} {word} {cleaned[-1]}"


def _kind(listing: Listing, title: str, language: LanguageWords) -> str:
    """What the product is, in the shop's words: its type, else its category's last part; not
    where it only repeats the title or reads as English."""
    categories = [c.split(">")[-1].strip() for c in listing.categories if c.strip()]
    kind = own_side((listing.product_type or (categories[0] if categories else "")).strip())
    if not kind or kind.lower() in title.lower() or englishness(kind) >= 0.5:
        return ""
    if _title_names(kind, title):
        return ""
    if not language.capital_kind and kind[:1].isupper() and kind[1:2].islower():
        kind = kind[:1].lower() + kind[1:]
    return kind


# A word's stem: its letters before a case or number ending this long at most ("bombk-a",
# "bombk-i"), so a type the title already names in another form is not said again.
_ENDING = 2
_STEM = 4


def _title_names(kind: str, title: str) -> bool:
    """Whether every word of the type is a word of the title in another ending ("bombka
    choinkowa" in a title with "bombki choinkowe"): said again it would switch the number or
    case the title chose."""
    words = [w for w in re.findall(r"[^\W\d_]+", title.lower())]
    kinds = re.findall(r"[^\W\d_]+", kind.lower())
    if not kinds or not words:
        return False

    def stem(word: str) -> str:
        return word[: max(_STEM, len(word) - _ENDING)]

    return all(
        k in words
        if len(k) <= _STEM
        else any(w.startswith(stem(k)) and abs(len(w) - len(k)) <= _ENDING for w in words)
        for k in kinds
    )


def restates_title(fact: ShopFact, title: str) -> bool:
    """Whether every value of the fact is already in the title ("Eiche" in "Eichenbrett
    Nord", "lino" in "Grembiule in lino"): a bare sentence of it only repeats the title
    (round 49's raters: no benefit). Options, a choice the buyer makes, are never so."""
    if fact.role == "options" or not fact.values:
        return False
    lowered = title.lower()
    for value in fact.values:
        said = own_side(value).strip().rstrip(".").lower()
        if not said or not (said in lowered or _title_names(said, title)):
            return False
        if any(n not in lowered for n in re.findall(r"\d+(?:[.,]\d+)?", said)):
            return False  # "2 l" beside a title's "1 l": a figure the title does not give
    return True


def _maker(listing: Listing, title: str) -> str:
    vendor = own_side(listing.vendor.strip())
    return vendor if vendor and vendor.lower() not in title.lower() else ""


def first_line(title: str, kind: str, maker: str, language: LanguageWords) -> str:
    frames = language.first_line
    key = "kind_maker" if kind and maker else "kind" if kind else "maker" if maker else ""
    if not key or key not in frames:
        return with_stop(f"<strong>{title}</strong>", language)
    return frames[key].format(title=title, kind=kind, maker=maker)


def fact_sentence(fact: ShopFact, language: LanguageWords, seed: str = "", turn: int = 0) -> str:
    """The fact in its role's frame (one of the role's frames, by ``seed``, the listing's
    title, and ``turn``, the role's facts said before it): ``{value}`` its values joined
    ("or" for options)."""
    word = language.conj_or if fact.role == "options" else language.conj_and
    label = own_side(fact.label.strip())
    # An English label ("Size") in a sentence of another language: the choice said without it.
    bare = fact.role == "options" and englishness(label) > 0 and label_role(label, language) is None
    frame = language.frame_for("options_bare" if bare else fact.role, seed, turn)
    lower = label[:1].lower() + label[1:] if label[1:2].islower() or len(label) == 1 else label
    values = tuple(own_side(v) for v in fact.values)
    if fact.role in _COMMON_NOUNS and not language.capital_kind:
        # "Stal węglowa i drewno bukowe", not "… i Drewno bukowe"; names keep their capitals.
        values = tuple(_letter_lowered(v) for v in lower_values(list(values)))
    elif fact.role in _COMMON_NOUNS:
        lowered = tuple(_adjective_lowered(v) for v in values)
        if lowered != values and fact.role in language.adjective_frames:
            frame = language.adjective_frames[fact.role]
        values = lowered
    return frame.format(value=listed(values, word, language), label=label, label_lower=lower)


_LETTER_WORD = re.compile(r"^([^\W\d_]) (?=[^\W\d_]*[a-zà-ÿ])", re.UNICODE)


def _letter_lowered(value: str) -> str:
    """A value that opens with a one-letter word before a lower-case word ("À lacer", a
    preposition): the letter lower-cased inside a sentence, as ``lower_first`` lowers a longer
    word ("à lacer"); a letter alone ("M") or before a capital ("S Max") as written."""
    found = _LETTER_WORD.match(value)
    if not found or not value[2:3].islower():
        return value
    return value[:1].lower() + value[1:]


# A German attributive adjective's neuter nominative ending ("Gewachstes", "Gebürstetes"):
# few materials' nouns end so, while "-er", "-e" and "-en" end many ("Polyester", "Leinen").
_ADJECTIVE_ENDINGS = ("es",)


def _adjective_lowered(value: str) -> str:
    """A value that opens with an adjective before a noun, in a language whose nouns keep their
    capitals ("Gewachstes Baumwollgewebe"): the adjective lower-cased, as inside a
    sentence ("gewachstes Baumwollgewebe"); anything else as written."""
    words = value.split(" ")
    first = words[0]
    if (
        len(words) >= 2
        and first[:1].isupper()
        and first[1:].islower()
        and first.lower().endswith(_ADJECTIVE_ENDINGS)
        and words[1][:1].isupper()
    ):
        return " ".join([first.lower(), *words[1:]])
    return value


def _title(listing: Listing) -> str:
    return listing.title.strip().rstrip(".").strip() or listing.title


def read_in_language(listing: Listing, code: str, check: ShopCheck | None) -> InLanguage:
    """The first line, the fact sentences that pass ``check`` (in role order, none twice) and
    the facts for the list; ``check`` reads each sentence in ``code``'s language."""
    language = script_variant(language_words(code), code, listing)
    check_in = in_shop_language(check, code)
    title = _title(listing)
    facts = tuple(shop_facts(listing, language))
    if language is None:
        base = base_code(code)
        return InLanguage(title, None, Said(f"<strong>{title}</strong>"), (), facts, code=base)
    kind = _kind(listing, title, language)
    maker = _maker(listing, title)
    first = first_line(title, kind, maker, language)
    told = bool(kind or maker)
    if check_in is not None and not check_in(listing, plain(first)):
        first, told = with_stop(f"<strong>{title}</strong>", language), False
    first, woven = _woven(listing, title, first, facts, language, check_in)
    told = told or bool(woven)  # the first line says more than the title
    purpose = purpose_sentence(listing, language)
    purposed = bool(purpose) and (
        check_in is None or check_in(listing, plain(sentences((first, purpose), language)))
    )
    if purposed:
        first = sentences((first, purpose), language)
    for tagged in tag_sentences(listing, language):
        if check_in is None or check_in(listing, plain(sentences((first, tagged), language))):
            # Round 51: the selling point a tag carries, with its reason, after the first line
            # (round 52: up to two of them).
            first = sentences((first, tagged), language)
    said: list[Said] = []
    seen: set[str] = set()
    words = len(plain(first).split())
    reasons_said: set[str] = set()
    for role in ROLES:
        for fact in (f for f in facts if f.role == role):
            turn = sum(1 for s in said if s.fact is not None and s.fact.role == role)
            text = fact_sentence(fact, language, title, turn)
            if text.lower() in seen or len(said) >= MAX_FACT_SENTENCES:
                continue
            if words + len(text.split()) > MAX_PROSE_WORDS and said:
                continue
            if check_in is not None and not check_in(listing, text):
                continue
            spoken, reason = _with_reason(
                listing, text, fact, language, check_in, reasons_said, words, facts
            )
            if spoken == text and restates_title(fact, title) and not any(f is fact for f in woven):
                continue  # "Material: oak." under an oak board's title: the list says it
            seen.add(text.lower())
            # Woven into the first line, or named by the title: the reason alone is said.
            in_first = any(f is fact for f in woven) or bool(reason and restates_title(fact, title))
            said.append(
                Said(spoken, fact, reason=spoken != text, woven=in_first, reason_text=reason)
            )
            words += len((reason if in_first else spoken).split())
    answers = tuple(_label_answers(listing, facts, said, language, check_in))
    return InLanguage(
        title,
        language,
        Said(first),
        tuple(said),
        facts,
        kind,
        answers,
        purposed=purposed,
        told=told or purposed,
    )


def _woven(
    listing: Listing,
    title: str,
    first: str,
    facts: tuple[ShopFact, ...],
    language: LanguageWords,
    check: SentenceCheck | None,
) -> tuple[str, tuple[ShopFact, ...]]:
    """The first line woven with the first material and origin facts the title does not
    already say (``in_language_woven``), and the facts it says; the line as it was where the
    language has no frame or the check fails the woven line."""
    material = next((f for f in facts if f.role == "material"), None)
    origin = next((f for f in facts if f.role == "origin"), None)
    if material is not None and restates_title(material, title):
        material = None
    if origin is not None and restates_title(origin, title):
        origin = None
    line, said_material, said_origin = weave(
        first, language, woven_material(material, language), woven_origin(origin, language)
    )
    if not line or (check is not None and not check(listing, plain(line))):
        return first, ()
    said = (material if said_material else None, origin if said_origin else None)
    return line, tuple(f for f in said if f is not None)


def _with_reason(
    listing: Listing,
    text: str,
    fact: ShopFact,
    language: LanguageWords,
    check: SentenceCheck | None,
    said: set[str],
    words: int,
    facts: tuple[ShopFact, ...] = (),
) -> tuple[str, str]:
    """The fact's sentence and, after it, why the fact matters where the English knowledge
    base says so (``in_language_reasons``): once a draft, within the prose's words, and only
    where the check passes the two together; and the reason alone ("" for none)."""
    reason = fact_reason(fact, language, facts)
    longer = sentences((text, reason), language)
    if not reason or reason in said or words + len(longer.split()) > MAX_PROSE_WORDS:
        return text, ""
    if check is not None and not check(listing, longer):
        return text, ""
    said.add(reason)
    return longer, reason


def _label_answers(
    listing: Listing,
    facts: tuple[ShopFact, ...],
    said: list[Said],
    language: LanguageWords,
    check: SentenceCheck | None,
) -> list[Said]:
    told = {id(s.fact) for s in said}
    answers = []
    for fact in facts:
        if id(fact) in told or not fact.values:
            continue
        label = own_side(shown_label(fact.label))
        values = [own_side(v) for v in fact.values]
        if any(" / " in v for v in [label, *values]):
            continue  # a side the shop's language cannot be told from: the list says it
        marks = punctuation(language)
        value = marks.comma.join(values).rstrip("." + marks.stop)
        text = with_stop(f"{label}{language.colon}{value}", language)
        if check is None or check(listing, text):
            answers.append(Said(text, fact, label))
    return answers
