"""No "a" or "an" before a plural thing (round 29).

A frame that says one thing ("It fits a …", "It has a …", "It gives you a …") is filled with the
shop's value as it is, and the value is often plural: heldout31's raters marked "fits a squeegee
channels of the same length", "has an unfitted feet" and "gives you a TIFF and JPEG files" as
broken English. The noun that decides is the head of the phrase after the article, before a
preposition or a clause ("channels" in "squeegee channels of the same length"), read as a title's
head is read (``voice.voice_of``). Where it is plural, the article is left out; the rest of the
sentence is kept as it was. Only frames are read so (``frame_check.frame_holds``, the
relation and label frames): in a written reason the phrase may end on a verb ("so a fish
runs").
"""

from __future__ import annotations

import re

from plugin.generation.voice import voice_of

# An article and the phrase after it, up to a comma, a clause or the end of the sentence.
_ARTICLE = re.compile(r"\b(?P<article>an?) (?P<phrase>[^,.;:!?()–]+)")
# Words that end the noun phrase: a preposition, a clause's opener, a second thing.
_PHRASE_END = re.compile(
    r"\s(?:with|without|for|in|of|from|by|on|onto|into|to|at|over|under|per|against|about|"
    r"around|between|through|within|after|before|during|along|across|behind|beside|inside|"
    r"outside|near|up|down|off|like|via|plus|that|which|who|so|when|where|while|until|"
    r"because|if|or|than|as|is|are|has|have|can|will|and (?:an?|the|\d))\s"
)
# "TIFF and JPEG files", "red and white stripes": one word before "and" describing the noun.
_SHARED_MODIFIER = re.compile(r"^(?:[A-Z0-9]{2,}|[a-z]+(?:ed|al|ic|ful|ous|less|proof|en))$")


# A phrase with its own determiner takes no article: "fits an any size of hook" → "fits any
# size of hook" (round 30: a shop's "Fits: Any …" pasted after "a").
_DETERMINED = re.compile(r"(?:any|every|each|all|both|either|neither|no|some|most|another) ", re.I)

# "a few chords", "a pair of gloves": an article that belongs to a word of quantity.
_QUANTITY = frozenset("few couple lot number dozen pair set range variety little great".split())


def plural_phrase(phrase: str) -> bool:
    """Whether a noun phrase's head is plural: "squeegee channels of the same length", "TIFF
    and JPEG files by email", "unfitted feet"; not "pack of 12 shuttles" or "kettle and mugs"."""
    head = _PHRASE_END.split(f"{phrase} ")[0].strip()
    words = head.split()
    if not words or (words[0][:1].isupper() and not words[0].isupper()):
        return False  # a name ("a Harris hawk", a title's own words) is left as written
    if words[0].lower() in _QUANTITY:
        return False
    if " and " in f" {head} ":
        before = head.split(" and ")[0].split()
        if len(before) != 1 or not _SHARED_MODIFIER.match(before[0]):
            return False  # "a kettle and mugs": two things, the first one singular
    return voice_of(head.replace(" and ", " ")).plural


def agreed(sentence: str) -> str:
    """A frame's ``sentence`` (a shop's value pasted in, never a written reason, where a verb
    may end the phrase: "a fish runs") without an article before a plural noun phrase: "It
    fits a squeegee channels of the same length." → "It fits squeegee channels of the same
    length."."""
    return _ARTICLE.sub(
        lambda found: (
            found["phrase"]
            if plural_phrase(found["phrase"]) or _DETERMINED.match(found["phrase"])
            else found.group(0)
        ),
        sentence,
    )
