"""What the draft says the product is for ("ideal for gravel racing", "built for surf casting",
"a great choice for your pet's skin") and features said with the opposite of the listing's
word ("a low G" of "Tuning: high G", "short-coated breeds" of "Suitable for: long coats").

A use is an activity or a part of the body (WordNet's ``noun.act`` and ``noun.body``, in
``data/product_nouns.json``); occasions, people and places ("perfect for weddings", "for
dads", "for any kitchen") are not uses and pass. A use passes when the listing names it, or a
kind of it, in any form ("perfect for commuting" of a "Commuter" scooter, "for walks" of a
listing for hiking; not "surf casting" of a listing for fishing, which says more). A use the
listing does not give cannot be confirmed: it warns. A modifier whose WordNet antonym the
listing gives for the same thing contradicts it: that blocks.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.product_nouns import antonyms, covers_use, stem, use_senses

_FOR = re.compile(
    r"\b(?:ideal|perfect|great|built|designed|made|suited|suitable|intended|good|"
    r"(?:a|an)\s+(?:\w+\s+)?choice)\s+for\s+(?P<what>[^.;:!?\n<>]{3,80})",
    re.IGNORECASE,
)
# Where what it is for ends: "for dads who love tea", "for all skin types, and it clears …".
_CLAUSE_END = re.compile(
    r",\s*(?:and|but|so|while|with|which)\b|\s+(?:but|so|while|because|with|that|which|who|"
    r"whose|when|where|if|thanks|from|in|on|at|as|to)\b|,\s*(?=[a-z]+\s+(?:is|are|has)\b)"
    r"|\s+and\s+(?=[a-z]+s\s+(?:in|with|as|on|at|to|from)\b)",  # "… and comes in a tin": a verb
    re.IGNORECASE,
)
_ANY = re.compile(r"(?:any|every|all|most|everyday|daily|those|anyone|everyone|people)\b", re.I)
_ITEM = re.compile(r",|\s+(?:and|or|&)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def check_uses(text: str, facts: ListingFacts) -> list[Finding]:
    opposites = _opposites(text, facts)
    opposites += [
        f
        for f in _value_opposites(text, facts)
        if not any(o.start <= f.start < o.end for o in opposites)
    ]
    return _invented_uses(text, facts) + opposites


def _invented_uses(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for match in _FOR.finditer(text):
        what = _CLAUSE_END.split(match.group("what"))[0].rstrip(" ,")
        if not what or _ANY.match(what):
            continue  # "a great choice for any kitchen": no use in particular
        missing = [use for use in map(_use_in, _ITEM.split(what)) if use and not _given(use, facts)]
        if not missing:
            continue
        end = match.start("what") + len(what)
        claim = text[match.start() : end]
        out.append(
            finding(
                "accuracy.feature",
                WARN,
                match.start(),
                end,
                claim,
                f"is a use the listing does not state ({', '.join(missing)}), so it cannot be "
                "confirmed.",
                "Keep to the uses the listing gives, or add this one to the listing first.",
            )
        )
    return out


def _use_in(item: str) -> str:
    """The activity or body part an item of the list names ("saltwater surf casting" -> "surf
    casting", "your pet's skin" -> "skin"); "" when it names none (an occasion, a person)."""
    words = [w.lower().removesuffix("'s") for w in _WORD.findall(item)]
    if not words or any(ch.isdigit() for ch in item):
        return ""  # "ages 3 and up", "up to 80 washes": figures are the number rule's
    for start in range(max(0, len(words) - 3), len(words)):
        phrase = " ".join(words[start:])
        if use_senses(phrase):
            return phrase
    return ""


def _given(use: str, facts: ListingFacts) -> bool:
    if stem(use.split()[-1]) in facts.stems or facts.supports(use):
        return True
    return any(covers_use(use, word) for word in facts.words if use_senses(word))


def _opposites(text: str, facts: ListingFacts) -> list[Finding]:
    """ "a low G" where the listing says "high G"; "short-coated" where it says "long coats"."""
    out: list[Finding] = []
    table = antonyms()
    if not {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & table.keys():
        return out
    for match in _PAIR.finditer(text):
        word, thing = match.group(1).lower(), match.group(2).strip(" -\t\n")
        opposite = table.get(word, frozenset()) & facts.words
        if not opposite or word in facts.words:
            continue
        line = next((ln for ln in facts.lines if _says(ln, opposite, stem(thing))), "")
        if not line:
            continue
        end = match.end(1) + len(match.group(2))
        out.append(
            finding(
                "accuracy.feature",
                BLOCK,
                match.start(),
                end,
                text[match.start() : end],
                f"contradicts the listing (it says: {line}).",
                "Say what the listing says, or leave it out.",
                line,
            )
        )
    return out


# A word and the next ("low G", "short-coated"), overlapping: every pair is read.
_PAIR = re.compile(r"\b([A-Za-z]+)(?=((?:-|\s+)[A-Za-z]+))")


def _says(line: str, opposite: frozenset[str], thing: str) -> bool:
    """Whether ``line`` gives one of ``opposite`` for ``thing``, up to two words before it, or
    as the value of an attribute named for it ("Roast: Medium-light" says a light roast)."""
    words = re.findall(r"[a-z]+", line.lower())
    if any(
        word in opposite and any(stem(w) == thing for w in words[i + 1 : i + 4])
        for i, word in enumerate(words)
    ):
        return True
    label, _, value = line.partition(":")
    named = [stem(w) for w in re.findall(r"[a-z]+", label.lower())]
    return (
        bool(value)
        and len(named) <= 2
        and thing in named
        and bool(opposite & set(re.findall(r"[a-z]+", value.lower())))
    )


# Words that negate an adjective by their prefix ("unfiltered", "indeterminate", "non-toxic"):
# opposites when the rest is an adjective or participle ("filtered"; not "indoor" of "door").
_PREFIXES = ("un", "in", "im", "non-", "non")
_ADJECTIVE = re.compile(r"(?:ed|ate|able|ible|al|ive|ic|ous|ful|ent|ant|ar)$")
# An attribute's line; colours and sizes are judged by their own rules ("white" of "Black").
_LABELLED = re.compile(
    r"^(?!(?:Title|Tag|Type|Vendor|Category|Description|SEO|FAQ|Variant):)"
    r"(?![^:]*\b(?:colou?rs?|finish|shade|size)\b)[^:]{2,30}:\s*(?P<value>[^:]{2,40})$",
    re.IGNORECASE,
)


_NOT_BEFORE = re.compile(r"\b(?:not|no|never|isn't)\s+$", re.IGNORECASE)


def _negations(word: str) -> set[str]:
    """The words a prefix makes the opposite of ``word``: "filtered" <-> "unfiltered"."""
    out = {word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 5}
    if _ADJECTIVE.search(word):
        out |= {p + word for p in _PREFIXES}
    return {w.strip("-") for w in out if _ADJECTIVE.search(w)}


def _value_opposites(text: str, facts: ListingFacts) -> list[Finding]:
    """The prefixed opposite of an attribute's own word, anywhere in the draft: "determinate
    plants" of "Habit: Indeterminate", "left unfiltered" of "Processing: Cold extracted,
    filtered". (WordNet's antonyms are read only beside their noun, by ``_opposites``: "a short
    walk" says nothing against "Sleeve: Long".)"""
    out: list[Finding] = []
    wanted: dict[str, str] = {}
    for line in facts.lines:
        labelled = _LABELLED.match(line)
        if not labelled or len(labelled.group("value").split()) > 3:
            continue  # a short value says what the product is; a sentence ("Cool iron") may not
        for value in re.findall(r"[a-z][a-z-]{3,}", labelled.group("value").lower()):
            for opposite in _negations(value):
                if opposite not in facts.words:
                    wanted.setdefault(opposite, line)
    if not wanted:
        return out
    for match in re.finditer(r"[A-Za-z][A-Za-z-]{3,}", text):
        line = wanted.get(match.group().lower(), "")
        if not line or _NOT_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        out.append(
            finding(
                "accuracy.feature",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"contradicts the listing (it says: {line}).",
                "Say what the listing says, or leave it out.",
                line,
            )
        )
    return out
