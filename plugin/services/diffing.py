"""Word-level differences between the store's text and a draft, as a merchant reads them.

HTML is compared as the words a shopper sees (tags are not words; paragraphs and list items stay
apart), SEO and FAQ drafts as their labelled fields, so a diff never shows markup noise.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from html.parser import HTMLParser

from plugin.domain import DraftKind

_BLOCK_BREAKS = {
    **dict.fromkeys(
        "p div section article blockquote table ul ol h1 h2 h3 h4 h5 h6".split(), "\n\n"
    ),
    **dict.fromkeys("br li tr dt dd".split(), "\n"),
}
_SKIPPED = frozenset({"script", "style", "template", "noscript", "title", "textarea"})
_TOKEN = re.compile(r"\n+|[^\S\n]+|\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class DiffPart:
    """A run of text the same in both (``equal``), only in the draft, or only in the store."""

    op: str  # "equal" | "insert" | "delete"
    text: str


@dataclass(frozen=True)
class WordDiff:
    parts: list[DiffPart]
    added: int
    removed: int

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping = 0

    def _break(self, tag: str) -> None:
        """End the current line or paragraph, without stacking breaks on breaks."""
        tail = "".join(self.out[-4:]).rstrip(" ")
        have = len(tail) - len(tail.rstrip("\n"))
        self.out.append("\n" * max(0, len(_BLOCK_BREAKS[tag]) - have))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCK_BREAKS:
            self._break(tag)
            if tag == "li":
                self.out.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_BREAKS:
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """The words of an HTML fragment, with blank lines between blocks."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def readable_text(text: str, kind: DraftKind | str) -> str:
    """What a merchant reads of a stored text: words for HTML, labelled fields for SEO and FAQ."""
    kind = DraftKind(kind)
    if not text:
        return ""
    if kind.is_html:
        return html_to_text(text)
    if kind.is_json:
        try:
            data = json.loads(text)
        except ValueError:
            return text.strip()
        if kind is DraftKind.SEO and isinstance(data, dict):
            return f"Title: {data.get('title', '')}\n\nDescription: {data.get('description', '')}"
        if kind is DraftKind.FAQ and isinstance(data, list):
            return "\n\n".join(
                f"Q: {item.get('question', '')}\nA: {item.get('answer', '')}"
                for item in data
                if isinstance(item, dict)
            )
    return text.strip()


def _words(text: str) -> list[str]:
    """Words and punctuation, each carrying the spaces after it, so spaces never match alone."""
    tokens = _TOKEN.findall(text)
    merged: list[str] = []
    for token in tokens:
        if merged and token.isspace() and "\n" not in token and not merged[-1].isspace():
            merged[-1] += token
        else:
            merged.append(token)
    return merged


def _count_words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if any(c.isalnum() for c in t))


def _chunks(old: list[str], new: list[str]) -> list[tuple[bool, list[str], list[str]]]:
    """(same?, old tokens, new tokens) runs, with short coincidental matches folded into changes.

    Two unrelated sentences share words like "a" or "and"; showing those as kept text chops a
    rewrite into confetti, so an equal run of two words or fewer between changes counts as
    changed too."""
    matcher = SequenceMatcher(None, _keys(old), _keys(new), autojunk=False)
    chunks = [
        (op == "equal", old[i1:i2], new[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    merged: list[tuple[bool, list[str], list[str]]] = []
    for i, (same, a, b) in enumerate(chunks):
        if same and _coincidence(chunks, i):
            same = False
        if merged and not same and not merged[-1][0]:
            merged[-1] = (False, merged[-1][1] + a, merged[-1][2] + b)
        else:
            merged.append((same, list(a), list(b)))
    return merged


def _keys(tokens: list[str]) -> list[str]:
    return [t.strip() or t for t in tokens]


def _coincidence(chunks: list[tuple[bool, list[str], list[str]]], i: int) -> bool:
    """A match of one or two words inside a rewrite at least six times its size on either side."""
    if not 0 < i < len(chunks) - 1 or chunks[i - 1][0] or chunks[i + 1][0]:
        return False
    kept = _count_words(chunks[i][1])
    if kept > 2 or any("\n" in t for t in chunks[i][1]):
        return False
    around = sum(_count_words(a) + _count_words(b) for _, a, b in (chunks[i - 1], chunks[i + 1]))
    return around >= 6 * kept


def word_diff(store_text: str, draft_text: str, kind: DraftKind | str) -> WordDiff:
    """The draft against the store's text, word by word (punctuation and line breaks count too)."""
    old = _words(readable_text(store_text, kind))
    new = _words(readable_text(draft_text, kind))
    parts: list[DiffPart] = []
    added = removed = 0
    for same, a, b in _chunks(old, new):
        if same:
            _append(parts, "equal", b)
            continue
        removed += _count_words(a)
        added += _count_words(b)
        _append(parts, "delete", a)
        _append(parts, "insert", b)
    return WordDiff(parts=parts, added=added, removed=removed)


def _append(parts: list[DiffPart], op: str, tokens: list[str]) -> None:
    text = "".join(tokens)
    if not text:
        return
    if parts and parts[-1].op == op:
        parts[-1] = DiffPart(op, parts[-1].text + text)
    else:
        parts.append(DiffPart(op, text))
