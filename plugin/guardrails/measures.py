"""What a quantity measures: its axis ("45 cm tall" is a height) or part ("a 120 cm strap"), and
the kind its verb asks for ("weighs" wants a mass). The same reading is made of the listing,
where an attribute's name says it ("Strap length: 120 cm", dimensions' length/width/height).
"""

from __future__ import annotations

import itertools
import re

from plugin.guardrails.vocabulary import COLOURS, MATERIALS

# axis word -> axis
_AXIS_WORDS = {
    "tall": "height", "high": "height", "height": "height", "heights": "height",
    "long": "length", "length": "length", "lengths": "length",
    "wide": "width", "width": "width", "breadth": "width", "across": "across",
    "deep": "depth", "depth": "depth",
    "diameter": "diameter", "dia": "diameter", "round": "diameter",
    "thick": "thickness", "thickness": "thickness",
}  # fmt: skip
# Which axes one measure may be called: "35 cm deep" for a 35 cm width is fair, and "4 in deep"
# for a bowl 4 in high; a length stated as a height is not.
COMPATIBLE = {
    "height": {"height", "depth"},
    "length": {"length", "across"},
    "width": {"width", "depth", "diameter", "across"},
    "depth": {"depth", "width", "height"},  # a bowl's depth is its height, a drawer's is not
    # a round thing's thickness is its diameter, measured across it: "stems 20 mm thick" are
    # "2 cm across"
    "diameter": {"diameter", "width", "across", "thickness"},
    "across": {"across", "width", "diameter", "length", "thickness"},
    "thickness": {"thickness", "across", "diameter"},
}
# "a 62 cm high-gloss top": an axis word that starts a compound is not an axis.
_AFTER = re.compile(r"^[ \t-]*(?:in[ \t]+)?(?P<axis>" + "|".join(_AXIS_WORDS) + r")(?![\w-])", re.I)
_BEFORE = re.compile(
    r"\b(?P<axis>"
    + "|".join(_AXIS_WORDS)
    + r")\s+(?:of|is|at|:)?\s*(?:up to|about|around|just)?\s*$",
    re.I,
)
# Words before a figure and the kinds of measure they allow: "weighs 45 cm" is wrong, "holds
# 10,000 mAh" and "holds up to 20 kg" are not.
_KIND_BEFORE = (
    (re.compile(r"\b(?:weighs?|weighing|weight(?: of| is|:)?|tips the scales? at)\s+(?:in at\s+)?"
                r"(?:only |just |about |around |under |over |less than |more than )?$", re.I),
     frozenset({"mass"})),
    (re.compile(r"\b(?:measures?|measuring|stands?|standing)\s+"
                r"(?:about |around |just |roughly |only )?$", re.I),
     frozenset({"length", "area", "volume"})),
)  # fmt: skip
# "a 20 cm blade", "20 cm long blade"; "12 cm long, with …" names an axis and no part
_PART_AFTER = re.compile(
    r"^[\s-]+(?:(?:long|wide|tall|high|deep|thick|across)\s+)?"
    r"(?P<part>(?!(?:long|wide|tall|high|deep|thick|across)\b)[a-z]{3,})\b"
)  # "80 mm across" is an axis, no part (round 29)
_PART_BEFORE = re.compile(
    r"\b(?:the|its|a|an|with)\s+(?P<part>[a-z]{3,})\s+(?:is|measures|reaches|extends to|"
    r"of)\s+(?:up to |about |around |just |a )?$",
    re.I,
)
# Attribute names that say nothing about a part: "Dimensions", "Size", "Overall length".
GENERIC = frozenset(
    "dimensions dimension size sizes measurements measurement overall product item net total "
    "assembled unit weight capacity volume length width height depth diameter thickness max "
    "maximum approx approximate approximately outer inner external internal feature features "
    "care price detail details spec specs specification specifications info information note "
    "notes extra other include includes highlight highlights technical tech with and the for "
    "from that this into onto over under about each every per when while which".split()
)


def axis_near(text: str, start: int, end: int) -> str:
    """The axis a quantity at ``text[start:end]`` is given for, or ""."""
    after = _AFTER.match(text[end : end + 20])
    if after:
        return _AXIS_WORDS[after.group("axis").lower()]
    before = _BEFORE.search(_on_its_line(text, start, 24))
    return _AXIS_WORDS[before.group("axis").lower()] if before else ""


def kinds_asked(text: str, start: int) -> frozenset[str]:
    """The kinds of measure the words before a quantity allow ("weighs" -> mass), or none."""
    before = _on_its_line(text, start, 32)
    return next((kinds for pattern, kinds in _KIND_BEFORE if pattern.search(before)), frozenset())


