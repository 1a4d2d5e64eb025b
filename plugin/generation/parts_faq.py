"""The FAQ of a set or a bundle asked from the products it brings together (round 29).

A listing whose facts are all on its items ("Hardwax Oil, 750 ml, Coverage: …") planned an
empty FAQ, or one question ("What does it include?"), and heldout31's raters marked it 1 of 5:
the items' coverage, drying time, cooking time and allergens were there to ask. Each item is
read as a product of its own (its line as ``listing_input`` writes it: the title, its price,
then "Label: value" pairs), asked as the FAQ asks any product, and the question names the item
("Is the Finishing Oil food safe?"), since "it" would be the set.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plugin.domain import FaqItem, Listing
from plugin.generation.plan import Plan, plan_description
from plugin.generation.voice import voice_of

# ", Coverage: …" starts a label of the item's line; a label opens with a capital.
_LABEL = re.compile(r", (?P<label>[A-Z][A-Za-z][A-Za-z /&()'-]{0,38}): ")
_PRICE = re.compile(r", price [\d.,]+$")
# A pack's amount at the end of an item's name: "Dried Udon Noodles 300 g", "… 4 x 90 g".
_AMOUNT_LAST = re.compile(r"\s+(?:\d+\s?[x×]\s?)?\d[\d.,]*\s?[A-Za-z]{1,3}$")
_PRONOUN = re.compile(r"\b(it|they|them)\b")
# Items asked at most; the set's own questions come first.
PART_QUESTIONS = 2


def read_part(line: str) -> tuple[str, str, dict[str, list[str]]]:
    """An item's short name, its full title and its facts: "Finishing Oil, 500 ml, price
    16.50, Drying time: 6–8 hours" → ("Finishing Oil", "Finishing Oil, 500 ml", {"Drying time":
    ["6–8 hours"]})."""
    marks = list(_LABEL.finditer(line))
    title = _PRICE.sub("", line[: marks[0].start()] if marks else line).strip()
    facts: dict[str, list[str]] = {}
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(line)
        value = line[mark.end() : end].strip()
        if value:
            facts[mark["label"]] = [v.strip() for v in value.split(" / ") if v.strip()]
    name = _AMOUNT_LAST.sub("", title.split(",")[0]).strip()
    return name or title, title, facts


def parts_of(plan: Plan) -> list[tuple[str, str, Plan]]:
    """Each item with facts of its own, planned as a product: (name, title, plan)."""
    out = []
    for line in plan.parts:
        name, title, facts = read_part(line)
        if facts:
            listing = Listing(external_id=f"part:{name}", title=title, attributes=facts)
            out.append((name, title, plan_description(listing)))
    return out


def named_question(question: str, name: str) -> str:
    """ "Is it food safe?" about an item → "Is the Finishing Oil food safe?"; "What is the
    coverage?" → "What is the Hardwax Oil's coverage?"."""
    if _PRONOUN.search(question):
        return _PRONOUN.sub(f"the {name}", question, count=1)
    whose = f"{name}'" if name.endswith("s") else f"{name}'s"
    return re.sub(r"\bthe ", f"the {whose} ", question, count=1)


def included_item(plan: Plan) -> FaqItem | None:
    """ "What does it include?" answered with the items' names, their sizes in brackets."""
    titles = [read_part(line)[1] for line in plan.parts]
    said = []
    for title in titles:
        name, _, rest = title.partition(", ")
        said.append(f"{name} ({rest})" if rest else name)
    if len(said) < 2:
        return None
    voice = voice_of(plan.listing_title)
    listed = ", ".join(said[:-1]) + f" and {said[-1]}"
    return FaqItem(
        "What does it include?", f"{voice.subject} {voice.verb('brings')} together {listed}."
    )


def part_items(plan: Plan, ask: Callable[[Plan], list[FaqItem]], told: set[str]) -> list[FaqItem]:
    """Questions about the items, ``PART_QUESTIONS`` of each at most, the first of every item
    before the second of any; ``ask`` is how the FAQ asks a product, ``told`` the questions
    asked already."""
    asked = [
        [FaqItem(named_question(item.question, name), item.answer) for item in ask(part)]
        for name, _, part in parts_of(plan)
    ]
    out: list[FaqItem] = []
    for n in range(PART_QUESTIONS):
        for items in asked:
            if n < len(items) and items[n].question not in told:
                out.append(items[n])
    return out
