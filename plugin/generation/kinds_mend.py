"""Round 49: shapes the raters of round 48's short descriptions, metas and FAQ answers called
broken English, mended in the kinds' last pass (``kinds_polish.polished``).

- a verb the value says again: "They contain contains sesame" → "They contain sesame";
- a weight that is a class, no measure: "It weighs Aran." → "It is Aran weight." (a yarn's or a
  paper's grade has no number; a weight with one is left as it is);
- one thing whose noun ends in "s" said with no article: "It has toughened glass lens" →
  "It has a toughened glass lens".

Round 50 (raters of round 49): one part after "with" in what it is made of takes its article
("made of nylon with steel clip" → "made of nylon with a steel clip"); a fit that counts what it
goes on is what it fits ("has a most single beds fit" → "fits most single beds").

Round 51 (raters of round 52): a part sold as stuff after "has" or "with" takes no article
("has a polyester webbing" → "has polyester webbing").
"""

from __future__ import annotations

import re

from plugin.generation.had_articles import is_plural
from plugin.generation.material_frames import ONE_IN_S
from plugin.generation.part_words import PARTS
from plugin.generation.value_shapes import article

_SAID_TWICE = re.compile(r"\b(?P<verb>contains?|includes?) (?:contains|includes)\b", re.I)
# Words that make "weighs" a comparison or a hedge ("weighs next to nothing", "weighs less").
_NOT_A_CLASS = frozenset(
    "next little nothing less more almost about around very so just only under over as up "
    "the a an in".split()
)
_WEIGHS = re.compile(
    r"\b(?P<it>It|They) (?:weighs|weigh) (?P<grade>[A-Za-z][A-Za-z-]*(?: [A-Za-z]+)?)\."
)
_ONE_IN_S = rf"(?:{'|'.join(sorted(ONE_IN_S))})"
_BARE_ONE = re.compile(
    rf"\b(?P<has>has|have) (?!an? |the |its |their |\d)(?P<what>(?:[a-z-]+ ){{1,3}}{_ONE_IN_S})\b"
)


def _weight_class(match: re.Match[str]) -> str:
    grade = match["grade"]
    if {w.lower() for w in grade.split()} & _NOT_A_CLASS:
        return match[0]
    return f"{match['it']} {'is' if match['it'] == 'It' else 'are'} {grade} weight."


def _one_thing(match: re.Match[str]) -> str:
    what = match["what"]
    if what.split()[0] in ("and", "or", "no", "two", "three", "several", "many"):
        return match[0]
    an = "an" if what[:1] in "aeiou" else "a"
    return f"{match['has']} {an} {what}"


_PART = rf"(?:{'|'.join(sorted(PARTS))})"
# Round 50: "made of nylon with steel clip": one part after "with" takes its article.
_WITH_BARE_PART = re.compile(
    rf"\b(?P<made>made of|crafted from|made from) (?P<stuff>[\w%-]+(?: [\w%-]+){{0,2}}) with "
    rf"(?!an? |the |its |their |\d)(?P<part>(?:[\w-]+ ){{1,2}}{_PART})\b(?=[.;,]|$)"
)


# Parts said as stuff, with no article ("with steel wire").
_MASS_PARTS = frozenset("wire wires mesh tape fill filling trim net backing".split())


def _part_with_article(match: re.Match[str]) -> str:
    part = match["part"]
    if (
        is_plural(part.split()[-1])
        or part.split()[0] in ("and", "or", "no")
        or part.split()[-1] in _MASS_PARTS
    ):
        return match[0]
    return f"{match['made']} {match['stuff']} with {article(part)} {part}"


# Round 50: "It has a most single beds fit." (a fit value that counts what it goes on, pasted
# into the part frame; ``label_frames`` says the list's own fit so, the model's hook did not).
_FIT_PASTED = re.compile(
    r"\b(?P<has>has|have) an? (?P<what>(?:most|all|nearly all|almost all|many|any) "
    r"[^.;,]{1,60}?s) fit\b"
)


# Round 51: a part sold as stuff takes no article ("It has a polyester webbing." → "It has
# polyester webbing."; raters of round 52: "a stray article").
_MASS_HAD = re.compile(
    r"\b(?P<verb>has|have|with) an? (?P<stuff>[a-z-]+(?: [a-z-]+)?) (?P<mass>webbing|padding|"
    r"netting|piping|stitching|edging|binding|wadding|insulation|quilting)(?=[.,;]| and |$)"
)


def mended(text: str) -> str:
    """``text`` with the shapes above said as English says them; anything else unchanged."""
    text = _SAID_TWICE.sub(lambda m: m["verb"], text)
    text = _MASS_HAD.sub(lambda m: f"{m['verb']} {m['stuff']} {m['mass']}", text)
    text = _WEIGHS.sub(_weight_class, text)
    text = _WITH_BARE_PART.sub(_part_with_article, text)
    text = _FIT_PASTED.sub(lambda m: f"{'fits' if m['has'] == 'has' else 'fit'} {m['what']}", text)
    return _BARE_ONE.sub(_one_thing, text)


# One measure said with its word ("It is 4 cm thick."): the question it answers.
_ONE_MEASURE = re.compile(
    r"^(?:It is|They are) [\d.,/½¼¾–-]+ ?[a-z]{1,2} (?P<word>thick|long|wide|deep|high)\.$"
)
_HOW = {"thick": "thick", "long": "long", "wide": "wide", "deep": "deep", "high": "tall"}


def measure_asked(question: str, answer: str) -> str:
    """Round 49: "How big is it? — It is 4 cm thick." asks for a size and gets one measure;
    the question is the measure's own ("How thick is it?"). Any other question is kept."""
    big = re.fullmatch(r"How big (?P<be>is it|are they)\?", question)
    said = _ONE_MEASURE.match(answer)
    if not big or not said:
        return question
    return f"How {_HOW[said['word']]} {big['be']}?"
