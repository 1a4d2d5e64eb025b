"""FAQ questions asked by what a label's last word is, not pasted into "What is the …?"
(round 29).

heldout31's raters called "What is the timber made of? — The timber is european white oak.",
"What is the firmness? — The firmness is medium-firm." and "What is the clip colour like? —
The clip colour is green." template questions ("Ask 'What wood is it?'", "'How firm is it?'",
"'What colour are they?'", "'How many are in a pack?'"). Four families, by the label's words
only:

- a label that names a kind of material (wood, timber, steel, …): "What wood is it? — It is
  European white oak.";
- a quality in "-ness" ("firmness", "thickness"): "How firm is it? — It is medium-firm.";
- a part's colour ("clip colour"): "What colour is the clip? — The clip is green.";
- a count ("Count: 12 pegs per bag"): "How many are in a pack? — There are 12 pegs per bag.".
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem
from plugin.generation.had_articles import articles_fixed
from plugin.generation.voice import Voice

# Labels that name the kind of material a product is made of: asked "What <label> is it?".
_MATERIAL_KINDS = frozenset("wood timber steel metal fabric leather stone fibre fiber".split())
# Labels that count what a pack holds: "How many are in a pack? — There are 12 …".
_COUNTS = frozenset({"count", "quantity", "pieces", "number of pieces", "pack count"})
# "-ness" words whose stem is not the adjective as said.
_NESS_STEMS = {"heaviness": "heavy", "fluffiness": "fluffy", "springiness": "springy"}
_ANSWER = re.compile(r"^The (?P<label>[a-z][a-z ]*?) (?:is|are) (?P<value>.+?)\.$")
_ASKED = re.compile(r"^What (?:is|are) the (?P<label>[a-z][a-z ]*?)(?: like| made of)?\?$")


def _adjective(label: str) -> str | None:
    if " " in label or not label.endswith("ness") or len(label) < 8:
        return None
    return _NESS_STEMS.get(label, label[: -len("ness")])


def asked_by_word(item: FaqItem, voice: Voice) -> FaqItem:
    """The question a shopper asks of a material kind, a quality or a part's colour, the answer
    with no article before a plural (``had_articles``); other items as they are."""
    item = FaqItem(item.question, articles_fixed(item.answer))  # "It has unfitted feet."
    asked, answered = _ASKED.match(item.question), _ANSWER.match(item.answer)
    if not asked or not answered or asked["label"] != answered["label"]:
        return item
    label, value = answered["label"], answered["value"]
    it, be = voice.subject.lower(), voice.be
    if label in _MATERIAL_KINDS:
        return FaqItem(f"What {label} {be} {it}?", f"{voice.subject} {be} {value}.")
    if label in _COUNTS and re.match(r"(?:[2-9]|\d\d)", value):
        return FaqItem("How many are in a pack?", f"There are {value}.")
    adjective = _adjective(label)
    if adjective:
        return FaqItem(f"How {adjective} {be} {it}?", f"{voice.subject} {be} {value}.")
    part = re.fullmatch(r"(?P<part>[a-z]+) colou?r", label)
    if part and not part["part"].endswith("s") and "," not in value:
        thing = part["part"]
        return FaqItem(f"What colour is the {thing}?", f"The {thing} is {value}.")
    return item
