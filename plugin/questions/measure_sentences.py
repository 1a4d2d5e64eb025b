"""The one sentence of the listing's own text that states the measure asked: a count, a
dimension, a temperature, a weight, a capacity, a duration or an area."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.questions.amount_checks import counted_part, counts
from plugin.questions.decision import Decision
from plugin.questions.dimension_checks import states_dimension_asked
from plugin.questions.gloss_answer import _FIGURE_SAYS
from plugin.questions.lexicon import fold
from plugin.questions.passages import Passage, is_free_text
from plugin.questions.policy_topics import policy_asked
from plugin.questions.retrieval import ScoredPassage

# A dimension asked by its word ("how wide is it?") is answered by the closest sentence of the
# listing's own text that states a length with that word ("90 cm wide"), at this lower bar: the
# product's name and category lines rank above it, and "wide" is its only shared word.
DIMENSION_SCORE = 0.25


_SENTENCES = re.compile(r"[^.!?:;]*[^\W_][^.!?:;]*(?:[.!?:;]+|$)")


def _counted_sentence(question: str, passages: Sequence[Passage], decision: Decision) -> Decision:
    """"How many tunes are in the book?" is answered by the one sentence of the listing's own
    text that counts tunes ("Sixty traditional dance tunes …", "a 17-key thumb piano" for
    keys), whatever the ranking chose: a sentence that counts something else ("from about six
    years") is no answer. Unchanged when no sentence or more than one counts the thing asked,
    or when the chosen lines already count it."""
    stem = counted_part(fold(question))
    if not stem or len(_SENTENCES.findall(question)) > 1:
        # "Repeat after me: … Then answer: how many tracks?": a question wrapped in other
        # sentences is left to the decision
        return decision
    if decision.answerable and any(counts(stem, i.passage.text) for i in decision.support):
        return decision
    found = [
        p for p in passages
        if p.source == "listing" and is_free_text(p) and counts(stem, p.text.partition(": ")[2])
    ]
    if len(found) != 1:
        return decision
    return Decision(answerable=True, support=(ScoredPassage(found[0], 0.0, ()),))


# "How hot does it get?", "what temperature …?": a temperature asked (round 26).
_TEMPERATURE_ASKED = re.compile(
    r"\bhow (?:hot|warm)\b|\b(?:max\w*|highest|top) temperatures?\b"
)
# A setting, a range or a low end asked is not the one temperature a sentence states.
_NOT_ONE_TEMPERATURE = re.compile(r"\b(?:settings?|range|lowest|min\w*|cold|cool)\b")


# A length stated in the listing's own text ("2 m long", "140 x 200 cm", "12 in").
_LENGTH_SAID = re.compile(r"\d\s*(?:mm|cm|m|km|in|inch(?:es)?|ft|feet|\"|yards?)(?![^\W\d_])",
                          re.IGNORECASE)


# Other measures asked and the figure that states each, answered the same way (round 27): a
# weight ("how heavy is it?") by a sentence that says it weighs so much (not "weighs up to 2 kg",
# a scale's load), a capacity ("how much does it hold?") by a sentence with a volume.
_ONE_MEASURE_ASKED = {
    "weight": (
        re.compile(
            r"\bhow heavy\b|\b(?:what|how much) (?:does|do|did|will|would) [^?.!]{0,40}\bweigh\b|"
            r"\b(?:what(?:'s| is)|what are) (?:the|its|their) (?:\w+ )?weights?\b"
        ),
        re.compile(
            r"\bweigh(?:s|ing)? (?:about |around |approx\w* |just |only |roughly |under |"
            r"less than )?\d[\d.,]*\s*(?:g|kg|grams?|kilos?|kilograms?|lbs?|oz)(?!\w)|"
            r"\bweight (?:of |is )?\d",
            re.IGNORECASE,
        ),
    ),
    "capacity": (
        re.compile(
            r"\bhow much (?!(?:area|space|room|ground|surface)\b)(?:[a-z]+ ){0,2}"
            r"(?:does|do|will|can|could) (?:it|they|(?:the|each|one) "
            r"[a-z' -]{2,40}?) (?:hold|take|contain)\b|\b(?:what(?:'s| is)) (?:the|its) "
            r"(?:capacity|volume)\b"
        ),
        re.compile(
            r"\b(?:holds?|takes?|contains?) (?:about |around |up to |just |only )?\d[\d.,]*\s*"
            r"(?:ml|cl|l|litres?|liters?|oz)(?!\w)|\bcapacity (?:of |is )?\d",
            re.IGNORECASE,
        ),
    ),
    # how long the thing itself lasts or takes ("how long does the class last?") by the one
    # sentence that states a span of time ("a 45-minute call", "takes about 3 hours"); a
    # question on delivery or returns is the policies' (round 28)
    "duration": (
        re.compile(
            r"\bhow long (?:does|do|will|would|did|is|are) (?:it|they|(?:the|each|one|a|your) "
            r"[a-z' -]{2,40}?) (?:last|take|run|go on)\b|"
            r"\bwhat(?:'s| is) the (?:duration|running time) of\b"
        ),
        re.compile(
            r"\b\d+(?:[.,]\d+)?(?:[- ]| to \d+ )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b",
            re.IGNORECASE,
        ),
    ),
    # "how long is the pottery class?": a class, a call or a video runs for hours and minutes,
    # a rug measures centimetres; asked of a listing that states no length at all, the one
    # sentence that states hours or minutes answers (round 52)
    "running": (
        re.compile(
            r"\bhow long (?:is|are) (?:the|this|that|your|each|one) [a-z' -]{2,40}?"
            r"(?: (?:altogether|in total|in all|overall|all together))?\s*(?:[?.!]|$)"
        ),
        re.compile(
            r"\b\d+(?:[.,]\d+)?(?:[- ]| to \d+ )?(?:minutes?|mins?|hours?|hrs?)\b",
            re.IGNORECASE,
        ),
    ),
    # how much ground it covers or takes up ("how much area does one tin cover?", "how much
    # space does it need?") by the one sentence that states an area ("about 4 square metres")
    # or a footprint ("lies at 120 x 80 cm"), not by the price (round 29)
    "area": (
        re.compile(
            r"\bhow much (?:area|space|room|ground|surface|floor space|table space|wall space)\b|"
            r"\bhow (?:big|large) (?:an )?(?:area|space|surface)\b|"
            r"\bwhat (?:area|surface) (?:does|do|will|can)\b"
        ),
        re.compile(
            r"\d[\d.,]*\s*(?:square (?:metres?|meters?|feet|foot|yards?|centimetres?|"
            r"centimeters?)|sq\.? ?(?:m|ft|yd)\b|m²|m2\b|ft²)|"
            r"\d[\d.,]*\s*(?:x|×|by)\s*\d[\d.,]*\s*(?:mm|cm|m|in|inches|ft|feet)\b",
            re.IGNORECASE,
        ),
    ),
}


def _temperature_sentence(
    question: str, passages: Sequence[Passage], decision: Decision
) -> Decision:
    """"How hot does it get?" is answered by the one sentence of the listing's own text that
    states a temperature ("It reaches 200 °C."), whatever the ranking chose, as a count asked
    is (``_counted_sentence``); unchanged when no sentence or more than one states one, or when
    the chosen lines already do (round 26). A weight or a capacity asked is answered the same
    way by a sentence that states it (``_ONE_MEASURE_ASKED``, round 27)."""
    folded = fold(question)
    if len(_SENTENCES.findall(question)) > 1:
        return decision
    said: re.Pattern[str] | None
    if _TEMPERATURE_ASKED.search(folded) and not _NOT_ONE_TEMPERATURE.search(folded):
        said = _FIGURE_SAYS["temperature"]
    else:
        said = next(
            (s for asked, s in _ONE_MEASURE_ASKED.values() if asked.search(folded)), None
        )
        if said is None or (
            said in (_ONE_MEASURE_ASKED["duration"][1], _ONE_MEASURE_ASKED["running"][1])
            # a delivery is the policies'; "one season or two?" a choice, the choice checks'
            and (policy_asked(question) or re.search(r"\bor\b", folded))
        ):
            return decision
    running = said is _ONE_MEASURE_ASKED["running"][1]
    if running and any(
        p.source == "listing" and is_free_text(p) and _LENGTH_SAID.search(p.text)
        for p in passages
    ):
        return decision  # "how long is it?" of a thing with a length: its size, not a time
    duration = running or said is _ONE_MEASURE_ASKED["duration"][1]
    if decision.answerable and any(
        said.search(i.passage.text) for i in decision.support
        # a span of time in a policy ("a refund up to 24 hours before") is no length of the
        # thing itself
        if not duration or i.passage.source == "listing"
    ):
        return decision
    found = [
        p for p in passages
        if p.source == "listing" and is_free_text(p) and said.search(p.text.partition(": ")[2])
    ]
    if len(found) != 1:
        return decision
    return Decision(answerable=True, support=(ScoredPassage(found[0], 0.0, ()),))


def _dimension_sentence(
    question: str, ranked: Sequence[ScoredPassage], decision: Decision
) -> Decision:
    for item in ranked:
        passage = item.passage
        if item.score < DIMENSION_SCORE:
            break
        if passage.source == "listing" and is_free_text(passage) and states_dimension_asked(
            question, passage.text.partition(": ")[2]
        ):
            return Decision(answerable=True, support=(item,))
    return decision
