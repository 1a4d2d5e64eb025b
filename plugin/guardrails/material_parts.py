"""The part a material is given for ("a walnut handle", "the strap is nylon"), and the
parts a listing's line gives materials for ("Handle: Walnut")."""

from __future__ import annotations

import re
from collections.abc import Callable

from plugin.guardrails.material_words import denied_material, listed_materials, ruled_out_use
from plugin.guardrails.measures import parts_of_label, singular
from plugin.guardrails.product_nouns import verb_first
from plugin.guardrails.vocabulary import MATERIAL_LABELS_ABROAD, MATERIALS

_PART_AFTER = re.compile(r"^[\s-]+(?P<first>[a-z]{3,})\b(?:[\s-]+(?P<part>[a-z]{3,})\b)?")
_PART_BEFORE = re.compile(
    r"\b(?:the|its|a|an|with)\s+(?P<part>[a-z]{3,})\s+(?:(?:is|are)\s+(?:made\s+)?"
    r"(?:(?:of|from|in)\s+)?|(?:made\s+)?(?:of|from|in)\s+)"
    r"(?:solid\s+|pure\s+|genuine\s+|real\s+)?$",
    re.I,
)  # "the strap is made of nylon", "the strap is nylon", "a strap of nylon"
# Labels that name the material itself, not a part: "Material", "Fabric", "Main material".
MATERIAL_LABELS = (
    frozenset(
        "material materials fabric fabrics main composition fibre fibres fiber fibers yarn".split()
    )
    | MATERIAL_LABELS_ABROAD  # "Materiale", "Matériau" (round 33)
)
# Labels of what comes in the box: each item's material is its own ("Bundle contents: 12 pans in
# a metal tin, an A5 cotton pad" gives the tin's and the pad's).
_CONTAINER_LABELS = frozenset("bundle content contents box kit set include included pack".split())


# Words that join a material to what follows it, not a noun it qualifies; with the shop
# languages' "with", "and", "or", "for" and "of" (round 45: "jersey de lana con botones de
# madera", buttons of their own material, not woollen buttons).
_LINKS = frozenset(
    "for and or with the to in on of from that which by at as so but is are was its".split()
    + "con com per para por del della dei delle avec pour des mit und oder aus vom zum".split()
    + "met voor van och med eller til oraz lub".split()
)
# A word in -s after a material, then a word that goes on the clause: a verb and its object.
_A_VERB = re.compile(r"[\s-]+[a-z]{3,}s\s+(?!and\b|or\b|with\b|in\b|of\b)[a-z]")


def material_part(
    text: str,
    start: int,
    end: int,
    is_part: Callable[[str], bool],
    heads: frozenset[str] = frozenset(),
    named_parts: bool = False,
) -> str:
    """The part a material is given for: the noun right after it or the one after that ("nylon
    webbing", "a walnut chef's handle"), or the subject before it ("the strap is nylon"). A
    word before one of the product's own nouns (``heads``) only qualifies the product ("nylon
    sweater yarn"), and a word after a preposition is no noun of the material's ("clay for
    casting")."""
    after = _PART_AFTER.match(text[end : end + 30])
    first = after.group("first").lower() if after else ""
    second = (after.group("part") or "").lower() if after else ""
    words = [first] if after and first not in _LINKS else []
    if (
        words
        and second
        and singular(second) in heads
        and not (named_parts and is_part(first) and is_part(singular(second)))
    ):  # in a draft, a part the listing gives a material for in both words ("Test jar: …")
        words = []  # "sweater yarn", "casting slip": a kind of the product itself
    if words and not MATERIALS.knows(first) and second not in _LINKS:
        words.append(second)  # "cotton-linen twill": a blend
    before = _PART_BEFORE.search(text[max(0, start - 40) : start])
    if after and _A_VERB.match(text, end) and singular(after.group("first")) in verb_first():
        words = words[:0]  # "merino keeps feet warm", "steel handles the heat": a verb
    words += [before.group("part")] if before else []
    for word in filter(None, words):
        if word.lower().endswith("ed"):
            continue  # "PU-coated", "silicone-treated": how it is made, not a part
        if is_part(singular(word.lower())):
            return singular(word.lower())
    return ""


def parts_given(label: str, line: str, heads: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """part -> materials a listing line gives for it: "Handle: Walnut", "Strap material:
    nylon", "… with a walnut handle" (not "sweater yarn" of a yarn: ``heads``, the listing's own
    nouns)."""
    out: dict[str, set[str]] = {}
    label_parts = {
        part
        for part in (parts_of_label(label) if label else ())
        if part not in MATERIAL_LABELS | _CONTAINER_LABELS and not MATERIALS.knows(part)
    }  # "Wax: Soy wax" names the material twice, not a part
    line = line[len(label) + 1 :] if label else line  # "Paper weight: 300 gsm" names no paper
    for start, end, term in listed_materials(line):
        if denied_material(line, start, end) or ruled_out_use(line, start, 60):
            continue  # "not for classical guitars, which take nylon strings": no part of its own
        for part in label_parts or {material_part(line, start, end, _a_part, heads)} - {""}:
            out.setdefault(part, set()).add(term.name)
    return out


_NOT_PARTS = frozenset(
    "and with for the that this blend finish construction fabric material body".split()
)


def _a_part(word: str) -> bool:
    """In a listing, the noun after a material names its part ("a walnut handle") unless it is
    a word like "blend" or a material itself."""
    return word not in _NOT_PARTS and not MATERIALS.pattern.fullmatch(word)
