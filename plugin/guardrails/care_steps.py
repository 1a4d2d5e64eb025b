"""Care steps a draft gives and the listing does not, or that the listing's own care
contradicts (round 28): the thing a step puts the product in or uses on it ("in the freezer",
"with dish soap", "soak it"), where the product is kept ("in the pantry", "outside through the
winter"), and a step the draft calls unneeded ("never needs rinsing") where the listing gives it.

The words are data (``data/care_steps.json``, with the appliance names abroad of
``data/care_abroad.json``), in English and the shop languages:

* a draft that names one of a group's words outside a "not" of its clause, of a listing that
  names that group only after its "not" ("do not soak", "sin jabón", "never the freezer"),
  contradicts the listing's care;
* a draft that puts the product in an appliance ("pop it in the freezer", "kan vaskes i
  maskine") of a listing that names none of that appliance's words gives care the listing does
  not give;
* a draft that keeps the product where the listing keeps it otherwise ("se conserve au
  garde-manger" of "réfrigérer après ouverture", "store it outside" of "keep out of frost");
* "never needs rinsing", "no soaking needed" of a listing that gives the step.

All block as ``accuracy.care``: wrong care damages the product.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts

_DATA = Path(__file__).parent / "data"
_STEPS = json.loads((_DATA / "care_steps.json").read_text("utf-8"))
_ABROAD = json.loads((_DATA / "care_abroad.json").read_text("utf-8"))
_RULE = "accuracy.care"
# A colon ends a clause too: "Not dishwasher safe: wash by hand, then oil it" gives the steps
# after its "not" (round 29).
_CLAUSE = re.compile(r"[.;!?\n<>\"{}]|:\s|,\s+(?=(?:but|never|not|or)\b)|\bbut\b")


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> dict[str, object]:
    means = {}
    for name, group in _STEPS["means"].items():
        words = list(group["words"]) + list(_ABROAD["uses"].get(group.get("abroad", ""), ()))
        backed = words + list(group.get("backed_by", ()))
        verbs = group.get("verbs")
        means[name] = (
            re.compile(r"(?<![\w])(?:" + _alternation(words) + r")[\w'-]*", re.IGNORECASE),
            bool(group["appliance"]),
            # "hand wash cool" backs no "wash cool" of a machine (round 29)
            re.compile(
                r"(?<![\w])(?<!hand )(?<!hand-)(?:" + _alternation(backed) + r")[\w'-]*",
                re.IGNORECASE,
            ),
            re.compile(r"(?<![\w])(?:" + _alternation(verbs) + r")", re.IGNORECASE)
            if verbs
            else None,
        )
    negations = sorted({*_ABROAD["negations"], *_STEPS["negations"]}, key=len, reverse=True)
    negated = re.compile(r"(?<![\w'])(?:" + _alternation(negations) + r")(?![\w'])", re.IGNORECASE)
    storage = [
        (
            re.compile(r"(?<![\w])(?:" + _alternation(item["draft"]) + r")\w*", re.IGNORECASE),
            re.compile(r"(?<![\w])(?:" + _alternation(item["against"]) + r")", re.IGNORECASE),
            re.compile(r"(?<![\w])(?:" + _alternation(item["verbs"]) + r")\w*", re.IGNORECASE)
            if item.get("verbs")
            else None,
        )
        for item in _STEPS["storage"]
    ]
    steps = _alternation(_STEPS["steps"])
    unneeded = re.compile(
        r"\b(?:never\s+needs?|needs?\s+no|no\s+need\s+(?:to|for)|does\s+not\s+need(?:\s+to)?|"
        r"doesn['’]t\s+need(?:\s+to)?|don['’]t\s+need\s+to|no)\s+"
        r"(?:any\s+)?(?P<step>(?:" + steps + r")[\w-]*)"
        r"(?P<tail>\s+(?:needed|required|necessary))?",
        re.IGNORECASE,
    )
    placing = re.compile(
        r"\b(?:in|into|inside|through|on\s+the\s+\w+\s+rack\s+of)\s+(?:the|a|your|its)\s+",
        re.IGNORECASE,
    )
    return {
        "means": means,
        "negated": negated,
        "storage": storage,
        "unneeded": unneeded,
        "steps": re.compile(r"(?<![\w])(?:" + steps + r")\w*", re.IGNORECASE),
        "placing": placing,
    }


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start:end``: from the last stop before it to the next after it."""
    before = [m.end() for m in _CLAUSE.finditer(text, max(0, start - 160), start)]
    left = before[-1] if before else max(0, start - 160)
    after = _CLAUSE.search(text, end)
    right = after.start() if after else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def _denied(text: str, start: int, negated: re.Pattern[str]) -> bool:
    """A "not" earlier in the clause of ``start``, or a denial after it ("… are off limits")."""
    left, right = _clause(text, start, start)
    return (
        negated.search(text, left, start) is not None
        or _after_negation().search(text, start, right) is not None
        or _kept_away(text, left, start, right)
    )


# "keep soap and the dishwasher away from it": what is kept away, named before "away from"
# (round 33)
_KEEP = re.compile(r"\bkeep\b", re.IGNORECASE)
_AWAY = re.compile(r"\b(?:away from|clear of)\b", re.IGNORECASE)


def _kept_away(text: str, left: int, start: int, right: int) -> bool:
    return bool(_KEEP.search(text, left, start) and _AWAY.search(text, start, right))


@lru_cache(maxsize=1)
def _after_negation() -> re.Pattern[str]:
    return re.compile(r"(?:" + _alternation(_STEPS["negations_after"]) + r")", re.IGNORECASE)


