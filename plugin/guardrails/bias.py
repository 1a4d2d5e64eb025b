"""Inclusive language: retext-equality's lists, and assumptions about a buyer's gender, age, body.

Every hit is a warning with a suggestion: these lists are for a merchant's second look, and product
copy legitimately names gendered products ("women's running shoe"), so a term the listing itself
uses, a term on the shop's allow-list, and a gendered term on a gendered listing all pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from plugin.domain import Finding
from plugin.guardrails.document import sentences
from plugin.guardrails.findings import WARN, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.policy import GuardrailPolicy

# condescending.yml flags "easy", "simple", "just": honest, ordinary words in product copy.
LISTS = ("ablist", "gender", "lgbtq", "misc", "press", "race", "slogans", "suicide")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Product terms the lists would flag: bed sizes, textile and craft vocabulary, and "special"
# ("a special gift"), which the ablist list flags for "special needs" usage.
_PRODUCT_TERM = re.compile(
    r"\b(?:queen|king)[\s-]+(?:size[ds]?|beds?|mattress(?:es)?|sheets?|duvets?|pillow(?:case)?s?|"
    r"comforters?|quilts?|covers?)\b|\bman[\s-]?made\b|\bworkmanship\b|"
    r"\bspecial\b(?!\s+needs)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Pattern:
    list_name: str
    kind: str  # "basic" or "or"
    terms: dict[tuple[str, ...], str]  # words ("*" = any word) -> category
    exact_case: frozenset[tuple[str, ...]]  # terms written in capitals upstream ("ADD", "LP")
    considerate: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class _Rule:
    rule: str
    pattern: re.Pattern[str]
    message: str
    suggestion: str


_GENDERED_BUYER = (
    r"(?:moms?|mums?|mothers?|dads?|fathers?|her|him|men|women|ladies|guys|gals|girls|boys|wives|"
    r"husbands?|boyfriends?|girlfriends?|grandmas?|grandpas?|gentlemen|the ladies|the guys|"
    r"the man|the woman|the lady|any man|any woman|every man|every woman)"
)
OWN_RULES: tuple[_Rule, ...] = (
    _Rule(
        "bias.gendered_buyer",
        re.compile(
            r"\b(?:perfect|ideal|great|made|designed|must-have|gift|present|essential)s? for "
            r"(?:every |any |all |the |your )?" + _GENDERED_BUYER + r"\b|"
            r"\bevery (?:man|woman|mom|mum|dad|guy|girl|lady|gentleman|wife|husband|mother|father)"
            r"(?:'s|’s)?(?: \w+)? (?:needs?|wants?|deserves?|will love|loves?|should)\b|"
            r"\b(?:she|he)(?:'ll| will)? (?:love|adore|appreciate|enjoy)s?\b|"
            r"\b(?:moms|mums|dads|men|women|guys|girls|ladies|wives|husbands) "
            r"(?:will )?(?:love|adore)\b|"
            r"\b(?:his|her) (?:new )?(?:favou?rite|kitchen|home|desk|wardrobe|closet|morning|bag|"
            r"office|workshop|garage|gym|style|collection)\b|"
            r"\b(?:man|woman|lady|gentleman|guy|girl) (?:who has everything|in your life)\b",
            re.IGNORECASE,
        ),
        "assumes the buyer's gender, but the listing is not gendered.",
        'Address the buyer directly ("you") or use neutral words ("anyone who", "them").',
    ),
    _Rule(
        "bias.age",
        re.compile(
            r"\b(?:elderly|the aged|old people|old folks|senior citizens|geriatric|over the hill|"
            r"senile|oldies)\b",
            re.IGNORECASE,
        ),
        "is age language that can read as dismissive.",
        'Say "older adults" or "older people", or describe the need instead of the age.',
    ),
    _Rule(
        "bias.body",
        re.compile(
            r"\b(?:obese|overweight|chubby|flabby|muffin top|bikini body|beach body|problem areas?|"
            r"figure flaws|hides? (?:your )?(?:flaws|belly|tummy|bulges|lumps)|slimming|"
            r"flatters? (?:your )?(?:problem|trouble) (?:areas|spots))\b",
            re.IGNORECASE,
        ),
        "judges bodies; copy should describe the product's fit, not the buyer's body.",
        'Describe the cut and fit ("relaxed fit", "high waist") instead.',
    ),
)


def check_bias(text: str, facts: ListingFacts, policy: GuardrailPolicy) -> list[Finding]:
    allowed = _allowed_spans(text, policy)
    out: list[Finding] = []
    buyer_spans: list[tuple[int, int]] = []
    for rule in OWN_RULES:
        if rule.rule == "bias.gendered_buyer" and facts.gendered:
            continue
        for match in rule.pattern.finditer(text):
            if _inside(match.start(), match.end(), allowed) or facts.supports(match.group()):
                continue
            if rule.rule == "bias.gendered_buyer":
                buyer_spans.append((match.start(), match.end()))
            out.append(
                finding(
                    rule.rule,
                    WARN,
                    match.start(),
                    match.end(),
                    match.group(),
                    rule.message,
                    rule.suggestion,
                )
            )
    for start, end, pattern in _list_hits(text):
        claim = text[start:end]
        if _inside(start, end, allowed) or _inside(start, end, buyer_spans):
            continue
        if facts.supports(claim) or (pattern.list_name == "gender" and facts.gendered):
            continue
        note = f" {pattern.note.strip()}" if pattern.note else ""
        suggestion = (
            "Consider: " + ", ".join(pattern.considerate[:5]) + "."
            if pattern.considerate
            else "Consider rephrasing without it."
        )
        out.append(
            finding(
                f"bias.{pattern.list_name}",
                WARN,
                start,
                end,
                claim,
                f"may be insensitive ({pattern.list_name} list).{note}",
                suggestion,
            )
        )
    return out


def _allowed_spans(text: str, policy: GuardrailPolicy) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _PRODUCT_TERM.finditer(text)]
    for phrase in policy.allow_list:
        pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.IGNORECASE)
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _list_hits(text: str) -> Iterator[tuple[int, int, Pattern]]:
    index = _index()
    words = [(m.start(), m.end(), _token(m.group())) for m in _WORD.finditer(text)]
    bounds = sentences(text)
    i = 0
    while i < len(words):
        best: tuple[int, Pattern, str] | None = None
        for terms, pattern in index.get(words[i][2], ()):
            if _matches(words, i, terms) and (best is None or len(terms) > best[0]):
                best = (len(terms), pattern, pattern.terms[terms])
        if best is None:
            i += 1
            continue
        length, pattern, category = best
        terms = tuple(w[2] for w in words[i : i + length])
        if terms in pattern.exact_case and not text[words[i][0] : words[i][1]].isupper():
            i += 1
            continue
        start, end = words[i][0], words[i + length - 1][1]
        if not (
            pattern.kind == "or" and _has_alternative(text, words, start, pattern, category, bounds)
        ):
            yield start, end, pattern
        i += length


def _token(word: str) -> str:
    """Lowercase, straight apostrophe, possessive dropped ("fireman's" -> "fireman")."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _matches(words: list[tuple[int, int, str]], i: int, terms: tuple[str, ...]) -> bool:
    if i + len(terms) > len(words):
        return False
    return all(t == "*" or words[i + k][2] == t for k, t in enumerate(terms))


