"""A reason the listing's own "not for" rules out (round 30).

A reason or a purpose read from the knowledge base speaks of a thing ("helps a bow grip the
strings", "so it shrugs off the outdoors"), and a listing may say in its facts or its text that
the product is not for that thing ("Not for: Bows", "Not for outdoor use"): heldout32's raters
marked a rosin's reason about bows beside the listing's "not for bows" as a contradiction. A
listing's "not for" vetoes every reason that names what it rules out, word by word (a plural
read as its singular); the words that name no thing ("use", "under", "any") veto nothing, nor
does a word the listing uses of the product elsewhere.
"""

from __future__ import annotations

import re

from plugin.generation.singular import singular

# "Not for: …", "not suitable for …", "unsuitable for …", "not recommended for …", in a fact
# ("Ikke til / Not for: Udendørs / Outdoors") or the listing's text, up to the end of its clause.
_NOT_FOR = re.compile(
    r"\b(?:not (?:suitable |recommended |intended |designed |made )?for|unsuitable for)\b:?"
    r"\s*(?P<what>[^.;:!?()]+)"
)
# Where a "not for" clause's head ends: "walking | on a short lead".
_PREPOSITION = re.compile(
    r"\s(?:on|in|with|without|as|at|from|by|under|over|of|to|into|near|around|inside|outside)\s"
)
_WORD = re.compile(r"[a-z][a-z'-]+")
# Words in a "not for" that name no thing a reason could speak of.
_NO_THING = frozenset(
    "use uses used using the and or any all other others with without under over than more "
    "less only also your you its their them this that these those such who which when where "
    "age ages aged year years old month months kind kinds type types purpose purposes grade "
    "sale resale general every each own ones one two three".split()
)


def _things(text: str) -> set[str]:
    return {
        singular(w.strip("'-"))
        for w in _WORD.findall(text.lower())
        if len(w) > 2 and w not in _NO_THING
    }


def ruled_out_things(listing_text: str) -> set[str]:
    """The things the listing's words say the product is not for, one word each. Only a
    clause's head counts ("walking" in "walking on a short lead"); a clause with a number is a
    limit on a range, not a thing ("children under 36 months"); and a word the listing says
    elsewhere is the product's own ("leather" in a leather balm "not for patent leather")."""
    lowered = listing_text.lower()
    ruled: set[str] = set()
    for found in _NOT_FOR.finditer(lowered):
        if re.search(r"\d", found["what"]):
            continue
        ruled |= _things(_PREPOSITION.split(found["what"])[0])
    return ruled - _things(_NOT_FOR.sub(" ", lowered))


def ruled_out(reason: str, listing_text: str) -> bool:
    """Whether ``reason`` speaks of a thing the listing says the product is not for: "scent
    candles and soaps you make" on a fragrance oil "Not for: Candles"."""
    excluded = ruled_out_things(listing_text)
    return bool(excluded) and bool(_things(reason) & excluded)
