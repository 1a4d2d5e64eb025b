"""Numbers that are no claim of their own: part of the listing's title or a model name, a
grade's designation, a run of figures written as the listing does, another size system."""

from __future__ import annotations

import re

from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.pack_claims import _PACK_OF
from plugin.guardrails.quantities import Quantity

# A size system named by its country's code, in brackets straight after a figure with its unit
# and at most two words: "5 mm needles (US 8)", "a 4 mm hook (UK 8)".
_ANOTHER_SYSTEM = re.compile(
    r"\d\s?(?:mm|cm|in|g|ml)\b(?:\s+[a-z]+){0,2}\s*\((?:US|UK|EU|JP|AU)\s?$"
)


def _in_another_system(text: str, start: int) -> bool:
    return bool(_ANOTHER_SYSTEM.search(text, max(0, start - 40), start))




_RUN = re.compile(r"[\w.]+(?:[-–/][\w.]+)+$")
# A pair of figures joined by "x" ("10x50" binoculars, a "4x4" tile), a designation the listing
# writes so (round 57): neither figure counts the noun after it.
_PAIR = re.compile(r"\d+(?:[.,]\d+)?[x×]\d+(?:[.,]\d+)?$", re.IGNORECASE)


def _said_as_the_listing_does(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A bare number in a run of figures the listing writes the same ("12-53", a gauge set's
    range in its title), or a pack's count in the listing's words ("a pack of three" of "or a
    pack of three sets"): the listing's own, not a count of something else."""
    start = quantity.start
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(>":
        start -= 1
    end = quantity.end
    while end < len(text) and not text[end].isspace() and text[end] not in ".,;:)<":
        end += 1
    run = text[start:end]
    listed = f" {facts.normal} "
    said_so = _RUN.fullmatch(run) or _PAIR.fullmatch(run)
    if run != quantity.text and said_so and f" {normalise(run)} " in listed:
        return True
    pack = _PACK_OF.search(text, max(0, quantity.start - 16), quantity.start)
    return pack is not None and facts.supports(f"{pack.group()}{quantity.text}")


def _title_spans(text: str, facts: ListingFacts) -> list[tuple[int, int]]:
    """Where the draft gives the listing's own title word for word ("the <strong>Paddle Board
    10'6</strong>", "Ozdoby, sada 6 ks"): a figure in it is the title's, not a claim."""
    title = facts.title.strip()
    if len(title) < 6 or not any(c.isdigit() for c in title):
        return []
    found = re.finditer(re.escape(title), text, re.IGNORECASE)
    return [(m.start(), m.end()) for m in found]


def _in_a_name(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A number in a model name the listing uses ("the Basecamp 1000 stores …")."""
    before = _NAME_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start])
    if before is None or quantity.is_word:
        return False
    return facts.supports(f"{before.group(1)} {quantity.text}")


_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ -]$")
_WORD_BEFORE = re.compile(r"\b([^\W\d_]{3,})[ \t]*[:-]?[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]*-?[ \t]*([^\W\d_]{3,})\b")
_FIGURE_AFTER = re.compile(r"[ \t]+([^\W\d_]{3,})[ \t]*-?[ \t]*(\d[\d.,]*\d|\d)\b")
_NOT_A_NAME = frozenset("the and for with from that this its are was per each pack set of".split())


def _a_designation(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A bare number that the listing writes beside the same word, in either order: an alloy's
    or a grade's designation ("7075 aluminium" of "Material: Aluminium 7075", "spine 500" of
    "Spine: 500"), not a count; and a count word before such a pair ("six spine 500 arrows"),
    which counts the noun after the pair, not the pair's word."""
    if quantity.has_unit:
        return False
    if not quantity.is_word:
        before = _WORD_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        after = _WORD_AFTER.match(text, quantity.end)
        return any(
            word not in _NOT_A_NAME and _beside(word, quantity.text, facts)
            for word in (m.group(1).lower() for m in (before, after) if m)
        )
    pair = _FIGURE_AFTER.match(text, quantity.end)
    return pair is not None and pair.group(1).lower() not in _NOT_A_NAME and (
        _beside(pair.group(1).lower(), pair.group(2), facts)
    )


def _beside(word: str, number: str, facts: ListingFacts) -> bool:
    """The listing writes ``number`` right beside ``word``, either side, in one phrase ("Spine:
    500", "Aluminium 7075"; not "… to 10. Tablets")."""
    w, n = re.escape(word), re.escape(number)
    pattern = re.compile(
        rf"(?<!\w){w}[ \t]*[:-]?[ \t]*{n}(?![\w.,]\d|\w)|(?<![\w.,]){n}[ \t-]*{w}(?!\w)",
        re.IGNORECASE,
    )
    return any(pattern.search(line) for line in facts.lines)
