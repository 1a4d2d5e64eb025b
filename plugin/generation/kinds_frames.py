"""Round 38: frames the kinds' last pass mends, and a fact the short description says twice.

heldout40's raters marked, in metas, short descriptions and FAQ answers, a shop's value pasted
after a verb with no preposition: a use that is itself a prepositional phrase after "is for"
("is for on rice"), a place and a date after a participle with no "in" ("is harvested
<place>, <month> <year>", the place in lower case), a time with no "for" ("cured 3 months")
and how long it keeps once opened said as a bare span ("Chill after opening, 5 days."). In
the short description, a material said twice, the second time with a measure. Each is mended
by its shape; no listing's phrase is a rule.
"""

from __future__ import annotations

import re

from plugin.generation.sentence_words import FRAME_WORDS, words_of

# "is for on rice or in soup": the value is the use, a prepositional phrase of its own. The
# description's "Use" sentence is mended where it is said (``phrasing._what_it_is_for``); this
# pass mends the kinds' own frames, the FAQ's "It is for {value}." among them.
_FOR_PREPOSITION = re.compile(r"\b(?P<be>is|are) for (?P<prep>with|on|in|over|under|into|at)\b")
_MONTHS = "january february march april may june july august september october november december"
# "is harvested douro, october 2026": a participle of where and when, the place said bare.
_WHERE_WHEN = re.compile(
    r"\b(?P<be>is|are) (?P<verb>picked|harvested|grown|caught|gathered|foraged|pressed|roasted|"
    r"distilled|brewed|bottled|packed|produced|milled|tapped|made|baked|smoked|dried) "
    r"(?P<place>(?!(?:in|on|at|by|from|with|to|for|and|or|the|a|an)\b)[^\W\d_][\w'’-]*"
    r"(?: [^\W\d_][\w'’-]*)?), (?P<month>" + _MONTHS.replace(" ", "|") + r")"
    r"(?P<year> \d{4})?\b",
    re.IGNORECASE,
)
# "cured to 3 months", "rested 6 weeks": how long, said with "for".
_HOW_LONG = re.compile(
    r"\b(?P<verb>aged|matured|fermented|cured|rested|ripened|conditioned|seasoned)"
    r" (?:to )?(?P<span>(?:about |around |up to )?\d+(?:[.,]\d+)?(?:[–-]\d+)? ?"
    r"(?:days?|weeks?|months?|years?|hours?)\b)"
)

# "Chill after opening, 5 days.": how long it keeps once open, said as the shop means it.
_KEEPS_OPEN = re.compile(
    r"\b(?P<when>after opening|once opened|when opened), (?P<span>\d+(?:[–-]\d+)? "
    r"(?:days?|weeks?|months?))(?=\.)"
)


def _where_when(match: re.Match[str]) -> str:
    place = " ".join(w[:1].upper() + w[1:] for w in match["place"].split())
    month = match["month"].capitalize()
    return f"{match['be']} {match['verb']} in {place} in {month}{match['year'] or ''}"


def frames_mended(text: str) -> str:
    """``text`` with a use, a place and date, and a time read back in the frames English
    uses: "is for use with …", "is picked in <Place> in <Month> <year>", "aged for …"."""
    text = _FOR_PREPOSITION.sub(lambda m: f"{m['be']} for use {m['prep']}", text)
    text = _WHERE_WHEN.sub(_where_when, text)
    text = _KEEPS_OPEN.sub(lambda m: f"{m['when']} and use within {m['span']}", text)
    return _HOW_LONG.sub(lambda m: f"{m['verb']} for {m['span']}", text)


def _named(text: str) -> set[str]:
    return {w for w in words_of(text) - FRAME_WORDS if re.search(r"[a-z]{3}", w)}


def said_once(texts: list[str]) -> list[str]:
    """``texts`` without a later sentence whose words (two at least, frames and measures aside)
    an earlier one says already: "… is made of waxed linen. It is made of waxed linen, 300
    g/m²." says the material twice and the measure alone is no second fact."""
    kept: list[str] = []
    for text in texts:
        named = _named(text)
        if kept and len(named) > 1 and any(named <= _named(k) for k in kept):
            continue
        kept.append(text)
    return kept
