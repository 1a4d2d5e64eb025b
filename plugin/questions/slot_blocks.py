"""What structure cannot settle: questions also about fit, shipping, returns, a size system
or names the listing does not know; and the cues of what a price includes."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.option_names import NAME_SYNONYMS
from plugin.questions.answerability import covered, tokens
from plugin.questions.choices import Choice, asked_concepts, listing_choices, quantities
from plugin.questions.lexicon import (
    BODY_MEASURE,
    BODY_PART_MEASURED,
    COLOURS,
    CUES,
    LANGUAGE_WORDS,
    MATERIALS,
    OTHER_TOPICS,
    READY_TO_GO,
    SIZES,
    STOPWORDS,
    cue_pattern,
    fold,
    has_cue,
)
from plugin.questions.lexicon import words as folded_words
from plugin.questions.policy_topics import POLICIES
from plugin.questions.slot_answer import WEAK_PRICE_CUES
from plugin.questions.slot_cues import _SHIPPING_TOPICS, _cues


def structure_cannot_settle(question: str, listing: Listing) -> bool:
    """Whether the question is about something no structured fact settles (fit, restock,
    shipping, returns, care without a care fact …)."""
    folded = fold(question)
    return _blocked(folded, question, listing, listing_choices(listing), _cues(folded))


def _blocked(
    folded: str, question: str, listing: Listing, choices: list[Choice], cues: dict
) -> bool:
    """Whether the question is also about something the structured facts cannot settle. The
    product's own name does not count ("Wool Dryer Balls" is no question about a dryer)."""
    for word in sorted(set(folded_words(listing.title)), key=len, reverse=True):
        folded = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", folded)
    present = {c.concept for c in choices if c.concept}
    for concept in asked_concepts(question) & present:
        # The words that asked for a concept the listing has ("wie viel passt" for a
        # capacity) are no other topic.
        for cue in sorted(has_cue(folded, NAME_SYNONYMS.get(concept, ())), key=len, reverse=True):
            folded = re.sub(rf"(?<![^\W_]){re.escape(fold(cue))}[^\W_]*", " ", folded)
    for cue in has_cue(folded, READY_TO_GO):  # "ready to ship?" asks the stock (round 53)
        folded = cue_pattern(cue).sub(" ", folded)
    whole = fold(question)
    # Phrases ("taille grand") count as asked even where a concept's word was cut from them.
    topics = set(has_cue(folded, OTHER_TOPICS)) | {
        t for t in has_cue(whole, OTHER_TOPICS) if " " in t and t not in ("made of", "made from")
    }
    measured = cues["dimensions"] or "capacity" in asked_concepts(question)
    part = BODY_PART_MEASURED.search(whole)
    charted = part is not None and any(
        part.group("part") in fold(f"{c.name} {' '.join(c.values)}") for c in choices
    )
    body = (BODY_MEASURE.search(whole) and not measured) or (part is not None and not charted)
    if body and not _names_option_amount(whole, choices):
        topics.add("fit")
    advice = _SIZE_ADVICE.search(whole)
    if advice and not _own_size_system(question, choices) and not _of_a_part(advice, choices):
        topics.add("fit")  # "I'm EU 44, which US size?" needs a conversion nobody stated
    if "care" not in present:
        # "how do I look after it?" and no care line: the care policy, not an option line
        topics |= set(has_cue(folded, NAME_SYNONYMS["care"]))
    if "material" in present:
        topics -= {t for t in topics if t in MATERIALS or t in ("made of", "made from")}
    if [c for c in cues["price"] if c not in WEAK_PRICE_CUES]:
        topics -= {"difference", "compare"}  # "the price difference between M and XL"
    # A topic word the listing's own structured facts use ("vegan?" for Certifications: Vegan)
    # is settled by them.
    said = set().union(*(tokens(c.line) for c in choices)) if choices else set()
    topics = {t for t in topics if not (t.isalpha() and len(t) >= 3 and covered(fold(t), said))}
    # Sending somewhere, in the words the shipping policy is told by in every language
    # ("¿cuánto cuesta enviar a …?", "sende til …"): the shipping policy's price, not the
    # product's (round 26).
    # A word of being in stock is none of them ("lieferbar", available, is no "liefer-").
    sending = folded
    for cue in has_cue(folded, (*CUES["stock"], *CUES["availability"])):
        sending = cue_pattern(cue).sub(" ", sending)
    topics |= set(has_cue(sending, POLICIES["Shipping policy"]))
    if (listing.downloadable or listing.virtual) and cues["download"]:
        topics -= set(_SHIPPING_TOPICS) | set(POLICIES["Shipping policy"])
    return bool(topics)


