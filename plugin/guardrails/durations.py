"""How long something takes, said in words: "overnight", "the same day", "a week later".

A draft that says a step takes a time the listing gives otherwise is a wrong figure ("ready the
same day" of "ready in 3 working days", "revives overnight" of "revived in 4-5 days"). The
draft's phrase is compared with the listing's durations whose own words the draft's sentence
shares ("ready", "revive"), so a time said of another step ("class of 2.5 hours") is not read
against it. A listing that gives no such duration cannot be checked this way.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.product_nouns import stem

HOUR = 3600.0
DAY = 24 * HOUR
# Each phrase and the span of time it can mean, in seconds.
_PHRASES: tuple[tuple[str, float, float], ...] = (
    (r"overnight", 4 * HOUR, 18 * HOUR),
    (r"(?:on\s+)?the\s+same\s+day|same[\s-]day", 0.0, DAY),
    (r"(?:on\s+)?the\s+next\s+day|next[\s-]day|the\s+following\s+day", 12 * HOUR, 2 * DAY),
    (r"(?:a|one)\s+week\s+later|within\s+(?:a|one)\s+week|in\s+(?:a|one)\s+week", 5 * DAY, 8 * DAY),
    (r"a\s+fortnight(?:\s+later)?|(?:two|2)\s+weeks\s+later", 12 * DAY, 15 * DAY),
    (r"(?:a|one)\s+month\s+later|within\s+(?:a|one)\s+month", 27 * DAY, 32 * DAY),
)
_SAID = re.compile(
    "|".join(f"(?P<p{i}>\\b(?:{pattern})\\b)" for i, (pattern, _, _) in enumerate(_PHRASES)),
    re.IGNORECASE,
)
_UNITS = {"hour": HOUR, "day": DAY, "week": 7 * DAY, "month": 30 * DAY}
_GIVEN = re.compile(
    r"(?P<low>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<high>\d+(?:\.\d+)?))?\s*"
    r"(?:working\s+|business\s+)?(?P<unit>hour|day|week|month)s?\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_STOP = frozenset("about most your with from that this they them their after before".split())
CONTEXT = 60


def check_durations(text: str, facts: ListingFacts) -> list[Finding]:
    out: list[Finding] = []
    for match in _SAID.finditer(text):
        index = int(next(name for name, value in match.groupdict().items() if value)[1:])
        _, low, high = _PHRASES[index]
        sentence = _sentence_at(text, match.start())
        given = _durations_about(_stems(sentence), facts)
        if not given or any(
            low <= high_given and low_given <= high for low_given, high_given, _ in given
        ):
            continue
        line = given[0][2]
        out.append(
            finding(
                "accuracy.number",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"is not how long the listing says it takes ({line}).",
                "State the listing's own time, or leave it out.",
                line,
            )
        )
    return out


def _durations_about(said: set[str], facts: ListingFacts) -> list[tuple[float, float, str]]:
    """The listing's durations (low, high, line) whose words before them the sentence shares."""
    out = []
    for line in facts.lines:
        for given in _GIVEN.finditer(line):
            before = _stems(line[max(0, given.start() - CONTEXT) : given.start()])
            if not before & said:
                continue
            unit = _UNITS[given.group("unit").lower()]
            low = float(given.group("low")) * unit
            high = float(given.group("high") or given.group("low")) * unit
            out.append((low * 0.9, high * 1.1, _sentence_at(line, given.start()).strip()))
        for phrase in _SAID.finditer(line):  # "within a week of picking" in words (round 30)
            if not _stems(line[max(0, phrase.start() - CONTEXT) : phrase.start()]) & said:
                continue
            index = int(next(name for name, value in phrase.groupdict().items() if value)[1:])
            _, low, high = _PHRASES[index]
            out.append((low, high, _sentence_at(line, phrase.start()).strip()))
    return out


def _sentence_at(text: str, at: int) -> str:
    return next((m.group() for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), "")


def _stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}
