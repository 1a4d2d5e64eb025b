"""Reading a listing's title and tags: the product's name, its modifiers, material and features.

A listing's title packs the product's name with materials, sizes and selling points ("Oak Wall
Shelf - Solid Wood, 60 cm"), and its tags repeat or add to them. This module splits the title
and tags into what the planner can say: ``prose_title`` (the title without promotional noise),
``title_features``, ``title_modifiers`` and ``title_material``, the features and materials the
tags name, the product's head noun, a single colour, and ``in_title`` (whether a value is
already said by the title, units and spacing forgiven). It reads only; it chooses no sentence.
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.generation.benefits import animals_in, benefit_for, is_material
from plugin.generation.colour_labels import colour_name
from plugin.generation.english_labels import display_name
from plugin.generation.fact_roles import SortedFacts, sort_facts
from plugin.generation.value_shapes import (
    is_modifier,
    noun_phrase,
)

# A promotion in the title ("… - SALE", "(New)") goes stale: the copy names the product.
_PROMO = re.compile(
    r"\s*([-–|:]\s*)?[(\[]?\b(sale|on sale|clearance|new|new!|last chance|limited edition)"
    r"\b!?[)\]]?\s*$",
    re.IGNORECASE,
)


def prose_title(listing: Listing) -> str:
    """The product's name as the copy says it: the title without a trailing promotion."""
    title = listing.title.strip()
    shown = _PROMO.sub("", title).strip(" -–|:")
    return shown or title


_FINITE = re.compile(r"\b(is|are|has|have|was|were)\b")


def own_sentence(value: str) -> str | None:
    """A value the shop wrote as a sentence ("Each ukulele is set up and tuned in our workshop
    before dispatch") reads as itself, when a rule knows why it matters."""
    words = value.split()
    if len(words) < 5 or not value[:1].isupper() or re.search(r"[;:]|[.!?]\s", value):
        return None
    return value.rstrip(".") if _FINITE.search(value) else None


def tag_features(listing: Listing) -> list[tuple[str, str]]:
    """The shop's tags that name a feature with a known reason ("foldable", "dishwasher safe"),
    as yes/no facts, unless an attribute already says them: a tag is the merchant's claim
    too, and "It is foldable, so it stores away in little space" is a reason to buy."""
    # Only what the prose can tell says a tag again: an attribute the planner keeps to the list
    # ("Safety key: removable; …" beside a "… with Safety Key" title) leaves the title's word to
    # say it (heldout21's raters: "the safety key and its benefit must be in the prose").
    sorted_facts = sort_facts(listing)
    told = {name for name, _ in sorted_facts.features + sorted_facts.build}
    told |= {name for name, _ in sorted_facts.choices}
    elsewhere = {
        v.lower() for v in [*sorted_facts.includes, *sorted_facts.care, *sorted_facts.certification]
    }
    kept = {
        name: values
        for name, values in listing.attributes.items()
        if display_name(name) in told
        or name in told
        or any(v.lower() in elsewhere for v in values)
        or any(e and e in name.lower() for e in elsewhere)
    }
    said = " ".join(
        f"{name} {' '.join(values)}" for name, values in {**listing.options, **kept}.items()
    ).lower()
    # A rule kept to some products ("spigot" on a fermenter) reads a tag on those only.
    product = f"{listing.title} {listing.product_type}".lower()
    # Whole words: "low-flow" is not said by "Flow rate: 8 L/min".
    said_words = set(tag_words(said))
    given = {
        benefit_for(name, value, 0, product=product)
        for name, values in kept.items()
        for value in values
    }
    found: list[tuple[str, str]] = []
    noun = noun_of(listing.title)
    titled = title_features(listing)
    for tag in dict.fromkeys(t.strip() for t in [*listing.tags, *titled]):
        words = tag_words(tag)
        reason = benefit_for(tag, "Yes", 0, product=product)
        if (
            reason
            and tag in titled
            and noun
            and re.search(rf"\b{noun}", reason.lower())
            and not names_the_product(words, listing)
        ):
            # A title's word whose reason is about the product's own kind of thing, as if it
            # were another: "Rechargeable AA Batteries", "so there are no batteries to replace".
            continue
        if reason in {benefit_for(name, "Yes", 0, product=product) for name, _ in found}:
            continue  # a tag and the title saying the same feature
        if "beginner" in words and re.search(r"\b(intermediate|advanced|experienced)\b", said):
            continue  # "Skill level: Advanced beginner" is not "for beginners"
        if words and reason and reason not in given and not all(w in said_words for w in words):
            found.append((tag[:1].upper() + tag[1:], "Yes"))
    return found


# Where a title's name ends and its headline features begin: "Fly Reel - Large Arbor, Sealed
# Drag", "Heat Mat with Thermostat", "Crock with Water-Seal Lid & Weights".
TITLE_BREAK = re.compile(r"\s[-–|/]\s|,\s*|\s(?:with|plus)\s|\s&\s|\s\+\s|[()]", re.IGNORECASE)


