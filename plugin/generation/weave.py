"""The planner's plain draft woven into prose by the tuned embedded model.

The planner's sentences are true but read as a spec sheet said one fact at a time ("It is
foldable, so …. It has a drainage hole, so …."); thirteen rounds of blind rating kept them
near 2.5 of 5. Here the model is given the listing's facts and the planner's plain draft and
writes the prose a copywriter would: what the product is, then its key facts woven together
with what they do for the buyer. The copy-clause adapter is trained on that task too
(``training/data/weave*.jsonl``). Every woven draft is checked by the guardrails like any
other; where none passes, the planner's draft stands.
"""

from __future__ import annotations

import html
import re

from plugin.domain import Listing

# The prompt's last line; the model writes the prose after it and ends with ``END``.
CUE = "Copy:"
END = "###"
STOP = (END, "\nProduct:", "\n\n\n")
MAX_NEW_TOKENS = 190
# Prose shorter than this is no better than the planner's draft.
MIN_WORDS = 25

_LIST = re.compile(r"<ul>.*</ul>", re.S)
_TAG = re.compile(r"<[^>]+>")


def split_draft(draft_html: str) -> tuple[str, str]:
    """A planned description's prose as plain text, and its facts list as it is."""
    facts = _LIST.search(draft_html)
    prose_html = _LIST.sub("", draft_html)
    paragraphs = [
        html.unescape(_TAG.sub("", p)).strip() for p in re.split(r"</p>\s*<p>", prose_html)
    ]
    return "\n".join(p for p in paragraphs if p), facts.group(0) if facts else ""


def _list_items(list_html: str) -> list[str]:
    return [html.unescape(_TAG.sub("", item)) for item in re.findall(r"<li>(.*?)</li>", list_html)]


def _kind_lines(listing: Listing) -> list[str]:
    """How the product is sold, where that is what the buyer gets."""
    lines = []
    if listing.kind == "grouped" and listing.children:
        lines.append("Groups (each sold on its own): " + "; ".join(listing.children))
    if listing.kind == "external":
        lines.append("Sold on another site" + (f" ({listing.button_text})" if listing.button_text else ""))
    if listing.downloadable:
        names = "; ".join(listing.downloads)
        lines.append("Download" + (f": {names}" if names else ""))
    elif listing.virtual:
        lines.append("Virtual: nothing is posted")
    return lines


def weave_prompt(listing: Listing, draft_html: str) -> str:
    """What the model reads: the listing's facts (as the draft's list gives them, no price,
    stock or parcel), its kind, type and tags, and the planner's prose to rewrite."""
    prose, list_html = split_draft(draft_html)
    lines = [f"Product: {listing.title}"]
    if listing.product_type:
        lines.append(f"Type: {listing.product_type}")
    elif listing.categories:
        lines.append(f"Type: {listing.categories[0].split('>')[-1].strip()}")
    if listing.vendor:
        lines.append(f"Brand: {listing.vendor}")
    if listing.tags:
        lines.append("Tags: " + ", ".join(listing.tags))
    lines += _kind_lines(listing)
    items = _list_items(list_html)
    if items:
        lines.append("Facts:")
        lines += [f"- {item}" for item in items]
    lines.append("Plan: " + " ".join(prose.splitlines()))
    return "\n".join(lines) + f"\n{CUE}\n"


def woven_html(text: str, title: str, list_html: str) -> str:
    """The model's prose as paragraphs, the product's name in bold where it is said whole,
    then the planner's facts list."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text.strip()) if p.strip()]
    escaped_title = html.escape(title)
    out = []
    bolded = False
    for paragraph in paragraphs:
        escaped = html.escape(paragraph)
        if not bolded and escaped_title in escaped:
            escaped = escaped.replace(escaped_title, f"<strong>{escaped_title}</strong>", 1)
            bolded = True
        out.append(f"<p>{escaped}</p>")
    return "".join(out) + list_html
