"""A grouped product's children: which one a question is about ("how much does the mug in the
coffee set hold?", "is the scraper from the baking kit sold on its own?").

A child is named by a word of its own title that the set's title does not share ("Enamel Camp
Mug" in the "Coffee Outdoors Set": enamel, camp, mug), or failing that by one of its own tags
("banneton" on a proofing basket). The question is then answered from that child's listing —
its options, prices, stock, attributes and description — as if asked on its page; when the
child's facts don't answer it, the set's own facts are tried as before.

A set has no price of its own: asked what it costs ("the whole set, what's the total?"), it is
answered with each child's price and their sum."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from plugin.domain import Listing
from plugin.generation.facts import format_price
from plugin.questions.answerability import GENERIC, covered, tokens
from plugin.questions.lexicon import CUES, STOPWORDS, fold, has_cue
from plugin.questions.slots import Part, SlotAnswer

# Words a product's title shares with many others and that name no one child: sizes of sets,
# packaging, units.
_PLAIN = frozenset("set sets pack piece pieces kit box bundle the and with for".split())


def _own_words(words: set[str], parent: set[str]) -> set[str]:
    return {
        w
        for w in words
        if w not in STOPWORDS and w not in GENERIC and w not in _PLAIN and not covered(w, parent)
    }


def named_child(question: str, parent: Listing, children: Sequence[Listing]) -> Listing | None:
    """The child ``question`` names, or None when it names none or two equally well."""
    asked = tokens(question)
    parent_words = tokens(parent.title)
    parent_tags = set().union(*(tokens(t) for t in parent.tags)) if parent.tags else set()
    best: list[tuple[int, float, int]] = []
    for index, child in enumerate(children):
        own = _own_words(tokens(child.title), parent_words)
        hits = {w for w in own if covered(w, asked)}
        if not hits:
            tags = set().union(*(tokens(t) for t in child.tags)) if child.tags else set()
            own = _own_words(tags, parent_words | parent_tags)
            hits = {w for w in own if any(w == a for a in asked)}
        if hits:
            best.append((len(hits), len(hits) / max(len(own), 1), index))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[0][:2] == best[1][:2]:
        return None
    return children[best[0][2]]


def without_set_name(question: str, parent: Listing, child: Listing) -> str:
    """The question as asked of the child: the set's own name words dropped ("the beanie in
    the logo collection" → "the beanie in the"), since they name the set, not a property of the
    child ("collection" would read as a question about the category)."""
    keep = tokens(child.title)
    for word in sorted(tokens(parent.title) - keep, key=len, reverse=True):
        question = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", question,
                          flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", question).strip()


# A sum asked for, in the reply languages ("what's the total?", "insgesamt", "au total").
_TOTAL = (
    "total", "altogether", "all together", "in all", "insgesamt", "zusammen", "en tout",
    "in tutto", "totaal", "samen", "ao todo", "totalt", "sammanlagt", "i alt", "tilsammen",
    "til sammen", "yhteensa", "razem", "lacznie", "celkem", "dohromady",
)

# A sum asked as what it all "comes to" ("what would the whole set come to?"), not whether it
# comes to a place.
_COMES_TO = re.compile(
    r"\b(?:what|how much)\b[^?.!]{0,40}\b(?:come|comes|coming) to\b(?!\s+(?:[a-z]+\s+){0,2}"
    r"(?:by|in|on|at|before)\b)"
)


# The set's price against buying its parts ("cheaper than buying them separately?"): the set
# has no price of its own to compare, so its children's sum does not answer it.
_AGAINST = re.compile(r"\b(?:than|separately|save|saving|savings|discount\w*)\b")


def set_total(question: str, parent: Listing, children: Sequence[Listing]) -> SlotAnswer | None:
    """Each child's price and their sum, for a question about what a grouped product costs
    (a price word, or a total asked with no weight or measure, and no comparison with buying
    the parts); None for any other question or when a child has no price."""
    folded = fold(question)
    if parent.kind != "grouped" or not children or not (
        has_cue(folded, CUES["price"]) or has_cue(folded, _TOTAL) or _COMES_TO.search(folded)
    ) or has_cue(folded, CUES["weight"]) or has_cue(folded, CUES["dimensions"]) or (
        _AGAINST.search(folded)
    ):
        return None
    try:
        prices = [Decimal(str(child.price)) for child in children]
    except (InvalidOperation, ValueError):
        return None
    money = [format_price(f"{price:.2f}", parent.currency) for price in prices]
    total = format_price(f"{sum(prices):.2f}", parent.currency)
    titles = [child.title.strip() for child in children]
    priced = list(zip(titles, money, strict=True))
    parts = (
        Part("grouped", {"title": parent.title.strip(), "children": ", ".join(titles)}),
        *(Part("variant_price", {"variant": t, "price": m}) for t, m in priced),
        Part("set_total", {"price": total}),
    )
    lines = (*(f"{t}: {m}" for t, m in priced), f"Total: {total}")
    return SlotAnswer("price", parts, lines)
