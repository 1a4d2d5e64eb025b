"""Sentences built from one fact: "It holds 750 ml", "They are made from 100% linen",
"Choose from oat or forest, in sizes S, M and L." — with plurals, yes/no values, values that
are already verb phrases, places and certifications read the way a person writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.generation.fact_roles import (
    YES,
    SortedFacts,
    colour_name,
    join_values,
    lower_first,
)


@dataclass(frozen=True)
class Voice:
    """``It is`` or ``They are``: a title naming several things ("Socks") takes the plural."""

    plural: bool

    @property
    def subject(self) -> str:
        return "They" if self.plural else "It"

    @property
    def possessive(self) -> str:
        return "Their" if self.plural else "Its"

    @property
    def be(self) -> str:
        return "are" if self.plural else "is"

    def verb(self, singular: str) -> str:
        """``holds`` → ``hold``, ``has`` → ``have`` for a plural subject."""
        if not self.plural or not singular.endswith("s"):
            return singular
        if singular in _IRREGULAR_VERBS:
            return _IRREGULAR_VERBS[singular]
        return singular[:-2] if singular.endswith(("ches", "shes", "sses")) else singular[:-1]


_IRREGULAR_VERBS = {"has": "have", "is": "are", "does": "do"}
_IRREGULAR_PLURALS = {"mice", "geese", "feet", "teeth", "people", "children", "men", "women"}


def voice_of(title: str) -> Voice:
    head = re.split(r"[,(–-]", title)[0].strip().split()
    last = head[-1].lower() if head else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3
    return Voice(plural=plural or last in _IRREGULAR_PLURALS)


def feature_lead(name: str, value: str, voice: Voice, turn: int = 0) -> str:
    """A fact stated plainly: ``Capacity: 750 ml`` → ``It holds 750 ml``."""
    lowered = name.lower()
    first = value.split()[0].lower() if value.split() else ""
    it = voice.subject
    if first in _VERB_VALUES or first in _AUXILIARIES:
        return f"{it} {voice.verb(first)} {' '.join(value.split()[1:])}"
    name_words = lowered.split()
    if len(name_words) > 1 and name_words[-1] in _PREPOSITIONS | {"as"}:
        # A name that is half a sentence: "Sold as: One pair" reads "It is sold as one pair",
        # "Works with: Most bikes" reads "It works with most bikes".
        head, rest = name_words[0], " ".join(name_words[1:])
        shown_value = value if name_words[-1] == "by" else lower_first(value)  # a name keeps case
        if head in _VERB_VALUES | _NAME_VERBS:
            return f"{it} {voice.verb(head)} {rest} {shown_value}"
        if head in _PARTICIPLES | {"suitable", "designed", "ideal"} or head.endswith("ed"):
            return f"{it} {voice.be} {lowered} {shown_value}"
    words = value.lower().split()
    if (
        (first in _PARTICIPLES or first.endswith("ed"))
        and len(words) > 1
        and (words[1] in _PREPOSITIONS)
    ):
        return f"{it} {voice.be} {lower_first(value)}"
    if value.strip().lower() in YES:
        return f"{it} {voice.be} {lowered}"
    yes_and = re.match(r"(yes|true)\s*[,;:(–-]\s*(.+?)\)?$", value.strip(), re.IGNORECASE)
    if yes_and:
        # "Adjustable: Yes, telescopic" reads "It is adjustable (telescopic)".
        return f"{it} {voice.be} {lowered} ({lower_first(yes_and.group(2))})"
    if "capacity" in lowered and "load" not in lowered:
        return f"{it} {voice.verb('holds')} {value}"
    if lowered in ("duration", "length of class", "running time"):
        return f"{it} {voice.verb('lasts')} {value}"
    if lowered in ("scent", "scents", "fragrance", "notes"):
        return f"The scent brings together {lower_first(value)}"
    if lowered in _COUNTED and value.isdigit():
        return f"{it} {voice.verb('has')} {value} {lowered}"
    if value[:1].isdigit() and turn % 2 and not lowered.endswith("s"):
        article = "an" if lowered[:1] in "aeiou" else "a"
        return f"{it} {voice.verb('has')} {article} {lowered} of {value}"
    shown = value if value[:1].isdigit() else lower_first(value)
    words = shown.split()
    plural_name = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    if (
        len(words) > 1
        and not shown[:1].isdigit()
        and "," not in shown
        and not plural_name
        and (lowered.split()[-1] not in shown.lower().split())
    ):
        # "Closure: Concealed zip" reads "It has a concealed zip closure".
        article = "an" if shown[:1].lower() in "aeiou" else "a"
        return f"{it} {voice.verb('has')} {article} {shown} {lowered}"
    if lowered.split()[-1] in shown.lower().split():
        # "Lid: Leak-resistant slide lid" reads "It has a leak-resistant slide lid".
        article = "an " if shown[:1].lower() in "aeiou" else "a "
        if shown[:1].isdigit() or lowered.endswith("s"):
            article = ""
        return f"{it} {voice.verb('has')} {article}{shown}"
    return f"{voice.possessive} {lowered} {'are' if plural_name else 'is'} {shown}"


# Values that are already a verb phrase: "Validity: Does not expire" reads "It does not
# expire"; "Delivery: Sent by email" reads "It is sent by email".
# Attribute names that start with a verb: "Works with", "Fits", "Attaches to".
_NAME_VERBS = {"works", "fits", "suits", "pairs", "connects", "attaches", "mounts", "clips"}
_AUXILIARIES = {"does", "can", "will", "must", "should"}
_PREPOSITIONS = {"by", "in", "with", "from", "to", "for", "on", "at", "after", "under"}
_PARTICIPLES = {
    "sent",
    "made",
    "built",
    "sold",
    "worn",
    "grown",
    "written",
    "woven",
    "sewn",
    "hand-made",
    "handmade",
    "shipped",
}
# Attribute names that count things: "Pieces: 42" reads "It has 42 pieces".
_COUNTED = {"pieces", "ports", "pockets", "tracks", "pages", "grades", "compartments", "slots"}


_VERB_VALUES = {
    "keeps",
    "holds",
    "fits",
    "lasts",
    "works",
    "charges",
    "folds",
    "packs",
    "stays",
    "makes",
    "brews",
    "runs",
    "covers",
}


def item_name(name: str) -> str:
    """A one-word item in a list reads in lower case ("Knife" → "knife"); names stay."""
    return lower_first(name) if " " not in name.strip() else name


def build_lead(name: str, value: str, turn: int, voice: Voice) -> str:
    lowered = name.lower()
    plain = lower_first(value)
    if lowered in ("material", "materials", "fabric", "body"):
        frames = ("made of", "crafted from", "made from")
        return f"{voice.subject} {voice.be} {frames[turn % len(frames)]} {plain}"
    if lowered in plain.lower():
        return f"{voice.subject} {voice.be} made with {plain}"
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return f"{voice.subject} {voice.verb('has')} {plain} {lowered}"
    article = "an" if plain[:1].lower() in "aeiou" else "a"
    return f"{voice.subject} {voice.verb('has')} {article} {plain} {lowered}"


def choice_lead(colours: list[str], sizes: list[str], turn: int, voice: Voice) -> str:
    parts = []
    if colours:
        shown = join_values([colour_name(c) for c in colours], "or")
        parts.append(shown)
    if sizes:
        if len(sizes) > 1:
            parts.append(f"sizes {join_values(sizes)}")
        else:
            parts.append(sizes[0].lower() if "size" in sizes[0].lower() else f"size {sizes[0]}")
    if len(colours) > 1 or len(sizes) > 1:
        frames = (
            "Choose from {}",
            "Pick from {}",
            f"{voice.subject} {voice.verb('comes')} in {{}}",
        )
        return frames[turn % len(frames)].format(
            " in ".join(parts) if len(parts) == 2 and not colours else ", in ".join(parts)
        )
    return f"{voice.subject} {voice.verb('comes')} in {parts[0]}" if parts else ""


_ARTICLE_PLACES = {
    "usa",
    "us",
    "uk",
    "united states",
    "united kingdom",
    "netherlands",
    "philippines",
    "czech republic",
    "uae",
}


def _place(origin: str) -> str:
    """Where it is made, as it reads after "made in": "Made in Scotland" → "Scotland"."""
    origin = re.sub(r"^(made|produced|crafted) in\s+", "", origin.strip(), flags=re.IGNORECASE)
    return f"the {origin}" if origin.lower() in _ARTICLE_PLACES else origin


def _certified(certifications: list[str], voice: Voice) -> str:
    """``GOTS`` → "GOTS certified"; a "-free" claim reads as itself ("BPA-free")."""
    free = [c for c in certifications if c.lower().endswith("free")]
    marks = [c for c in certifications if c not in free]
    parts = [join_values(free)] if free else []
    if marks:
        named = join_values(marks)
        certified = re.search(r"\b(certified|listed|approved|compliant)$", named, re.IGNORECASE)
        parts.append(named if certified else f"{named} certified")
    return " and ".join(parts)


def _is_phrase(origin: str) -> bool:
    """An origin written as a phrase ("Designed in Oslo, made in Portugal") rather than a place."""
    first = origin.strip().split()[0].lower() if origin.strip() else ""
    return (first.endswith("ed") or first in _PARTICIPLES) and first != "made"


def detail_lead(facts: SortedFacts, turn: int, voice: Voice) -> str:
    """Origin, certifications and care, stated plainly in one or two short sentences: these
    are facts a buyer checks, not ones to dress up."""
    out = []
    it, be = voice.subject, voice.be
    made = facts.origin and _is_phrase(facts.origin[0])
    if made:
        # "Origin: Blended and packed in Germany" is already a sentence of its own.
        origin = facts.origin[0].rstrip(".")
        out.append(f"{origin[:1].upper()}{origin[1:]}.")
    if made and facts.certification:
        out.append(f"{it} {be} {_certified(facts.certification, voice)}.")
    elif made:
        pass
    elif facts.origin and facts.certification:
        origin = _place(facts.origin[0])
        out.append(f"{it} {be} made in {origin} and {_certified(facts.certification, voice)}.")
    elif facts.origin:
        origin = _place(facts.origin[0])
        frames = (f"{it} {be} made in {origin}.", f"Made in {origin}.")
        out.append(frames[turn % 2])
    elif facts.certification:
        out.append(f"{it} {be} {_certified(facts.certification, voice)}.")
    if facts.care:
        care = facts.care[0].rstrip(".")
        them, their = ("them", "their") if voice.plural else ("it", "its")
        care_frames = (
            f"{care[:1].upper()}{care[1:]}.",
            f"To keep {them} at {their} best, {lower_first(care)}.",
            f"Care is simple: {lower_first(care)}.",
        )
        out.append(care_frames[turn % len(care_frames)])
    return " ".join(out)
