"""The line must state the asked attribute (round 19).

A line that shares the question's subject is not an answer unless it states what is asked of
that subject: "what is the cord length on the ice picks?" is not answered by "a pair of ice
claws on a cord", "how do I sharpen the blades?" not by "a hand auger that cuts through ice",
"is there a vegetarian lunch?" not by "includes lunch". The attribute asked is read off the
shape of an English question, never off a word list of things:

- "what is the X (of | on | for | in) …", "what X is the …" → X (the words of the attribute
  noun phrase, less the product's own name and generic modifiers: "total", "exact" …);
- "how do / can I VERB …" and "can / could / may I VERB …?" (round 21) → the verb;
  "how wide / tall / high / deep / thick" → that measure;
- "when / where was … VERBed?" → the verb;
- "is there a ADJ NOUN" → the adjective; "is / are the X ADJ (for … | around …)?" (round 22) →
  the adjective;
- "A or B for PURPOSE?", "which would you pick for PURPOSE" → the purpose.

One line of those to quote must state every word of it, by its stem ("surveyed" and
"survey") or by a word or figure that states that measure ("wide" for width, "90 x 40 cm"
for a width or a length, "350 g" for a weight). Words the slots settle by their own rules
(price, colour, material, size …) are not checked here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.questions.answerability import GENERIC, covered, tokens
from plugin.questions.lexicon import (
    COLOURS,
    GOING_FOR,
    MATERIALS,
    STOPWORDS,
    asking_sentence,
    fold,
)
from plugin.questions.material_kinds import MATERIAL_KINDS

# "what is the X of …", "what's the cord length on …", "which is the X for …"
_WHAT_OF = re.compile(
    r"\b(?:what|which)(?:'s| is| are| was| were|s)? (?:the|its|their|your) "
    r"(?P<attr>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}?) (?:of|on|for|in|at|with)\b"
)
# "what grain weight is the head …", "what width are the straps"
_WHAT_X_IS = re.compile(
    r"^(?:what|which) (?P<attr>[a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:is|are|was|were|does|do) "
    r"(?:the|it|they|this|these|that|those|its)\b"
)
# "how do I sharpen …", "how should we clean …"
_HOW_DO = re.compile(
    r"\bhow (?:do|can|should|would|could|must|shall) (?:i|you|we|one) "
    r"(?:best |properly |safely )?(?P<attr>[a-z]{4,})\b"
)
# "can I wash the veil?", "could we heat it …": a yes/no question asking whether an action may be
# done asks that action (round 21); the line must state the verb, not only name the thing
_CAN_I = re.compile(
    r"^(?:can|could|may) (?:i|we|you|one) (?:also |still |safely )?(?P<attr>[a-z]{4,})\b"
)
# "can the strap be shortened?", "could the lid be swapped for a glass one?": whether a thing
# may be done to the subject asks that action, as "can I VERB" does (round 23); getting it
# (posted, delivered, collected, booked …) is left to the slots and the policies
_CAN_BE = re.compile(
    r"^(?:can|could|may) (?:the|this|these|that|those|it|they|its|their|your) "
    r"(?:[a-z-]+ ){0,3}?be (?:also |easily |safely )?"
    r"(?!(?:posted|shipped|delivered|sent|sold|bought|ordered|returned|collected|picked|"
    r"reserved|booked|paid|exchanged)\b)(?P<attr>[a-z]{4,}ed)\b"
)
# "how wide is the mat?": the measure asked by its adjective ("how long" and "how big" may ask
# a time or any measure, and are left to the length and figure checks)
_HOW_ADJ = re.compile(r"\bhow (?P<attr>wide|tall|high|deep|thick)\b")
# "when was the data surveyed?", "where are they manufactured?"
_WHEN_WHERE = re.compile(
    r"\b(?:when|where) (?:is|are|was|were) [^?.!]{2,60}? (?:actually |originally |first )?"
    r"(?P<attr>[a-z]{4,}ed)\s*[?.!]*\s*$"
)
# "is the lunch vegetarian?", "are the whisks organic?", "is the aroma safe around dogs?", "is
# Studio North wheelchair accessible?" (a name of two words or more as the subject, round 23): a
# yes/no question whether the subject is ADJ asks that adjective (round 22); the line must state
# it, not only name the subject ("lunch is included" says nothing of a vegetarian one). The
# adjective is the word before the question mark or before a closing phrase of place, purpose
# or time ("… safe around dogs"), when it is shaped as an adjective of property ("organic",
# "vegetarian", "accessible", "phthalate-free", "waterproof"): not a participle ("certified"
# against "Certifications: FSC", "included" against "sold separately"), nor a noun of the
# subject ("is the pad on offer"). A choice ("natural or plastic") and a question of two parts
# ("dyed, and with what") and a certification ("certified non-toxic", which a line naming the
# standard answers) are left to the other checks.
_IS_ADJ = re.compile(
    r"^(?![^?.!]*\b(?:or|certified|tested|approved|rated)\b)(?:is|are) "
    r"(?:the|this|these|that|those|it|they|your|its|their|my|our|"
    r"(?!there\b)(?=[a-z]+ [a-z]+ [a-z]))\b"
    r"(?:(?! (?:or|and) )[^?.!,])*? (?P<attr>[a-z][a-z-]{1,}(?:ic|ian|al|ous|ive|able|ible|ful|"
    r"less|free|proof|ary)|safe|vegan)(?: enough)?"
    r"(?: (?:for|around|with|near|in|on|at|to|under|by|during|after|before|from) [^?.!,]+)?"
    r"\s*[?.!]*\s*$"
)
# "is the lid airtight?", "are the jars kosher?": a yes/no question about a named subject that
# ends on one word after it asks that word, whatever its ending (round 24); not a word after a
# preposition ("is the rennet from calves?"), a participle (an inclusion, an action: their own
# checks), nor "it"/"they" (which _IS_ADJ reads by the adjective's ending).
_PREPOSITIONS = (
    r"for|from|in|on|with|at|to|by|of|under|around|near|during|after|before|into|than|as|if|"
    r"when|or|and|also|still|really|too"
)
_IS_LAST = re.compile(
    r"^(?![^?.!]*\b(?:certified|tested|approved|rated|guaranteed)\b)(?:is|are) "
    r"(?:the|this|these|that|those|your|its|their|my|our) "
    rf"(?:(?!(?:{_PREPOSITIONS})\b)[a-z'-]+ ){{1,4}}"
    r"(?P<attr>(?!(?:" + _PREPOSITIONS + r")\b)[a-z][a-z-]{3,}(?<!ed))\s*[?.!]*\s*$"
)
# The same when the subject is a part named by where it sits ("is the seal on the lid food-safe
# silicone?", "are the tips of the brush nylon?"): the last word asks, after a subject of a
# part, a preposition and what it belongs to; never a word right after a preposition (round 27).
_ARTICLES = r"the|a|an|its|their|your|my|our|this|that|these|those"
_IS_LAST_OF_PART = re.compile(
    r"^(?![^?.!]*\b(?:certified|tested|approved|rated|guaranteed)\b)(?:is|are) "
    r"(?:the|this|these|that|those|your|its|their|my|our) "
    rf"(?:(?!(?:{_PREPOSITIONS})\b)[a-z'-]+ ){{1,3}}(?:on|of|in) (?:(?:{_ARTICLES}) )?"
    rf"(?:(?!(?:{_PREPOSITIONS}|{_ARTICLES})\b)[a-z'-]+ ){{1,4}}"
    r"(?P<attr>(?!(?:" + _PREPOSITIONS + r")\b)[a-z][a-z-]{3,}(?<!ed))\s*[?.!]*\s*$"
)
# Adjectives that ask a use, a fit, a stock or a measure, which their own checks settle, not
# a property the line must name ("is it suitable for kids?", "is it big enough?").
_IS_ADJ_LEFT = frozenset(
    """suitable good okay fine compatible possible available easy hard difficult big bigger
    large larger small smaller tiny huge long longer short shorter new same ready
    worth cheaper discount option way chance much more many enough room space""".split()
)
# "is there a vegetarian lunch …"
# "is there parking near …", "is there a manual?" (round 22): the thing asked, when no adjective
# comes before it
_IS_THERE = re.compile(r"\bis there (?:a|an|any) (?P<attr>[a-z]{4,}) [a-z]{3,}\b")
_IS_THERE_NOUN = re.compile(r"^is there (?:a |an |any )?(?P<attr>[a-z]{4,})\b")

# "A or B for PURPOSE?", "which would you pick for PURPOSE": a choice for a use; the line must
# state that use ("the 18 g for perch"), not only name both choices.
_CHOICE_FOR = re.compile(
    r"^(?:(?:should|do|would) (?:i|we|you) (?:get|buy|take|go for|pick|use) )?(?:the )?"
    r"[\w#./-]+(?: [\w#./-]+)? or (?:the )?[\w#./-]+(?: [\w#./-]+)? for (?:a |an |the |my |our )?"
    r"(?P<attr>[^?.!]+?)\s*(?:[?.!]|\s[-–—]\s|$)"
)
_WHICH_FOR = re.compile(
    r"\bwhich (?:one |size |model |weight |length )?(?:would|should|do) (?:you|i|we) "
    r"(?:pick|choose|recommend|suggest|take|get|use|go for)\b[^?.!]{0,30}? for "
    r"(?:a |an |the |my |our )?(?P<attr>[^?.!]+?)\s*(?:[?.!]|$)"
)

# Modifiers that do not change what is asked ("the total length", "the exact weight").
_MODIFIERS = frozenset(
    """total overall exact actual approximate approx rough roughly maximum max minimum min
    recommended average standard usual typical real current full main general official
    precise estimated right correct best proper setting settings""".split()
)
# Words whose question the slots and their own checks settle (a price by its figures, a
# colour by the colours offered): not checked here.
_LEFT_TO_SLOTS = frozenset(
    """price prices cost costs colour colours color colors material materials size sizes
    stock availability shipping delivery postage return returns refund warranty guarantee
    fit option options variant variants version versions model models type kind category
    difference point purpose name brand make maker origin country policy format formats
    file files language languages section sections department collection range""".split()
)
# Verbs that say nothing of an attribute ("how do I get …", "how can I order …"), and those of
# getting or reaching the product ("how do I sign up", "download"), which the slot for where
# and how it is sold answers.
_PLAIN_VERBS = frozenset(
    """know tell find order make made have does doing done contact reach pay book choose pick
    select decide check start begin become used using based located
    sign subscribe register enrol enroll join purchase apply redeem download install access
    open send ship deliver collect""".split()
)

# A measure stated by a word or a figure of its kind.
_LENGTH_FIGURE = r"\d\s*(?:cm|mm|m|in|ft|inch(?:es)?|feet|foot|metres?|meters?|\"|”|'')(?![^\W_])"
_DIMS = r"\d\s*(?:x|×)\s*\d|\bdimensions?\b|\bsize\b"
_STATES: dict[str, re.Pattern[str]] = {
    "width": re.compile(rf"\bwide\b|\bwidth\b|\bacross\b|{_DIMS}"),
    "wide": re.compile(rf"\bwide\b|\bwidth\b|\bacross\b|{_DIMS}"),
    "length": re.compile(rf"\blong\b|\blength\b|{_DIMS}|{_LENGTH_FIGURE}"),
    "height": re.compile(rf"\bhigh\b|\btall\b|\bheight\b|{_DIMS}"),
    "tall": re.compile(rf"\bhigh\b|\btall\b|\bheight\b|{_DIMS}"),
    "high": re.compile(rf"\bhigh\b|\btall\b|\bheight\b|{_DIMS}"),
    "deep": re.compile(rf"\bdeep\b|\bdepth\b|{_DIMS}"),
    "thick": re.compile(r"\bthick\w*\b|\bgauge\b|\d\s*mm\b"),
    "depth": re.compile(rf"\bdeep\b|\bdepth\b|{_DIMS}"),
    "thickness": re.compile(r"\bthick\w*\b|\bgauge\b|\d\s*mm\b"),
    "diameter": re.compile(r"\bdiameter\b|ø|\bacross\b|\bdia\b"),
    "weight": re.compile(r"\bweigh\w*|\d\s*(?:g|kg|grams?|kilos?|lbs?|pounds?|oz|ounces?)\b"),
    "capacity": re.compile(r"\bcapacity\b|\bholds?\b|\d\s*(?:l|ml|litres?|liters?|cl)\b"),
    "volume": re.compile(r"\bvolume\b|\bcapacity\b|\d\s*(?:l|ml|litres?|liters?|cl)\b"),
    "measurements": re.compile(rf"\bmeasur\w*|{_DIMS}"),
    "interval": re.compile(r"\bevery\b|\binterval\b|\bapart\b"),
    "spacing": re.compile(r"\bevery\b|\bspac\w*|\bapart\b"),
    "temperature": re.compile(r"°|\bdegrees?\b|\btemperature\b"),
    "clean": re.compile(r"\bclean\w*|\bwash\w*|\bwip\w+|\brins\w+|\bcare\b"),
    "wash": re.compile(r"\bclean\w*|\bwash\w*|\bwip\w+|\brins\w+"),
    # "can I machine wash it?": a line on how it is washed answers it (round 21)
    "machine": re.compile(r"\bmachine\w*|\bwash\w*|\bclean\w*"),
    # "can I swap it for …": an exchange, which a line on exchanges states (round 21)
    "swap": re.compile(r"\bswap\w*|\bexchang\w*"),
    # "is the plug included?": "comes with a plug", "supplied with", "in the box" state it
    "included": re.compile(r"\binclud\w*|\bcomes? with\b|\bsupplied\b|\bin the box\b|\bwith\b"),
    # "the longest timer", "the lowest temperature": the end of a range the line states ("up
    # to 6 hours", "from 40 to 90 °C", "at most 8"), not any figure (round 22)
    **dict.fromkeys(
        """highest lowest longest shortest largest biggest smallest widest hottest coldest
        heaviest lightest""".split(),
        re.compile(
            r"\bup to \d|\bat (?:most|least) \d|\bmax(?:imum)?\.? \d|\bmin(?:imum)?\.? \d|"
            r"\bfrom -?\d[\d.,]*\s*\S{0,4} to \d|\d\s*(?:-|–|to)\s*\d"
        ),
    ),
    "removable": re.compile(r"\bremov\w*|\bdetach\w*|\bcomes? off\b|\bunscrew\w*"),
    # "is it waterproof?": "water-resistant", "IPX4", "splash-proof" state it
    "waterproof": re.compile(r"\bwater\w*|\bipx?\d|\bsplash\w*"),
    "heavy": re.compile(r"\bweigh\w*|\bheavy\b|\blight\w*|\d\s*(?:g|kg|grams?|kilos?|lbs?)\b"),
    # "what days is it open?": the days of the week a line names (round 22)
    "days": re.compile(
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun|week)days?\b|\bdaily\b|\bevery day\b|"
        r"\bweekends?\b"
    ),
    "manufactured": re.compile(r"\bmade\b|\bmanufactur\w*|\bproduc\w*|\bbuilt\b|\borigin\b"),
    "produced": re.compile(r"\bmade\b|\bmanufactur\w*|\bproduc\w*|\bbuilt\b|\borigin\b"),
    "built": re.compile(r"\bmade\b|\bmanufactur\w*|\bproduc\w*|\bbuilt\b|\borigin\b"),
}

# Where on the thing a measure is taken: asked of the outside, a line that states the inside
# does not answer it; a line that names no side states the thing's own measure.
_SIDES = {
    **dict.fromkeys("inside inner internal interior".split(), "in"),
    **dict.fromkeys("outside outer external exterior".split(), "out"),
}
_MATERIAL = "@material"
_MADE_OF = re.compile(r"\bmade (?:of|from|out of)\b")

_SUFFIXES = ("ingly", "edly", "ings", "ing", "ied", "ies", "ers", "er", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                stem += "y"
            if len(stem) > 4 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # "shipping" → "ship", "cutting" → "cut"
            return stem
    return word


def _stated(word: str, line: str) -> bool:
    said = fold(line)
    if word == _MATERIAL:
        own = set(re.findall(r"[^\W\d_]+", said))
        return any(w in MATERIALS or w in MATERIAL_KINDS for w in own) or bool(
            re.search(r"\bmade (?:of|from)\b|\bmaterial", said)
        )
    if word in _SIDES:
        sides = {_SIDES[w] for w in re.findall(r"[a-z]+", said) if w in _SIDES}
        return not sides or _SIDES[word] in sides
    pattern = _STATES.get(word)
    if pattern is not None and pattern.search(said):
        return True
    # by its stem, strictly: "sharp" does not state "sharpen", "survey" states "surveyed"
    stem = _stem(word)
    return any(
        (other := _stem(w)) == stem
        or (min(len(stem), len(other)) >= 4 and abs(len(stem) - len(other)) <= 1
            and (other.startswith(stem) or stem.startswith(other)))
        for w in tokens(line)
    )


def asked_attribute(question: str, title: str = "") -> list[str]:
    """The words of the attribute an English question asks of its subject (empty when its
    shape names none, or only words the slots settle)."""
    folded = fold(question).replace("\u2019", "'")
    if GOING_FOR.search(folded):
        return []  # "what's the walnut one going for?" asks the price, which the slots settle
    found = None
    for pattern in (_CHOICE_FOR, _WHICH_FOR, _WHAT_OF, _WHAT_X_IS, _HOW_DO, _CAN_I, _CAN_BE,
                    _HOW_ADJ, _WHEN_WHERE, _IS_THERE):
        found = pattern.search(folded)
        if found:
            break
    if not found:
        found = (
            _IS_ADJ.search(asking_sentence(folded))
            or _IS_THERE_NOUN.search(folded)
            or _IS_LAST.search(asking_sentence(folded))
            or _IS_LAST_OF_PART.search(asking_sentence(folded))
        )
        if not found or found.group("attr") in _IS_ADJ_LEFT:
            return []
    named = tokens(title)
    attr = [
        w
        for w in re.findall(r"[a-z]{3,}", found.group("attr"))
        if w not in STOPWORDS
        and w not in GENERIC
        and w not in _MODIFIERS
        and w not in _PLAIN_VERBS
        and w not in COLOURS
        and w not in MATERIALS
        and not covered(w, named)
    ]
    if any(w in _LEFT_TO_SLOTS for w in attr):
        return []
    if attr and _MADE_OF.search(folded):
        # "what is the tow rope made of?": the line that names the part must name its material
        attr.append(_MATERIAL)
    return attr


def states_asked_attribute(question: str, title: str, support: Sequence[str]) -> bool:
    """Whether one of the lines states every word of the attribute asked (True when the
    question's shape names no attribute)."""
    attr = asked_attribute(question, title)
    if not attr or not support:
        return True
    return any(all(_stated(w, line) for w in attr) for line in support)


# The measures a line states by a word or a figure of their kind, by name (``_STATES``): the
# gloss takes a shopper's word spelt as one of them as that English word (round 27).
MEASURES_BY_NAME = frozenset(
    """width length height depth thickness diameter weight capacity volume measurements
    temperature""".split()
)


def states_measure(word: str, line: str) -> bool:
    """Whether ``line`` states the measure named ``word`` by a word or figure of its kind ("58 mm
    across" a diameter, "holds 8 ml" a capacity)."""
    pattern = _STATES.get(word) if word in MEASURES_BY_NAME else None
    return bool(pattern and pattern.search(fold(line)))
