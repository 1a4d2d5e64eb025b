"""Options and attributes: the values named, offered or absent, and the words no fact explains."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.questions.choices import Choice, Mention, absent_mentions, matching_variants
from plugin.questions.lexicon import COLOURS, CUES, SIZES, STOPWORDS, asking_sentence, fold, has_cue
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import MAX_VARIANT_PRICES, Part, SlotAnswer
from plugin.questions.slot_values import _MASS_VALUE, _PURPOSE, _stock_parts

# a weight class, no mass: "a 7-weight", "the #5 weight"
_CLASS_WEIGHT = re.compile(r"#?\d+\s*-?\s*weight\b")


class _OptionSlots:
    def __init__(
        self,
        listing: Listing,
        question: str,
        choices: list[Choice],
        named: list[Choice],
        mentions: list[Mention],
        cues: dict[str, list[str]],
    ) -> None:
        self.listing = listing
        self.question = question
        self.choices = choices
        self.named = named
        self.mentions = mentions
        self.cues = cues
        self.title = listing.title.strip()

    by_value: set[str] = set()
    by_concept: set[str] = set()

    def _only_by_value(self) -> bool:
        return all(c.name in self.by_value for c in self.named)

    def _absent(self) -> list[Choice]:
        return absent_mentions(self.question, self.choices)

    def _named(self) -> SlotAnswer | None:
        return self._choices_answer(self.named)

    def _choices_answer(self, choices: list[Choice]) -> SlotAnswer:
        parts: list[Part] = []
        lines: list[str] = []
        mentioned = {m.choice.name: m.value for m in self.mentions}
        absent = {c.name for c in absent_mentions(self.question, self.choices)}
        for choice in choices:
            values = ", ".join(choice.values)
            offered = choice.is_option or choice.concept in ("color", "size")
            if choice.name in mentioned and (offered or len(choice.values) == 1):
                parts.append(
                    Part(
                        "has_value",
                        {"title": self.title, "name": choice.name, "value": mentioned[choice.name]},
                    )
                )
            elif choice.name in absent:
                parts.append(
                    Part(
                        "only_values", {"title": self.title, "name": choice.name, "values": values}
                    )
                )
            elif choice.is_option or choice.concept in ("color", "size"):
                parts.append(
                    Part("values", {"title": self.title, "name": choice.name, "values": values})
                )
            else:
                parts.append(Part("attribute", {"name": choice.name, "values": values}))
            lines.append(choice.line)
        chosen = matching_variants(self.listing.variants, self.mentions)
        if (
            chosen
            and len(chosen) <= MAX_VARIANT_PRICES
            and any(v.in_stock is False or (v.in_stock and v.stock_quantity == 0) for v in chosen)
        ):
            # "do you have it in size 12?": it is offered, and that one is sold out
            stock_parts, stock_lines = _stock_parts([v for v in chosen if v.in_stock is not None])
            parts += stock_parts
            lines += stock_lines
        # An attribute found by a word of its name or value, not by what the question asks for
        # ("are the pages perforated?" names Pages): the caller checks the question's words.
        weak = (
            not mentioned
            and not absent
            and not any(c.is_option or c.name in self.by_concept for c in choices)
        )
        strict = weak and all(c.name in self.by_value for c in choices)
        return SlotAnswer("option", tuple(parts), tuple(lines), weak=weak, strict=strict)

    def _availability(self) -> SlotAnswer | None:
        """A question naming a value, or a colour or size the listing does not offer, and
        nothing else ("Do you have it in large?", "Can I get it in black?"). What it is for
        ("an XL one for the garage") asks nothing more."""
        if self._leftover_words(purpose=True) and (
            not self.cues["availability"] or self.cues["grouped"]
        ):
            # "is there a charger in the box with the tool-only one?" asks what comes with it
            return None
        absent = absent_mentions(self.question, self.choices)
        mentioned = {m.choice.name for m in self.mentions}
        chosen = [c for c in self.choices if c.name in mentioned or c in absent]
        if not chosen:
            return None
        if self._mass_asked() and not any(
            _MASS_VALUE.search(value) for choice in chosen for value in choice.values
        ):
            # "how heavy is the medium?": that the medium is offered says nothing of its weight
            return None
        return self._choices_answer(chosen)

    def _mass_asked(self) -> bool:
        """Whether the question asks what a thing weighs: a weight word that is neither a
        class ("a 7-weight", "#5 weight") nor an option's own name ("Line weight")."""
        if not self.cues["weight"]:
            return False
        folded = _CLASS_WEIGHT.sub(" ", fold(self.question))
        for choice in self.choices:
            folded = folded.replace(fold(choice.name), " ")
        return bool(has_cue(folded, CUES["weight"]))

    def _leftover_words(self, purpose: bool = False) -> set[str]:
        """The question's words that neither our cues, the product's name, its values, nor
        colour and size words explain: the question is about something else. A word that
        shades a colour ("bottle green") is the colour's; with ``purpose`` (whether a value is
        offered), so is the word after "for the", and a remark after "…?" asks nothing unless
        the question asks a measure ("how heavy is the large one? it goes on a shelf")."""
        explained = set(
            folded_words(
                " ".join(
                    [
                        self.title,
                        *(c.line for c in self.choices),
                        *self.listing.categories,
                    ]
                )
            )
        )
        cue_text = " ".join(c for found in self.cues.values() for c in found)
        explained |= set(folded_words(cue_text))
        explained |= {part for w in explained for part in re.split(r"['-]", w)}
        measured = self.cues["weight"] or self.cues["dimensions"]
        asking = asking_sentence(self.question) if purpose and not measured else self.question
        asked = folded_words(asking)
        shades = {w for w, after in zip(asked, asked[1:], strict=False) if after in COLOURS}
        # a shade of a shade: "bright mustard yellow", "deep sea blue" (round 33)
        shades |= {
            w
            for w, a, b in zip(asked, asked[1:], asked[2:], strict=False)
            if b in COLOURS and a in shades and a not in STOPWORDS
        }
        if purpose:
            shades |= {
                w
                for fr, det, w in zip(asked, asked[1:], asked[2:], strict=False)
                if fr == "for" and det in _PURPOSE
            }
        left = set()
        for word in asked:
            if word in STOPWORDS or word in explained or word in COLOURS or word in SIZES:
                continue
            if word in shades:
                continue
            if len(word) <= 2 or word.isdigit():
                continue
            if word.endswith("s") and word[:-1] in explained:
                continue
            left.add(word)
        return left