def _has_alternative(
    text: str,
    words: list[tuple[int, int, str]],
    start: int,
    pattern: Pattern,
    category: str,
    bounds: list[tuple[int, int]],
) -> bool:
    """ "his or her", "men and women": every category present in the sentence."""
    sentence = next(((s, e) for s, e in bounds if s <= start < e), (0, len(text)))
    present = {category}
    for s, _, word in words:
        if sentence[0] <= s < sentence[1]:
            cat = pattern.terms.get((word,))
            if cat:
                present.add(cat)
    return len(present) > 1


@cache
def _index() -> dict[str, list[tuple[tuple[str, ...], Pattern]]]:
    """First word -> (words, pattern), read from the YAML once per process."""
    index: dict[str, list[tuple[tuple[str, ...], Pattern]]] = {}
    for pattern in load_patterns():
        for terms in pattern.terms:
            index.setdefault(terms[0], []).append((terms, pattern))
    return index


@cache
def load_patterns() -> tuple[Pattern, ...]:
    root = files("plugin.guardrails").joinpath("data/retext-equality/data/en")
    out: list[Pattern] = []
    for name in LISTS:
        for entry in yaml.safe_load(root.joinpath(f"{name}.yml").read_text(encoding="utf-8")):
            out.append(_pattern(name, entry))
    return tuple(out)


def _pattern(list_name: str, entry: dict) -> Pattern:
    raw = entry.get("inconsiderate")
    if isinstance(raw, dict):
        terms = {_split(term): str(cat) for term, cat in raw.items()}
        spellings = [str(term) for term in raw]
    else:
        terms = {_split(term): "a" for term in _as_list(raw)}
        spellings = _as_list(raw)
    considerate = entry.get("considerate")
    suggestions = list(considerate) if isinstance(considerate, dict) else _as_list(considerate)
    return Pattern(
        list_name=list_name,
        kind=str(entry.get("type", "basic")),
        terms=terms,
        exact_case=frozenset(_split(s) for s in spellings if s.isupper()),
        considerate=tuple(str(s) for s in suggestions),
        note=str(entry.get("note") or ""),
    )


def _split(term: object) -> tuple[str, ...]:
    return tuple(re.split(r"[\s-]+", str(term).lower().replace("’", "'").strip()))


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]
