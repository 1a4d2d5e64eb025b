"""Where a reason rule may fire at all (round 52).

Two ways a rule's words were found in a fact that is not about its thing:

- inside another word: a rule for a fishing reel's "line class" read "on*line class*" of a
  lesson, an airline rule's code read the end of a timber's name. A rule's match must start
  where a word starts (``at_word_edge``);
- on a service: a class, a lesson or a consultation is not the gear it teaches or talks about,
  so no rule written for goods (fishing tackle, clothing, tools) speaks of it; only the
  built-in rules and the services' own (``beside_the_service``).
"""

from __future__ import annotations

import re

from plugin.generation.rule_kinds import head_phrases

# Families whose reasons may be said of a service: the built-in rules ("") and the file
# written for lessons, downloads and bookings.
_SERVICE_FAMILIES = frozenset({"", "digital_services"})
_SERVICE_HEAD = re.compile(
    r"(?:^|\s)(?:class|lesson|course|workshop|masterclass|tutorial|webinar|session|"
    r"consultation|coaching|service|appointment)$"
)


def at_word_edge(pattern: re.Pattern[str], fact: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``fact`` that does not start inside a word."""
    for found in pattern.finditer(fact):
        at = found.start()
        if at == 0 or not (fact[at - 1].isalpha() and fact[at : at + 1].isalpha()):
            return found
    return None


def is_service(product: str) -> bool:
    """Whether the product (its title and type, lower-cased) is a service by its head nouns:
    every one names a service ("Safety Vest Class 2, … Hi-vis vest" is a vest; a subscription
    brings goods)."""
    heads = head_phrases(product)
    return bool(heads) and all(_SERVICE_HEAD.search(phrase) for phrase in heads)


def beside_the_service(family: str, product: str) -> bool:
    """Whether a rule of ``family`` is for goods and the product is a service."""
    return family not in _SERVICE_FAMILIES and bool(product) and is_service(product)
