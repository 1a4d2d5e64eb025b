"""Uses the listing rules out: "Not for fountain pens", "Ikke for skøyteski", "No apto para tinta
de alcohol", "We do not tune digital pianos". A draft that puts the product to such a use
("safe for fountain pens", "works on induction hobs", "we also tune digital pianos") contradicts
the listing: it blocks, with the listing's line as the fact. The draft's own denials ("not for
fountain pens", "dip pens rather than fountain pens") and questions pass.

The lead-ins, the words of use and the negations are data (``data/ruled_out_uses.json``) in the
languages shops write in; a thing is matched word for word, a plural "s" aside.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts

_MAX_WORDS = 5
# Where the thing ruled out ends: a stop, a colon, a comma, or a clause that gives the reason.
_THING_END = re.compile(
    r"[.;:!?,()\n<>\"]|\s+(?:as|because|since|which|that|it|they|so|but|unless|when|where|"
    r"porque|weil|car|perché|omdat|da|fordi|eftersom)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"\s+(?:or|and|nor|o|y|oder|und|ou|et|of|en|eller|og|och|lub|i|ani|tai)\s+|/")
_JOINED = re.compile(r"(?:and|or|but|y|e|und|et|og|och|en)\s+", re.IGNORECASE)
_CONJUNCTIONS = frozenset(
    {"and", "or", "&", "und", "oder", "et", "ou", "y", "o", "e", "en", "og", "och"}
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.,/-]*")


@cache
def _table() -> dict[str, list[str]]:
    return json.loads((Path(__file__).parent / "data" / "ruled_out_uses.json").read_text())


def _words(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = _table()
    not_for = re.compile(
        # "too soft for pillar candles", "trop fragile pour": a lead-in of a kind, not a phrase
        r"(?<!\w)(?:(?P<not>" + _words(table["not_for"]) + r"|(?:" + _words(table["too"])
        + r")\s+[^\W\d_]+\s+(?:" + _words(table["too_for"]) + r"))|(?P<we>"
        + _words(table["we_do_not"])
        + r")\s+(?P<verb>[a-z]+))\s+(?P<what>[^.;:!?\n]{2,80})",
        re.IGNORECASE,
    )  # fmt: skip
    negation = re.compile(
        r"(?<!\w)(?:" + _words(table["negations"] + table["not_for"]) + r")(?!\w)|n['’]t\b"
        r"|(?<!\w)(?:"
        + _words(table["too"])
        + r")\s+[^\W\d_]+\s+(?:"
        + _words(table["too_for"])
        + r")(?!\w)",
        re.IGNORECASE,
    )  # the draft's own "too soft for" denies as the listing's does
    clause = re.compile(r"[.;:!?,\n()<>\"]|\s[-–—]\s")
    return not_for, negation, clause


def ruled_out_of(facts: ListingFacts) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(the thing's words, the verb of a refusal or "", the listing's line) of each use the
    listing rules out."""
    not_for, _, _ = _patterns()
    stop = set(_table()["stop"])
    out = []
    for line in facts.lines:
        for match in not_for.finditer(line):
            what = _THING_END.split(match.group("what"))[0]
            narrowed = _RELATIVE.match(match.group("what"), len(what))
            for item in _ITEM.split(what):
                words = [_singular(w) for w in _WORD.findall(item.lower())]
                while words and words[0] in stop:
                    words.pop(0)  # "Not for the Schrader rims"
                while words and words[-1] in stop:
                    words.pop()
                if narrowed and _fitted_elsewhere(words, facts, line, match.start()):
                    continue  # "Fits kettles with a spout; not for kettles that …": some fit
                verb = (match.group("verb") or "").lower()
                if words and len(words) <= _MAX_WORDS:
                    out.append((tuple(words), verb, _sentence(line, match.start())))
                qualified = _before_qualifier(words, stop)
                if qualified:  # "Not for tall vases with narrow necks": tall vases, too
                    out.append((qualified, verb, _sentence(line, match.start())))
    return tuple(out)


# A clause that narrows the thing ruled out to some of its kind ("not for pumps that only take
# a Schrader valve"), where the listing says others of it fit (round 57).
_RELATIVE = re.compile(r"\s+(?:that|which|who|whose)\s", re.IGNORECASE)


def _fitted_elsewhere(words: list[str], facts: ListingFacts, line: str, at: int) -> bool:
    """Whether the listing gives the thing ruled out as a use outside its ruling-out ("Fits
    kettles with a spout; not for kettles that …"): then some of its kind are the product's."""
    if not words:
        return False
    thing = re.compile(
        r"(?<!\w)(?<!not )(?:fits?|suits?|for|works with|compatible with)\s+(?:[\w-]+\s+){0,2}"
        + r"\W+".join(re.escape(w) + r"s?" for w in words)
        + r"(?!\w)",
        re.I,
    )
    others = (other for other in facts.lines if other != line)
    return bool(thing.search(line[:at])) or any(thing.search(other) for other in others)


_QUALIFIERS = frozenset({"with", "that", "having", "mit", "avec", "con", "com", "met", "med"})


