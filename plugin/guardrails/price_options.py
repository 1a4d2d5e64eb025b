"""Which of a listing's options a price in a draft is said of: every option ("every size is
349 SEK", "both cost $19"), the one option its clause, its label or its FAQ question names ("£18
for four" of a "Set of 4"), or an option a share's noun names ("£3 per mug" of a mug sold as an
option); and the bound words before a price ("under", "from")."""

from __future__ import annotations

import re
from decimal import Decimal

from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import singular
from plugin.guardrails.money import PriceClaim, find_prices
from plugin.guardrails.option_labels import names_the_options
from plugin.guardrails.quantities import NUMBER_WORDS, find_quantities

# Words that bound a price from above or below: "under $50", "from $32".
UPPER_BOUND = re.compile(r"(?:under|less than|below|not more than|no more than)\s*$", re.I)
LOWER_BOUND = re.compile(r"(?:from|starting at|only|just)\s*$", re.I)


# "Every size is 349 SEK", "all colours cost $20", "all sizes $20 a pair", "$20 a pair, any
# size": one price said of every option.
_OPTIONS = (
    r"(?:sizes?|colou?rs?|variants?|options?|versions?|models?|styles?|finish(?:es)?|lengths?)"
)
_EVERY = re.compile(  # "both colours cost $20" of two options (round 29)
    r"\b(?:every|each|all|any|both)\s+(?:\w+\s+)?" + _OPTIONS + r"(?:\s+(?:is|are|costs?|sells? "
    r"(?:at|for)))?\s*(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
EVERY_AFTER = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s*,?\s+(?:for\s+|in\s+)?(?:every|any|all|both)\s+"
    r"(?:\w+\s+)?" + _OPTIONS + r"\b",
    re.IGNORECASE,
)
_EVERY_THING = re.compile(
    r"\b(?:every|each|all|any)\s+(?:\w+\s+)?(?P<thing>[a-z]+s)\s+(?:are\s+|cost\s+)?"
    r"(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


# "Rubber or metal shields, both cost $19", "in red or blue, either one £12", "all three are
# €9": a pronoun of every option named before it in the clause, right before the price.
_BOTH = re.compile(
    r"\b(?:both|either(?:\s+one)?|all\s+(?:of\s+them|two|three|four|five|six)|they\s+(?:both|all)"
    r"|each\s+(?:one|of\s+them))\s+(?:(?:is|are|costs?|sells?\s+for|comes?\s+to)\s+)?"
    r"(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


def said_of_every(text: str, price: PriceClaim, facts: ListingFacts) -> bool:
    if _EVERY.search(text[max(0, price.start - 40) : price.start]) or EVERY_AFTER.match(
        text, price.end
    ):
        return True
    if _BOTH.search(text[max(0, price.start - 30) : price.start]):
        return True
    # "all teas €5.50" of a grouped product: every one of the things it sells
    every = _EVERY_THING.search(text[max(0, price.start - 30) : price.start])
    return every is not None and (
        singular(every.group("thing").lower()) in facts.product_words
        or names_the_options(every.group("thing"), facts)  # "all lenses" of "Lens: …" options
    )


_CLAUSE_MARK = re.compile(r"[.,;!?\n]|\s(?:and|or|plus|but)\s", re.IGNORECASE)


def of_another_option(
    text: str, price: PriceClaim, facts: ListingFacts
) -> tuple[str, Decimal, int] | None:
    """The one option a price's clause names ("£18 for four" of "Set of 4" at £32), when that
    option costs something else: the words that tell the options apart, numbers as digits."""
    options = facts.priced_options
    if len({p for _, p in options}) < 2:
        return None
    before = text[max(0, price.start - 20) : price.start]
    if UPPER_BOUND.search(before) or LOWER_BOUND.search(before):
        return None  # "from £18": the cheapest, whichever option it is
    words = [tokens(name) for name, _ in options]
    common = set.intersection(*words)
    starts = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, price.start)]
    end = _CLAUSE_MARK.search(text, price.end)
    said = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
    if len(find_prices(said)) > 1:
        return None  # "the cutter for 649 kr and the rake for 189 kr": each priced on its own
    clause = tokens(said) | _asked(text, price.start) | _labelled(text, price, starts)
    said_at = starts[-1] if starts else 0
    subject = tokens(text[said_at : price.start])  # the words before it: what it prices
    named = [
        (name, cost, price.end)
        for (name, cost), own in zip(options, words, strict=True)
        if (own - common) and ((own - common) <= clause or _a_distinct_word(own - common, subject))
    ] or [(n, c, said_at + e) for n, c, e in _in_an_options_range(said, options)]
    if len({cost for _, cost, _ in named}) != 1 or named[0][1] == price.amount:
        return None
    return named[0]


def _a_distinct_word(own: set[str], clause: set[str]) -> bool:
    """ "the oval basket costs …" of the options "Round 22 cm" and "Oval 25 cm": a word of one
    option's name that is no number and no small word names it without its figure."""
    return any(w in clause for w in own if w.isalpha() and len(w) >= 4 and w not in _SMALL)


