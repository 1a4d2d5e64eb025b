"""The facts a reply may use, as short passages: the listing's fact lines, its approved FAQ and the
shop's policies (shipping, returns, care), long texts split into sentences so each can be ranked."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from plugin.domain import FaqItem, Listing
from plugin.generation.facts import build_facts

POLICY_LABELS = {"shipping": "Shipping policy", "returns": "Returns policy", "care": "Care policy"}
LONG_LINE_CHARS = 160
MAX_POLICY_CHARS = 4000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Passage:
    """One fact a reply may rest on. ``source`` is ``listing``, ``faq`` or ``policy``."""

    source: str
    text: str


def split_sentences(text: str) -> list[str]:
    flat = _SPACE.sub(" ", text).strip()
    return [s.strip() for s in _SENTENCE_END.split(flat) if s.strip()]


def listing_passages(listing: Listing) -> list[Passage]:
    """The listing's fact lines; a long description line becomes one passage per sentence."""
    found: list[Passage] = []
    for line in build_facts(listing):
        label, _, value = line.partition(": ")
        if len(line) > LONG_LINE_CHARS and value:
            found.extend(Passage("listing", f"{label}: {s}") for s in split_sentences(value))
        else:
            found.append(Passage("listing", line))
    return found


def faq_passages(items: Iterable[FaqItem]) -> list[Passage]:
    return [
        Passage("faq", f"FAQ: {item.question.strip()} {item.answer.strip()}")
        for item in items
        if item.question.strip() and item.answer.strip()
    ]


def policy_passages(policies: Mapping[str, str]) -> list[Passage]:
    """Each sentence of each policy text, labelled with the policy it belongs to."""
    found: list[Passage] = []
    for key, label in POLICY_LABELS.items():
        text = str(policies.get(key) or "")[:MAX_POLICY_CHARS]
        found.extend(Passage("policy", f"{label}: {s}") for s in split_sentences(text))
    return found


FREE_TEXT_LABELS = ("Summary", "Current description")


def is_free_text(passage: Passage) -> bool:
    """A description sentence, an FAQ answer or a policy: not one of the listing's structured
    fact lines (options, prices, measures …)."""
    if passage.source != "listing":
        return True
    return passage.text.partition(":")[0] in FREE_TEXT_LABELS


def collect_passages(
    listing: Listing, faq: Iterable[FaqItem], policies: Mapping[str, str]
) -> list[Passage]:
    """Every passage for one product, without duplicates, in a stable order."""
    seen: set[str] = set()
    unique: list[Passage] = []
    for passage in [*listing_passages(listing), *faq_passages(faq), *policy_passages(policies)]:
        if passage.text not in seen:
            seen.add(passage.text)
            unique.append(passage)
    return unique
