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


def _lower(match: re.Match[str]) -> str:
    return match[0].lower()
