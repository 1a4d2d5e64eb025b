"""A FAQ answer the shop's value left as a fragment, said in whole sentences (round 33).

heldout35's raters marked answers pasted from a value's shape (a caveat after ";", a state or a
verb with no subject, "Required; fixings included.", a bare "No."): each clause
of such a value is said as a sentence by its shape (a state with its thing, "<thing> is not
included"; a verb without its subject; an instruction without its object; a place to store it)
or by what the question asks of it; a clause no shape tells is kept as written.
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem
from plugin.generation.had_articles import is_plural
from plugin.generation.said_values import lower_first
from plugin.generation.two_languages import english_words
from plugin.generation.value_shapes import noun_phrase
from plugin.generation.voice import Voice

# A clause that already reads as a sentence: a subject first, or a verb of its own.
_SUBJECT = re.compile(
    r"^(?:(?:It|They|Each|Every|You|Your|There|Its|Their|We|Our)\b|(?:Yes|No)[,.–])"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|can|cannot|will|must|may|should|does|do|did)\b"
)
# Instructions: a sentence of their own, given the thing they act on.
_BIDDING = re.compile(
    r"(?i)^(?:hand[- ]wash|machine[- ]wash|spot[- ]clean|air[- ]dry|tumble[- ]dry|wash|wipe|dry"
    r"|rinse|clean|oil|wax|store|keep|use|soak|cure|season|switch|turn|remove|apply|avoid"
    r"|check|allow|let|place|hang|fold|unplug|empty|fill|wind|charge|tighten|brush|iron"
    r"|refrigerate|freeze|defrost|heat|serve|read|replace|follow|protect|add|mix|leave|see"
    r"|cover|hose|tap|drill|close|drain|open|lift|press|pull|push|wear|fit|do not|don't|never)\b"
)
# Verbs said without their subject ("Comes flat-packed", "Runs on 2 AA").
_BARE_VERB = re.compile(
    r"^(?:arrives|comes|ships|runs|lasts|takes|fits|needs|works|folds|holds|rusts|stains"
    r"|plays|opens|locks|adjusts|packs|sits|stands|hangs|attaches|clips|screws|slides"
    r"|turns|weighs|measures|suits|covers|stores)\b"
)
# A participle said of the product ("Sold to adults only"), never one before a noun ("Printed
# labels", "Dyed yarn").
_PARTICIPLE = re.compile(
    r"^(?:sold|made|built|sewn|grown|sent|wound|(?:hand-)?[a-z]{3,}ed)"
    r"(?: (?:to|in|by|from|with|for|on|at|only|separately|[a-z]+ly)\b|$)"
)
# A list's item in capitals after a lower-case word ("… and Spare blades"); a people's or a
# language's name ("English", "Celtic", "Japanese") keeps its capital, and so does a word the
# knowledge base's English never uses (a brand's).
_LISTED_CAPITAL = re.compile(
    r"(, | and | or | for )(A|An|The|[A-Z][a-z]+(?<!an|sh|se|ic|ch))\b(?= [a-z])"
)


# Round 40: a list of names in title case ("Rose & Oud, Pine Forest or Plain"): its items keep
# the capitals the shop gave them all (``faq_values.alternatives``).
_TITLED_ITEM = re.compile(
    r"(?:, | in | or | and )[A-Z][\w'’-]* (?:& )?[A-Z][\w'’-]*(?=,| or | and |\.|$)"
)


def _lowered(found: re.Match[str]) -> str:
    word = found[2]
    if len(word) > 3 and word.lower() not in english_words():
        return found[0]
    if _TITLED_ITEM.search(found.string):
        return found[0]
    return found[1] + word.lower()


_STATE = re.compile(
    r"^(?P<thing>(?!not\b)[^,;()]+?) (?P<state>not included|included|sold separately"
    r"|not supplied|supplied|needed|required|not required|fitted|provided)$"
)
_ALONE = re.compile(
    r"^(?:not included|included|required|not required|needed|sold separately|not supplied)$"
)
_ADJECTIVE = re.compile(r"^(?:fragile|[a-z-]+(?:able|ible|proof|free|safe|resistant))$")
# Nouns read as stuff, said without "a" ("Fuel is not included.").
_STUFF = frozenset("fuel water soap paint glue food filling hardware ink thread oil".split())
# The thing a question asks about, for a clause that names none ("Required" under assembly).
_ASKED_THING = (
    re.compile(r"^How much (?P<thing>[a-z ]+?) (?:does|do) (?:it|they) need\?$"),
    re.compile(r"^(?:Is|Are) (?:(?:a|an) )?(?P<thing>[a-z ]+?) included\?$"),
    re.compile(r"^What (?:is|are) the (?P<thing>[a-z ]+?) like\?$"),
    re.compile(r"^What should I know about the (?P<thing>[a-z ]+?)\?$"),
    re.compile(r"^What kind of (?P<thing>[a-z ]+?) (?:does|do) (?:it|they) have\?$"),
    re.compile(r"^What (?:is|are) the (?P<thing>[a-z ]+?) made of\?$"),
    re.compile(r"^What (?:is|are) the (?P<thing>[a-z ]+?)\?$"),
)
# An instruction whose verb stands alone takes its object ("Hand wash" → "Hand wash it"); one
# with a phrase after it reads whole as it is ("Wipe with a dry cloth").
_OBJECT_NEXT = re.compile(r"^$")


def _the(thing: str) -> str:
    return thing if thing in _STUFF or thing.endswith("ing") else noun_phrase(thing)


def _asked_thing(question: str) -> str:
    for pattern in _ASKED_THING:
        found = pattern.match(question)
        if found:
            return found["thing"]
    return ""


def _be(thing: str) -> str:
    last = thing.split()[-1] if thing.split() else ""
    return "are" if is_plural(last) and last not in _STUFF else "is"


def _bidding(clause: str, them: str) -> str:
    """An instruction with the thing it acts on where its verb stands alone: "Hand wash" →
    "Hand wash it", "do not soak" → "do not soak it"."""
    verb = _BIDDING.match(clause)
    if not verb or verb[0].lower() in ("do not", "don't", "never"):
        negated = re.match(r"(?i)^(do not|don't|never) ([a-z-]+)(.*)$", clause)
        if negated and _OBJECT_NEXT.match(negated[3].strip()):
            return f"{negated[1]} {negated[2]} {them}{negated[3]}"
        return clause
    rest = clause[verb.end() :]
    if _OBJECT_NEXT.match(rest.strip()):
        return f"{clause[: verb.end()]} {them}{rest}"
    return clause


def _sentence(clause: str, question: str, voice: Voice, first: bool) -> str | None:
    """One clause of an answer as a sentence, or ``None`` where its shape tells nothing."""
    it, be = voice.subject, voice.be
    low = lower_first(clause)
    thing = _asked_thing(question)
    them = (
        ("them" if _be(thing) == "are" else "it") if thing else ("them" if voice.plural else "it")
    )
    if _SUBJECT.match(clause) or (_FINITE.search(low) and not _BIDDING.match(low)):
        return clause
    if first and "store" in question.lower() and re.search(r"\bplace$|^(?:in|at|on) ", low):
        # "Dry place" names where, not an instruction to dry it.
        place = low if low.startswith(("in ", "at ", "on ")) else f"in {noun_phrase(low)}"
        return f"Store {them} {place}"
    if found := re.match(r"(?i)^no need to (.+)$", clause):
        return f"There is no need to {found[1]}"
    if found := re.match(r"(?i)^never (.+)$", clause):
        if _BIDDING.match(found[1]):
            return f"Never {_bidding(found[1], them)}"
        return f"Never use {them} {found[1]}"
    if re.match(r"(?i)^not (?:for|suitable|recommended|with|on|in|to)\b", clause):
        return f"{it} {be} {low}"
    if found := re.match(r"(?i)^no (.+)$", clause):
        if "care" in question.lower() or "clean" in question.lower():
            return f"Do not use {found[1]}"
        return f"{it} {voice.verb('needs')} no {found[1]}"
    if _BIDDING.match(clause):
        return _bidding(clause, them)
    if found := _STATE.match(low):
        thing = _the(found["thing"])
        return f"{thing[:1].upper()}{thing[1:]} {_be(found['thing'])} {found['state']}"
    if _ALONE.match(low) and thing:
        named = _the(thing) if first else ("they" if _be(thing) == "are" else "it")
        return f"{named[:1].upper()}{named[1:]} {_be(thing)} {low}"
    if not first:
        return None
    if _BARE_VERB.match(low):
        verb, _, rest = low.partition(" ")
        return f"{it} {voice.verb(verb)} {rest}".rstrip()
    if (_PARTICIPLE.match(low) and "," not in low) or _ADJECTIVE.match(low):
        # "What is the lid like? — Hinged" is the lid's state.
        return f"The {thing} {_be(thing)} {low}" if thing else f"{it} {be} {low}"
    if re.match(r"(?:for|in|on|at|with|by|to|from)\b", low) or low.count("(") != low.count(")"):
        return None  # a phrase cut from its clause: no frame mends it
    asked = question.lower()
    if "assembly" in asked and re.match(r"(?:about |around )?\d", low):
        return f"Assembly takes {low}"
    if "else do i need" in asked:
        return f"You need {low}"
    if "delivered" in asked:
        return f"{it} {be} delivered as {noun_phrase(low)}"
    if "attach" in asked and re.match(r"(?:\d+|an?|two|three|four) ", low):
        return f"{it} {voice.verb('attaches')} with {low}"
    if "powered" in asked:
        return f"{it} {be} powered by {low}"
    if found := re.match(r"^Which (?P<things>[a-z ]+) (?:does|do) (?:it|they) have\?$", question):
        if re.match(r"[\d.,]+\s?[a-z]{0,2}\b(?:,|$)", low):
            return None  # "9 mm, steel" is a measure and a material, no thing it has
        head = low.split(",")[0].split()
        plain = (head and is_plural(head[-1])) or re.match(r"[\d.,]+[\s%]", low)
        had = low if plain else noun_phrase(low)
        return f"{it} {voice.verb('has')} {had}"
    if thing:
        return f"The {thing} {_be(thing)} {low}"
    return None


# A quality, its last word telling ("waterproof", "dishwasher safe", round 35).
_QUALITY = re.compile(r"(?:[a-z-]+ ){0,2}[a-z-]*(?:ed|able|ible|proof|safe|free|ful|ous|ive|y)\b")


def _third_person(verb: str) -> str:
    """ "have" → "has", "come" → "comes", "fit" → "fits", "carry" → "carries"."""
    if verb == "have":
        return "has"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return f"{verb}es"
    if re.search(r"[^aeiou]y$", verb):
        return f"{verb[:-1]}ies"
    return f"{verb}s"


def yes_no_said(question: str, word: str) -> str | None:
    """A bare "Yes." or "No." said with its question's verb: "Does it have a carry case? — No,
    it does not have a carry case."; the one reader of a bare yes or no (round 35: the FAQ's
    last check, ``answer_fit``, asks it too)."""
    found = re.match(r"^(?P<verb>Does|Do|Is|Are|Can) (?P<who>it|they) (?P<rest>.+)\?$", question)
    if not found:
        return None
    verb, who, rest = found["verb"].lower(), found["who"], found["rest"]
    if verb in ("is", "are") and not _QUALITY.match(rest):
        return None  # "Is it music?" asks no quality a sentence can deny
    if word == "Yes" and verb in ("does", "do"):
        base, _, after = rest.partition(" ")
        said = base if who == "they" else _third_person(base)
        return f"Yes, {who} {said} {after}".rstrip() + "."
    if word == "Yes":
        return f"Yes, {who} {verb} {rest}."
    negated = {"does": "does not", "do": "do not", "is": "is not", "are": "are not"}
    return f"No, {who} {negated.get(verb, 'cannot')} {rest}."


def whole_answer(item: FaqItem, voice: Voice) -> FaqItem:
    """``item`` with an answer the value left as a fragment said in whole sentences; an answer
    that reads as sentences, or whose first clause no shape tells, as it was."""
    answer = item.answer.strip()
    if answer in ("Yes.", "No."):
        yes_no = yes_no_said(item.question, answer[:-1])
        return FaqItem(item.question, yes_no) if yes_no else item
    head = ""
    noted = re.match(r"^(?P<word>Yes|No) – (?P<rest>.+)$", answer)
    if noted:
        thing = _asked_thing(item.question)
        if noted["word"] != "No" or not item.question.endswith(" included?") or not thing:
            return item
        thing = _the(thing)
        head = f"No, {thing} {_be(thing.split()[-1])} not included. "
        answer = noted["rest"]
    clauses = [c.strip() for c in answer.rstrip(".").split("; ") if c.strip()]
    said: list[str] = []
    mended = bool(head)
    for n, clause in enumerate(clauses):
        whole = _sentence(clause, item.question, voice, n == 0)
        if whole is None and n == 0:
            return item
        if whole is None:
            # A list's next item ("…; Ring thimble; …") keeps its place, its capital lowered.
            said[-1] = f"{said[-1]}; {lower_first(clause)}"
            mended = mended or lower_first(clause) != clause
            continue
        if re.search(r", | and | or ", whole):
            whole = _LISTED_CAPITAL.sub(_lowered, whole)
        mended = mended or whole != clause
        said.append(f"{whole[:1].upper()}{whole[1:]}")
    if not mended:
        return item  # every clause a sentence already: the shop's words as written
    return FaqItem(item.question, head + " ".join(f"{s.rstrip('.')}." for s in said))
