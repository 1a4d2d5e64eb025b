"""The repair loop's helpers: feedback for the model's next try, and cutting blocked sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import DraftKind, FaqItem, Finding, SeoCopy, Verdict, faq_to_text, seo_to_text
from plugin.guardrails.document import TextView, sentences, view_of
from plugin.guardrails.html import sanitize_html
from plugin.guardrails.policy import DEFAULT_MIN_LENGTH

MAX_FEEDBACK = 8
_CLAIM = re.compile(r'^"(.*?)" ')
_EMPTY_ELEMENT = re.compile(r"<(p|li|ul|ol|h2|h3|h4|strong|em|b|i)>\s*</\1>")


def feedback_for(findings: Sequence[Finding]) -> tuple[str, ...]:
    """Short instructions for the model's next try, blocking findings first, no repeats."""
    ordered = sorted(findings, key=lambda f: -f.severity.rank)
    out: list[str] = []
    for item in ordered:
        line = _instruction(item)
        if line not in out:
            out.append(line)
        if len(out) == MAX_FEEDBACK:
            break
    return tuple(out)


def _instruction(item: Finding) -> str:
    match = _CLAIM.match(item.message)
    claim = match.group(1) if match else ""
    if item.category == "accuracy":
        if item.fact:
            return f'Do not mention "{claim}"; the listing says: {item.fact}.'
        return f'Do not mention "{claim}"; the listing does not say it.'
    if item.category in ("compliance", "bias"):
        return f'Do not write "{claim}". {item.suggestion}'
    reason = _CLAIM.sub("", item.message)
    return f"The last draft {reason.rstrip('.')}. {item.suggestion}"


def remove_blocking_sentences(
    text: str, findings: Sequence[Finding], kind: DraftKind
) -> str | None:
    """Drop the sentences (list items, FAQ entries) that carry blocking findings.

    Returns the shortened draft, or None when what remains is too short for ``kind`` or the
    problem is the whole draft (wrong language, broken JSON).
    """
    kind = DraftKind(kind)
    spans = [(f.start, f.end) for f in findings if f.severity is Verdict.BLOCK]
    if not spans:
        return text
    view, problem = view_of(text, kind)
    if problem:
        return None
    result: str | None
    if kind.is_html:
        result = _cut_description(text, view, spans)
    elif kind is DraftKind.SEO:
        result = _cut_seo(view, spans)
    elif kind is DraftKind.FAQ:
        result = _cut_faq(view, spans)
    else:
        result = " ".join(_kept(view, spans, 0, len(view.plain)))
    if result is None:
        return None
    remaining, _ = view_of(result, kind)
    if len(" ".join(remaining.plain.split())) < DEFAULT_MIN_LENGTH[kind]:
        return None
    return result


def _blocked(view: TextView, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    raw_start, raw_end = view.to_raw(start, end)
    return any(s < raw_end and raw_start < e for s, e in spans)


def _kept(view: TextView, spans: list[tuple[int, int]], start: int, end: int) -> list[str]:
    out = []
    for s, e in sentences(view.plain[start:end]):
        if not _blocked(view, spans, start + s, start + e):
            out.append(view.plain[start + s : start + e])
    return out


def _cut_description(text: str, view: TextView, spans: list[tuple[int, int]]) -> str:
    cuts = [view.to_raw(s, e) for s, e in sentences(view.plain) if _blocked(view, spans, s, e)]
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + text[end:]
    previous = None
    while previous != text:
        previous, text = text, _EMPTY_ELEMENT.sub("", text)
    return sanitize_html(text)


def _cut_seo(view: TextView, spans: list[tuple[int, int]]) -> str | None:
    values: dict[str, str] = {}
    for segment in view.segments:
        if segment.name == "title":
            if _blocked(view, spans, segment.start, segment.end):
                return None
            values["title"] = view.plain[segment.start : segment.end]
        elif segment.name == "description":
            values["description"] = " ".join(_kept(view, spans, segment.start, segment.end))
    if not values.get("title") or not values.get("description"):
        return None
    return seo_to_text(SeoCopy(title=values["title"], description=values["description"]))


def _cut_faq(view: TextView, spans: list[tuple[int, int]]) -> str | None:
    items: dict[str, dict[str, str]] = {}
    blocked: set[str] = set()
    for segment in view.segments:
        field, _, index = segment.name.partition("[")
        items.setdefault(index, {})[field] = view.plain[segment.start : segment.end]
        if _blocked(view, spans, segment.start, segment.end):
            blocked.add(index)
    kept = [
        FaqItem(question=item["question"], answer=item["answer"])
        for index, item in items.items()
        if index not in blocked and {"question", "answer"} <= set(item)
    ]
    return faq_to_text(kept) if kept else None
