"""The words of a draft, as plain text, with a map back to the draft's own characters.

Rules read plain text (tags skipped, entities and JSON escapes decoded); findings report spans
into the text exactly as stored, so this module keeps, for every plain character, where it
came from in the original string.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

from plugin.domain import DraftKind

BLOCK_TAGS = frozenset(
    "p br li ul ol h1 h2 h3 h4 h5 h6 div section article tr td th table blockquote hr dd dt".split()
)

_TAG_OR_ENTITY = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);",
    re.DOTALL | re.IGNORECASE,
)
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_JSON_ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}
# A sentence ends at . ! ? (not inside a number like 1.7) followed by space and a capital, quote,
# digit or the end; or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(])|\n+")


@dataclass(frozen=True)
class Segment:
    """One run of plain text from one place in the draft: an HTML block, a JSON value."""

    name: str
    start: int
    end: int


@dataclass
class TextView:
    """Plain text of a draft and, for each plain character, its ``[start, end)`` in the draft."""

    raw: str
    plain: str = ""
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    def add(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append ``text`` that came from ``raw[raw_start:raw_end]``."""
        if not text:
            return
        if len(text) == raw_end - raw_start:
            self.starts.extend(range(raw_start, raw_end))
            self.ends.extend(range(raw_start + 1, raw_end + 1))
        else:
            self.starts.extend([raw_start] * len(text))
            self.ends.extend([raw_end] * len(text))
        self.plain += text

    def extend(self, other: TextView) -> None:
        """Append the text of ``other``, a view of the same draft."""
        self.plain += other.plain
        self.starts.extend(other.starts)
        self.ends.extend(other.ends)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The draft span that plain ``[start, end)`` came from."""
        if not self.starts:
            return 0, len(self.raw)
        start = min(max(start, 0), len(self.starts) - 1)
        end = min(max(end, start + 1), len(self.ends))
        return self.starts[start], self.ends[end - 1]


def view_of(text: str, kind: DraftKind) -> tuple[TextView, str | None]:
    """The plain view of a draft of ``kind``, and a problem with its structure if there is one."""
    if kind.is_html:
        return html_view(text), None
    if kind.is_json:
        return json_view(text, kind)
    return plain_view(text), None


def plain_view(text: str) -> TextView:
    view = TextView(raw=text)
    view.add(text, 0, len(text))
    view.segments.append(Segment("text", 0, len(view.plain)))
    return view


def html_view(markup: str, base: int = 0, view: TextView | None = None) -> TextView:
    """Skip tags, decode entities, and break lines at block tags so sentences stay apart."""
    view = view if view is not None else TextView(raw=markup)
    segment_start = len(view.plain)
    pos = 0
    for match in _TAG_OR_ENTITY.finditer(markup):
        view.add(markup[pos : match.start()], base + pos, base + match.start())
        token = match.group()
        if token.startswith("&"):
            view.add(html.unescape(token), base + match.start(), base + match.end())
        elif token.startswith("<") and not token.startswith("<!--") and not match.group(1):
            name = _TAG_NAME.match(token)
            if name and name.group(1).lower() in BLOCK_TAGS and view.plain[-1:] not in ("", "\n"):
                view.add("\n", base + match.start(), base + match.end())
        pos = match.end()
    view.add(markup[pos:], base + pos, base + len(markup))
    view.segments.append(Segment("html", segment_start, len(view.plain)))
    return view


def json_view(text: str, kind: DraftKind) -> tuple[TextView, str | None]:
    """The string values of an SEO or FAQ draft; keys are skipped, escapes decoded."""
    problem = _json_shape_problem(text, kind)
    if problem:
        return plain_view(text), problem
    view = TextView(raw=text)
    for value in json_strings(text) or ():
        if view.plain:
            view.add("\n\n", value.at, value.at)
        start = len(view.plain)
        view.extend(value.view)
        name = f"{value.key}[{value.item}]" if kind is DraftKind.FAQ else value.key
        view.segments.append(Segment(name, start, len(view.plain)))
    return view, None


@dataclass(frozen=True)
class JsonString:
    """A string value of a JSON text: the key it is the value of ("" if none), the object it sits
    in (counted from 0 in the order they open), where its opening quote is, and its text."""

    key: str
    item: int
    at: int
    view: TextView


def json_strings(text: str) -> list[JsonString] | None:
    """The string values of a JSON text, escapes decoded, each with the map back to ``text``;
    keys are told apart by the colon after them. None when ``text`` is not JSON."""
    try:
        json.loads(text)
    except ValueError:
        return None
    values: list[JsonString] = []
    key, item, i = "", -1, 0
    while i < len(text):
        char = text[i]
        if char == "{":
            item += 1
        if char != '"':
            i += 1
            continue
        view = TextView(raw=text)
        at, i = i, _decode_json_string(view, text, i + 1)
        if text[i:].lstrip().startswith(":"):
            key = view.plain
        else:
            values.append(JsonString(key, max(item, 0), at, view))
    return values


def _json_shape_problem(text: str, kind: DraftKind) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        return "is not valid JSON"
    if kind is DraftKind.SEO:
        if not isinstance(data, dict) or not {"title", "description"} <= set(data):
            return 'must be a JSON object with "title" and "description"'
        return None
    if not isinstance(data, list) or not all(
        isinstance(i, dict) and {"question", "answer"} <= set(i) for i in data
    ):
        return 'must be a JSON list of {"question", "answer"} objects'
    return None


def _decode_json_string(view: TextView, text: str, i: int) -> int:
    """Decode the JSON string whose body starts at ``text[i]`` into ``view``, HTML entities
    included; returns the index after its closing quote."""
    while i < len(text) and text[i] != '"':
        entity = _ENTITY.match(text, i) if text[i] == "&" else None
        if entity:  # an FAQ answer or SEO text written as HTML: "&pound;299" is "£299"
            view.add(html.unescape(entity.group()), i, entity.end())
            i = entity.end()
            continue
        if text[i] != "\\":
            view.add(text[i], i, i + 1)
            i += 1
            continue
        code = text[i + 1 : i + 2]
        if code == "u":
            value, width = chr(int(text[i + 2 : i + 6], 16)), 6
            if 0xD800 <= ord(value) < 0xDC00 and text[i + 6 : i + 8] == "\\u":
                low = int(text[i + 8 : i + 12], 16)
                value, width = chr(0x10000 + ((ord(value) - 0xD800) << 10) + (low - 0xDC00)), 12
            view.add(value, i, i + width)
            i += width
        else:
            view.add(_JSON_ESCAPES.get(code, code), i, i + 2)
            i += 2
    return i + 1


def sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of plain text, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        _append_stripped(spans, text, pos, match.start())
        pos = match.end()
    _append_stripped(spans, text, pos, len(text))
    return spans


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence at ``pos`` starts; an answer's sentence takes its question along."""
    start = max(text.rfind(mark, 0, pos) for mark in (".", "!", "?", "\n")) + 1
    before = text[:start].rstrip()
    if before.endswith("?") and len(before) > 1:
        return sentence_start(text, len(before) - 1)
    return start


def _append_stripped(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + len(chunk) - len(chunk.lstrip())
        spans.append((offset, offset + len(stripped)))
