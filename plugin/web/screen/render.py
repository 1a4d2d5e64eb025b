"""Drafts rendered for the screen: sanitised, with every finding highlighted at its span.

Findings point at character offsets in the draft as stored. For HTML we plant private-use
sentinel characters at those offsets (never inside a tag or an entity), sanitise, and only then
turn the sentinels that survived into ``<mark>`` elements, one per text run, so a highlight can
never open a tag, sit in an attribute or survive a stripped ``<script>``. SEO and FAQ drafts are
JSON: their string values are decoded with a map back to the stored offsets (the guardrails' own
decoder, ``plugin.guardrails.document``, whose offsets the findings carry) and escaped.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from plugin.domain import DraftKind
from plugin.guardrails.document import TextView, json_strings, plain_view

SEO_TITLE_LIMIT = 70
SEO_DESCRIPTION_LIMIT = 160

_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"
_NEUTRALISE = {ord(_OPEN): "\ufffd", ord(_SEP): "\ufffd", ord(_CLOSE): "\ufffd"}
_SENTINEL = re.compile(f"([{_OPEN}{_CLOSE}])(\\d+){_SEP}")
_STRAY = re.compile(f"[{_OPEN}{_SEP}{_CLOSE}]")
_TAG = r"<!--.*?-->|<(?:\"[^\"]*\"|'[^']*'|[^'\">])*>"
_ATOM = re.compile(_TAG + r"|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", re.DOTALL)
_TAG_OR_TEXT = re.compile(f"({_TAG})", re.DOTALL)
_SEVERITY_RANK = {"block": 2, "warn": 1}


@dataclass(frozen=True)
class Mark:
    """A finding to highlight: its number in the findings list, severity and stored span."""

    number: int
    severity: str
    start: int
    end: int


def marks_for(findings: Iterable[dict[str, Any]]) -> list[Mark]:
    return [
        Mark(i, str(f.get("severity", "")), int(f.get("start") or 0), int(f.get("end") or 0))
        for i, f in enumerate(findings, start=1)
    ]


class _MarkWriter:
    """Wraps runs of text in ``<mark>``; the first piece of each finding gets its anchor id."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.severity = {m.number: m.severity for m in marks}
        self.shown: set[int] = set()

    def wrap(self, active: Iterable[int], text: str) -> str:
        """``text`` is safe HTML (escaped); it comes back wrapped if any finding is active."""
        numbers = sorted(set(active))
        if not numbers or not text.strip():
            return text
        worst = max(
            (self.severity.get(n, "") for n in numbers), key=lambda s: _SEVERITY_RANK.get(s, 0)
        )
        css = {"block": "block", "warn": "warn"}.get(worst, "info")
        new = [n for n in numbers if n not in self.shown]
        self.shown.update(new)
        anchors = "".join(f'<span id="mark-{n}" class="anchor"></span>' for n in new)
        ids = " ".join(str(n) for n in numbers)
        return f'{anchors}<mark class="finding sev-{css}" data-findings="{ids}">{text}</mark>'


def highlight_html(
    markup: str, marks: Sequence[Mark], sanitize: Callable[[str], str]
) -> tuple[Markup, set[int]]:
    """Sanitised HTML with the marks applied; also the numbers that are visible in it."""
    raw = markup.translate(_NEUTRALISE)
    atoms = [(m.start(), m.end(), m.group().startswith("<")) for m in _ATOM.finditer(raw)]
    inserts: list[tuple[int, int, str]] = []
    for mark in marks:
        start = _outside_atoms(atoms, min(max(mark.start, 0), len(raw)), opening=True)
        end = _outside_atoms(atoms, min(max(mark.end, 0), len(raw)), opening=False)
        if start < end:
            inserts.append((start, 1, f"{_OPEN}{mark.number}{_SEP}"))
            inserts.append((end, 0, f"{_CLOSE}{mark.number}{_SEP}"))
    inserts.sort()
    pieces, pos = [], 0
    for at, _, sentinel in inserts:
        pieces.append(raw[pos:at])
        pieces.append(sentinel)
        pos = at
    pieces.append(raw[pos:])
    clean = sanitize("".join(pieces))
    writer = _MarkWriter(marks)
    out: list[str] = []
    active: set[int] = set()
    for token in _TAG_OR_TEXT.split(clean):
        if token.startswith("<"):
            out.append(_STRAY.sub("", _SENTINEL.sub("", token)))
            continue
        pos = 0
        for found in _SENTINEL.finditer(token):
            out.append(writer.wrap(active, _STRAY.sub("", token[pos : found.start()])))
            number = int(found.group(2))
            if found.group(1) == _OPEN:
                active.add(number)
            else:
                active.discard(number)
            pos = found.end()
        out.append(writer.wrap(active, _STRAY.sub("", token[pos:])))
    return Markup("".join(out)), writer.shown


