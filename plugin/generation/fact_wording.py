"""The small wording steps a told fact is built from (``more_facts``): a value parted into its
items, the items said as one list with "and", a frame's verbs agreed with the voice, and a
clause closed as a sentence."""

from __future__ import annotations

import re

from plugin.generation.said_values import lower_first
from plugin.generation.value_commas import ITEM_COMMA
from plugin.generation.voice import Voice


def fill_verbs(template: str, voice: Voice) -> str:
    return (
        template.replace("{S}", voice.subject)
        .replace("{is}", voice.be)
        .replace("{fits}", voice.verb("fits"))
        .replace("{works}", voice.verb("works"))
        .replace("{suits}", voice.verb("suits"))
        .replace("{covers}", voice.verb("covers"))
        .replace("{does}", voice.verb("does"))
        .replace("{has}", voice.verb("has"))
        .replace("{contains}", voice.verb("contains"))
    )


def value_items(value: str) -> list[str]:
    return [
        i.strip() for i in re.split(rf"(?:{ITEM_COMMA.pattern})\s*(?![^()]*\))", value) if i.strip()
    ]


def and_listed(value: str) -> str:
    """ "Water, salt, sugar" → "water, salt and sugar"; a value with its own "and" last is kept."""
    items = [lower_first(i) for i in value_items(value.strip().rstrip("."))]
    if len(items) < 2 or re.search(r"\b(and|or)\b", items[-1]):
        return ", ".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def full_sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."
