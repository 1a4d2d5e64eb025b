"""What a product or one of its parts is made of, and the share of a material asked."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.option_names import NAME_SYNONYMS
from plugin.questions.choices import Choice
from plugin.questions.lexicon import MATERIALS, STOPWORDS, asking_sentence, fold, has_cue
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import Part, SlotAnswer

# Words that name what a thing is made of, beyond the twelve languages' basic ones in
# ``MATERIALS``: a value carrying one states a material ("Frame: Anodised aluminium").
_MATERIAL_VALUES = frozenset(MATERIALS) | frozenset(
    fold(w)
    for w in """aluminium aluminum rubber bamboo brass copper iron oak walnut olive beech ash
    maple cherry birch pine teak cork nylon flax merino cashmere alpaca mohair hemp jute rattan
    wicker willow stone marble granite slate porcelain stoneware earthenware enamel silicone
    titanium canvas denim fleece felt suede paper cardboard beeswax soy acrylic viscose bronze
    zinc tin pewter resin""".split()
)
# "Stainless" says steel.
_MATERIAL_ALIASES = {"stainless": "steel", "wooden": "wood", "woollen": "wool", "woolen": "wool"}


def _one(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _material_words(text: str) -> set[str]:
    found = set()
    for word in folded_words(text):
        word = _MATERIAL_ALIASES.get(word, word)
        if word in _MATERIAL_VALUES:
            found.add(MATERIALS.get(word, word))
    return found


# A share asked ("what percentage", "hoeveel procent", "wie viel Prozent").
_PERCENT_ASKED = re.compile(
    r"\b(?:percent(?:age)?|per cent|prozent\w*|pourcentage|porcentaje|percentuale|percentagem|"
    r"procent\w*|prosent\w*|percentage|prosenttia)\b"
)


def _share_asked(folded: str, choices: list[Choice]) -> SlotAnswer | None:
    """ "how much percent merino is in them?": the one line that gives shares in percent
    ("Material: 70% merino wool, 27% nylon, 3% elastane")."""
    if not _PERCENT_ASKED.search(folded):
        return None
    shares = [c for c in choices if any("%" in v for v in c.values)]
    if len(shares) != 1:
        return None
    choice = shares[0]
    values = ", ".join(choice.values)
    return SlotAnswer(
        "option", (Part("attribute", {"name": choice.name, "values": values}),), (choice.line,)
    )


# Words around a choice between materials that name no part ("pure wool or mixed?").
_MATERIAL_FRAME = frozenset(
    """made mixed mix blend blended pure real inside outside entirely fully solid genuine
    actually just only percent whats""".split()
)


def _other_part(question: str, listing: Listing) -> bool:
    """Whether a question that weighs materials against each other names something besides
    the product ("is the handle plastic or wood?", "the wick, cotton or wood?"): then the
    product's own Material line does not answer it."""
    from plugin.questions.answerability import GENERIC

    own = {_one(w) for w in folded_words(listing.title)}
    for word in folded_words(asking_sentence(question)):
        word = _MATERIAL_ALIASES.get(word, word)
        if (
            len(word) < 3
            or word.isdigit()
            or word in STOPWORDS
            or word in GENERIC
            or word in _MATERIAL_FRAME
            or word in _MATERIAL_VALUES
            or _one(word) in own
        ):
            continue
        return True
    return False


def _material_asked(
    question: str, listing: Listing, choices: list[Choice]
) -> SlotAnswer | None:
    """What a product or one of its parts is made of, asked as a choice between materials
    ("linen or a cotton blend?", "is the handle wood or plastic?") or by a part's name ("what
    is the frame made of?"): the line that states it ("Frame: Anodised aluminium"), however
    many other words the question has. Not when every material the question names is the one
    the line states ("is the walnut handle oiled?" asks about its finish)."""
    folded = fold(question)
    named_materials = _material_words(question)
    made_of = bool(has_cue(folded, NAME_SYNONYMS["material"]))
    if not made_of and len(named_materials) < 2:
        return None
    own = set(folded_words(listing.title))
    asked = {_one(w) for w in folded_words(question) if w not in STOPWORDS and w not in own}
    stating = [c for c in choices if _material_words(" ".join(c.values))]
    parts = [c for c in stating if {_one(w) for w in folded_words(c.name)} & asked]
    if not parts and (len(named_materials) >= 2 or made_of) and not _other_part(question, listing):
        # a choice between materials of the product itself, or what it is made of: its one
        # Material line
        parts = [c for c in stating if c.concept == "material"]
    if len(parts) != 1:
        return None
    choice = parts[0]
    if (
        not made_of
        and named_materials
        and named_materials <= _material_words(" ".join(choice.values))
    ):
        return None
    values = ", ".join(choice.values)
    return SlotAnswer(
        "option", (Part("attribute", {"name": choice.name, "values": values}),), (choice.line,)
    )
