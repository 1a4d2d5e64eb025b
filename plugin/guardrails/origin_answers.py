"""Origins a FAQ answer gives: the places answering a question about where the product comes
from ("Where does the tea come from?" "Assam, India.")."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.origin_places import most_specific
from plugin.guardrails.places import PlaceMention, find_places
from plugin.guardrails.towns import other_names

ORIGIN_QUESTION = re.compile(
    r"\bwhere\b(?![^?\n]*\b(?:ship|deliver|dispatch|post|send|sent|return|buy|store|keep)\w*\b)"
    r"[^?\n]*\b(?:made|from|come from|comes from|produced|grown|sourced|"
    r"manufactured|built|roasted|sewn|printed|based|located|workshop|studio|factory|atelier|"
    r"bakery|roastery|kitchen|workroom|brewery|distillery|forge|pottery)\b[^?\n]*\?\s*(?P<answer>[^\n]+)"
    r"|\b(?:what|which) is (?:its|the \w+'s|the) (?:origin|country of origin)\b[^?\n]*\?\s*"
    r"(?P<origin>[^\n]+)",
    re.IGNORECASE,
)
_ANSWER_TOWN = re.compile(
    r"\s*(?:(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear)\s+)?"
    r"(?P<town>[A-ZÀ-Þ][^\W\d_]{3,}(?: [A-ZÀ-Þ][^\W\d_]+)?)\s*(?:[.,;!]|$)"
)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s*,\s*)+$")


def answered_origins(text: str) -> list[Claim]:
    """The places a FAQ answer gives to a question about where the product comes from ("Where
    does the tea come from?" "Assam, India."): each is an origin claim, with the unknown place
    named before a known one ("Sidamo, Ethiopia")."""
    out = []
    for question in ORIGIN_QUESTION.finditer(text):
        group = "answer" if question.group("answer") else "origin"
        base, answer = question.start(group), question.group(group)
        mentions = _runs(find_places(answer, subdivisions=True), answer)
        town = _ANSWER_TOWN.match(answer)
        if not mentions and town and other_names(town.group("town")):
            start, end = base + town.start("town"), base + town.end("town")  # "In Glasgow."
            out.append(Claim("origin", start, end, text[start:end], None, text[start:end]))
        for mention in mentions:
            before = _NAME_BEFORE.search(answer[: mention.start])
            start = base + (before.start() if before else mention.start)
            end = base + mention.end
            out.append(Claim("origin", start, end, text[start:end], mention.place,
                             text[start:end]))  # fmt: skip
    return out


def _runs(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Places written one after another ("Kyoto, Japan") as one mention of the most specific."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if out and re.fullmatch(r",?\s*", text[out[-1].end : mention.start]):
            last = out.pop()
            place = most_specific([last.place, mention.place])
            mention = PlaceMention(last.start, mention.end, text[last.start : mention.end], place)
        out.append(mention)
    return out
