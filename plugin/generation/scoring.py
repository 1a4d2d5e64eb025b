"""How a candidate ending is judged: is it a clean clause, is it filler, how much of it the
listing supports, does it copy a few-shot example, and how a draft opens.

Pure functions over words, shared by the composer and the copy benchmark.
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.generation import clauses
from plugin.generation.fact_kinds import kept_or_sent
from plugin.generation.value_shapes import without_plural_s

MIN_WORDS = 3
MAX_WORDS = 22

# Endings that could be pasted under any product, or that speak as a reviewer, not the shop.
_FILLER = re.compile(
    r"\b(perfect (for|gift|choice|addition)|great (way|gift|choice|addition|for)|a must|"
    r"must-have|any occasion|lovers?\b|stylish|versatile|look no further|whether you|"
    r"high[- ]quality|top[- ]quality|best|amazing|awesome|ultimate|luxurious|elegant|"
    r"everyone|anyone|all ages|i |i'm|i've|my |we |our |you'll love|love it)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][a-z'-]*")
_STOPWORDS = set(
    "a an the and or of to for in on at by with from it its it's is are be so that this "
    "which you your as can will not no into up out over more than just very off also".split()
)


# Words any ending may use without the listing saying them: they name no property.
_PLAIN_WORDS = set(
    "way everyday day days use used using home made make makes making keep keeps easy simple "
    "piece pieces set one thing things time everything design designed work works "
    "good small large little big kind classic new fresh around".split()
)
# The buyer's everyday situation and plain consequences, which an ending may name too.
_BENEFIT_WORDS = set(
    "stay stays dry warm warmer cool cold hot clean cleaner easy easily carry carrying fit "
    "fits last lasts lasting long longer years year comfortable comfort soft softer light "
    "lighter strong sturdy durable room space bag pack hands hand skin feet wear wearing wash "
    "washes washing care time hours minutes day days night nights morning evening everyday "
    "hold holds keep keeps use drink drinks cup cups table kitchen shelf fresh smell look "
    "looks feel feels touch need needs worry worrying enough plenty spare quick quickly "
    "quiet safe safely tidy sink dishwasher drawer pocket walk trips trip travel outside "
    "indoors outdoors rain water splashes weather shape clear bright see grip hold wherever "
    "whenever anywhere gift share friends family meal meals breakfast coffee tea fill "
    "refill pour top charge charging phone ready start finish person people single whole "
    "full plenty".split()
)
# A hook says what the product is: nearly all its words must be supported. A reason may bring
# in more of the buyer's situation ("at the end of a hike"), so less of it needs to be.
HOOK_MIN_GROUNDING = 0.85
REASON_MIN_GROUNDING = 0.4
# A reason the model itself is unsure of (mean log-probability per token below this) is more
# often beside the point than not; the fact then stands alone.
REASON_MIN_FLUENCY = -0.9
_EXAMPLE_NGRAM = 4


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2}


def listing_words(listing: Listing) -> set[str]:
    """Every word the listing itself uses (title, type, categories, tags, options, attributes,
    brand), stemmed: what a hook may say the product is."""
    parts = [
        listing.title,
        listing.product_type,
        listing.vendor,
        *listing.categories,
        *listing.tags,
    ]
    for source in (listing.options, listing.attributes):
        for name, values in source.items():
            parts.append(name)
            parts.extend(values)
    text = " ".join(parts)
    # A word the listing says only to deny it ("plastic free", "no plastic") is no ground for a
    # hook that says it: heldout22's kraft boxes tagged "plastic free" were "recyclable plastic
    # mailers" (raters: "the wrong product").
    denied = {without_plural_s(w) for w in _DENIED_WORD.findall(text.lower())} | {
        without_plural_s(w) for w in _FREE_WORD.findall(text.lower())
    }
    kept = _DENIED_WORD.sub(" ", _FREE_WORD.sub(" ", text.lower()))
    said = {without_plural_s(w) for w in content_words(kept)}
    return {without_plural_s(w) for w in content_words(text)} - (denied - said)


_DENIED_WORD = re.compile(r"\b(?:no|non|without|zero)[\s-]+([a-z]+)")
_FREE_WORD = re.compile(r"\b([a-z]+)[\s-]+free\b")


# Attributes that say how to keep a product, what comes with the sale or what to mind, never
# what it is for; with those that say how to care for, pack or send it (``kept_or_sent``), a
# hook's "for …" may not stand on them ("a raw honey for the glass jar" from "Packaging: Glass
# jar", "a wool blanket for the hand" from "Care: Hand wash").
_NOT_USES = re.compile(
    r"\b(storage|store|returns?|warranty|warnings?|allergens?|caution|ingredients|inci|"
    r"crystallisation|best before|expiry)\b"
)


def about_upkeep(name: str) -> bool:
    """Whether an attribute is about care, packaging, shipping or warnings rather than what
    the product is or does."""
    return kept_or_sent(name) or bool(_NOT_USES.search(name.lower()))


# How a thing was made or is to be washed by hand ("hand screen printed", "hand-stitched",
# "hand wash"): its words name no use nor buyer (round 52, heldout53's raters: "a cotton
# bedspread for the hand").
_BY_HAND = re.compile(
    r"\bhand[\s-]+(?:[a-z]+[\s-]+)?(?:[a-z]+ed|made|wash(?:able)?|knit|sewn|spun|thrown|woven)\b"
)


def use_words(listing: Listing) -> set[str]:
    """The words that may follow "for" in a hook: the listing's words but those of its care,
    packaging, storage and shipping lines and of how it was made by hand, stemmed."""
    parts = [listing.title, listing.product_type, *listing.categories, *listing.tags]
    for name, values in {**listing.options, **listing.attributes}.items():
        if not about_upkeep(name):
            parts.extend([name, *values])
    text = _BY_HAND.sub(" ", " ".join(parts).lower())
    return {without_plural_s(w) for w in content_words(text)}


_FOR_TAIL = re.compile(r"\bfor (?P<tail>[^,]+)")


def use_grounded(ending: str, uses: set[str]) -> bool:
    """Whether every "for …" in a hook names a use or a buyer the listing gives."""
    return all(
        without_plural_s(w) in uses
        for found in _FOR_TAIL.finditer(ending.lower())
        for w in content_words(found["tail"])
    )


_EVERYDAY = _PLAIN_WORDS | _BENEFIT_WORDS


def stemmed_words(text: str) -> set[str]:
    """A text's content words as ``listing_words`` keeps them: words an ending may stand on."""
    return {without_plural_s(w) for w in content_words(text)}


