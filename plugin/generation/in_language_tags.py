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
    # Round 52: a family that is itself a "free of" claim ("ohne Konservierungsstoffe"): the
    # language's negation words are its meaning there, not a denial of it.
    absence: bool = False
    # Round 52: a family a fact of the listing may say with its own reason (a certification)
    # or deny ("Induction: no"): where a fact's label or value names it, the tag says nothing.
    in_facts: bool = False


# Families by how often the seen sets' other-language listings tag them, that the English
# base gives a reason for: handwork first, then waterproof (a "made in" tag, the commonest,
# has no reason; a vegan tag's reason is a diet's, wrong for a shoe); round 52 adds OEKO-TEX,
# no preservatives and induction, in the files that give an agreement-free sentence for them.
TAG_KEYS: dict[str, TagKey] = {
    "handmade": TagKey(
        ("Making", "Handmade"), ("handmade", "hand made", "hand-made", "handcrafted")
    ),
    "waterproof": TagKey(("Features", "Waterproof"), ("waterproof",), whole=True),
    # Round 52: the tags raters asked to hear of next, in the languages that give the words.
    "oeko_tex_tag": TagKey(
        ("Certification", "OEKO-TEX Standard 100"),
        ("oeko-tex", "öko-tex", "oekotex", "oeko tex"),
        in_facts=True,
    ),
    "preservative_free": TagKey(
        ("Features", "Preservative-free"), ("preservative-free", "no preservatives"), absence=True
    ),
    "induction": TagKey(("Features", "Induction compatible"), ("induction",), in_facts=True),
}
# Round 52: at most this many tag families are said, in ``TAG_KEYS``' order.
MAX_TAG_SENTENCES = 2


def tag_keys(listing: Listing, language: LanguageWords) -> list[str]:
    """The families the listing's tags name in ``language`` (or by their marks), in
    ``TAG_KEYS``' order, at most ``MAX_TAG_SENTENCES``."""
    found: list[str] = []
    facts = [f"{name}: {v}" for name, values in listing.attributes.items() for v in values]
    for key, spec in TAG_KEYS.items():
        if key not in language.reasons or not english_reason_for(spec.english):
            continue
        words = (*language.reason_words.get(key, ()), *spec.marks)
        if word_found(words, listing.title):
            continue  # the title says it: said again it only repeats the title
        if spec.in_facts and any(word_found(words, f) for f in facts):
            continue  # a fact says it (with its reason where it has one) or denies it
        stops = language.reason_not.get(key, ())
        told = [
            t
            for t in listing.tags
            if t.strip()
            and (named_whole(t, words) if spec.whole else word_found(words, t))
            and not (stops and word_found(stops, t))
        ]
        if told and (spec.absence or not any(word_denied(t, language) for t in told)):
            found.append(key)
    return found[:MAX_TAG_SENTENCES]


def tag_key(listing: Listing, language: LanguageWords) -> str | None:
    """The first family a tag of the listing names in ``language`` (or by its marks), or
    None."""
    keys = tag_keys(listing, language)
    return keys[0] if keys else None


def tag_sentences(listing: Listing, language: LanguageWords) -> list[str]:
    """The sentences for the listing's tagged selling points (none where no tag names one)."""
    return [language.reasons[key] for key in tag_keys(listing, language)]


def tag_sentence(listing: Listing, language: LanguageWords) -> str:
    """The sentence for the listing's first tagged selling point ("" for none)."""
    said = tag_sentences(listing, language)
    return said[0] if said else ""