_SMALL = frozenset("with from each only pack plus also that this your".split())
_RANGE_NAME = re.compile(r"(?P<low>\d+)\s*[-–]\s*(?P<high>\d+)\s+(?P<noun>[a-z]+)", re.I)


def _in_an_options_range(
    said: str, options: tuple[tuple[str, Decimal], ...]
) -> list[tuple[str, Decimal, int]]:
    """The one option whose range holds a count the clause gives of the range's thing ("up to 5
    users" is the "3-5 users" licence)."""
    ranges = [(m, name, cost) for name, cost in options if (m := _RANGE_NAME.search(name))]
    if len(ranges) < 2:
        return []
    out = []
    for match, name, cost in ranges:
        noun = singular(match.group("noun").lower())
        for q in find_quantities(said):
            after = re.match(r"\s*([a-z]+)", said[q.end :], re.I)
            if after and singular(after.group(1).lower()) == noun and not q.has_unit:
                if int(match.group("low")) <= q.value <= int(match.group("high")):
                    out.append((name, cost, q.end + after.end()))
    return out


_LABEL_MARK = re.compile(r"[,:–—-]\s*$")
_LABEL_START = re.compile(r"[.;!?\n>]")


def _labelled(text: str, price: PriceClaim, starts: list[int]) -> set[str]:
    """The words of a short label the price follows after a comma, a colon or a dash, with
    nothing else in the price's own clause ("Large, £24.", "Set of six: £30"): the option the
    label names is the one priced."""
    if (
        not starts
        or text[starts[-1] : price.start].strip()
        or not _LABEL_MARK.search(text, 0, starts[-1])
    ):
        return set()
    mark = starts[-1] - 1
    begin = max((m.end() for m in _LABEL_START.finditer(text, 0, mark)), default=0)
    label = text[begin:mark]
    if find_prices(label) or len(label.split()) > 4:
        return set()
    return tokens(label)


def _asked(text: str, at: int) -> set[str]:
    """The words of the question a FAQ answer's first sentence answers ("What does the large
    size cost?" "£24."): the option it names is the one the answer prices."""
    start = max(text.rfind(mark, 0, at) for mark in ".!\n") + 1
    before = text[:start].rstrip()
    if not before.endswith("?") or text.rfind("?", start, at) >= 0:
        return set()
    question = before[max(before.rfind(mark, 0, len(before) - 1) for mark in ".!?\n") + 1 :]
    return tokens(question)


def named_option_prices(sentence: str, facts: ListingFacts) -> set[Decimal]:
    """The price of the one option a sentence names by the words that tell options apart."""
    options = facts.priced_options
    if len({p for _, p in options}) < 2:
        return set()
    words = [tokens(name) for name, _ in options]
    common = set.intersection(*words)
    said = tokens(sentence)
    named = {cost for (_, cost), own in zip(options, words, strict=True)
             if (own - common) and (own - common) <= said}  # fmt: skip
    return named if len(named) == 1 else set()


_UNIT_AFTER = re.compile(r"\s+(?:per|a|an|each|for each|for every|for one|for an?)\s+(?P<noun>\w+)")


def _same_noun(word: str, noun: str) -> bool:
    """ "knives" and "knife", "rings" and "ring": one noun, whatever its number."""
    plurals = {
        noun + "s",
        noun + "es",
        noun.removesuffix("fe") + "ves",
        noun.removesuffix("f") + "ves",
    }
    return word == noun or singular(word) == noun or word in plurals


def an_option_priced_otherwise(text: str, price: PriceClaim, facts: ListingFacts) -> bool:
    """ "£3 per mug" where the listing sells a mug as an option at its own price: the share is
    that option's price, not a price divided by one of the listing's counts."""
    unit = _UNIT_AFTER.match(text, price.end)
    options = facts.priced_options
    if not unit or len({p for _, p in options}) < 2:
        return False
    words = [tokens(name) for name, _ in options]
    common = set.intersection(*words)
    noun = singular(unit.group("noun").lower())
    named = [(cost, own) for (_, cost), own in zip(options, words, strict=True)
             if any(_same_noun(w, noun) for w in own - common if not w.isdigit())]  # fmt: skip
    if len(named) != 1 or price.amount == named[0][0]:
        return False
    cost, own = named[0]
    cent = Decimal("0.01")
    # "€3.25 a ring" of "Drip ring, pack of 2" at €6.50: a share of the option's own count
    return not any(
        abs((cost / int(w)).quantize(cent) - price.amount) <= cent
        for w in own
        if w.isdigit() and int(w) >= 2
    )


def tokens(phrase: str) -> set[str]:
    """A phrase's words, numbers in words as digits: "Set of four" -> {"set", "of", "4"}."""
    out = set()
    for word in normalise(phrase).split():
        number = NUMBER_WORDS.get(word)
        out.add(f"{number:g}" if number is not None else word)
    return out
