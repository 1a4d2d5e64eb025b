"""Turning raw model text into the stored form of each kind, or rejecting it so it is retried.

description → sanitised ``<p>``/``<ul>``/``<li>``/``<strong>`` HTML; short_description → one
``<p>`` of at most two sentences; seo → ``seo_to_text`` JSON;
faq → ``faq_to_text`` JSON; reply → plain text (a refusal normalised to one fixed sentence).
"""

from __future__ import annotations

import html
import json
import re

import nh3

from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text
from plugin.generation.prompts import faq as faq_prompt
from plugin.generation.prompts import reply as reply_prompt
from plugin.generation.prompts import seo as seo_prompt
from plugin.generation.prompts import short_description as short_prompt
from plugin.generation.prompts.common import EXAMPLE_END
from plugin.generation.sentence_breaks import CLOSING_END
from plugin.listing_text import flat_text

ALLOWED_TAGS = {"p", "ul", "li", "strong"}
MIN_DESCRIPTION_CHARS = 40
MIN_SHORT_DESCRIPTION_CHARS = 20

# Section labels of our prompts: seeing one in the output means the prompt leaked into it.
_PROMPT_LABELS = re.compile(
    r"^\s*(facts|description|short description|seo title|meta description|faq|question|answer|"
    r"tone|language|brand voice|never use|fix)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(.*)$")
_BLOCK_TAG = re.compile(r"<\s*/?\s*(p|ul|ol|li|div|h[1-6]|br)\b", re.IGNORECASE)
_REFUSAL_HINTS = (
    "does not say",
    "doesn't say",
    "does not mention",
    "doesn't mention",
    "does not answer",
    "not mentioned in",
    "not stated in",
    "no information",
)


class MalformedOutput(ValueError):
    """The model's text cannot be made into valid copy; the engine tries again."""


def cut_at_stop(text: str, stops: tuple[str, ...]) -> str:
    """Everything before the first stop sequence: the base model's next example never survives."""
    end = len(text)
    for stop in stops:
        at = text.find(stop)
        if at != -1:
            end = min(end, at)
    return text[:end]


