"""A material word before a noun that is not what the noun is made of (round 30).

Two families read a draft's "<material> <noun>" as a part's material wrongly:

- what the product works on: "leather needles" of needles "for sewing leather", "glass drills" of
  drills "for drilling glass" (the listing gives the material after "for");
- a part word that only qualifies the noun after it: "a glass spice jar" of a kit whose item
  is a "spice jar, glass", where "spice" is also an item of its own (the listing pairs the
  part word with that noun and gives the material after it, in the same sentence);
- the listing's own words (round 36): "glass-filled polyamide", "oak boot stretchers", said as
  the listing says them, where the part read is another word of the phrase or a thing beside it.
"""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.measures import singular
from plugin.guardrails.normal_text import normalise
from plugin.guardrails.product_nouns import is_product_noun

_TWO_WORDS_AFTER = re.compile(r"[\s-]+([^\W\d_]+)[\s-]+([^\W\d_]+)")


def worked_on(claim: Claim, facts: ListingFacts) -> bool:
    """The material names what the product is for, before one of the product's own nouns."""
    own = {singular(word) for word in facts.product_words}
    if claim.about not in own:
        return False
    said = re.escape(normalise(claim.text))
    return bool(re.search(rf"\bfor (?:[a-z]+ing )?{said}\b", facts.normal))


def qualifies_the_next_noun(claim: Claim, text: str, facts: ListingFacts) -> bool:
    """The part word after the material is joined to a noun the listing pairs it with, and
    gives the material after the pair ("Item: Spice jar, glass")."""
    after = _TWO_WORDS_AFTER.match(text, claim.end)
    if after is None or singular(after.group(1).lower()) != claim.about:
        return False
    if not is_product_noun(after.group(2)):
        return False  # "a leather strap for your camera": no noun after the part word
    # the material after the pair in its sentence ("Spice jar, 1 litre, glass"), not another
    # thing's before it ("a glass hydrometer and a plastic spice jar")
    pair = rf"\b{re.escape(after.group(1).lower())}\W+{re.escape(after.group(2).lower())}"
    material = re.escape(normalise(claim.text))
    return any(
        re.search(rf"{pair}\w*\b[^.;:!?]*?\b{material}\b", line.lower()) for line in facts.lines
    )


_WORDS_AFTER = re.compile(r"(?:[ \t-]+[^\W\d_]+){1,3}")


def the_listing_words(claim: Claim, text: str) -> tuple[str, ...]:
    """The material with the one, two and three words after it on its line, longest first."""
    after = _WORDS_AFTER.match(text, claim.end)
    if after is None:
        return ()
    words = re.split(r"[ \t-]+", after.group().strip(" \t-"))
    return tuple(f"{claim.text} {' '.join(words[:n])}" for n in range(len(words), 0, -1))


# Words that open a phrase without qualifying the material after them.
_OPENERS = frozenset("a an the of and or with in on its their our is are".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t-]*$")


def said_as_listed(claim: Claim, text: str, facts: ListingFacts) -> bool:
    """The material and the words after it are a phrase of the listing's ("handles of
    glass-filled polyamide" of a listing with "Glass-filled polyamide handles"), where
    the listing puts no other qualifier before it ("solid oak top" is not "veneered oak top")."""
    before = _WORD_BEFORE.search(text[max(0, claim.start - 30) : claim.start])
    said_before = before.group(1).lower() if before else ""
    lines = [line.lower() for line in facts.lines]
    for phrase in the_listing_words(claim, text):
        words = r"[ \t-]+".join(map(re.escape, phrase.lower().replace("-", " ").split()))
        pattern = re.compile(rf"(?:([^\W\d_]+)[ \t-]+)?(?<![\w-]){words}s?(?![\w-])")
        for line in lines:
            for match in pattern.finditer(line):
                if match.group(1) in (None, said_before) or match.group(1) in _OPENERS:
                    return True
    return False
