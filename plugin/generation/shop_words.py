"""The shop's own words kept out of English sentences (round 42).

heldout44's raters read English prose on listings written in another language as neither
language: a label left as the shop wrote it inside an English frame ("Its <label> is …", "a
choice of <label>: …") and values in the shop's words set into English sentences. The examples
here are made up:

- a choice named by a label in the shop's language ("lets you choose the groesse: 38, 40 or
  42") is said without the label ("lets you choose from 38, 40 or 42"), where its values read
  in English (numbers, units, English words);
- any other sentence that still says one of the shop's words (a label, or a value of a label
  in the shop's language, in lower case: a name keeps its capital) is left to the list.

A word is the shop's where the listing is in the shop's language (most of its labels do not
read as English, ``englishness``), or where the value itself is in another script or alphabet.
The list and the other kinds are not touched here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plugin.domain import Listing
from plugin.generation.english_labels import in_one_language
from plugin.generation.two_languages import english_words, englishness

_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*[^\W\d_]")


def _lettered(text: str) -> bool:
    return re.search(r"[^\W\d_]{3,}", text) is not None


def shop_labels(names: Iterable[str]) -> bool:
    """Whether most of these labels (those with a word) are in a language other than English."""
    labels = [n for n in names if _lettered(n)]
    foreign = [n for n in labels if englishness(n) <= 0]
    return bool(labels) and len(foreign) * 2 > len(labels)


def shop_language(listing: Listing) -> bool:
    """Whether most of the listing's labels are in a language other than English."""
    return shop_labels((*listing.attributes, *listing.options))


def shop_words(listing: Listing) -> tuple[set[str], set[str]]:
    """The shop's labels (whole, lower case) and the shop's words (lower case) that an English
    sentence must not say."""
    known = english_words()
    listing = in_one_language(listing)  # "Kleur / Colour: Rood / Red" is said on its English side
    own = shop_language(listing)
    labels: set[str] = set()
    words: set[str] = set()
    for label, values in (*listing.attributes.items(), *listing.options.items()):
        foreign_label = own and _lettered(label) and englishness(label) <= 0
        if foreign_label:
            labels.add(label.strip().lower())
        for text in (label if foreign_label else "", *values):
            if not text or not (foreign_label or own or englishness(text) < 0):
                continue
            for word in _WORD.findall(text):
                low = word.lower()
                if not (foreign_label or own) and low.isascii():
                    continue  # "Ώχρα / Ochre": only the other alphabet's side is the shop's
                if len(low) >= 3 and low not in known and low.rstrip("s") not in known:
                    words.add(low)
    return labels, words


def _lower_words(text: str) -> set[str]:
    """The sentence's words written in lower case (a word with a capital is a name)."""
    return {w for w in _WORD.findall(text) if w == w.lower()}


def without_shop_words(text: str, listing: Listing, first: bool = False) -> str | None:
    """The sentence with a shop-language label taken out of its choice frame, or ``None`` where
    it still says one of the shop's words. ``text`` has the title masked. A ``first`` line may
    keep the shop's values (the options' own names, "lets you choose from rood or blauw"), never
    a label: leaving it out would leave the draft with no first line."""
    labels, words = shop_words(listing)
    if not words:
        return text
    said = text
    for label in sorted(labels, key=len, reverse=True):
        frame = re.compile(
            rf"\b(?P<verb>choice of|choose|select|pick)(?: the| a)? {re.escape(label)}:\s",
            re.IGNORECASE,
        )
        said = frame.sub(
            lambda f: f"{f['verb']} " if f["verb"].lower() == "choice of" else f"{f['verb']} from ",
            said,
        )
    if first:
        low = said.lower()
        return None if any(re.search(rf"\b{re.escape(x)}\b", low) for x in labels) else said
    if {w.lower() for w in _lower_words(said)} & words:
        return None
    return said


def reads_english(text: str) -> bool:
    """Whether every word in lower case of three letters or more is one the knowledge base's
    English uses (a line built from the shop's category: "is a hamer" does not)."""
    known = english_words()
    return all(
        w.lower() in known or w.lower().rstrip("s") in known
        for w in _lower_words(text)
        if len(w) >= 3
    )
