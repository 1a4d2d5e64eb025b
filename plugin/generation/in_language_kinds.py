"""The four kinds of copy in the shop's language, in their stored forms, from what
``in_language`` read: description and short description HTML, SEO and FAQ JSON.

With no words for the language, a neutral draft: the title in bold and the list; the title
and the facts' values for SEO; an empty FAQ ("[]", which the review shows as no questions)."""

from __future__ import annotations

import html
from collections.abc import Callable

from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text
from plugin.generation.in_language import InLanguage, plain
from plugin.generation.labels import shown_label

SEO_TITLE_MAX = 60
META_MIN = 120
META_MAX = 160
FAQ_MIN = 3
FAQ_MAX = 5


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ") + "…"


def _escaped_prose(text: str) -> str:
    """A sentence's text escaped, its bold title kept."""
    return (
        html.escape(text, quote=False)
        .replace("&lt;strong&gt;", "<strong>")
        .replace("&lt;/strong&gt;", "</strong>")
    )


def fact_list(copy: InLanguage) -> str:
    """The listing's facts with its own labels, values joined by commas."""
    items = [
        f"<li>{html.escape(shown_label(f.label))}: {html.escape(', '.join(f.values))}</li>"
        for f in copy.facts
        if f.values
    ]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def description(copy: InLanguage) -> str:
    first = f"<p>{_escaped_prose(copy.first.text)}</p>"
    rest = " ".join(_escaped_prose(s.text) for s in copy.sentences)
    return first + (f"<p>{rest}</p>" if rest else "") + fact_list(copy)


def short_description(copy: InLanguage) -> str:
    if copy.language is None:
        return f"<p>{_escaped_prose(copy.first.text)}</p>" + fact_list(copy)
    said = [copy.first.text, *(s.text for s in copy.sentences[:2])]
    return f"<p>{' '.join(_escaped_prose(t) for t in said)}</p>"


def seo(copy: InLanguage) -> str:
    title = _shortened(copy.title, SEO_TITLE_MAX)
    if copy.language is None:
        values = "; ".join(", ".join(f.values) for f in copy.facts if f.values)
        meta = f"{copy.title}. {values}" if values else copy.title
        return seo_to_text(SeoCopy(title, _shortened(meta, META_MAX)))
    meta = plain(copy.first.text)
    for sentence in copy.sentences:
        if len(meta) >= META_MIN:
            break
        longer = f"{meta} {sentence.text}"
        if len(longer) <= META_MAX:
            meta = longer
    return seo_to_text(SeoCopy(title, _shortened(meta, META_MAX)))


def faq(copy: InLanguage) -> str:
    """One question per role the prose says, answered by its sentence; then, while fewer than
    three, a question about a listed fact by its label, answered by its value."""
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
            items.append(FaqItem(question, sentence.text))
    other = language.questions.get("other")
    for answer in copy.answers:
        if len(items) >= FAQ_MIN or not other or answer.fact is None:
            break
        items.append(FaqItem(other.format(label=answer.label), answer.text))
    return faq_to_text(items[:FAQ_MAX])


KIND_WRITERS: dict[DraftKind, Callable[[InLanguage], str]] = {
    DraftKind.DESCRIPTION: description,
    DraftKind.SHORT_DESCRIPTION: short_description,
    DraftKind.SEO: seo,
    DraftKind.FAQ: faq,
}
