"""Round 51: a selling point the listing's own tags carry, said with its reason in the shop's
language as a second sentence after the first line.

Each key names a tag family, the English fact the knowledge base reads for it (said only where
``benefits.benefit_for`` gives that fact a reason with no product named), marks written alike
in every language (a shop's English tag, "handmade"), and each language file's ``reasons``
entry of the same key: the words that find the family in a tag (at a word's start, as fact
reasons are found) and the sentence, which says the tag's fact and its reason together
("Ruční práce, takže …") and names no product, so it takes no agreement from it. A tag that a
negation word of the language denies, or a ``not`` word marks as something else (a salt raked
or a fruit picked by hand is no handwork), says nothing, nor does a family the title already
names.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugin.domain import Listing
from plugin.generation.in_language_reasons import (
    english_reason_for,
    named_whole,
    word_denied,
    word_found,
)
from plugin.generation.languages import LanguageWords


@dataclass(frozen=True)
class TagKey:
    """A tag family whose fact the English knowledge base gives a reason."""

    english: tuple[str, str]
    # A shop's tag written in English whatever its language.
    marks: tuple[str, ...] = ()
    # The tag must be the word alone, with at most a short ending ("wodoodporna"): a word
    # inside a longer tag may name something else ("防水スプレー", a waterproofing spray).
    whole: bool = False


# Families by how often the seen sets' other-language listings tag them, that the English
# base gives a reason for: handwork first, then waterproof (a "made in" tag, the commonest,
# has no reason; a vegan tag's reason is a diet's, wrong for a shoe).
TAG_KEYS: dict[str, TagKey] = {
    "handmade": TagKey(
        ("Making", "Handmade"), ("handmade", "hand made", "hand-made", "handcrafted")
    ),
    "waterproof": TagKey(("Features", "Waterproof"), ("waterproof",), whole=True),
}


def tag_key(listing: Listing, language: LanguageWords) -> str | None:
    """The first family a tag of the listing names in ``language`` (or by its marks), or
    None."""
    for key, spec in TAG_KEYS.items():
        if key not in language.reasons or not english_reason_for(spec.english):
            continue
        words = (*language.reason_words.get(key, ()), *spec.marks)
        if word_found(words, listing.title):
            continue  # the title says it: said again it only repeats the title
        stops = language.reason_not.get(key, ())
        told = [
            t
            for t in listing.tags
            if t.strip()
            and (named_whole(t, words) if spec.whole else word_found(words, t))
            and not (stops and word_found(stops, t))
        ]
        if told and not any(word_denied(t, language) for t in told):
            return key
    return None


def tag_sentence(listing: Listing, language: LanguageWords) -> str:
    """The sentence for the listing's tagged selling point ("" for none)."""
    key = tag_key(listing, language)
    return language.reasons[key] if key else ""
