"""Judging a quantity with its unit against the listing's: its kind, its axis, the part it
is given to, the item of a grouped product it names, and a share or purity of a material."""

from __future__ import annotations

import itertools
import re

from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import axis_near, compatible, kinds_asked, part_near, singular
from plugin.guardrails.number_rules import (
    _SIZE_RULE,
    Problem,
    _line_of_kind,
    _nearest,
    _stated_as_word,
    _unsupported,
)
from plugin.guardrails.product_nouns import is_product_noun
from plugin.guardrails.quantities import (
    TOLERANCE,
    FactQuantity,
    Quantity,
    find_quantities,
    same_amount,
)
from plugin.guardrails.quantity_match import _agrees, _of_the_whole, _same_unit
from plugin.guardrails.vocabulary import MATERIALS
from plugin.guardrails.worked_figures import _derived, _within_a_stated_bound

# Unit spellings that are also everyday words after a number ("a 5.5 bar", "2 cups").
_AMBIGUOUS_UNIT = re.compile(r"bar|cups?|cal|pt|cp|st|pints?", re.I)


_NOT_A_PART_LABEL = re.compile(r"ingredient|active|purity|content|strength", re.I)


def _grades_a_material(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """A share or purity right before a material the listing grades too: "85% merino" of "70%
    merino wool", "18k gold" of "14k gold" contradict what it is made of. ("100% stoneware" of a
    listing that gives no share is an invented figure.)"""
    if quantity.unit not in ("%", "k", "karat", "ct", "carat"):
        return False
    after = text[quantity.end : quantity.end + 40].lstrip(" -")
    material = MATERIALS.pattern.match(after) or (
        MATERIALS.pattern.match(re.sub(r"^[a-z]+\s+", "", after)) if quantity.parts else None
    )  # "70/30 wool and cotton", "a 70/30 soft wool blend"
    if not material:
        # "95% tungsten" of "Barrel: 90% tungsten": a word the listing grades by its share is
        # what the thing is made of, whether or not the vocabulary knows it
        word = re.match(r"[^\W\d_]{3,}", after)
        if quantity.unit != "%" or not word or quantity.parts:
            return False
        graded = re.compile(  # "Barrel: 90% tungsten": a part's label, its value the share
            r"^(?P<label>[^:]+):\s*\d+(?:[.,]\d+)?\s*%\s*" + re.escape(word.group().lower()) + r"$"
        )
        return any(
            (m := graded.match(line.lower())) and not _NOT_A_PART_LABEL.search(m.group("label"))
            for line in facts.lines
        )
    if quantity.parts:
        return True  # a blend's shares, against the listing's
    name = re.escape(material.group().lower())
    graded = re.compile(  # "80% lã merino", "70 % laine mérinos": a word of the language between
        r"\d\s*(?:%|k|ct|karat|carat)\s*(?:[^\W\d]{1,5}\s+)?" + name
    )
    # "100% alpaca" of "Alpaca blend": the listing says it is mixed with something else
    blend = re.compile(rf"\b{name}(?:[\s-]+\w+)?[\s-]+blend\b|\bblend of {name}\b")
    return any(graded.search(line.lower()) or blend.search(line.lower()) for line in facts.lines)


def _judge_quantity(
    text: str, quantity: Quantity, facts: ListingFacts
) -> tuple[str, str] | Problem | None:
    """None when the listing gives this figure, else (message, the nearest fact); a figure of
    the listing on another axis is a ``Problem`` of size ("62 cm wide" for a 62 cm height)."""
    physical = [r for r in quantity.readings if not r[0].startswith("named:")]
    if not physical:
        if quantity.parts:
            shares = {f.quantity.value for f in facts.quantities if f.quantity.unit == "%"}
            if all(p in shares or p in facts.numbers for p in quantity.parts):
                return None
            return "is not a blend the listing gives.", _nearest(quantity, facts)
        named = [
            f
            for f in facts.quantities
            if quantity.kinds and quantity.kinds <= f.quantity.kinds and "-" not in f.quantity.text
        ]  # not a compound: "a four-thread overlocker" counts threads, it gives no thread figure
        if named and quantity.has_unit and not quantity.hedge:
            # "3000 lumens" of "2500 lumens": the listing gives this unit's figure, and a number
            # it gives of something else ("3000 mAh") is no support
            if any(f.quantity.value == quantity.value for f in named):
                return None
            return _unsupported(quantity, facts)
        if quantity.value in facts.numbers or _stated_as_word(quantity, facts):
            return None
        return _unsupported(quantity, facts)
    asked = kinds_asked(text, quantity.start)
    kinds = {kind for kind, _ in physical}
    if asked and not asked & kinds:
        wanted = sorted(asked)[0]
        line = _line_of_kind(wanted, facts)
        return f"is not a {wanted}, which is what the sentence gives it as.", line
    if asked:
        physical = [r for r in physical if r[0] in asked]
    elif _AMBIGUOUS_UNIT.fullmatch(quantity.unit) and quantity.value in facts.numbers:
        if not any(kinds & f.quantity.kinds for f in facts.quantities):
            return None  # "pH 5,5 bar" of soap: "bar" is the soap, not a pressure
        same_unit = any(_same_unit(quantity, f.quantity) for f in facts.quantities)
        if quantity.value in facts.named_counts and not quantity.hedge and not same_unit:
            return None  # "eight cups" of "1 L (8 tasses)": a count of cups, not a volume
    matches = [f for f in facts.quantities if _agrees(quantity, physical, f)]
    if not matches and _derived(text, quantity, physical, facts):
        return None  # "between them the tablets set 100 litres" of 10 tablets at 10 litres each
    if not matches and _within_a_stated_bound(text, quantity, physical, facts):
        return None  # "a blade over 15 cm, such as a chef's knife of about 8 in"
    if not matches:
        return _unsupported(quantity, facts)
    if all(f.per_item for f in matches) and _of_the_whole(text, quantity):
        return "is the listing's figure for one item, not for the whole set.", matches[0].line
    axis = axis_near(text, quantity.start, quantity.end)
    fitting = [f for f in matches if compatible(axis, f.axis)]
    if axis and not any(f.axis for f in fitting):
        # "Cabinet 62 cm" in the title gives no axis; its dimensions say the 62 cm is a height
        fitting = [f for f in fitting if not any(m.axis for m in matches)]
    if not fitting and axis == "thickness" and any(_the_thinnest(f, facts) for f in matches):
        return None  # "2 cm thick" of a board "40 x 20 x 2 cm": a flat thing's least dimension
    if not fitting:
        fact = next((f for f in matches if f.axis), matches[0])
        return Problem(f"is the listing's {fact.axis}, not its {axis}.", fact.line, _SIZE_RULE)
    if axis and not any(f.axis for f in fitting):
        # "stands 190 cm tall" of a 180 cm height: near the 2 m cable's figure, but the listing
        # gives a height, and this is not it
        # the product's own figure on that axis: a part's ("Blade length: 12 cm") is not it
        own = [
            f
            for f in facts.quantities
            if f.axis == axis and kinds & f.quantity.kinds and f.parts <= facts.product_words
        ]
        if own and not part_near(text, quantity.start, quantity.end, facts.words):
            return f"is not the listing's {axis}.", own[0].line
    part = part_near(text, quantity.start, quantity.end, facts.words)
    if not part:
        return None
    # the part as the listing names itself, either number ("needle" of "Knitting needles")
    own_noun = part in facts.product_words or any(singular(w) == part for w in facts.product_words)
    if own_noun and not _labelled_otherwise(part, kinds, facts):
        return None  # "a 350 W scooter": any of its parts' figures is the product's
    if _qualifies_the_product(text, quantity.end, part, facts):
        return None  # "75% hot-swap mechanical keyboard": "hot" is no part, the keyboard is it
    # The listing gives this part its own figure: the claim must be that one ("a 52 cm arm"
    # when the arm is 40 cm), and a figure of another part is not this part's.
    own = [f for f in facts.quantities if part in f.parts and kinds & f.quantity.kinds]
    if own and not any(f in own for f in fitting):
        return f"is not the {part}'s figure in the listing.", own[0].line
    if not any(
        part in f.parts or not f.parts or _names_part(f, part) or _MATES.get(part, set()) & f.parts
        for f in fitting
    ):
        fact = fitting[0]
        return f"is the listing's figure for the {', '.join(sorted(fact.parts))}.", fact.line
    return None


_FLAT_AXES = frozenset({"length", "width", "height", "depth"})


def _the_thinnest(fact: FactQuantity, facts: ListingFacts) -> bool:
    """The listing's figure is the least of the dimensions it gives with it (on the same line):
    the thickness of a flat thing, whichever axis the listing names it."""
    if fact.axis not in _FLAT_AXES:
        return False
    kind, value = fact.quantity.readings[0] if fact.quantity.readings else ("", 0.0)
    others = [
        f.quantity.readings[0][1]
        for f in facts.quantities
        if f.line == fact.line and f.axis in _FLAT_AXES and f.quantity.readings
        and f.quantity.readings[0][0] == kind
    ]
    return len(others) >= 3 and value == min(others)


def _labelled_otherwise(part: str, kinds: set[str], facts: ListingFacts) -> bool:
    """Whether an attribute named for ``part`` gives it figures, none of this kind: "Apparent
    field: 68°" makes "a 1200 mm field" of a wide-field eyepiece no figure of the product."""
    own = [f for f in facts.quantities if part in normalise(f.line.split(":", 1)[0]).split()]
    return bool(own) and not any(kinds & f.quantity.kinds for f in own)


# Parts that fit one another share a measure: a watch's lug width is its strap's width, a
# lens's filter thread the filter's size, a chuck's size the bit's shank.
_MATING = (("lug", "strap band bracelet"), ("thread", "filter"), ("chuck collet", "bit shank"))
_MATES: dict[str, set[str]] = {}
for _ones, _others in _MATING:
    for _one in _ones.split():
        _MATES.setdefault(_one, set()).update(_others.split())
    for _other in _others.split():
        _MATES.setdefault(_other, set()).update(_ones.split())


def _names_part(fact: FactQuantity, part: str) -> bool:
    """ "Analytical constituents: Crude protein 72%": the value names the part ("protein") in
    the sentence or list item of the figure (a description that names it elsewhere does not)."""
    value = fact.line.split(":", 1)[-1]
    at = value.find(fact.quantity.text)
    start = max(value.rfind(mark, 0, at) for mark in (". ", "  ", "\n")) + 1
    return at >= 0 and part in normalise(value[start:at]).split()


_NOUN_AFTER = re.compile(r"(?:[\s-]+[a-z]+){1,3}\b")
_PHRASE_ENDS = frozenset("and or for with in to of on at by from each per a an the".split())


def _of_another_item(text: str, quantity: Quantity, facts: ListingFacts) -> tuple[str, str] | None:
    """ "a 600 ml dripper" of a grouped product that sells a "Kettle 600 ml" and a "Dripper": a
    figure before one item's noun that the listing's names give another item, not this one; or,
    with no item's noun after it, in a sentence whose words before it name one item ("The
    dripper comes in a 600 ml size")."""
    if not quantity.has_unit or len(facts.priced_options) < 2:
        return None
    after = _NOUN_AFTER.match(text, quantity.end)
    phrase = (
        itertools.takewhile(
            lambda w: w not in _PHRASE_ENDS, after.group().lower().replace("-", " ").split()
        )
        if after
        else ()
    )  # "22 cm or oval 25 cm": the phrase ends at "or"
    words = {singular(w) for w in phrase}
    figure = normalise(quantity.text)
    named = [n for n, _ in facts.priced_options if _head(n) and _head(n) in words]
    owners = [
        n
        for n, _ in facts.priced_options
        if f" {figure} " in f" {normalise(n)} " and not _in_another_measure(n, quantity)
    ]
    if not named:
        start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n") + 1
        end = min(
            (i for i in (text.find(m, quantity.end) for m in ".!?\n") if i >= 0), default=len(text)
        )
        said = f" {normalise(text[start:end])} "
        sentence = {singular(w) for w in said.split()}
        if any(_head(n) in sentence or f" {normalise(n)} " in said for n in owners):
            return None  # "a Silver or 18k Gold Plated finish", "… and 3-pack": the owner too
        before = {singular(w) for w in normalise(text[start : quantity.start]).split()}
        named = [n for n, _ in facts.priced_options if _head(n) and _head(n) in before]
    if len(named) != 1 or not owners or named[0] in owners:
        return None
    return f"is the listing's figure for the {owners[0]}, not the {_head(named[0])}.", (
        f"Variant: {owners[0]}"
    )


def _in_another_measure(name: str, quantity: Quantity) -> bool:
    """An item's name gives the figure only in another measure: "Hoop 20 cm" owns no "20" of
    "45 x 45 cm, about 18 x 18 inches" (round 45)."""
    own = [q for q in find_quantities(name) if q.has_unit and q.value == quantity.value]
    return bool(own) and not any(
        kind == other and same_amount(value, theirs, TOLERANCE)
        for q in own
        for kind, value in q.readings
        for other, theirs in quantity.readings
    )


def _head(name: str) -> str:
    """An item name's noun: the last word before a figure or a comma ("Gooseneck kettle 600 ml"
    → "kettle", "Paper filters, 100" → "filter")."""
    words = re.split(r"[,(]|\s\d", name)[0].lower().split()
    last = singular(words[-1]) if words else ""
    return last if last.isalpha() and len(last) >= 3 else ""  # not "x" of "50 x 70 cm"


_PHRASE_WORD = re.compile(r"[ \t-]+([a-z]{3,})\b", re.IGNORECASE)
_NOT_IN_A_PHRASE = frozenset(
    "and or with for from per each the that which into under within".split()
)


def _qualifies_the_product(text: str, end: int, part: str, facts: ListingFacts) -> bool:
    """Whether the word after a figure that the listing uses (``part``) names no thing but
    qualifies the product's own noun later in the phrase ("100% pure maple syrup")."""
    if is_product_noun(part):
        return False
    pos = end
    for _ in range(4):
        word = _PHRASE_WORD.match(text, pos)
        if not word or word.group(1).lower() in _NOT_IN_A_PHRASE:
            return False
        if singular(word.group(1).lower()) in facts.product_words:
            return True
        pos = word.end()
    return False
