"""A draft's material claims: each material word it says the product is made of, with the
part it is given for; not a material it denies, works on or names as a thing ("a damp
cloth"), nor a metal that names a finish."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.material_finishes import finishes
from plugin.guardrails.material_parts import material_part
from plugin.guardrails.material_words import FREE_AFTER, ruled_out_use
from plugin.guardrails.vocabulary import MATERIALS

# "never cardboard or plastic" (round 30): a material ruled out, as after "not"
_NEGATED_BEFORE = re.compile(
    r"(?:\bno|\bwithout|\bnon|\bzero|\bany|\bnot|\bnever|\bnor|n't)[\s-]*$", re.I
)


# Words after a material word that make it something else ("fabric softener", "paper towel").
_NOT_A_MATERIAL_AFTER = frozenset(
    "softener softeners conditioner shaver care cleaner polish detector broth dry neutral "
    "footprint offset offsets emissions negative dioxide monoxide coloured colored toned tone "
    "effect look print blue tanned proof".split()
)


# A verb of care or work whose object is the material the product is used on ("cleans and
# conditions leather", "seals wood", "sharpens steel"; "safe for glass"), up to that material;
# finite or after "to" ("painted bamboo" is the product's bamboo).
_TREAT_VERBS = (
    r"clean|nourish|condition|protect|polish|treat|seal|restore|revive|feed|"
    r"soften|shine|buff|moisturi[sz]e|care\s+for|sharpen|hone|cut|drill|sand|glue|bond|mend|"
    r"repair|stain|dye|paint|degrease|descale|strip|dissolve|lift|remove"
)
# The verbs of working a material in their forms ("cutting and shaping wood", "carves oak").
_WORKING = (
    rf"(?:{_TREAT_VERBS})(?:s|es|ing)|cutting|shap(?:es|ing)|carv(?:es|ing)|plan(?:es|ing)|"
    r"trimming|trims|smooth(?:s|ing)|joins|joining|engrav(?:es|ing)|splits|splitting|whittl(?:es|ing)"
)
_TREATED_BEFORE = re.compile(
    rf"\b(?:{_WORKING}|to\s+(?:{_TREAT_VERBS}|shape|carve|plane|trim|smooth|join|engrave)|"
    r"(?:safe|suitable|ideal|works|use\s+it)\s+(?:for|on))"
    rf"(?:\s+(?:and|or|&)\s+(?:{_WORKING}|{_TREAT_VERBS}))?"
    r"(?:\s+\w+(?:,|\s+(?:and|or|&))){0,3}"  # the items before it: "protects wood and leather"
    r"\s+(?:(?:your|the|all|any|most|natural|smooth|fine|every)\s+)*$",
    re.IGNORECASE,
)
# "a fleece", "a damp cloth" at a phrase's end: a thing, not what the product is made of (unless
# after "of", "from" or "in": "made of a soft cotton").
# Words between the article and the material may be joined ("a dry or barely damp cloth"), none a
# preposition that makes the material the product's ("a tote in soft cotton").
_A_BEFORE = re.compile(
    r"(?<!\bof )(?<!\bfrom )(?<!\bin )\b(?:a|an)\s+"
    r"(?:(?!(?:of|from|in|with|made)\b)[a-z]+\s+){0,4}$",
    re.I,
)
_ENDS_PHRASE = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|or|with|for|to|in|on|that|which|rather|than|but|so|if|when|while|"
    r"before|after|until|unless|because|only)\b"
    # or it is the subject of a verb: "a dry cloth keeps it bright" (round 39)
    r"|[a-z]{3,}s\s+(?:the|a|an|it|its|them|your|back|up|out|off|away)\b)"
)
# "and" or "or" and another material: the first of a list of materials, not a thing alone.
_ANOTHER_MATERIAL = re.compile(rf"\s*(?:and|or|&)\s+(?:{MATERIALS.pattern.pattern})", re.I)
# A hyphen between words: "cotton-linen", "full-carbon blades" read as words of their own.
_JOINED = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def material_claims(text: str, parts: set[str], heads: frozenset[str] = frozenset()) -> list[Claim]:
    """Every material word in ``text``, with the part it is given for when that part is one
    the listing names a material for (``parts``); a metal that names a finish is a colour.
    ``heads``: the nouns the listing calls itself by, which a part word before them only
    qualifies ("sweater yarn", "casting slip": the product, not a sweater or a casting)."""
    out = []
    finish_ends = {end for _, end in finishes(text)}
    for start, end, term in MATERIALS.find(_JOINED.sub(" ", text)):  # "cotton-linen", "full-carbon"
        if end in finish_ends:
            continue
        after = text[end : end + 24]
        next_word = after.split()[0].strip(".,;:!-").lower() if after.split() else ""
        if next_word in _NOT_A_MATERIAL_AFTER:
            continue
        if _NEGATED_BEFORE.search(text[max(0, start - 10) : start]) or FREE_AFTER.match(after):
            continue
        if ruled_out_use(text, start):
            continue  # "not for nylon-string guitars", "not on suede or velvet" (round 29)
        if _TREATED_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "cleans and conditions leather": what it works on, not what it is of
        if (
            _A_BEFORE.search(text[max(0, start - 24) : start])
            and _ENDS_PHRASE.match(after)
            and not _ANOTHER_MATERIAL.match(after)
        ):
            continue  # "room for a fleece", "wipe with a damp cloth": a thing, not a material;
            # "a bamboo and cotton blend" names two (round 36)
        part = material_part(text, start, end, parts.__contains__, heads, named_parts=True)
        out.append(Claim("material", start, end, text[start:end], term.name, part))
    return out
