"""What a label asked "What is the … like?" asks instead where its value is no quality (round
32).

heldout34's raters marked "What is the first use like? — The first use is soak in water …",
"What is the turnaround like? — … about 3 weeks" and "What is the botanical name like?": a
quality ("What is the heat like? — The heat is medium.") reads well, but an instruction, a
length of time or a name does not. These ask what the value answers: "What should I know about
the first use? — Soak in water for 12 hours.", "How long is the turnaround? — The turnaround is
about 3 weeks.", "What is the botanical name? — …".
"""

from __future__ import annotations

import re
from datetime import date

from plugin.generation.asked_of_part import _made_of
from plugin.generation.value_shapes import _STUFF, MASS_HEADS, MASS_NOUNS, article

# A value that tells the shopper what to do ("Soak …", "Season with …").
_INSTRUCTION = re.compile(
    r"(?i)^(soak|season|protect|keep|store|wash|rinse|use|allow|apply|avoid|remove|add|mix"
    r"|leave|check|cover|wipe|refrigerate|fill|oil|dry|charge|water|hand wash|machine wash)\b"
)
# "Spring 2025", "March 2026": a season or a month and a year.
_PAST_DATE = re.compile(
    r"(?i)(?:(?:early|late|mid) )?(?:spring|summer|autumn|fall|winter|january|february|march"
    r"|april|may|june|july|august|september|october|november|december) \d{4}"
)
_DURATION = re.compile(
    r"(?i)^(about |around |up to |approx\.? )?[\d.,–-]+\s*(?:to [\d.,]+\s*)?"
    r"(minutes?|hours?|days?|working days?|weeks?|months?|years?)\b"
)


def like_question(name: str, be: str, value: str) -> tuple[str, str | None] | None:
    """The question for a label whose value is an instruction, a length of time or a name, and
    its answer in a sentence where it differs from the value as written (``None``: as
    written); ``None`` where "What is the … like?" fits."""
    shown = value.strip().rstrip(".")
    if _INSTRUCTION.match(shown):
        return f"What should I know about the {name}?", None
    if _DURATION.match(shown):
        return f"How long {be} the {name}?", f"The {name} {be} {shown[:1].lower()}{shown[1:]}."
    if _PAST_DATE.fullmatch(shown) and int(shown[-4:]) <= date.today().year:
        # Round 37: "Pressing: Autumn 2025" is when it was, not what it is like.
        when = re.sub(r"(?i)^(early|late|mid|spring|summer|autumn|fall|winter)\b", _lower, shown)
        return f"When was the {name}?", f"The {name} was in {when}."
    if re.search(r"\bnames?$", name):
        return f"What {be} the {name}?", f"The {name} {be} {shown}."
    return None


# Round 45: a one-piece value a shopper would call the kind of part it is ("Catch: push-button"
# -> "What kind of catch does it have? — It has a push-button catch.").
_KIND_VALUE = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}")
_NOT_KINDS = frozenset("and or with no not none yes only per each".split())
# Parts sold as stuff, said with no article ("It has sanded grout."): the value shapes' lists
# and a few a kind question meets.
_UNCOUNTED = (
    MASS_NOUNS
    | MASS_HEADS
    | _STUFF
    | frozenset("grout mortar glue adhesive paint varnish wadding fill filling thread".split())
)


def kind_question(name: str, value: str, subject: str, plural: bool) -> tuple[str, str] | None:
    """ "What kind of … does it have?" and "It has a <value> <label>." for a label asked "What
    is the … like?" whose value is a plain lower-case phrase of one to three words naming the
    kind of part (round 45: heldout47's raters called "What is the <part> like? — The <part>
    is <value>." a template no shopper asks); ``None`` for anything else (a list, a figure, a
    code, a material, a value that already holds the label's word, a plural label)."""
    shown = value.strip().rstrip(".")
    words = shown.split()
    if (
        not _KIND_VALUE.fullmatch(shown)
        or _NOT_KINDS & set(words)
        or not re.fullmatch(r"[a-z]+", name)
        or (name.endswith("s") and not name.endswith(("ss", "us")))
        or any(w.rstrip("s").endswith(name.rstrip("s")) for w in words)
        # A material is asked "What is the … made of?" (``asked_of_part``), as before.
        or _made_of(shown)
    ):
        return None
    does, has = ("do", "have") if plural else ("does", "has")
    it = subject if subject in ("It", "They") else ("They" if plural else "It")
    phrase = f"{shown} {name}"
    said = phrase if name in _UNCOUNTED else f"{article(phrase)} {phrase}"
    return f"What kind of {name} {does} {it.lower()} have?", f"{it} {has} {said}."


def _lower(match: re.Match[str]) -> str:
    return match[0].lower()
