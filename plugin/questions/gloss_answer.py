"""A question in another language that nothing else answered, glossed in English word by word
and decided as an English question against the listing's own sentences (``_glossed``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.answerability import addresses, covered, tokens
from plugin.questions.asked_attribute import states_measure
from plugin.questions.decision import Decision, names_known
from plugin.questions.embedding import Embedder
from plugin.questions.glossing import ASKING_WORDS, Gloss, english_gloss
from plugin.questions.lexicon import COLOURS, MATERIALS, STOPWORDS, words
from plugin.questions.material_kinds import MATERIAL_KINDS, kinds_of
from plugin.questions.passages import Passage, is_free_text
from plugin.questions.policy_topics import policy_asked
from plugin.questions.retrieval import rank
from plugin.questions.support_checks import still_answers

# A glossed question ("bat dishwasher") is a few words, not a sentence: its closest sentences
# score lower than a whole English question's, so the lexical checks, not the score, decide.
GLOSS_RANKS = 3
GLOSS_SIMILARITY = 0.1


def _glossed(
    question: str,
    language: str,
    listing: Listing,
    passages: Sequence[Passage],
    embedder: Embedder,
    decision: Decision,
) -> Decision:
    """A question in another language that nothing else answered, glossed in English word by
    word (glossing.py) and decided as an English question against the listing's own sentences:
    of the ``GLOSS_RANKS`` sentences closest to the gloss (at ``GLOSS_SIMILARITY`` or more), the
    first that states every translated word (but the product's name) and passes the
    English checks on the gloss's known words (it shares as many of its topic words as it has
    words the listing never uses, and states what its kind of question needs); the one word
    the table may not know is taken for the product's name in the shopper's language.
    ``decision`` when there is no gloss or no sentence passes."""
    if policy_asked(question):
        return decision  # shipping, returns, care: the policies' own path had its chance
    if set(words(question)) & _CHOICE_WORDS.get(language, frozenset()):
        # "soprano or concert for a nine-year-old?": a choice, which a line that names both
        # does not settle; the gloss has no "or" for the English choice checks (round 24)
        return decision
    known = {w for text in [listing.title, *(p.text for p in passages)] for w in words(text)}
    gloss = english_gloss(question, language, known)
    if gloss is None:
        return decision
    named = tokens(listing.title)
    translated = tokens(" ".join(gloss.translated))
    asked = {
        w for w in translated
        if w not in STOPWORDS and not covered(w, named) and not _names_head(w, named)
    }
    category = set().union(*(tokens(p.text) for p in passages if p.text.startswith("Category:")))
    if any(not covered(w, category) for w in asked):
        # the product's kind as its category names it ("leather" of a hide in "Leather >
        # Vegetable tanned"), asked beside what is asked of it: the product, as its name would
        # be, when another word is still asked (round 47)
        asked = {w for w in asked if not covered(w, category)}
    if "material" in asked:
        # "what material is it made of": the material a line names answers both words
        asked.discard("made")
    if not asked:
        # only the product's name, or how long or when it is: then the line must state the
        # duration word the question used ("dure" → last: "the evening lasts two hours"), not
        # any time span ("a recording for 14 days")
        asked = {w for w in gloss.text.split() if w in ASKING_WORDS}
        if not asked or gloss.unknown or not _ASKS_TIME.match(gloss.text):
            return decision
    if gloss.unknown:
        # The word the table does not know may be what is asked ("a certificate from the
        # course?"), not the product's name: a word that names the product's kind (its name,
        # summary or category) then does not count, and another translated word must be stated.
        kind = named.union(
            *(tokens(p.text) for p in passages if p.text.startswith(("Summary:", "Category:")))
        )
        if all(covered(w, kind) for w in asked):
            return decision
    own = [p for p in passages if p.source == "listing" and is_free_text(p)]
    for item in rank(gloss.text, own, embedder, GLOSS_RANKS):
        line = [item.passage.text]
        said = tokens(item.passage.text)
        # each asked word as the line states it: by the table's alternative it uses ("keep"
        # for "store"), or by a figure ("-18 °C" for a temperature), which the English checks
        # then read instead of the word (round 24)
        stated = {
            word: next((o for o in gloss.options(word) if covered(o, said)), "")
            or ("" if not (_said_by_figure(word, line[0]) or states_measure(word, line[0]))
                else " ")
            for word in asked
        }
        stated = _one_thing(stated, gloss)
        checked = " ".join(
            stated.get(w, w).strip() if w in stated else w for w in gloss.known.split()
        )
        if (
            item.score >= GLOSS_SIMILARITY
            and all(stated.values())
            and addresses(checked, listing, line, passages)
            and still_answers(gloss.text, listing, line)
            and still_answers(question, listing, line)
            and ("what day" not in gloss.text or _DAY_SAID.search(line[0]))
            # a model code the sentence lacks ("… an eine Leica M6?"), as crosslingual_support
            and names_known(question, [listing.title, item.passage.text], codes_only=True)
        ):
            return Decision(answerable=True, support=(item,))
    return decision


# A weekday or a date, which "which day?" asks ("on Thursdays", "on 12 May", "the first Monday").
_DAY_SAID = re.compile(
    r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})",
    re.IGNORECASE,
)
# The word for "or" in the glossed languages: a question with it asks a choice.
_CHOICE_WORDS = {
    "de": frozenset({"oder"}), "fr": frozenset({"ou"}), "es": frozenset({"o", "u"}),
    "it": frozenset({"oppure", "o"}), "nl": frozenset({"ofwel", "of"}), "pt": frozenset({"ou"}),
    "sv": frozenset({"eller"}), "da": frozenset({"eller"}), "nb": frozenset({"eller"}),
    "fi": frozenset({"vai", "tai"}), "pl": frozenset({"lub", "albo"}), "cs": frozenset({"nebo"}),
}
# A gloss that asks only how long or at what time of the product itself ("combien de temps dure
# la soirée ?" of an evening class): the line must still state a duration or a time
# (``still_answers``), so nothing else need be named (round 24).
_ASKS_TIME = re.compile(r"(?:how long|what time)\b")
# A sound level in decibels; the measures of three sides ("42 x 25 x 18 cm").
_DECIBELS = re.compile(r"\d\s*dB(?:\(?A\)?)?(?!\w)")
_THREE_SIDES = re.compile(
    r"\d(?:[.,]\d+)?\s*[x×]\s*\d+(?:[.,]\d+)?\s*[x×]\s*\d", re.IGNORECASE
)
# The measures of two sides or more ("tiles are 20 x 20 cm"): a size, which a glossed "size"
# asks by the measure's name (round 48).
_SIDES = re.compile(r"\d(?:[.,]\d+)?\s*[x×]\s*\d", re.IGNORECASE)
# A measure the question names that a line states by its figure alone ("at about 70 °C" states a
# temperature), not by the word. Not a weight: "carries up to 130 kg" is a load.
_FIGURE_SAYS = {
    "temperature": re.compile(r"\d\s*°|\d\s*degrees?\b", re.IGNORECASE),
    # a thickness by a figure in millimetres or microns, or a paper's or a fabric's weight per
    # square metre, which is how its thickness is sold ("100 g/m²", "300 gsm") (round 25)
    "thick": re.compile(r"\d\s*(?:mm|µm|microns?|g/m[²2]|gsm)(?!\w)", re.IGNORECASE),
    # a power by its figure in watts ("a 300 W motor") (round 26)
    "power": re.compile(r"\d\s*(?:k?W|watts?)(?!\w)"),
    # how loud by a sound level in decibels ("41 dB"), how big by the measures of every side
    # ("42 x 25 x 18 cm"), a volume named by its unit by a figure in litres ("for 150 to 300
    # l"): the glossed word is the measure's name, the line states its figure (round 46)
    "loud": _DECIBELS,
    "noise": _DECIBELS,
    "large": _THREE_SIDES,
    "big": _THREE_SIDES,
    "size": _SIDES,
    "litre": re.compile(r"\d\s*(?:l|litres?|liters?)(?![\w/])"),
}


# What a line says by a word of another kind than the one asked (round 46): a material asked
# by the material it names ("solid walnut", "brushed steel"), an inclusion by its absence ("supplied
# without a stand" answers whether a stand comes with it).
_MATERIAL_NAMES = frozenset(MATERIALS) | frozenset(MATERIALS.values()) | MATERIAL_KINDS
_WITHOUT = re.compile(r"\b(?:without|not included)\b", re.IGNORECASE)
# A colour asked by the word "colour" is stated by the colour a line names ("mustard yellow
# tin"), as a material by the material (round 49): the English names of the colour table's
# hues, not its metal finishes ("brass hinges" name no colour).
_FINISHES = frozenset({"chrome", "brass", "copper", "bronze", "nickel", "gold", "silver"})
_COLOUR_NAMES = frozenset(
    {c for c in COLOURS.values() if c not in _FINISHES} | {"gray", "olive", "ivory", "maroon"}
)
# A wood asked by the word "wood" is stated by the kind of wood a line names ("beech legs",
# "a seat of elm"), colours such as ash and olive included (round 49).
_KIND_NOUNS = {"wood": "wood", "timber": "wood"}


def _said_by_figure(word: str, line: str) -> bool:
    if word == "material":
        return bool(_MATERIAL_NAMES & set(words(line)))
    if word == "included":
        return _WITHOUT.search(line) is not None
    if word in ("colour", "color"):
        return bool(_COLOUR_NAMES & set(words(line)))
    if word in _KIND_NOUNS:
        return bool(kinds_of(_KIND_NOUNS[word]) & set(words(line)))
    pattern = _FIGURE_SAYS.get(word)
    return bool(pattern and pattern.search(line))


def _one_thing(stated: dict[str, str], gloss: Gloss) -> dict[str, str]:
    """Two asked words that the table gives a common English word ("Plätze" and "Teilnehmer"
    both "places", invented) name one thing, asked twice as the shopper's language words it
    (two nouns for one count): the line that states one states the other (round 49).
    Each word's own alternatives, as the table holds them: nothing is guessed."""
    said = {w for w, s in stated.items() if s}
    return {
        word: found or next(
            (" " for other in said if other != word
             and set(gloss.options(word)) & set(gloss.options(other))),
            "",
        )
        for word, found in stated.items()
    }


def _names_head(word: str, named: set[str]) -> bool:
    """Whether ``word`` is the head of a compound in the product's name ("cloth" of
    "Cheesecloth", "brush" of "Toothbrush"): it names the product, as the whole word would."""
    return len(word) >= 4 and any(len(n) > len(word) + 2 and n.endswith(word) for n in named)
