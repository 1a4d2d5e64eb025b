"""Why a fact matters, said in the shop's language: the English knowledge base's reason for
the same fact (``data/reasons/``, ``benefits.benefit_for``), carried in each language's file
(``data/languages/<code>.json``: ``reasons``, keyed alike in every language).

Each key names the role its fact plays, the English fact the knowledge base reads for it, and
how the fact is told in the shop's language: a figure under the role (a warranty), a mark
written alike in every language (OEKO-TEX, GOTS), or the language's own words for it
(``words``: "spülmaschine", "zmywar"), matched at a word's start in one value that no
``negations`` word denies ("nicht spülmaschinenfest"). A reason is said only where the English
knowledge base gives one for that English fact with no product named, so a rule kept to some
products is never said; the sentence names no product and takes no agreement from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plugin.generation.benefits import benefit_for
from plugin.generation.language_facts import ShopFact
from plugin.generation.languages import LanguageWords


@dataclass(frozen=True)
class ReasonKey:
    """One fact the English knowledge base gives a reason for."""

    role: str
    english: tuple[str, str]
    # Marks written alike in every language; empty: the language's ``words``, or (a figure
    # role) any value the role's frame took.
    marks: tuple[str, ...] = ()


REASON_KEYS: dict[str, ReasonKey] = {
    "warranty": ReasonKey("warranty", ("Warranty", "2 years")),
    "dishwasher": ReasonKey("care", ("Care", "dishwasher safe")),
    "machine_wash": ReasonKey("care", ("Care", "machine washable")),
    "oeko_tex": ReasonKey(
        "certification",
        ("Certification", "OEKO-TEX Standard 100"),
        ("oeko-tex", "öko-tex", "oekotex", "oeko tex"),
    ),
    "gots": ReasonKey("certification", ("Certification", "GOTS"), ("gots",)),
}


@cache
def english_gives(key: str) -> bool:
    """Whether the English knowledge base gives the key's fact a reason, with no product."""
    name, value = REASON_KEYS[key].english
    return benefit_for(name, value, 0, product="") is not None


def _found(words: tuple[str, ...], text: str) -> bool:
    lowered = text.lower().replace("i\u0307", "i")
    return any(re.search(rf"(?<![^\W\d_]){re.escape(w.lower())}", lowered) for w in words)


def _denied(text: str, language: LanguageWords) -> bool:
    lowered = text.lower()
    return any(
        re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", lowered) for w in language.negations
    )


def reason_key(fact: ShopFact, language: LanguageWords) -> str | None:
    """The key of the reason the fact gets in ``language``, or None."""
    for key, spec in REASON_KEYS.items():
        if spec.role != fact.role or key not in language.reasons:
            continue
        words = spec.marks or language.reason_words.get(key, ())
        if words:
            told = [v for v in fact.values if _found(words, v)]
            if not told or any(_denied(v, language) for v in told):
                continue
        elif not fact.values:
            continue
        if english_gives(key):
            return key
    return None


def fact_reason(fact: ShopFact, language: LanguageWords) -> str:
    """The reason sentence for the fact ("" for none)."""
    key = reason_key(fact, language)
    return language.reasons[key] if key else ""
