"""Round 40: what a product is packed in is what it comes in, never a part it has.

heldout42's raters marked metas and short descriptions that said a jar, a pouch or a bottle the
shop listed as packaging as if the product had it ("The tea has a tin"): they asked
for "comes in a …". Where the listing's own label names packaging or a container ("Packing",
"Packaging", "Bottle", "Box", "Bag" …) and the product's name is no such container (a "Tote
Bag" has its bag), "has a <that container>" is said "comes in a <that container>", in the meta,
the short description and the FAQ ("What does it come in?"). A watch's or a phone's "Case" is a
part, so it is not here. No listing's phrase is a rule.
"""

from __future__ import annotations

import re

from plugin.generation.plan import Plan
from plugin.generation.singular import singular
from plugin.generation.value_shapes import article

# Labels that say what the product is packed in.
_PACKED_LABELS = frozenset(
    "packing packaging package packed pack box bottle jar tin pouch container bag sachet tube "
    "tub carton pot can".split()
)
# Containers a packaging value names as its last word ("kraft paper bag", "screw-top tin").
_CONTAINERS = frozenset(
    "box bottle jar tin pouch container bag sachet tube tub carton pot can envelope sleeve "
    "crate basket wrap bag".split()
)
_WORD = r"[\w'’-]+"


def _containers(plan: Plan) -> set[str]:
    """The container nouns the listing's packaging labels name, where the product is none."""
    named = {singular(w) for w in re.findall(r"[a-z]+", plan.listing_title.lower())}
    found: set[str] = set()
    for label, value in plan.fact_list:
        words = label.strip().lower().split()
        if not words or words[-1] not in _PACKED_LABELS:
            continue
        nouns = {singular(w) for w in re.findall(r"[a-z]+", value.lower())} & _CONTAINERS
        if words[-1] in _CONTAINERS:
            nouns.add(words[-1])
        found |= {n for n in nouns if n not in named}
    return found


# A container's own part the shop wrote with no article ("amber glass with pump").
_CONTAINER_PARTS = "dropper|lid|pump|spout|cork|cap|spray|zip|window|seal|ribbon|handle|clasp"


def packed_said(text: str, plan: Plan) -> str:
    """ "It has a screw-top tin, so …" → "It comes in a screw-top tin, so …" where the listing
    says it is packed in a tin; "have" → "come in"; "with pump" → "with a pump"."""
    nouns = _containers(plan)
    if not nouns:
        return text
    alternation = "|".join(sorted(nouns))
    pattern = re.compile(
        rf"\b(?P<verb>has|have) (?P<what>an? (?:{_WORD} ){{0,4}}?(?:{alternation})s?\b)"
        rf"(?: with (?P<part>{_CONTAINER_PARTS})\b(?![\w'’-]))?"
    )

    def said(found: re.Match[str]) -> str:
        verb = "comes in" if found["verb"] == "has" else "come in"
        part = found["part"]
        rest = f" with {article(part)} {part}" if part else ""
        return f"{verb} {found['what']}{rest}"

    return pattern.sub(said, text)


_KIND_OF_CONTAINER = re.compile(
    r"^What kind of (?P<noun>[a-z]+) (?P<do>does|do) (?P<it>it|they) have\?$"
)


def packed_asked(question: str, answer: str, plan: Plan) -> tuple[str, str]:
    """ "What kind of tin does it have? — It has a screw-top tin." → "What does it come in? — It
    comes in a screw-top tin." where the listing's tin is its packaging."""
    said = packed_said(answer, plan)
    if said == answer:
        return question, answer
    found = _KIND_OF_CONTAINER.match(question)
    if found:
        question = f"What {found['do']} {found['it']} come in?"
    return question, said