def title_features(listing: Listing) -> list[str]:
    """The features a title names, read like the shop's tags: those after the product's own
    name ("Sealed Drag", "Thermostat") and the words before its noun that a rule knows
    ("Galvanised", "Rechargeable", "Polarised"). Raters marked drafts that never explain the
    headline feature ("the rat-resistant treadle, the key feature, is not explained"); on a
    thin listing the title is most of what the shop says. Sizes and codes are not features."""
    name, *rest = TITLE_BREAK.split(listing.title)
    parts = [p.strip() for p in rest if p and p.strip()]
    # A part naming the product type's own noun is the name's tail, split at "&" ("Fig Leaf &
    # Vetiver Eau de Parfum"), not a feature: "is a Vetiver Eau de Parfum" repeats the title.
    kind = listing.product_type.split(">")[-1].strip().lower().split()
    head = kind[-1] if kind else ""
    after = [
        p
        for p in parts
        if re.search(r"[A-Za-z]{3}", p)
        and not re.search(r"\d", p)
        and not (len(head) > 2 and re.search(rf"\b{re.escape(head)}\b", p.lower()))
    ]
    product = f"{listing.title} {listing.product_type}".lower()
    return [*_known_modifiers(title_modifiers(name or ""), product), *after]


# Where a title's name turns to what it is for or from: "Shampoo Bar for Oily Hair", "Presta
# to Schrader Valve Adapter", "Sourdough at Home".
_NAME_TAIL = re.compile(r"\s(?:for|to|at|in|of|from|by|on)\s.*$", re.IGNORECASE)


def _name_words(name: str) -> list[str]:
    """The words of a product's name up to its noun, codes, sizes and numbers left out: "4-Pack",
    "2-Person", "10pk" are counts, not the noun ("AA Batteries 4-Pack" is batteries)."""
    named = re.sub(r"\b\d[\w'-]*", " ", _NAME_TAIL.sub("", name))
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", named) if w.lower() not in _UNITS]


def title_modifiers(name: str) -> list[str]:
    """The words of a product's name before its noun: "Galvanised Chicken Feeder 5kg" →
    Galvanised, Chicken."""
    return _name_words(name)[:-1]


def _known_modifiers(words: list[str], product: str = "") -> list[str]:
    """The words a rule knows as a feature, each alone or, where neither word alone is known,
    as a pair ("Single Origin"): "4-Jaw Self-Centring" is self-centring, not jaw self-centring.
    A rule kept to some products knows the word on those ("Magnetic … Thermometer")."""
    known = [
        benefit_for(w, "Yes", 0) is not None
        or (bool(product) and benefit_for(w, "Yes", 0, product=product) is not None)
        for w in words
    ]
    found: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if known[i]:
            found.append(words[i])
        elif i + 1 < len(words) and not known[i + 1] and benefit_for(pair, "Yes", 0):
            found.append(pair)
            i += 1
        i += 1
    return found


# A product eaten (its name, or a shop's food shelf): a tea towel, a coffee table or a wine rack
# is not, so those words are not here.
_EDIBLE = re.compile(
    r"\b(trail mix|syrup|fudge|brownies?|cookies|biscuits|granola|seasoning|candy|almonds|"
    r"cashews|peanuts|pecans|hazelnuts)\b"
)
_FOOD_SHELF = re.compile(r"^(food|grocery|groceries|pantry|snacks|confectionery)\b|food & drink")
_INGREDIENT_NAMES = re.compile(
    r"\b(ingredients?|allergens?|allergy|inci|best before|nutrition|flavou?rs?)\b"
)


def _has_ingredients(listing: Listing) -> bool:
    """Whether the product is eaten, drunk or applied, so a title's "Maple", "Walnut" or "Oak"
    names a flavour or an ingredient, not a material (heldout19: "a vegan mix of maple")."""
    if _INGREDIENT_NAMES.search(" ".join(listing.attributes).lower()):
        return True
    if any(_FOOD_SHELF.search(c.lower()) for c in listing.categories):
        return True
    return bool(_EDIBLE.search(f"{listing.title} {listing.product_type}".lower()))


def title_material(listing: Listing) -> str | None:
    """A material the product's name gives ("Walnut Folding Chess Set", "Cork Yoga Block"),
    when the rules know what it does for this product and no attribute names it already."""
    if _has_ingredients(listing):
        return None  # "Salted Maple Trail Mix" is not made of maple wood
    words = title_modifiers(TITLE_BREAK.split(listing.title)[0])
    product = f"{listing.title} {listing.product_type}".lower()
    given = " ".join(v for values in listing.attributes.values() for v in values).lower()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size]).lower()
            after = words[i + size].lower() if i + size < len(words) else ""
            if animals_in(phrase) or phrase in _FIBRE_ANIMALS:
                if after not in _FIBRE_WORDS:
                    continue  # "Alpaca Halter" is for an alpaca; "Alpaca Wool Socks" is of it
            if (
                is_material(phrase)
                and phrase not in given
                and benefit_for("Material", phrase, 0, product=product)
            ):
                return phrase
    return None