def _on_its_line(text: str, start: int, width: int) -> str:
    """Up to ``width`` characters before ``start`` on its own line or list item: a list item
    ending "… draw length" or "… draw weight" says nothing of the next one's figure."""
    return re.split(r"\n|<[^>]*>", text[max(0, start - width) : start])[-1]


# "38 cm square": a shape, each side that long, not the part "square" ("1.6 in squares").
_SHAPE_AFTER = re.compile(r"\s+square\b(?!s)", re.IGNORECASE)


# a unit's letters, not a share, a ratio or a vulgar fraction
_MEASURE_UNIT = re.compile(r"[^\d\s.,/%½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")


def _material_word(word: str) -> bool:
    return bool(MATERIALS.pattern.fullmatch(word))


def part_near(text: str, start: int, end: int, known: set[str]) -> str:
    """The part a quantity belongs to ("a 120 cm strap", "the blade is 20 cm"), only if the
    listing mentions that noun (``known``): a word it never uses cannot be checked."""
    after = None if _SHAPE_AFTER.match(text, end) else _PART_AFTER.match(text[end : end + 30])
    if after and _MEASURE_UNIT.search(text[start:end]):
        # "a 30 ml cedar beard oil", "a 2 m oak shelf", "a 30 mm sable-hair tip": the material
        # qualifies the noun after it ("80% merino", "a 70/30 cotton-linen blend" are shares
        # of the material itself)
        at = end + after.start("part")
        low = text.lower().replace("-", " ")
        colour = COLOURS.pattern.match(low, at)
        if colour and re.match(r" ", low[colour.end() :]):
            if MATERIALS.pattern.match(low, colour.end() + 1):
                at = colour.end() + 1  # "a 2 m red cotton cord": a colour before its material
        material = MATERIALS.pattern.match(low, at)
        kind = re.match(r"[a-z]+-(?=[a-z])", text[at : at + 20].lower())
        if not material and kind:  # "a 300 mm carbon-steel rasp": a kind of the material
            material = MATERIALS.pattern.match(low, at + kind.end())
        if material and re.match(r"\W|$", text[material.end() : material.end() + 1]):
            skip = material.end()
            after = _PART_AFTER.match(text[skip : skip + 30])
    for match in (after, _PART_BEFORE.search(text[max(0, start - 40) : start])):
        if match:
            part = singular(match.group("part").lower())
            if part in known and part not in GENERIC:
                return part
    return ""


_PHRASE_AFTER = re.compile(r"^[\s-]+(?P<words>[a-z]{3,}(?:[\s-][a-z]{3,}){0,2})\b")
_PHRASE_STOP = frozenset("and with for from per each the that which into".split())
_PHRASE_BEFORE_BRACKET = re.compile(r"(?P<words>(?:[a-z]{3,}[\s-]){1,3})\(\s*$", re.I)


def phrase_parts(text: str, start: int, end: int, known: set[str]) -> set[str]:
    """The nouns of the phrase a listing's figure belongs to: "a 1.5 m picnic blanket" belongs to
    the blanket as much as to "picnic", "12 l storage bag" to the bag, and "cotton napkins (40
    cm each)" to the napkins."""
    match = _PHRASE_AFTER.match(text[end : end + 40])
    after = re.split(r"[\s-]", match.group("words").lower()) if match else []
    words = list(itertools.takewhile(lambda word: word not in _PHRASE_STOP, after))
    bracket = _PHRASE_BEFORE_BRACKET.search(text[max(0, start - 40) : start])
    if bracket:
        words += reversed(bracket.group("words").lower().split())
    out = set()
    for word in words:
        part = singular(word)
        if part in known and part not in GENERIC:
            out.add(part)
    return out


def axis_of_label(label: str) -> str:
    """The axis an attribute's name gives ("Strap length" -> length, "Seat height" -> height)."""
    for word in reversed(re.findall(r"[a-z]+", label.lower())):
        if word in _AXIS_WORDS:
            return _AXIS_WORDS[word]
    return ""


def parts_of_label(label: str) -> frozenset[str]:
    words = {singular(w) for w in re.findall(r"[^\W\d_]{3,}", label.lower())}
    return frozenset(w for w in words if w not in GENERIC and w not in _AXIS_WORDS)


def compatible(claimed: str, listed: str) -> bool:
    """A fact without an axis fits any; otherwise the two must be names for the same axis."""
    if not claimed or not listed:
        return True
    return listed in COMPATIBLE.get(claimed, {claimed})


def singular(word: str) -> str:
    """ "pockets" -> "pocket", "batteries" -> "battery", "boxes" -> "box"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