# The only words a hook may add to the listing's: a hook that names a place or a use the
# listing does not ("a hub for charging devices on the phone", "a jersey for cycling at
# home") was the commonest invention blind raters found.
_HOOK_WORDS = set("use made design designed kind".split())


# Counts the listing must say itself: one unsupported word in a long hook passes the share,
# and "a pair of dry flies" for 24 flies is an invented count a shopper relies on.
_COUNTS = set("pair pairs two three four five six seven eight nine ten dozen twin trio duo".split())


def grounding(ending: str, known: set[str], hook: bool = False) -> float:
    """The share of an ending's content words that the listing uses or, for a reason, that
    name the buyer's everyday situation (``_BENEFIT_WORDS``): the rest may be inventions. An
    ending with a count the listing does not give has none."""
    words = content_words(ending)
    if not words:
        return 1.0
    if any(w in _COUNTS and without_plural_s(w) not in known for w in words):
        return 0.0
    allowed = _HOOK_WORDS if hook else _EVERYDAY
    supported = [w for w in words if w in allowed or without_plural_s(w) in allowed | known]
    return len(supported) / len(words)


def is_filler(text: str) -> bool:
    """Whether a text uses stock filler (``_FILLER``): words that fit under any product."""
    return bool(_FILLER.search(text + " "))


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


_EXAMPLE_GRAMS = set().union(*(_ngrams(t, _EXAMPLE_NGRAM) for t in clauses.example_texts()))


def copies_example(ending: str) -> bool:
    """True when an ending repeats four words in a row of a few-shot example."""
    return bool(_ngrams(ending, _EXAMPLE_NGRAM) & _EXAMPLE_GRAMS)


def clean_ending(raw: str, ask: str) -> str | None:
    """The first sentence of a raw ending, or None when it is not a usable clause."""
    text = raw.strip().split("\n")[0].strip()
    end = re.search(r"[.!?]", text)
    if end is None or text[end.start()] != ".":
        return None
    text = text[: end.start()].strip()
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return None
    if any(c in text for c in '"“”:;()[]<>#*/') or is_filler(text):
        return None
    long_words = [w for w in words[1:] if len(w) > 3 and w.isalpha()]
    if len(long_words) > 1 and sum(w[0].isupper() for w in long_words) * 2 > len(long_words):
        return None  # Title Case ("A Planisphere for Astronomy at Home") is a heading, not prose
    long = [w for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in _STOPWORDS]
    if len(long) != len(set(long)):
        return None  # "for weeding, transplanting and weeding": a model looping
    first = words[0].lower()
    if ask == "reason" and first not in clauses.CONNECTORS:
        return None
    if ask == "hook" and first not in ("a", "an", "the", "one", "your"):
        return None
    return text


def masked_words(prose: str, title: str) -> list[str]:
    """A text's words, lower-cased, the product's title words replaced by one placeholder
    (a run of them by a single one, so a long title is not five words every draft shares):
    how shared COPY.md compares drafts across a catalogue."""
    masked = set(_WORD_ANY.findall(title.lower()))
    words: list[str] = []
    for word in _WORD_ANY.findall(prose.lower()):
        if word not in masked:
            words.append(word)
        elif not words or words[-1] != "<t>":
            words.append("<t>")
    return words


def opening(prose: str, title: str) -> tuple[str, ...]:
    """The first three masked words (COPY.md's "top opening" signal)."""
    return tuple(masked_words(prose, title)[:3])


def five_grams(prose: str, title: str) -> set[tuple[str, ...]]:
    """Every run of five masked words (COPY.md's "top 5-gram" signal)."""
    words = masked_words(prose, title)
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


_WORD_ANY = re.compile(r"[a-z0-9][a-z0-9'’-]*")
