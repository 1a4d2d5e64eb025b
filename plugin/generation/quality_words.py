"""Labels that name a quality of the whole product, and the words that grade one (round 36).

heldout37's raters marked a quality's one-word value read back in its label's frame: "What is
the … like? — The … is <one word>." in the FAQ and "has a <word> <label>" in the short
description, where the word already says the quality. A grading word ("mild", "dark", "fine")
is had with its label ("It has a mild flavour."); any other word is what the product is ("It
is sweet."). A part's state ("The handle is oiled.") is no quality of the whole and stays.
"""

from __future__ import annotations

import re

QUALITIES = frozenset(
    """heat spice spiciness strength flavour flavor taste texture roast grind condition
    intensity sweetness acidity aroma""".split()
)
# Words that grade a quality, said with it: "a medium roast", "a fine grind", "a strong taste".
GRADES = frozenset(
    """mild medium hot-medium light dark fine coarse strong full bold low high extra""".split()
)
_STATE = r"[a-z]+(?:-[a-z]+)?(?: and [a-z]+(?:-[a-z]+)?)?"
# "has a fiery spice", "have a sweet taste": a state of the product said as a thing it has.
_HAD = re.compile(rf"\b(?P<has>has|have) an? (?P<state>{_STATE}) (?P<label>[a-z]+)(?=[.,;]|$)")


def quality_state(label: str, state: str, subject: str) -> str | None:
    """ "It is fiery." for a quality and its one-word value, "It has a mild spice." for a grade;
    ``None`` where the label is no quality or the value is no plain word or two."""
    if label not in QUALITIES or not re.fullmatch(_STATE, state):
        return None
    has, be = ("have", "are") if subject == "They" else ("has", "is")
    if state in GRADES:
        return f"{subject} {has} a {state} {label}."
    return f"{subject} {be} {state}."


def had_as_state(text: str) -> str:
    """ "It has a fiery spice." → "It is fiery."; a grade stays had ("It has a dark roast.")."""

    def said(match: re.Match[str]) -> str:
        if match["label"] not in QUALITIES or match["state"].split()[0] in GRADES:
            return match[0]
        return f"{'is' if match['has'] == 'has' else 'are'} {match['state']}"

    return _HAD.sub(said, text)
