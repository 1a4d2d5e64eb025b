"""Another kind of the product's own noun (round 29): "an india ink" of "Walnut Ink", "pink
salt" of "Flaky White Sea Salt". The listing's title names its noun with a material or a colour
before it; a draft that puts a material or a colour of the same class before that noun, one the
listing does not give (its words, or the materials and colours it names and their broader
names), calls the product another kind of it: ``accuracy.category``, blocking. A place may
stand between the word and the noun ("pink Cornish salt"). The words are the vocabulary's
(``vocabulary.MATERIALS``, ``vocabulary.COLOURS``); nothing here is a word list of its own.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.product_nouns import is_product_noun
from plugin.guardrails.vocabulary import COLOURS, MATERIALS

_TOKEN = re.compile(r"[^\W\d_][\w'-]*")


def _class(word: str) -> str:
    if MATERIALS.knows(word):
        return "material"
    if any(s == 0 and e == len(word) for s, e, _ in COLOURS.find(word)):
        return "colour"
    return ""


def _title_kinds(facts: ListingFacts) -> dict[str, frozenset[str]]:
    """The title's nouns with the classes of the words before them ("ink": material, of "Iron
    Gall Ink")."""
    words = _TOKEN.findall(facts.title)
    out: dict[str, frozenset[str]] = {}
    nouns = [i for i, word in enumerate(words) if i and is_product_noun(word.lower())]
    if nouns:  # the title's last noun is the product's ("Red Light Astronomy Torch": a torch)
        i = nouns[-1]
        classes = {_class(w) for w in words[max(0, i - 3) : i]} - {""}
        if classes:
            out[words[i].lower()] = frozenset(classes)
    for start, end, term in MATERIALS.find(facts.title):
        named = facts.title[start:end].lower().split()
        after = [w.lower() for w in _TOKEN.findall(facts.title[end:])]
        if len(named) > 1 and term.kind == named[-1] and not any(map(is_product_noun, after)):
            # "Iron Gall Ink 50 ml": the product is a kind of ink (not "Soy Wax Candle")
            out[named[-1]] = out.get(named[-1], frozenset()) | {"material"}
    return out


# What the product is compared with is another product ("lighter than a steel pan").
_COMPARED = re.compile(
    r"\b(?:than|as|like|unlike|versus|vs\.?|over)\s+(?:(?:a|an|the|any|most|other|your)\s+)?$",
    re.IGNORECASE,
)


def _a_class(word: str) -> bool:
    """A material's class ("metal", "wood", "plastic"), which the material rule judges: an
    enamel pin is a metal pin too."""
    name = MATERIALS.name_of(word)
    return any(term.kind == name for term in MATERIALS.terms.values())


def _given(word: str, kind: str, facts: ListingFacts) -> bool:
    if word.lower() in facts.words:
        return True
    if kind == "material":
        return MATERIALS.name_of(word) in facts.material_names
    names = {t.name for _, _, t in COLOURS.find(word)}
    return bool(names & facts.colour_names)


def check_kind_modifiers(text: str, facts: ListingFacts) -> list[Finding]:
    kinds: dict[str, frozenset[str]] = memo(facts, "kind_modifiers", _title_kinds)
    out: list[Finding] = []
    spans: list[tuple[int, int]] = []
    for start, end, term in MATERIALS.find(text) if kinds else ():
        named = text[start:end].lower().split()  # "an india ink" of walnut ink: a kind of ink
        if len(named) > 1 and term.kind == named[-1] and named[-1] in kinds:
            if term.name not in facts.material_names and not _COMPARED.search(
                text, max(0, start - 24), start
            ):
                spans.append((start, end))
                out.append(_finding(text, start, end, named[-1], facts))
    for head, classes in kinds.items():
        pattern = re.compile(
            rf"(?<![\w-])(?P<word>[^\W\d_][\w-]*)\s+(?:(?-i:[A-Z][a-z]+)\s+)?{re.escape(head)}s?\b",
            re.IGNORECASE,
        )
        for match in pattern.finditer(text):
            word = match.group("word")
            kind = _class(word)
            if kind not in classes or _given(word, kind, facts) or _a_class(word):
                continue
            if _COMPARED.search(text, max(0, match.start() - 24), match.start()):
                continue  # "twice as many as a plastic one": another product, compared
            if any(a < match.end() and match.start() < b for a, b in spans):
                continue
            out.append(_finding(text, match.start(), match.end(), head, facts))
    return out


def _finding(text: str, start: int, end: int, head: str, facts: ListingFacts) -> Finding:
    return finding(
        "accuracy.category",
        BLOCK,
        start,
        end,
        text[start:end],
        f"is another kind of {head} than the listing sells ({facts.title}).",
        f"Call the product what the listing calls it: {facts.title}.",
        f"Title: {facts.title}",
    )
