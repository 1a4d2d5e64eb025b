"""Reasons that do not fit their product: one naming another animal (``another_animal``), one
that says a "<x>-free" fact again (``circular``), one the listing's words contradict
(``contradicted``)."""

from __future__ import annotations

import re

# Animals a reason or a purpose may name: one said of another animal's product is another
# product's copy (round 27: "cats scratch the post" on a parrot toy, a cat's litter tray on a
# ferret's).
_ANIMALS = {
    "cat": "cats?|kittens?|feline",
    "dog": "dogs?|pupp(y|ies)|canine",
    "horse": "horses?|pon(y|ies)|foals?|equine",
    "bird": "birds?|parrots?|budgies?|cockatiels?|canar(y|ies)|finch(es)?|avian",
    "rabbit": "rabbits?|bunn(y|ies)",
    "small pet": "ferrets?|guinea pigs?|hamsters?|gerbils?|rats?|mice|chinchillas?",
    "fish": "fish|aquari(um|a)",
    "reptile": "reptiles?|lizards?|snakes?|tortoises?|geckos?",
    "poultry": "chickens?|hens?|poultry|ducks?",
    "livestock": "calf|calves|cattle|cows?|sheep|lambs?|goats?|pigs?",
}
_ANIMAL_WORDS = {k: re.compile(rf"\b({v})\b") for k, v in _ANIMALS.items()}


def animals_in(text: str) -> set[str]:
    """The kinds of animal ``text`` names ("Toy for Parrots" → {"bird"})."""
    lowered = text.lower()
    return {k for k, pattern in _ANIMAL_WORDS.items() if pattern.search(lowered)}


def another_animal(said: str, product: str) -> bool:
    """Whether ``said`` names an animal and the product names others, none of them that one."""
    named, owned = animals_in(said), animals_in(product)
    return bool(named and owned and not named & owned)


# "Dairy free, so it suits people avoiding dairy" says the fact's own word again (heldout29's
# raters: a tautology); such a fact is said plainly.
_FREE_OF_WORD = re.compile(r"\b([a-z]{3,})[- ]free\b")


def circular(reason: str, fact: str) -> bool:
    """Whether the reason only says again what a "<x>-free" fact is free of."""
    return any(
        re.search(rf"\bavoid\w* {re.escape(word)}", reason.lower())
        for word in _FREE_OF_WORD.findall(fact.lower())
    )


# What a reason says of the product and the words that, in its title, type or the fact's value,
# say the opposite: high-density EVA armour foam is not "light and cushioned" (heldout22's
# raters: "off-message for high-density armour foam").
_OPPOSITES = (
    (
        re.compile(
            r"\b(is|are|feels?|stays?|it) light\b|lightweight"
            r"|\blight (and|yet|enough|to (carry|lift|hold|move|wear|pack))\b"
        ),
        re.compile(r"\bheavy(?![- ]duty)|\bheavyweight|\bhigh[- ]density|\bweighted\b"),
    ),
    (
        re.compile(r"\b(soft|cushion\w*|squishy)\b"),
        re.compile(r"\b(rigid|stiff|hard(?![- ]wearing)|firm|high[- ]density)\b"),
    ),
    (re.compile(r"\bflexib\w+|\bbends?\b"), re.compile(r"\b(rigid|stiff)\b")),
)


def contradicted(reason: str, context: str) -> bool:
    """Whether the listing's own words (title, type, the fact's value) say the opposite of
    what the reason says of the product."""
    return any(said.search(reason) and against.search(context) for said, against in _OPPOSITES)