def _before_qualifier(words: list[str], stop: set[str]) -> tuple[str, ...]:
    """The thing before the words that narrow it ("tall vases" of "tall vases with narrow
    necks"), when they are not the use itself ("use with"): a draft names the thing without
    them (round 35)."""
    at = next((i for i, w in enumerate(words) if w in _QUALIFIERS), 0)
    head = [w for w in words[:at] if w not in stop]
    if len(head) < 2 or any(w in {"use", "used", "using"} for w in head):
        return ()  # one word alone ("vases") rules out too much
    return tuple(words[:at]) if len(words[:at]) <= _MAX_WORDS else ()


def _sentence(line: str, at: int) -> str:
    """The sentence of a listing's line that rules the use out, as the finding's fact."""
    start = max((m.end() for m in re.finditer(r"[.!?]\s|:\s{2,}", line[:at])), default=0)
    end = re.compile(r"[.!?](?:\s|$)").search(line, at)
    return line[start : end.end() if end else len(line)].strip()


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def check_ruled_out_uses(text: str, facts: ListingFacts) -> list[Finding]:
    ruled_out = memo(facts, "ruled_out_uses", ruled_out_of)
    if not ruled_out:
        return []
    _, negation, clause = _patterns()
    uses = set(_table()["use_before"])
    stop = set(_table()["stop"])
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for words, verb, line in ruled_out:
        thing = r"\W+".join(_forms(w) for w in words)
        if len(words) == 1 and len(words[0]) >= 8 and words[0].isalpha():
            thing += r"\w*"  # "Induktion" in "Induktionsherde": a compound's head abroad
        for match in re.finditer(r"(?<!\w)" + thing + r"(?!\w)", text, re.IGNORECASE):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            before = text[max(0, match.start() - 60) : match.start()]
            start_of_clause = max((m.end() for m in clause.finditer(before)), default=0)
            lead = before[start_of_clause:]
            if negation.search(lead) or "?" in _sentence_after(text, match.end()):
                continue  # "not for fountain pens", "Can I use it with fountain pens?"
            said = [w.lower() for w in _WORD.findall(lead)]
            for _ in range(2):  # "safe for reef and marine tanks": the use before the list
                if len(said) < 3 or said[-1] not in _CONJUNCTIONS:
                    break
                del said[-2:]
            while said and said[-1] in stop:
                said.pop()  # "for your fountain pens"
            if len(said) >= 2 and said[-2] in uses and _a_kind_word(said[-1], uses):
                said.pop()  # "great for pool swims": one word of its kind before the thing
            if not said or not (
                said[-1] in uses
                or (verb and _same_verb(said[-1], verb))
                or said[-1] in memo(facts, "ruled_out_uses.activities", _activities)
            ):
                continue  # "the feeds of fountain pens": named, not a use
            start = start_of_clause + max(0, match.start() - 60)
            start += len(lead) - len(lead.lstrip())
            joined = _JOINED.match(text, start)  # "and a fine ink for …": the claim, not "and"
            start = joined.end() if joined else start
            taken.append((start, match.end()))
            out.append(
                finding(
                    "accuracy.compatibility",
                    BLOCK,
                    start,
                    match.end(),
                    text[start : match.end()],
                    f"is a use the listing rules out (it says: {line}).",
                    "Leave the use out, or say what the listing says it is for.",
                    line,
                )
            )
    return out


def _activities(facts: ListingFacts) -> frozenset[str]:
    """The verbs, in a draft's forms, of what the listing says the product does ("for
    sharpening": "sharpen", "sharpens"), so that "sharpens serrated knives" puts it to a use
    the listing rules out, as "for serrated knives" does (round 34)."""
    out: set[str] = set()
    for line in facts.lines:
        for match in re.finditer(r"\b(?:for|to)\s+([a-z]{3,}?)(ing)?\b", line.lower()):
            stem = match.group(1)
            if match.group(2) and len(stem) >= 3:
                out |= {stem, f"{stem}s", f"{stem}es", f"{stem}e"}
    return frozenset(out)


_PRONOUNS = frozenset("you your my our their his her its this that these those it them".split())


def _a_kind_word(word: str, uses: set[str]) -> bool:
    """A word that may name a kind of the thing after it ("night" swims), not a pronoun."""
    return word.isalpha() and len(word) >= 3 and word not in uses and word not in _PRONOUNS


def _forms(word: str) -> str:
    """A word of the thing ruled out, a plural "s" aside; an activity in "-ing" in the verb's
    other forms too ("not for swimming": "swims", "a swim"; "skating": "skates"; round 30)."""
    base = word[:-3] if word.endswith("ing") and len(word) >= 7 else ""
    if len(base) >= 4 and base[-1] == base[-2]:
        base = base[:-1]  # "swimm" -> "swim"
    if base:  # "skating": "skates" too
        return rf"(?:{re.escape(word)}|{re.escape(base)}(?:s|es|e)?)"
    return re.escape(word) + r"(?:s|es)?"


def _sentence_after(text: str, at: int) -> str:
    end = re.compile(r"[!?\n<]|\.(?!\d)").search(text, at)  # "31.8 mm bars?" asks
    return text[at : end.end() if end else len(text)]


def _same_verb(word: str, verb: str) -> bool:
    """ "tune" of "we do not tune": the refusal's verb in a form of its own ("tunes")."""
    return word == verb or word.rstrip("s") == verb.rstrip("s")