def _outside_atoms(atoms: list[tuple[int, int, bool]], pos: int, *, opening: bool) -> int:
    """Move a span boundary out of a tag (to the text beside it) or an entity (to include it)."""
    i = bisect.bisect_right(atoms, (pos, float("inf"), True)) - 1
    if i < 0:
        return pos
    start, end, is_tag = atoms[i]
    if not start < pos < end:
        return pos
    if is_tag:
        return end if opening else start
    return start if opening else end


def highlight_plain(
    plain: TextView, marks: Sequence[Mark], writer: _MarkWriter | None = None
) -> Markup:
    """Escaped text with the marks applied (line breaks kept by CSS)."""
    writer = writer or _MarkWriter(marks)
    out: list[str] = []
    run: list[str] = []
    current: frozenset[int] = frozenset()
    for i, char in enumerate(plain.plain):
        active = frozenset(
            m.number for m in marks if m.start < plain.ends[i] and m.end > plain.starts[i]
        )
        if active != current and run:
            out.append(writer.wrap(current, str(escape("".join(run)))))
            run = []
        current = active
        run.append(char)
    if run:
        out.append(writer.wrap(current, str(escape("".join(run)))))
    return Markup("".join(out))


@dataclass
class RenderedCopy:
    """A text ready for a template: one of ``html``, ``seo``, ``faq`` or ``plain`` is set."""

    kind: str
    html: Markup | None = None
    seo: dict[str, Any] | None = None
    faq: list[tuple[Markup, Markup]] | None = None
    plain: Markup | None = None
    shown: set[int] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not (self.html or self.seo or self.faq or self.plain)


def render_copy(
    text: str,
    kind: DraftKind | str,
    sanitize: Callable[[str], str],
    findings: Iterable[dict[str, Any]] = (),
) -> RenderedCopy:
    """A stored text as the screen shows it, findings highlighted where they point."""
    kind = DraftKind(kind)
    text = text or ""
    marks = marks_for(findings)
    if kind.is_html:
        html, shown = highlight_html(text, marks, sanitize)
        return RenderedCopy(str(kind), html=html, shown=shown)
    writer = _MarkWriter(marks)
    values = json_strings(text) if kind.is_json else None
    if kind is DraftKind.SEO and values is not None:
        by_key = {v.key: v.view for v in values}
        title, description = (
            by_key.get("title", TextView(raw=text)),
            by_key.get("description", TextView(raw=text)),
        )
        seo = {
            "title": highlight_plain(title, marks, writer),
            "description": highlight_plain(description, marks, writer),
            "title_length": len(title.plain),
            "description_length": len(description.plain),
            "title_limit": SEO_TITLE_LIMIT,
            "description_limit": SEO_DESCRIPTION_LIMIT,
        }
        return RenderedCopy(str(kind), seo=seo, shown=writer.shown)
    if kind is DraftKind.FAQ and values is not None:
        items: dict[int, dict[str, TextView]] = {}
        for value in values:
            items.setdefault(value.item, {})[value.key] = value.view
        faq = [
            (
                highlight_plain(pair.get("question", TextView(raw=text)), marks, writer),
                highlight_plain(pair.get("answer", TextView(raw=text)), marks, writer),
            )
            for _, pair in sorted(items.items())
        ]
        return RenderedCopy(str(kind), faq=faq, shown=writer.shown)
    return RenderedCopy(
        str(kind), plain=highlight_plain(plain_view(text), marks, writer), shown=writer.shown
    )


def excerpt(text: str, kind: DraftKind | str, start: int, end: int, limit: int = 80) -> str:
    """The words a finding covers, as the merchant reads them, for the findings list."""
    text = text or ""
    values = json_strings(text) if DraftKind(kind).is_json else None
    if values is not None:
        pieces = [
            "".join(
                c
                for c, s, e in zip(v.view.plain, v.view.starts, v.view.ends, strict=True)
                if s < end and e > start
            )
            for v in values
        ]
        snippet = " / ".join(p.strip() for p in pieces if p.strip())
    else:
        raw = text[max(start, 0) : max(end, 0)]
        snippet = html.unescape(re.sub(_TAG, " ", raw, flags=re.DOTALL))
    snippet = re.sub(r"\s+", " ", snippet).strip()
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"
