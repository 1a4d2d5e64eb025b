"""Round 50: a measure of one part said of the part, as a shopper reads it.

Blind raters of round 49's kinds marked a part's measure pasted with its label: "What is the
handle length? — The handle length is 12 cm.", "It has a post height of 80 cm.", "Its bead size
is 6 mm." The label names a part and a measure; the part is said with the measure's adjective
("The handle is 12 cm long.", "How long is the handle?"), and where the name counts the parts
("Glass Beads, 200") each one is meant ("Each bead measures 6 mm."). Only labels of one plain
part word and one measure word, and values that are one measure (or a range or a size of two
or three sides), never a word the label shares with a place, a file or the whole.
"""

from __future__ import annotations

import re

from plugin.generation.singular import singular

# A measure's word in a label: the adjective an answer says it with ("" where the value is said
# with "measures") and the one a question asks it with.
MEASURES: dict[str, tuple[str, str]] = {
    "length": ("long", "long"),
    "height": ("high", "tall"),
    "width": ("wide", "wide"),
    "depth": ("deep", "deep"),
    "thickness": ("thick", "thick"),
    "diameter": ("across", "wide"),
    "size": ("", "big"),
}
# Words before a measure that name no part: the whole, a state, a file, a place.
_NO_PART = frozenset(
    """overall total inner outer internal external interior exterior max maximum min minimum
    usable useful finished folded unfolded packed closed open extended drop download file print
    image screen working cutting step font text grid repeat pattern sheet page paper print
    product item body frame set pack package box parcel shipping cup ring shoe dress hat
    glove sock collar neck waist chest hip""".split()
)
_MEASURE = "|".join(MEASURES)
# One measure, a range or a size of two or three sides, with its unit and an optional aside.
_VALUE = (
    r"(?:about |approx\. |approximately |up to )?[\d.,/½¼¾]+"
    r"(?: ?[–x×-] ?[\d.,/½¼¾]+){0,2} ?(?:mm|cm|m|in|ft|\"|″)(?: \([^()]*\))?"
)
_LABEL = rf"(?P<part>[a-z]{{3,}}) (?P<measure>{_MEASURE})"
_PHRASES = (
    # "It has a post height of 80 cm."
    re.compile(rf"^(?:It|They) (?:has|have) an? {_LABEL} of (?P<value>{_VALUE})\.$"),
    # "Its bead size is 6 mm."
    re.compile(rf"^(?:Its|Their|The) {_LABEL} is (?P<value>{_VALUE})\.$"),
)
# "The bead is 6 mm long." where the name counts the beads.
_ONE_OF_MANY = re.compile(
    rf"^The (?P<part>[a-z]{{3,}}) is (?P<value>{_VALUE}) (?P<word>long|high|wide|deep|thick|"
    r"across)\.$"
)
_ASKED = re.compile(rf"^What (?:is|are) the {_LABEL}\?$")


def _a_part(part: str) -> bool:
    return part not in _NO_PART and not part.endswith(("ed", "ing", "ly"))


def _counted(part: str, title: str) -> bool:
    """Whether the name counts the part ("… Beads, 200" and a bead's size)."""
    return any(
        word != part and singular(word) == part for word in re.findall(r"[a-z]+", title.lower())
    )


def _one_measure(measure: str, value: str) -> bool:
    """Whether the value is said with the measure's word: a size only with two or three
    sides ("Needle size: 4 mm" is a grade, not how big the needle is)."""
    return measure != "size" or bool(re.search(r"\d ?[x×] ?\d", value))


def _said(part: str, measure: str, value: str, title: str) -> tuple[str, str]:
    """The answer and the question's "How … is the <part>?" for one part's measure."""
    the = "Each" if _counted(part, title) else "The"
    adjective, asked = MEASURES[measure]
    said = f"measures {value}" if not adjective else f"is {value} {adjective}"
    return f"{the} {part} {said}.", f"How {asked} is {the.lower()} {part}?"


def measured_part(sentence: str, title: str) -> str:
    """One sentence of a short description or a meta with a part's pasted measure said of the
    part ("It has a post height of 80 cm." → "The post is 80 cm high."); anything else as it
    is."""
    for pattern in _PHRASES:
        found = pattern.match(sentence)
        if found and _a_part(found["part"]) and _one_measure(found["measure"], found["value"]):
            return _said(found["part"], found["measure"], found["value"], title)[0]
    one = _ONE_OF_MANY.match(sentence)
    if one and _a_part(one["part"]) and _counted(one["part"], title):
        return f"Each {sentence[4:]}"
    return sentence


def part_measure_asked(question: str, answer: str, title: str) -> tuple[str, str]:
    """A FAQ item that asks a part's measure by its label ("What is the handle length? — The
    handle length is 12 cm.") asked and said of the part ("How long is the handle? — The
    handle is 12 cm long."); any other item as it is."""
    asked = _ASKED.match(question)
    said = _PHRASES[1].match(answer)
    if (
        not asked
        or not said
        or (asked["part"], asked["measure"]) != (said["part"], said["measure"])
        or not _a_part(asked["part"])
        or not _one_measure(said["measure"], said["value"])
    ):
        return question, answer
    answered, how = _said(said["part"], said["measure"], said["value"], title)
    return how, answered
