"""The words a finished sentence says, and whether it says again what is said already: shared
by the short description's and the meta description's choice of sentences."""

from __future__ import annotations

import re


def stems_of(text: str) -> set[str]:
    """Words cut to six letters, so "Insulated" meets "insulation"."""
    return {w[:6] for w in words_of(text) if len(w) > 2 and not w[:1].isdigit()} - FRAME_WORDS


def mostly_new(answer: str, said: set[str]) -> bool:
    """Whether most of an answer's words are not already said ("includes a dripper, a grinder
    and a mug" after "brings together a dripper, a grinder and a mug" is not)."""
    content = words_of(answer) - FRAME_WORDS
    new = content - said
    return len(new) > 1 and 2 * len(new) >= len(content)


def repeats(text: str, said: set[str]) -> bool:
    """Whether a sentence tells again what is said: fewer than half its words are new ("Its
    width is 22 in (56 cm)." after "Its width is 22 in.")."""
    content = words_of(text) - FRAME_WORDS
    # "Its age is 14+." after "It is for ages 14+.": a word said in the plural is said (round 27).
    new = {w for w in content - said if f"{w}s" not in said and w.removesuffix("s") not in said}
    return not new or 2 * len(new) < len(content)


def says_again(text: str, said: set[str]) -> bool:
    """``repeats``, or every word of three letters or more said already: "It is made of
    recycled HDPE, 8 mm." after "… is crafted from recycled HDPE." (round 26)."""
    named = {w for w in words_of(text) - FRAME_WORDS if re.search(r"[a-z]{3}", w)}
    return repeats(text, said) or bool(named) and named <= said


_WORD = re.compile(r"[a-z0-9][a-z0-9'’.-]*")


def words_of(text: str) -> set[str]:
    return {w.strip(".") for w in _WORD.findall(text.lower())}


def numbers_of(text: str) -> set[str]:
    """The words that hold a digit ("12", "IPX4", "0.5"), so "IPX4" is not "4 hours"."""
    return {w.strip(".,;:()") for w in re.findall(r"\S*\d\S*", text)}


# The words an answer's frame adds, not its fact ("It is made in …").
FRAME_WORDS = frozenset(
    "a an the it its is are they their them of in on and or to for with made comes come "
    "has have holds hold measures measure weighs weigh contains contain includes include "
    "this these".split()
)