def _drop_repeats(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = re.sub(r"\W+", " ", flat_text(line)).strip().lower()
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _trim_unfinished(text: str) -> str:
    """Drop a sentence cut off by the token limit."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ".!?>\"')":
        return stripped
    ends = list(CLOSING_END.finditer(stripped))
    return stripped[: ends[-1].end()] if ends else stripped


def _drop_unfinished_block(markup: str) -> str:
    """Drop what follows the last closed block when the token limit cut the HTML short."""
    ends = list(re.finditer(r"</\s*(p|ul|ol|div)\s*>", markup, re.IGNORECASE))
    if not ends or not markup[ends[-1].end() :].strip():
        return markup
    return markup[: ends[-1].end()]


def _plain_lines_to_html(lines: list[str]) -> str:
    parts: list[str] = []
    bullets: list[str] = []
    for line in lines + [""]:
        match = _BULLET.match(line)
        if match:
            bullets.append(f"<li>{html.escape(match.group(1).strip(), quote=False)}</li>")
            continue
        if bullets:
            parts.append(f"<ul>{''.join(bullets)}</ul>")
            bullets = []
        if line.strip():
            parts.append(f"<p>{html.escape(line.strip(), quote=False)}</p>")
    return "\n".join(parts)


def _blocks(markup: str) -> list[str]:
    return re.findall(r"<(?:p|ul)>.*?</(?:p|ul)>", markup, re.DOTALL)


def _unique_blocks(markup: str) -> str:
    """Drop a block that repeats an earlier one: small models loop."""
    kept: list[str] = []
    seen: list[str] = []
    for block in _blocks(markup):
        key = re.sub(r"\W+", " ", flat_text(block)).strip().lower()
        if not key or any(key in earlier for earlier in seen):
            continue
        seen.append(key)
        kept.append(block)
    return "\n".join(kept)


def parse_description(raw: str) -> str:
    """Clean HTML with only the allowed tags; plain sentences are wrapped into ``<p>``."""
    lines = [ln for ln in raw.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not _PROMPT_LABELS.match(ln) and EXAMPLE_END not in ln]
    lines = _drop_repeats(lines)
    text = "\n".join(lines)
    if not _BLOCK_TAG.search(text):
        text = _plain_lines_to_html([_trim_unfinished(ln) for ln in lines])
    else:
        text = _drop_unfinished_block(text)
        # Headings and divs become paragraphs, so their text is not left outside any block.
        text = re.sub(r"<\s*(h[1-6]|div)\b[^>]*>", "<p>", text, flags=re.IGNORECASE)
        text = re.sub(r"<\s*/\s*(h[1-6]|div)\s*>", "</p>", text, flags=re.IGNORECASE)
    cleaned = nh3.clean(text, tags=ALLOWED_TAGS, attributes={}, strip_comments=True)
    cleaned = _unique_blocks(cleaned)
    if len(flat_text(cleaned)) < MIN_DESCRIPTION_CHARS:
        raise MalformedOutput("the description is too short")
    return cleaned


def parse_short_description(raw: str) -> str:
    """One ``<p>`` of plain text: at most two whole sentences, within the character limit."""
    lines = [ln for ln in raw.splitlines() if ln.strip() and not _PROMPT_LABELS.match(ln)]
    text = re.sub(r"\s+", " ", flat_text(" ".join(lines))).strip()
    text = _strip_quotes(_trim_unfinished(text))
    ends = [m.end() for m in CLOSING_END.finditer(text)]
    if len(ends) > short_prompt.MAX_SENTENCES:
        text = text[: ends[short_prompt.MAX_SENTENCES - 1]]
    while len(text) > short_prompt.MAX_CHARS and (ends := [e for e in ends if e < len(text)]):
        text = text[: ends[-1]]
    text = shorten(text, short_prompt.MAX_CHARS)
    if len(text) < MIN_SHORT_DESCRIPTION_CHARS:
        raise MalformedOutput("the short description is missing or too short")
    return f"<p>{html.escape(text, quote=False)}</p>"


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary, without a dangling separator."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:|-–—")[:limit]


def _strip_quotes(text: str) -> str:
    return text.strip().strip("\"'“”").strip()


def parse_seo(raw: str) -> str:
    """``{"title", "description"}`` JSON, lengths enforced by cutting at a word boundary."""
    title = description = ""
    try:
        data = json.loads(raw.strip())
        if isinstance(data, dict):
            title = str(data.get("title", ""))
            description = str(data.get("description", ""))
    except json.JSONDecodeError:
        # The completion prompt ends in "SEO title:", so the first line is the title.
        text = raw if re.match(r"\s*seo title\s*:", raw, re.I) else "SEO title:" + raw
        for line in text.splitlines():
            label, _, value = line.partition(":")
            if label.strip().lower() in ("seo title", "title"):
                title = title or value
            elif label.strip().lower() in ("meta description", "description"):
                description = description or value
    title = shorten(_strip_quotes(title), seo_prompt.TITLE_MAX)
    description = shorten(_strip_quotes(description), seo_prompt.DESCRIPTION_MAX)
    if len(title) < 3:
        raise MalformedOutput("the SEO title is missing")
    if len(description) < 20:
        raise MalformedOutput("the meta description is missing or too short")
    return seo_to_text(SeoCopy(title=title, description=description))


def _faq_from_json(raw: str) -> list[FaqItem] | None:
    start, end = raw.find("["), raw.rfind("]")
    if start == -1 or end <= start:
        return None
    try:
        data = json.loads(raw[start : end + 1])
    except json.JSONDecodeError:
        return None
    if not isinstance(data, list):
        return None
    return [
        FaqItem(question=str(i.get("question", "")), answer=str(i.get("answer", "")))
        for i in data
        if isinstance(i, dict)
    ]


def _faq_from_lines(raw: str) -> list[FaqItem]:
    # The completion prompt ends in "Q:", so the text starts inside the first question.
    text = raw if re.match(r"\s*Q\s*:", raw) else "Q:" + raw
    items: list[FaqItem] = []
    question: str | None = None
    for line in text.splitlines():
        label, _, value = line.partition(":")
        label = label.strip().upper()
        if label == "Q":
            question = value.strip()
        elif label == "A" and question:
            items.append(FaqItem(question=question, answer=value.strip()))
            question = None
    return items


def parse_faq(raw: str) -> str:
    """A JSON list of 3 to 6 ``{"question", "answer"}`` pairs, duplicates and blanks removed."""
    items = _faq_from_json(raw) or _faq_from_lines(raw)
    kept: list[FaqItem] = []
    seen: set[str] = set()
    for item in items:
        question = re.sub(r"\s+", " ", flat_text(item.question)).strip()
        answer = re.sub(r"\s+", " ", flat_text(item.answer)).strip()
        key = question.lower()
        if not question or not answer or key in seen:
            continue
        seen.add(key)
        kept.append(FaqItem(question=question, answer=answer))
    if len(kept) < faq_prompt.MIN_ITEMS:
        raise MalformedOutput(f"the FAQ has {len(kept)} usable pairs, fewer than 3")
    return faq_to_text(kept[: faq_prompt.MAX_ITEMS])


def is_refusal(text: str) -> bool:
    """True when a reply says the listing does not answer the question."""
    lowered = text.lower()
    return any(hint in lowered for hint in _REFUSAL_HINTS)


def parse_reply(raw: str) -> str:
    """Plain text of one to a few sentences; any refusal becomes the one fixed refusal sentence."""
    lines = [ln for ln in raw.splitlines() if ln.strip() and not _PROMPT_LABELS.match(ln)]
    text = re.sub(r"\s+", " ", flat_text(" ".join(lines[:3]))).strip()
    if is_refusal(text):
        return reply_prompt.REFUSAL
    text = _trim_unfinished(text)
    if len(text) < 2:
        raise MalformedOutput("the reply is empty")
    return text


_PARSERS = {
    DraftKind.DESCRIPTION: parse_description,
    DraftKind.SHORT_DESCRIPTION: parse_short_description,
    DraftKind.SEO: parse_seo,
    DraftKind.FAQ: parse_faq,
    DraftKind.REPLY: parse_reply,
}


def parse_output(kind: DraftKind, raw: str, stops: tuple[str, ...] = ()) -> str:
    """The stored form of a model's raw text for ``kind``; raises MalformedOutput."""
    return _PARSERS[kind](cut_at_stop(raw, stops))