def _names_option_amount(question: str, choices: list[Choice]) -> bool:
    """Whether the question's quantities are in a unit an option's values are measured in
    ("20 kg kettlebell?" when it comes in 8 kg to 24 kg): it names a value, offered or not,
    not the shopper's own weight or height."""
    asked = {unit for _, unit in quantities(question)}
    offered = {
        unit for c in choices if c.is_option for v in c.values for _, unit in quantities(v)
    }
    return bool(asked & offered)


# Asking which size to take: answered by the values only when they use the shopper's system.
_SIZE_ADVICE = re.compile(
    r"\b(?:which|what) (?:(\w+) )?size (?:should|do|would)\b|\bsize should i\b|"
    r"\bshould i (?:size|get|order|take)\b"
)


def _of_a_part(advice: re.Match[str], choices: list[Choice]) -> bool:
    """ "which needle size do you recommend?" asks the size of a part the listing names
    ("Recommended needles: 4.5-5 mm"), not which size of the product to take."""
    part = advice.group(1)
    if not part:
        return False
    names = {w for c in choices for w in folded_words(c.name)}
    return covered(part, names)
_SIZE_SYSTEM = re.compile(r"\b([A-Za-z]{1,3})\s?\d{1,3}\b")


def _own_size_system(question: str, choices: list[Choice]) -> bool:
    """Whether the shopper's size ("EU 42") is in a system the size values use ("M (EU
    40-43)")."""
    systems = {s.upper() for s in _SIZE_SYSTEM.findall(question)}
    values = " ".join(v for c in choices if c.concept == "size" for v in c.values).upper()
    return any(re.search(rf"\b{re.escape(s)}\b", values) for s in systems)


def _unknown_names(question: str, listing: Listing, choices: list[Choice]) -> set[str]:
    """Capitalised words inside the question that neither the listing nor our words know
    ("Spotify", "Canada")."""
    known = fold(" ".join([listing.title, *(c.line for c in choices), *listing.categories]))
    names = set()
    for match in re.finditer(r"(?<![.!?¿¡]\s)(?<!^)\b[A-Z][a-zA-Z]{2,}\b", question.strip()):
        word = fold(match.group())
        if word in STOPWORDS or word in known or word in COLOURS or word in SIZES:
            continue
        if word in LANGUAGE_WORDS:  # "is it in French?" names a language, not a place
            continue
        if any(has_cue(word, cues) for cues in (*CUES.values(), *NAME_SYNONYMS.values())):
            continue
        names.add(word)
    return names


# Availability cues that ask what a product comes in, not whether it can be had now.
_CHOICE_CUES = frozenset(
    {
        "come in",
        "comes in",
        "made in",
        "make it",
        "option",
        "options",
        "version",
        "versions",
        "variant",
        "variants",
        "choose",
        "choice",
        "offer",
        "get it",
        "get this",
        "get them",
        "get the",
    }
)
# Words asking where a product is filed in the shop ("listed with", "under bags?").
_FILED_WORDS = frozenset({"under", "listed", "filed", "sorted"})
_SHIPPING_CUES = frozenset(
    {
        "mailed",
        "mail it",
        "posted",
        "shipped",
        "ship it",
        "sent to me",
        "delivered",
        "delivery",
        "how do i get",
        "how will i receive",
        "verschickt",
        "zugeschickt",
        "geliefert",
        "envoye",
        "livre",
        "enviado",
        "entregado",
        "spedito",
        "consegnato",
        "verzonden",
        "opgestuurd",
        "geleverd",
        "entregue",
    }
)
# "included in the price", "does the price include": what the price covers, not the price.
_INCLUDED = re.compile(
    r"\binclud\w*\b[^.?!]{0,30}\bprice\b|\bprice\b[^.?!]{0,20}\binclud|\binklusive\b|"
    r"\bim preis\b|\bcompris\b|\bincluid\w*\b|\binbegrepen\b|\binclu[ií]d",
    re.IGNORECASE,
)


def _inclusion(question: str) -> bool:
    return _INCLUDED.search(fold(question)) is not None
