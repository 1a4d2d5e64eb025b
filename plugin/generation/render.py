"""Finished sentences into each kind's stored form: description and short description HTML,
SEO JSON, FAQ JSON. The facts list, the FAQ's answers and the SEO title come from the plan,
so they say only what the listing says.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from plugin.domain import DraftKind, SeoCopy, seo_to_text
from plugin.generation.faq import SEVERAL, render_faq
from plugin.generation.plan import Plan, Role, Sentence, fact_list_html

SHORT_SENTENCES = 2
SEO_TITLE_MAX = 70
SEO_DESCRIPTION_MIN = 120
SEO_DESCRIPTION_MAX = 160

Written = list[tuple[Sentence, str]]


def render_description(plan: Plan, written: Written) -> str:
    """Short paragraphs of the finished sentences, the product named in bold, then the list."""
    paragraphs: dict[int, list[str]] = {}
    for sentence, text in written:
        paragraphs.setdefault(sentence.paragraph, []).append(_markup(text, plan, sentence))
    prose = "".join(f"<p>{' '.join(_joined(p))}</p>" for _, p in sorted(paragraphs.items()))
    return prose + fact_list_html(plan)


# A plain statement with nothing after its fact: "They have a full leather lining."
_PLAIN = re.compile(r"^(?P<start>(It|They) (is|are|has|have)) (?P<fact>[^,;:.!?()]+)\.$")


def _joined(texts: list[str]) -> list[str]:
    """Two plain statements in a row that start alike said as one ("They have a suede upper and
    a full leather lining."): raters marked runs of "It is … It is …" as choppy spec sheets."""
    out: list[str] = []
    for text in texts:
        here = _PLAIN.match(text)
        before = _PLAIN.match(out[-1]) if out else None
        if here and before and here["start"] == before["start"] and " and " not in out[-1]:
            out[-1] = f"{out[-1][:-1]} and {here['fact']}."
        else:
            out.append(text)
    return out


def render_short(plan: Plan, written: Written) -> str:
    """The hook and the first sentence about the product itself, as one paragraph."""
    shown = [(s, t) for s, t in written if s.role is not Role.DETAIL][:SHORT_SENTENCES]
    return "<p>" + " ".join(_markup(t, plan, s) for s, t in shown or written[:1]) + "</p>"


def _markup(text: str, plan: Plan, sentence: Sentence) -> str:
    escaped = html.escape(text, quote=False)
    if sentence.role is Role.HOOK:
        title = html.escape(plan.listing_title, quote=False)
        escaped = escaped.replace(title, f"<strong>{title}</strong>", 1)
    return escaped


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def render_seo(plan: Plan, written: Written) -> str:
    """A title that leads with the product name (and a short fact when it fits), and a meta
    description of whole sentences, the hook first, filled towards 120–160 characters."""
    title = plan.listing_title
    for label, value in plan.fact_list:
        extra = f"{title} | {value}"
        if (
            label.lower() in ("material", "colour", "color")
            and len(extra) <= SEO_TITLE_MAX
            and value.lower() not in title.lower()
            and not SEVERAL.search(value)
        ):
            title = extra
            break
    description = ""
    for _, text in written:
        longer = f"{description} {text}".strip()
        if len(longer) > SEO_DESCRIPTION_MAX:
            if len(description) >= SEO_DESCRIPTION_MIN or not description:
                description = description or _shorten(text, SEO_DESCRIPTION_MAX)
                break
            continue
        description = longer
    # Short of 120 characters, the list's short facts the sentences do not say fill it
    # ("Volume: 20 L."): a search result shows the specifics a shopper compares.
    for label, value in plan.fact_list:
        if len(description) >= SEO_DESCRIPTION_MIN:
            break
        longer = f"{description} {label}: {value.rstrip('.')}.".strip()
        said = description.lower()
        if (
            len(value) <= 40
            and value.lower() not in said
            and label.lower() not in said
            and len(longer) <= SEO_DESCRIPTION_MAX
        ):
            description = longer
    return seo_to_text(SeoCopy(title=_shorten(title, SEO_TITLE_MAX), description=description))



RENDERERS: dict[DraftKind, Callable[[Plan, Written], str]] = {
    DraftKind.DESCRIPTION: render_description,
    DraftKind.SHORT_DESCRIPTION: render_short,
    DraftKind.SEO: render_seo,
    DraftKind.FAQ: render_faq,
}
