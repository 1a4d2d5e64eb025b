"""Weights, dimensions, counts and the measures of a part."""

from __future__ import annotations

import dataclasses

from plugin.generation.facts import format_dimensions, format_measure
from plugin.option_names import NAME_SYNONYMS
from plugin.questions.choices import Choice, asked_concepts, matching_variants
from plugin.questions.lexicon import HOW_MUCH, STOPWORDS, fold, has_cue
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import Part, SlotAnswer
from plugin.questions.slot_cues import _NOT_PARTS, _PART_MEASURE, _PART_OF
from plugin.questions.slot_materials import _one
from plugin.questions.slot_options import _OptionSlots
from plugin.questions.slot_values import (
    _FITS,
    _HOW_MANY,
    _HOW_MANY_NOUN,
    _LENGTH,
    _MASS,
    _MASS_ASKED,
    _MASS_VALUE,
    _MEASURE_COUNTED,
    _PER_TIME,
    _PER_UNIT,
    _PIECE_WORDS,
    _bare_count,
    _is_measure,
    _plain,
    _plain_measure,
)


class _MeasureSlots(_OptionSlots):
    def _size_and_weight(self) -> SlotAnswer | None:
        """ "What are its dimensions and how heavy is it?": both answers, when the listing
        states both (round 29); else neither, and each question is decided on its own."""
        weight, size = self._weight(), self._dimensions()
        if weight is None or size is None:
            return None
        return SlotAnswer(
            "dimensions",
            size.parts + weight.parts,
            size.lines + weight.lines,
            weak=size.weak,
            strict=size.strict,
        )

    def _weight(self) -> SlotAnswer | None:
        parts, lines = [], []
        chosen = matching_variants(self.listing.variants, self.mentions)
        weight = chosen[0].weight if chosen and chosen[0].weight else self.listing.weight
        if weight:
            text = format_measure(weight)
            parts.append(Part("weight", {"title": self.title, "weight": text}))
            lines.append(f"Weight: {text}")
        for choice in self.choices:
            if ("weight" in fold(choice.name) or "gewicht" in fold(choice.name)) and (
                any(_MASS_VALUE.search(value) for value in choice.values) or not self._mass_asked()
            ):
                parts.append(
                    Part("attribute", {"name": choice.name, "values": ", ".join(choice.values)})
                )
                lines.append(choice.line)
        return SlotAnswer("weight", tuple(parts), tuple(lines)) if parts else None

    def _count(self) -> SlotAnswer | None:
        """ "how many come in the pack?", "hoeveel past erin?": an attribute that is a bare
        number ("Packets: 6", "Count: 50") for a count, or how much the product holds. Not a
        count of something else per unit ("how many seeds per packet?"), and a counted noun
        in English must be the attribute's, a piece word or the product's own."""
        folded = fold(self.question)
        counting = has_cue(folded, _HOW_MANY)
        if not (counting or has_cue(folded, HOW_MUCH)) or _PER_UNIT.search(folded):
            return None
        if _PER_TIME.search(folded):
            return None
        counts = [c for c in self.choices if all(_bare_count(v) for v in c.values)]
        held = [
            c
            for c in self.choices
            if c.concept == "capacity"
            and _FITS.search(folded)
            and (_MASS_ASKED.search(folded) or not any(_MASS.search(v) for v in c.values))
        ]
        # a measure counted ("how many litres") is what it holds, never a count of packs
        if _MEASURE_COUNTED.search(folded):
            counts = []
        chosen = counts if counting and counts else held
        if not chosen or not self._counted_noun_fits(chosen):
            return None
        return dataclasses.replace(self._choices_answer(chosen), weak=False, strict=False)

    def _counted_noun_fits(self, chosen: list[Choice]) -> bool:
        match = _HOW_MANY_NOUN.search(fold(self.question))
        if not match:
            return True
        noun = _plain(match.group(1))
        known = {_plain(w) for w in folded_words(" ".join([self.title, *(c.name for c in chosen)]))}
        return noun in known or noun in _PIECE_WORDS or noun in STOPWORDS

    def _size_as_measure(self) -> bool:
        """ "what size is the throw?" of a product with no sizes to choose from, and nothing
        else asked ("what size battery?" is no such question): its measures."""
        return (
            "size" in asked_concepts(self.question, self.listing.title)
            and not any(c.concept == "size" for c in self.choices)
            and not self.named
            and not self._leftover_words() - set(NAME_SYNONYMS["size"])
        )

    def _part_measured(self) -> bool:
        """Whether the measure asked is of a part the product's name does not name ("back
        length", "sleeve length", "strap width")."""
        own = {_one(w) for w in folded_words(self.title)}
        for part in _PART_MEASURE.findall(fold(self.question)):
            if part not in STOPWORDS and _one(part) not in own and part not in _NOT_PARTS:
                return True
        return self._part_of_asked()

    def _part_of_asked(self) -> bool:
        """Whether the question measures a part named before the product ("how long is the
        cord on the kettle?", "wie lang ist das Kabel vom Föhn?") whose words are none of the
        product's name: neither its dimensions nor a line named like the part ("Power: 2200 W"
        for "the power cord") answer that."""
        if not self.cues["dimensions"]:
            return False
        own = {_one(w) for w in folded_words(self.title)}
        for match in _PART_OF.finditer(fold(self.question)):
            words = (match.group(1) or match.group(2) or "").split()
            if words and not any(_one(w) in own or _one(w) in _NOT_PARTS for w in words):
                return True
        return False

    def _dimensions(self) -> SlotAnswer | None:
        measured_values = [m.choice for m in self.mentions if _LENGTH.search(m.value)]
        if measured_values:
            # "how big is the queen?" when the value is "Queen (90 x 92 in)"
            return self._choices_answer(list(dict.fromkeys(measured_values)))
        sized = [c for c in self.named if c.concept == "size"]
        if sized:
            return self._choices_answer(sized)
        measured = [c for c in self.choices if _is_measure(c)]
        if measured:
            # A measure the listing states as an attribute (Size: 70 x 12 in, Length: 5.4 in)
            # is the product's own; the shipping dimensions may be its package's. Asked for by
            # a word of measuring, it is no weak match.
            found = self._choices_answer(measured)
            if all(_plain_measure(c) for c in measured):
                return dataclasses.replace(found, weak=False, strict=False)
            return found  # "Packed size" is not the inside height: checked like a name
        if self._part_measured():
            # "the back length of the jacket", "the strap length": a part's measure, which the
            # product's (or its package's) dimensions do not give
            return None
        dims = format_dimensions(self.listing.dimensions) if self.listing.dimensions else None
        held = [c for c in self.choices if c.concept == "capacity" and not c.is_option]
        if not dims:
            return self._choices_answer(held) if held else None
        # How big a cup or a bag is, is also how much it holds.
        parts = [Part("dimensions", {"title": self.title, "dimensions": dims})]
        parts += [Part("attribute", {"name": c.name, "values": ", ".join(c.values)}) for c in held]
        lines = (f"Dimensions: {dims}", *(c.line for c in held))
        return SlotAnswer("dimensions", tuple(parts), lines)
