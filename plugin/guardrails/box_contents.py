"""What the listing says comes with the product, and whether a thing a draft says comes with it
is among it.

The box is the listing's lines that say what is included ("In the box: …", "screws included",
"comes with …"); a thing is given when the box holds it by stem, or a kind of it the draft
qualifies no further (a "bag" of a listed "pouch", by WordNet's hypernyms).
"""

from __future__ import annotations

import re

from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.measures import singular
from plugin.guardrails.product_nouns import generic, is_kind_of_any, is_product_noun, stem
from plugin.guardrails.quantities import NUMBER_WORDS

WORD_STOP = frozenset("the a an and with its it they all everything also not no".split())
# A line whose label says what comes with it: "In the box:", "Kit includes:", "Pieces:".
_BOX_LABEL = re.compile(
    r"^[^:\n]{0,30}\b(?:in the box|included|includes|comes with|contents|pieces|parts|"
    r"package|supplied with|accessories)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_SAID_INCLUDED = re.compile(
    r"(?<!not )\bincluded\b|\b(?:comes|ships|arrives|is supplied|is delivered) with\b|"
    r"\bincludes\b|\bcomes? with (?:it|them)\b|"
    r"\b(?:comes?|are|is) in the box\b",
    re.I,
)


def head_noun(piece: str) -> str:
    """The thing an item names: its last product noun ("a spare set of strings" -> "string",
    "a 2-year warranty" -> "")."""
    words = re.findall(r"(?<![\w.])[a-z]{3,}(?![\w.])", piece.lower().rsplit(" of ", 1)[-1])
    for word in reversed(words):
        noun = word if is_product_noun(word) else singular(word)
        if is_product_noun(noun) and noun not in NUMBER_WORDS:
            return "" if noun in generic() or word in generic() else noun
    return ""


def box_lines(facts: ListingFacts) -> list[str]:
    """The listing's lines that say what comes with it."""
    return [line for line in facts.lines if _BOX_LABEL.match(line) or _SAID_INCLUDED.search(line)]


def box_words(box: list[str]) -> set[str]:
    """The words of what the box holds: a labelled line's value ("In the box: Padded gig bag"),
    the words before "included" or after "comes with" elsewhere ("screws included"), and the
    label of a line that says its thing is included ("Strap: Elastic, included")."""
    words: set[str] = set()
    for line in box:
        label = _BOX_LABEL.match(line)
        said = [line[label.end() :]] if label else ["".join(t) for t in _THINGS_SAID.findall(line)]
        if not label and re.match(r"[^:]{1,40}:[^:]*\bincluded\b", line, re.IGNORECASE):
            said.append(line.split(":", 1)[0])  # "Strap: Elastic, included"
        if label and re.fullmatch(r"\s*(yes|true)\b.*", line[label.end() :], re.IGNORECASE):
            said.append(line[: label.end()])  # "Tap included: Yes" names the tap
        words.update(w for part in said for w in re.findall(r"[a-z]+", part.lower()))
    return words


# "… included" ("a hex key, included"), "comes with …", "includes …", and "the included …"
# before its things ("powered by the included USB-C cable and adapter"), not "included in the
# price".
_THINGS_SAID = re.compile(
    # "return postage inside the US is included": a place the thing is given for may follow it
    # a list of up to twelve words before it ("Two oars, a pump and a dry bag are included")
    r"((?:[\w-]+,?[ \t]+){0,12}(?:(?:inside|within|in|to|for)[ \t]+(?:the[ \t]+)?[\w-]+[ \t]+)?)"
    # "three AAA batteries (included)" (round 30): the word in brackets after its thing
    r"(?:(?:is|are)[ \t]+)?\(?(?<!not )included\b(?![ \t]+(?!in\b|with\b|"
    r"as\b|for\b|at\b|on\b|by\b|to\b|and\b|or\b)[a-z])|"
    r"\b(?:(?:comes|ships|arrives|is supplied|is delivered) with|includes|(?<=the )included)"
    r"\s+([^.;\n]+)|"
    # "A pump and a bag come with it", "two batteries come in the box" (round 28)
    r"((?:[\w-]+,?[ \t]+){1,6})(?:comes?|are|is)[ \t]+"
    r"(?:with[ \t]+(?:it|them)|in[ \t]+the[ \t]+box)\b",
    re.IGNORECASE,
)


def in_a_box_line(head: str, box: list[str]) -> bool:
    return any(stem(head) == stem(w) for line in box for w in re.findall(r"[a-z]+", line.lower()))


def not_included(head: str, facts: ListingFacts) -> bool:
    """A line of the listing says, in one clause, that the thing is not included ("a chain tool
    (not included)")."""
    said = re.compile(rf"\b{re.escape(head)}\w*\b[^,;.:!?]*\bnot included", re.IGNORECASE)
    # a line of what comes with it that says "no …" of the thing: "Strap and case included; no
    # phone mount" (round 29)
    denied = re.compile(rf"\b(?:no|without)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}", re.I)
    return any(said.search(line) for line in facts.lines) or any(
        denied.search(line) for line in box_lines(facts)
    )


def _another_kind(qualifiers: set[str], head: str, box: list[str], facts: ListingFacts) -> bool:
    """ "hard maple sticks" of a box with "soft rubber sticks": the listing qualifies the
    thing in its box, and the draft qualifies it with words the listing never uses."""
    given = {
        w
        for line in box
        for m in re.finditer(rf"((?:[a-z]+ ){{1,2}}){re.escape(head)}", line.lower())
        for w in m.group(1).split()
    } - WORD_STOP
    return bool(given and qualifiers) and not qualifiers & given and not qualifiers <= facts.words


def given(piece: str, head: str, facts: ListingFacts, box: list[str], built_in: bool) -> bool:
    """An inclusion is given when the box holds its thing (by stem), or a kind of it and the
    item says nothing more ("a bag" of a listed "pouch"; not "a hard case" of a "gig bag")."""
    if re.search(rf"\b{re.escape(head)}\w*\b[^,;.]*\bnot included", facts.normal):
        return True  # the listing says it is not included: ``inclusion`` reports that
    if any(stem(head) == stem(kind.split()[-1]) for kind in facts.kinds):
        return True  # the product itself: "the set includes 24 half pans" of a half-pan set
    words = box_words(box) if box and not built_in else facts.words
    if stem(head) in {stem(w) for w in words}:
        qualifiers = {w for w in re.findall(r"[a-z0-9]+", piece.lower()) if w.isalpha()}
        return not _another_kind(qualifiers - WORD_STOP - {head}, head, box, facts)
    said = {w for w in re.findall(r"[a-z]+", piece.lower()) if w not in WORD_STOP}
    return said - {head} <= facts.words and any(
        is_kind_of_any(w, head) for w in words if is_product_noun(w)
    )