# Animals whose name is also a fibre: a title names the fibre only before a fibre's word.
_FIBRE_ANIMALS = frozenset(
    {"alpaca", "llama", "camel", "yak", "goat", "sheep", "angora", "cashmere"}
)
_FIBRE_WORDS = frozenset({"wool", "fibre", "fiber", "yarn", "fleece", "hair", "blend", "knit"})


def tag_materials(listing: Listing) -> list[str]:
    """The materials a thin listing's tags give ("nylon" on tyre levers): told plainly, with no
    reason, since what a material does depends on the product. Raters: "ignores the nylon
    material … even for a thin listing"."""
    title = listing.title.lower()
    return [
        tag.strip().lower()
        for tag in listing.tags
        if (is_material(tag) or (len(tag.split()) <= 3 and is_material(tag.split()[-1])))
        and tag.strip().lower() not in title
    ][:1]


def noun_of(title: str) -> str:
    """The product's own noun, without a plural ending ("batter" for "AA Batteries 4-Pack")."""
    words = _name_words(TITLE_BREAK.split(title)[0])
    if not words:
        return ""
    noun = words[-1].lower()
    return noun[:-3] if noun.endswith("ies") else noun.rstrip("s")


def tag_words(tag: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", tag.lower())


def names_the_product(words: list[str], listing: Listing) -> bool:
    """Whether a tag ends with the product's own noun: "pull saw" on a Pull Saw or a hand saw."""
    heads = set()
    for part in (TITLE_BREAK.split(listing.title)[0], listing.product_type):
        found = [w for w in re.findall(r"[a-z]+", part.lower()) if w not in _UNITS]
        if found:
            heads.add(found[-1])
    return bool(words) and words[-1] in heads


_UNITS = {"mm", "cm", "m", "in", "ml", "l", "g", "kg", "oz", "lb", "ft", "pk", "pcs", "x"}


_WITH = re.compile(r"\s+(?:w/|with)\s*(?:an? )?", re.IGNORECASE)
_COUNTED = re.compile(r"^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\b")


def single_colour(facts: SortedFacts) -> str | None:
    """A thin listing's one colour, as it reads after "It is": "white w/ blue rim" → "white
    with a blue rim"; not a count ("Six muted colours") or a note."""
    if len(facts.colours) != 1:
        return None
    parts = _WITH.split(colour_name(facts.colours[0]).strip())
    if len(parts) > 2 or _COUNTED.match(parts[0]) or not all(is_modifier(p) for p in parts):
        return None
    if len(parts) == 1:
        return parts[0]
    # "White with grey veins" keeps its plural bare: not "with a grey veins" (heldout26).
    return f"{parts[0]} with {noun_phrase(parts[1])}"


def in_title(value: str, title: str) -> bool:
    """Whether a value with a number is already in the title ("50 ml" in "Ink 50ml", "4 mm" in
    "Yoga Mat 4mm"): stated in the prose with no reason, it only repeats the name (raters:
    "'has a volume of 50 ml' restates the only spec")."""
    if re.search(r"\bages?\b", title.lower()) and _AGES.fullmatch(value.strip().lower()):
        # "Age: 3–5 years" on a "Scooter – Ages 3–5" (heldout19: "repeats the title's ages").
        numbers = re.findall(r"\d+", value)
        return all(re.search(rf"(?<!\d){n}(?!\d)", title) for n in numbers)
    shown = _units(_INCHES.sub('"', _packed(value.lower())))
    said = _units(_INCHES.sub('"', _packed(title.lower())))
    # Whole: "3 L" is not in "3 Lbs", nor "50 ml" in "150 ml".
    return bool(re.search(r"\d", shown)) and bool(
        re.search(rf"(?<![\d.,]){re.escape(shown)}(?![a-z\d])", said)
    )


_AGES = re.compile(r"(ages? )?\d+\s?([–-]\s?\d+)?\s?(\+|years?( old)?|yrs|and up|and over)*")
# "1.25 inch" and 1.25" are one size.
_INCHES = re.compile(r"(?<=\d)(?:inch(?:es)?|in\b|”|'')")
# "3 litres" and "3 L" are one volume (heldout19: "has a volume of 3 litres" on a "… 3 L Tin").
_UNIT_WORDS = {
    "millilitres": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "kilograms": "kg",
    "kilogram": "kg",
    "grams": "g",
    "gram": "g",
    "centimetres": "cm",
    "centimeters": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
}
_UNIT_WORD = re.compile(r"(?<=\d)(" + "|".join(_UNIT_WORDS) + r")")


def _packed(text: str) -> str:
    """ "4 x 40 g" → "4x40g": the spaces inside a measure go, the words around it stay."""
    return re.sub(r"(?<=[\d×x])\s+(?=[\d×x])|(?<=\d)\s+(?=[a-z\"”'])", "", text.strip())


def _units(text: str) -> str:
    return _UNIT_WORD.sub(lambda m: _UNIT_WORDS[m.group(1)], text)
