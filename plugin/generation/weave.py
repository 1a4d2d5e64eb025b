"""The planner's plain draft woven into prose by the tuned embedded model.

The planner's sentences are true but read as a spec sheet said one fact at a time ("It is
foldable, so …. It has a drainage hole, so …."); thirteen rounds of blind rating kept them
near 2.5 of 5. Here the model is given the listing's facts and the planner's plain draft and
writes the prose a copywriter would: what the product is, then its key facts woven together
with what they do for the buyer. Every woven draft is checked by the guardrails like any other;
where none passes, the planner's draft stands. Only an adapter trained for it weaves
(``training/train_lora.py --weave``, which lists the task in ``copydesk_tasks.json``). The
shipped one is not: the embedded 270M model so taught wrote fluent inventions that blind raters
rated a point below the planner's drafts (docs/generation.md, round 14).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from plugin.domain import Listing
from plugin.generation.scoring import grounding, is_filler, listing_words, masked_words

# The prompt's last line; the model writes the prose after it and ends with ``END``.
CUE = "Copy:"
END = "###"
STOP = (END, "\nProduct:", "\n\n\n")
MAX_NEW_TOKENS = 190
# Candidates per description: the greedy one (unless the request asks for a sample) and
# seeded samples, all in one batch.
CANDIDATES = 3
# Prose shorter than this, or than this share of the planner's, says less than the plan.
MIN_WORDS = 15
MIN_SHARE = 0.6
# The share of its content words the listing or the buyer's everyday situation must support
# (a copywriter's prose for the training listings: median 0.59, one in ten under 0.4).
MIN_GROUNDING = 0.35
# What only the prompt says: a candidate that writes it has lost the task.
_PROMPT_WORDS = re.compile(r"(Product|Type|Brand|Tags|Facts|Plan|Copy|Groups|Download):|[<>#*]")

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
        button = f" ({listing.button_text})" if listing.button_text else ""
        lines.append("Sold on another site" + button)
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


class Scored(Protocol):
    """A candidate as the engine returns it (``compose.Candidate``)."""

    @property
    def text(self) -> str: ...

    @property
    def logprob(self) -> float: ...

    @property
    def tokens(self) -> int: ...


def finished(raw: str) -> str | None:
    """The prose of a candidate that ended as taught (with ``END``), else None: one cut off
    by the token budget ends mid-sentence."""
    if END not in raw:
        return None
    text = raw.split(END)[0].strip()
    return text if text.endswith((".", "!", "?")) else None


def _loops(words: list[str]) -> bool:
    """Whether a five-word run comes twice: a small model going round in circles."""
    runs = [tuple(words[i : i + 5]) for i in range(len(words) - 4)]
    return len(runs) != len(set(runs))


def pick(
    listing: Listing,
    candidates: Sequence[Scored],
    plan_words: int,
    check: Callable[[Listing, str], bool] | None,
    penalty: Callable[[str], float],
) -> str | None:
    """The best woven prose that passes, or None (the planner's draft stands). A candidate
    must end as taught, say the title whole, use no filler and no prompt labels, not loop, be
    no shorter than the plan says, be mostly words the listing or everyday use supports (no
    count the listing does not give), and pass ``check`` (the guardrails). The best has the
    highest mean token log-probability, less ``penalty`` (the caller's, for an opening or
    five-word run the batch's other drafts already use)."""
    known = listing_words(listing)
    best: tuple[float, str] | None = None
    for candidate in candidates:
        text = finished(candidate.text)
        if text is None or listing.title not in text or _PROMPT_WORDS.search(text):
            continue
        words = masked_words(text, listing.title)
        if len(words) < max(MIN_WORDS, MIN_SHARE * plan_words) or _loops(words):
            continue
        if is_filler(text) or grounding(text, known) < MIN_GROUNDING:
            continue
        if check is not None and not check(listing, " ".join(text.split())):
            continue
        score = candidate.logprob / max(candidate.tokens, 1) - penalty(text)
        if best is None or score > best[0]:
            best = (score, text)
    return best[1] if best else None
