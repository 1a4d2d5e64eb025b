"""A value asked with a qualifier the line does not state (round 34).

"Is the cork sealed?", "are the oak boards oiled?": a yes/no question that ends on a participle
after its subject asks that participle of the subject. A line that names the subject ("Material:
Cork", "solid oak boards") without the participle says nothing of it: "Yes, … is available in
cork" answers a neighbour of the question, not the question. Participles that a slot or a check
of its own settles (a price reduced, a part included, a thing shipped) are left to those.

From round 36 also a material asked with a qualifier before it ("is the shirt organic linen?",
"is it recycled steel?"): a line naming the material without the qualifier does not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.questions.lexicon import MATERIALS, asking_sentence, fold

_SUBJECT_THEN_PARTICIPLE = re.compile(
    r"^(?:is|are) (?:the|its|their|your|this|that|these|those) (?:[a-z-]+ ){0,2}?"
    r"(?P<subject>[a-z-]{3,}) (?:also |really |actually )?(?P<attr>[a-z-]{3,}ed)\s*\?*\s*$"
)
# settled elsewhere: a price, an inclusion, delivery, stock, use
_SETTLED_ELSEWHERE = frozenset(
    """reduced discounted included shipped delivered stocked needed required recommended used
    sold supplied allowed permitted refunded booked reserved signed numbered""".split()
)

# "is the shirt organic linen?", "are the handles recycled plastic?"
_QUALIFIED_MATERIAL = re.compile(
    r"^(?:is|are) (?:it|they|the|its|their|your|this|that|these|those)\b[^?]{0,40}? "
    r"(?P<attr>organic|recycled|untreated|unbleached|virgin|raw|solid|"
    r"sustainabl[ey]|wild|fair[- ]?trade|food[- ]grade|full[- ]grain|bio|vegan)\s+"
    r"(?P<material>[a-z]{3,})\s*\?*\s*$"
)


def _material_qualifier_unstated(asked: str, text: str) -> bool:
    found = _QUALIFIED_MATERIAL.search(asked)
    if not found or found.group("material") not in MATERIALS:
        return False
    if found.group("material") not in text:
        return False  # the lines are not about that material: other checks decide
    return found.group("attr")[:5] not in text


def qualifier_unstated(question: str, lines: Sequence[str]) -> bool:
    """Whether the question asks a participle of a subject that the lines name without it."""
    asked = asking_sentence(fold(question)).strip()
    if _material_qualifier_unstated(asked, fold(" ".join(lines))):
        return True
    found = _SUBJECT_THEN_PARTICIPLE.search(asked)
    if not found or found.group("attr") in _SETTLED_ELSEWHERE:
        return False
    text = fold(" ".join(lines))
    subject, attr = found.group("subject"), found.group("attr")
    if not re.search(rf"\b{re.escape(subject[: max(4, len(subject) - 2)])}", text):
        return False  # the lines are not about that subject: other checks decide
    # anywhere in a word: "unscented" states "scented" (its negation answers it too)
    return attr[: max(4, len(attr) - 3)] not in text
