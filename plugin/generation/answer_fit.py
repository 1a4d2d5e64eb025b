"""The FAQ's last check (round 34): an answer's value fits the slot its question opens.

heldout36's raters marked, on most FAQs, a value pasted into a question it does not answer in
kind: a number answering "What colour …?", a count said as a state ("The legs are four,
tapered."), a place answering "What is it for?", a bare yes or no and fragments with no verb
("Over-16s only.", "3 to 5 players."). Each is read by the value's shape against the question's
slot, never by a listing's words: where the slot does not fit, the question is asked as the
value answers it, or the fragment is said in the question's own frame.
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem
from plugin.generation.kinds_polish import decimal_points
from plugin.generation.number_words import NUMBER_WORDS
from plugin.generation.quality_words import quality_state
from plugin.generation.whole_answers import yes_no_said

_COUNT = rf"(?:\d+|{'|'.join(sorted(NUMBER_WORDS))})"

# "What colour is it? — It is 18.": a colour slot filled with a number is a count of colours.
_COLOUR_Q = re.compile(r"^What colou?rs? (?:is it|are they)\?$", re.IGNORECASE)
_NUMBER_A = re.compile(r"^(?:It is|They are) (?P<n>\d+)(?P<rest>[^.]*)\.$")

# "The legs are four, tapered." / "The hooks are three included.": a count said as a
# state of the part; it is what the product has.
_COUNT_AS_STATE = re.compile(
    rf"^(?:The|Its|Their) (?P<part>[a-z][a-z -]*?s) are (?P<n>{_COUNT})"
    r"(?:(?:,| and|, and) (?P<mod>[a-z][a-z-]*)| (?P<with>included))?\.$"
)

# "What is it for? — It is for outdoors.": a place is where it is used, not what for.
_PLACE_A = re.compile(
    r"^(?P<s>It|They) (?:is|are) for (?P<place>indoors?|outdoors?)(?P<only> only)?\.$"
)


# A fragment, by what its question asks: the frame the question's own words give it.
_FRAGMENT_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^How big (?:is it|are they)\?$"), "{s} {be} {v}"),
    (re.compile(r"^How many (?:can play|players)\b.*\?$"), "{s} {be} for {v}"),
    (re.compile(r"^How many are in (?:a|the|each) \w+\?$"), "There are {v}"),
)
# An age, not a date ("1960s"): a number with "+", a word for a stage of life.
_AGE_Q = re.compile(r"^(?:What|Which) age (?:is it|are they) for\?$")
_AGE = re.compile(
    r"\d+ ?\+|\b(?:ages?|years?|months?|adults?|child(?:ren)?|teens?|kids?|over-|under-)",
    re.IGNORECASE,
)
# An answer that opens on its subject is a sentence already ("It measures …").
_SAID = re.compile(r"^(?:It|They|There|The|Its|Their|You|Each|This|These)\b")
_VERBS = re.compile(
    r"\b(?:is|are|was|were|has|have|does|do|can|will|should|must|needs?|comes?|makes?|fits?|"
    r"holds?|works?|includes?|contains?|runs?|takes?|keeps?|lasts?|goes|go|gets?|uses?|"
    r"gives?|plays?|arrives?)\b",
    re.IGNORECASE,
)


def _voice(question: str) -> tuple[str, str, str]:
    """Subject, "be" and "have" the question speaks of: "it" or "they"."""
    if re.search(r"\bthey\b|\bthem\b", question):
        return "They", "are", "have"
    return "It", "is", "has"


def _lowered(value: str) -> str:
    """A fragment's first word in a sentence's case, unless it is a code ("EPUB", "B5")."""
    first = value.split(" ", 1)[0]
    if first.isupper() or first[:1].isdigit() or first[1:2].isupper():
        return value
    return value[:1].lower() + value[1:]


def fitted(item: FaqItem) -> FaqItem:
    """``item`` with its answer fitting its question's slot (see the module's docstring)."""
    question, answer = item.question, item.answer.strip()
    subject, be, have = _voice(question)
    number = _NUMBER_A.match(answer)
    if _COLOUR_Q.match(question) and number and not number["rest"].strip():
        noun = "colours" if number["n"] != "1" else "colour"
        return FaqItem(
            f"How many colours {'do they' if subject == 'They' else 'does it'} have?",
            f"{subject} {have} {number['n']} {noun}.",
        )
    counted = _COUNT_AS_STATE.match(answer)
    if counted:
        part, mod = counted["part"], counted["mod"]
        asks = "do they" if subject == "They" else "does it"
        if counted["with"] or mod == "included":
            said = f"{subject} {'come' if subject == 'They' else 'comes'} with"
            asked_of = f"How many {part} {asks} come with?"
            return FaqItem(asked_of, f"{said} {counted['n']} {part}.")
        before = f"{mod} " if mod else ""
        return FaqItem(
            f"How many {part} {asks} have?", f"{subject} {have} {counted['n']} {before}{part}."
        )
    place = _PLACE_A.match(answer)
    if place and re.match(r"^What (?:is it|are they) for\?$", question):
        where = place["place"].rstrip("s")
        return FaqItem(
            f"Where can I use {'them' if subject == 'They' else 'it'}?",
            f"{place['s']} {be} for {where} use{place['only'] or ''}.",
        )
    read_back = _label_read_back(question, answer, subject)
    if read_back is not None:
        return read_back
    if answer in ("Yes.", "No."):
        yes_no = yes_no_said(question, answer[:-1])
        return FaqItem(question, yes_no) if yes_no else item
    if _AGE_Q.match(question) and _AGE.search(answer) and not _SAID.match(answer):
        return FaqItem(question, f"{subject} {be} for {_lowered(answer.rstrip('.'))}.")
    if not _VERBS.search(answer) and not _SAID.match(answer):
        for pattern, frame in _FRAGMENT_FRAMES:
            if pattern.match(question):
                value = decimal_points(_lowered(answer.rstrip(".")))
                return FaqItem(question, frame.format(s=subject, be=be, v=value) + ".")
    return item


# Round 35 (heldout37's raters: a label asked and its value read back in a fixed frame). A
# question that names a label ("What is the …?", "What … is it?", "What is the … like?").
_LABEL_Q = re.compile(
    r"^What (?:is the (?P<a>[a-z][a-z -]*?)(?: like)?|(?P<b>[a-z][a-z -]*?) (?:is it|are they))\?$"
)
_AMOUNT = r"\d[\d.,]*\s?(?:[a-zµ]{1,3}|%)"
# "The protein is 9.1 g per 100 g.": an amount per a base is how much of it the product has.
_PER_A = re.compile(
    rf"^(?:The [a-z][a-z -]*|It|They) (?:is|are) (?P<n>{_AMOUNT}) per (?P<base>{_AMOUNT})\.$",
    re.IGNORECASE,
)
# "The tin is 500 g.": a container's content by mass or volume is how much it holds.
_HELD_A = re.compile(r"^The (?P<part>[a-z]+) is (?P<n>\d[\d.,]*\s?(?:g|kg|lb|oz|ml|l|cl))\.$")
# "The gluten is gluten-free.": a value that names its own label is a state of the product.
_STATE_A = re.compile(r"^The (?P<label>[a-z]+) is (?P<value>[a-z]+(?:-[a-z]+)?)\.$")
# "The spice is fiery and smoky.": a quality of the whole product, in a word or two.
_QUALITY_A = re.compile(r"^The (?P<label>[a-z]+) is (?P<value>[a-z][a-z -]*)\.$")


def _label_read_back(question: str, answer: str, subject: str) -> FaqItem | None:
    """A label's value read back in its question's frame, asked as a shopper asks it: "What is
    the protein? — The protein is 9.1 g per 100 g." → "How much protein does it have? — It has
    9.1 g of protein per 100 g."; "What is the tin? — The tin is 500 g." → "How much is in a
    tin? — Each tin holds 500 g."; "What is the shine like? — The shine is shine-free." → "Is it
    shine-free? — Yes, it is shine-free."; ``None`` for any other answer."""
    asked = _LABEL_Q.match(question)
    if not asked:
        return None
    label = (asked["a"] or asked["b"]).strip()
    does, has, be = ("do they", "have", "are") if subject == "They" else ("does it", "has", "is")
    per = _PER_A.match(answer)
    if per and " " not in label:
        amount = per["n"].lower()
        return FaqItem(
            f"How much {label} {does} have?",
            f"{subject} {has} {amount} of {label} per {per['base'].lower()}.",
        )
    held = _HELD_A.match(answer)
    if held and held["part"] == label:
        return FaqItem(f"How much is in a {label}?", f"Each {label} holds {held['n']}.")
    quality = _QUALITY_A.match(answer)
    if quality and quality["label"] == label:
        # Round 36: "What is the spice like? — The spice is fiery." → "… — It is fiery."
        said = quality_state(label, quality["value"], subject)
        if said:
            return FaqItem(question, said)
    state = _STATE_A.match(answer)
    if state and state["label"] == label and label in state["value"].split("-"):
        said = state["value"]
        asks = "Are they" if subject == "They" else "Is it"
        return FaqItem(f"{asks} {said}?", f"Yes, {subject.lower()} {be} {said}.")
    return None