def _with_verb(text: str, match: re.Match[str], verbs: re.Pattern[str] | None) -> bool:
    """The group needs a verb of care in the clause ("wash it in hot water")."""
    if verbs is None:
        return True
    left, right = _clause(text, match.start(), match.end())
    return verbs.search(text, left, right) is not None


def _listed(pattern: re.Pattern[str], listing: str, negated: re.Pattern[str]) -> tuple[bool, bool]:
    """Whether the listing names the words of ``pattern`` outside a "not" of the clause, and
    after one."""
    plain = denied = False
    for match in pattern.finditer(listing):
        if _denied(listing, match.start(), negated):
            denied = True
        else:
            plain = True
    return plain, denied


def _listed_once(
    facts: ListingFacts, name: str, pattern: re.Pattern[str], listing: str, negated: re.Pattern[str]
) -> tuple[bool, bool]:
    """``_listed`` for a group, read once per listing and kept with its facts."""
    memos = facts.memos.setdefault("care_steps", {})
    assert isinstance(memos, dict)
    if name not in memos:
        memos[name] = _listed(pattern, listing, negated)
    said: tuple[bool, bool] = memos[name]
    return said


def _listing_text(facts: ListingFacts) -> str:
    return "\n".join(facts.lines)


def check_care_steps(text: str, facts: ListingFacts) -> list[Finding]:
    p = _patterns()
    negated: re.Pattern[str] = p["negated"]  # type: ignore[assignment]
    listing = _listing_text(facts)
    out: list[Finding] = []
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int, message: str, fact: str) -> None:
        left, right = _clause(text, start, end)
        if any(a < right and left < b for a, b in spans):
            return
        spans.append((left, right))
        claim = text[left:right].rstrip(" ,")
        out.append(
            finding(
                _RULE,
                BLOCK,
                left,
                left + len(claim),
                claim,
                message,
                "Give the listing's care instructions only.",
                fact,
            )  # fmt: skip
        )

    means: dict[str, tuple[re.Pattern[str], bool, re.Pattern[str], re.Pattern[str] | None]]
    means = p["means"]  # type: ignore[assignment]
    placing: re.Pattern[str] = p["placing"]  # type: ignore[assignment]
    for name, (pattern, appliance, backing, verbs) in means.items():
        said = [
            m
            for m in pattern.finditer(text)
            if not _denied(text, m.start(), negated) and _with_verb(text, m, verbs)
        ]
        if not said:
            continue
        plain, denied = _listed_once(facts, name, backing, listing, negated)
        if plain:
            continue
        for match in said:
            if denied:
                fact = _line_with(facts, pattern)
                add(
                    match.start(),
                    match.end(),
                    f"contradicts the listing's care (it says: {fact}).",
                    fact,
                )
            elif appliance and _placed(text, match, placing):
                add(
                    match.start(),
                    match.end(),
                    f"is care the listing does not give (the {name}).",
                    "",
                )
    for draft, against, verbs in p["storage"]:  # type: ignore[attr-defined]
        for match in draft.finditer(text):
            if _denied(text, match.start(), negated):
                continue
            left, right = _clause(text, match.start(), match.end())
            if verbs is not None and not verbs.search(text, left, match.start()):
                continue
            said = against.search(listing)
            if said and not _denied(listing, said.start(), negated):
                fact = _line_of(facts, said.group())
                add(
                    match.start(),
                    match.end(),
                    f"contradicts where the listing keeps it ({fact}).",
                    fact,
                )
    for match in p["unneeded"].finditer(text):  # type: ignore[attr-defined]
        word = match.group("step").lower()
        bare_no = re.match(r"no\s+(?!need\b)", match.group(0), re.IGNORECASE)
        if bare_no and not match.group("tail"):
            continue  # "no soaking" alone may be a list's item; "no soaking needed" denies
        stem = max((w for w in _STEPS["steps"] if word.startswith(w)), key=len, default="")
        if not stem:
            continue
        key = re.compile(r"(?<![\w])" + re.escape(stem), re.IGNORECASE)
        cold = stem in _STEPS["storage"][0]["against"]
        if cold:  # "no need to keep it cold" of a listing that keeps it cold, in any of its words
            key = p["storage"][0][1]  # type: ignore[index]
        plain, _ = _listed(key, listing, negated)
        if plain:
            fact = _line_with(facts, key) if cold else _line_of(facts, stem)
            add(match.start(), match.end(), f"denies a care step the listing gives ({fact}).", fact)
    return out


def _placed(text: str, match: re.Match[str], placing: re.Pattern[str]) -> bool:
    """The draft puts the product in the appliance: its English name after "in the", "into a",
    "on the top rack of the"; a care phrase that names the appliance in its own words ("machine
    wash it", "tumble dry low", "kan vaskes i maskine", "spülmaschinengeeignet")."""
    if match.group().lower().startswith(_NOUNS):
        window = text[max(0, match.start() - 40) : match.start()]
        return any(m.end() == len(window) for m in placing.finditer(window))
    return True


# An appliance's bare English name ("the freezer", "a dishwasher"): care only after "in the".
_NOUNS = ("dishwasher", "dish washer", "microwav", "freez", "frozen", "dryer", "drier", "washing")


def _line_with(facts: ListingFacts, pattern: re.Pattern[str]) -> str:
    return next((ln for ln in facts.lines if pattern.search(ln)), "")


def _line_of(facts: ListingFacts, word: str) -> str:
    low = word.lower()
    return next((ln for ln in facts.lines if low in ln.lower()), "")
