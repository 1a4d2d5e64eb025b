"""A planned sentence and its role: what the planner writes and the renderer, the scorer and
the purpose sentence read, apart from the planner so they can import it without a circle."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    HOOK = "hook"
    FEATURE = "feature"
    BUILD = "build"
    CHOICE = "choice"
    DETAIL = "detail"


@dataclass(frozen=True)
class Sentence:
    """One planned sentence: ``lead`` is its written, factual part (plain text); ``ask`` says
    what the model adds after it (``"hook"``, ``"reason"``, or ``""`` for nothing).
    ``facts`` are the listing values it uses, for scoring and tests."""

    role: Role
    lead: str
    ask: str = ""
    facts: tuple[str, ...] = ()
    paragraph: int = 0
    # What the sentence says when no model ending passes (the hook's needs one), and the index
    # of a later sentence that fallback already says (then left out).
    fallback: str = ""
    replaces: int = -1
    # The hook's alternative openers with the facts each uses; the best ending decides.
    options: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # A spec told only with a reason ("Its grind has 40 settings, so …"): when no reason
    # passes, the sentence is left out and the fact stays in the list.
    optional: bool = False
    # A fact a buyer reads for even without a reason: what it does, works with or suits, or
    # one whose meaning is its value ("Roast: Medium"); other bare facts give way to reasons.
    told: bool = False
    # A main fact told plainly, with no reason (``prose_facts``): two such are said as one.
    plain: bool = False
    # A fact ``more_facts`` told to fill short prose (round 27): it may open a listing with
    # nothing else to say, but no other fact gives way to it.
    added: bool = False
    # Round 47: a line the list under the description shows (a choice, an allergen or care
    # line): the description's prose leaves it out; the other kinds may still say it.
    listed: bool = False
    # Round 47: the end of the sentence the list shows (a care instruction after the origin):
    # the description's prose says the sentence without it.
    listed_tail: str = ""


# The planner's sentences, each with its finished text, as the renderers take them.
Written = list[tuple[Sentence, str]]
