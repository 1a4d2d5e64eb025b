"""What a structured answer is: the parts it says and the fact lines it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_VARIANT_PRICES = 8
# Price cues that ask a price only of a variant named or when nothing else fits ("how much
# is the L?"); "how much" alone never does (lexicon.HOW_MUCH).
WEAK_PRICE_CUES = frozenset({"how much is", "how much are", "pay"})


@dataclass(frozen=True)
class Part:
    """One sentence of a structured answer: a template key and the facts that fill it."""

    key: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SlotAnswer:
    intent: str
    parts: tuple[Part, ...]
    lines: tuple[str, ...]
    # Found through an attribute's name or value words alone (no option, no value asked for):
    # the question may be about something else that merely shares a word ("does the leather
    # crease?" is no question about the Material), so the caller checks its topic words.
    weak: bool = False
    # Found through a value word alone (not the attribute's name): the shared words must
    # outnumber the question's words the listing never uses.
    strict: bool = False
