"""What the lines to quote must carry for the kind of question asked, in any language: a time
for "when", an inclusion for "is it included", the concept for "what colours", the care step
asked about for a care question; in English also a sale for a part bought on its own, an
accuracy for "how accurate", the cut for "does it run small". Lines close in meaning that lack
it answer something else ("when will it be back in stock?" against "backorders ship as soon as
they are back in stock"; "is a canister included?" against "Fuel: butane canister").

The one entry point, ``still_answers``; each kind of question has its module of checks (times,
purchases, amounts, dimensions, provenance, traits)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.amount_checks import amount_unstated
from plugin.questions.asked_attribute import states_asked_attribute
from plugin.questions.asked_detail import detail_unstated
from plugin.questions.dimension_checks import dimension_unstated
from plugin.questions.lexicon import COLOURS, fold, words
from plugin.questions.policy_topics import care_aspects, names_care_aspects
from plugin.questions.provenance_checks import brand_line_only, provenance_unstated
from plugin.questions.purchase_checks import purchase_unstated
from plugin.questions.qualified_value import qualifier_unstated
from plugin.questions.time_checks import stock_unstated, time_unstated
from plugin.questions.trait_checks import colour_unstated, trait_unstated
from plugin.questions.wear_checks import wear_unstated

# "A or B?" of the thing asked about ("plastic or wood", "pre-folded or flat"): lines that name
# neither alternative do not settle the choice, whatever else they say of the product.
_CHOICE_ASKED = re.compile(r"\b([a-z][a-z-]{2,}|\d{2,}) or ([a-z][a-z-]{2,}|\d{2,})\s*\??\s*$")
_CHOICE_FILLER = frozenset(
    """not what less more both either else other something anything them this that these those
    there here now later never ever today tomorrow yes one ones two all any none nothing
    the and was are can you extra separately separate optional included free paid cost
    costs charge standard sold""".split()
)


def _choice_unsettled(folded: str, text: str) -> bool:
    """Whether the question ends on "A or B?" and the lines name neither A nor B (each by its
    first five letters, so "folded" settles "pre-folded")."""
    found = _CHOICE_ASKED.search(folded)
    if not found:
        return False
    options = [found.group(1), found.group(2)]
    if any(option in _CHOICE_FILLER or option in COLOURS for option in options):
        # a colour is an option's value: "do you do it in red or green?" is answered by the
        # colours offered
        return False
    said = fold(text)
    for option in options:
        if option.isdigit():
            # a figure is stated by itself, whole ("304 or 316?", round 27)
            if re.search(rf"(?<![\d.,]){option}(?![\d])", said):
                return False
            continue
        stem = option.split("-")[-1][:5]
        if re.search(rf"(?<![^\W_]){re.escape(stem)}", said):
            return False
    return True


def still_answers(question: str, listing: Listing, support: Sequence[str]) -> bool:
    """Whether the lines to quote carry what this kind of question needs. The product's own
    name asks nothing ("Wool Dryer Balls" is no question about a dryer)."""
    folded = fold(question)
    for word in sorted(set(words(listing.title)), key=len, reverse=True):
        folded = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", folded)
    text = " ".join(support)
    if brand_line_only(fold(question), listing, support) or _choice_unsettled(folded, text):
        return False
    if not states_asked_attribute(question, listing.title, support):
        return False
    if qualifier_unstated(question, support):  # "is the cork sealed?" (round 34)
        return False
    if detail_unstated(question, support):  # a year, dates, keeping, "hoe lang" (round 35)
        return False
    if (
        time_unstated(folded, text)
        or amount_unstated(folded, text, fold(question))
        or dimension_unstated(question, folded, text)
        or provenance_unstated(question, folded, listing, text)
        or purchase_unstated(folded, text)
        or stock_unstated(folded, text)
        or trait_unstated(folded, text)
        or colour_unstated(question, listing, text)
        or wear_unstated(fold(question), fold(text))  # how long it lasts in use (round 56)
    ):
        return False
    aspects = care_aspects(folded)
    return not aspects or names_care_aspects(text, aspects)
