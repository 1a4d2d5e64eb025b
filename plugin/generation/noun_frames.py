"""Sentences of the meta and the short description that read a label as a noun (round 28).

heldout30's raters marked "awkward grammar" and "repetitive" on sentences whose frame takes a
label for a thing the product has or a property it is: "Its freezing is up to 3 months" (a
label that names what you do), "Its treatment is untreated" (a value that says the label again),
"It has experienced builders" (who it is for, said as a part), "It has a hardened tool steel" (a
material said as a part), "Its oil separation is normal" (a value that says nothing). Such a
sentence is never said in these two kinds; the fact stays in the description's list and the FAQ.
The rules go by a label's and a value's words and shapes, never by a listing's phrase.
"""

from __future__ import annotations

import re

# "Its <label> is|are <value>" (or "The <label> is …", the FAQ's answer in a meta) with the label
# and the value apart.
ITS_FRAME = re.compile(
    r"(?:\b(?:Its|Their|its|their)|(?:^|(?<=[.!?] ))The) (?P<label>[a-z][a-z -]*?) (?P<be>is|are) "
    r"(?P<value>[^.;]+)"
)
# Words ending in "ing" that name a thing (a part, a layer, a fitting), not something done.
THING_ING = frozenset(
    """lining clothing packaging filling housing tubing binding coating bedding fitting setting
    stitching padding casing ring string spring wing thing ceiling opening building wiring
    mounting decking flooring topping stuffing backing facing edging piping trimming webbing
    rating sing king bearing coupling fixing handling""".split()
)
# A label's last word that is a verb, not a noun: "Hire starts", "Resa / Makes", "Full analysis
# adds".
_VERB_LABEL = frozenset("starts ends makes adds begins works yields serves fits suits".split())
# A value that says nothing a shopper reads on for: "Its oil separation is normal.".
_EMPTY_VALUES = frozenset("normal standard usual yes no none n/a na included regular".split())
# Who a product is for, or what it is of, said as a thing it has.
_HAS_PEOPLE = re.compile(
    r"\b(?:has|have) (?:[a-z-]+ )?(?:builders|users|beginners|players|makers|cooks|adults|"
    r"children|kids|owners|riders|learners|modellers|modelers|experts|professionals)\b"
    r"|\b(?:has|have) (?:skilled|experienced|confident|advanced|keen|beginner|intermediate|"
    r"novice|expert|young|older) [a-z]+(?:ers|ists|ians)\b"
)
_HAS_LABEL_NOUN = re.compile(
    r"\b(?:has|have) (?:an? )?(?:[A-Za-z0-9%-]+ ){0,4}"
    r"(?:fibre|fiber|species|ingredients|experience|variety|breed|analysis)\b"
)
# A material said as a part: "It has a hardened tool steel." ("a steel frame" is a part).
_MATERIAL_ENDS = (
    "steel|iron|brass|bronze|copper|aluminium|aluminum|hemp|cotton|wool|linen|silk|oak|ash|"
    "beech|birch|walnut|maple|pine|hazel|willow|leather|rubber|plastic|nylon|polyester|"
    "polypropylene|glass|ceramic|porcelain|stoneware|bamboo|cork|felt|resin|silicone"
)
_HAS_MATERIAL = re.compile(
    rf"\b(?:has|have) an? (?:[a-z-]+ ){{0,3}}(?:{_MATERIAL_ENDS})(?=[.,;]| and\b|$)"
)
# A single capital letter after "has": "It has A rig." (a value's code said as a thing).
_HAS_LETTER = re.compile(r"\b(?:has|have) [A-Z] [a-z]")
# A number, its unit, then a state: "They have 12 months seasoned".
_HAS_STATE = re.compile(r"\b(?:has|have) [\d.,–-]+ [a-z]+ [a-z]+ed\b")
# A list certified: "It is pH, Calcium carbonate and Texture (sand, silt, clay) certified."
_LIST_CERTIFIED = re.compile(r"\b(?:is|are) [^.]*(?:,|\band\b)[^.]*\bcertified\b")


_MATERIAL_HAD = re.compile(
    rf"^(?P<head>.*?)\b(?P<has>has|have) an? "
    rf"(?P<what>(?:[a-z-]+ ){{0,3}}(?:{_MATERIAL_ENDS}|[a-z]+ fibre|[a-z]+ fiber))\.$"
)


def material_said(text: str) -> str:
    """ "It has a hardened tool steel." → "It is made of hardened tool steel.": a material said
    as a part reads as what the product is made of (other sentences as they are)."""
    found = _MATERIAL_HAD.match(text)
    if not found or " and " in found["what"]:
        return text
    be = "is" if found["has"] == "has" else "are"
    return f"{found['head']}{be} made of {found['what']}."


def _stem(word: str) -> str:
    word = word.lower()
    if word.startswith("un") and len(word) > 5:
        word = word[2:]
    return word[:4]


def _its_fault(label: str, be: str, value: str) -> str | None:
    words = label.split()
    last = words[-1]
    if last.endswith("ing") and last not in THING_ING and len(last) > 5:
        return "action label"  # "Its freezing is up to 3 months"
    if last in _VERB_LABEL:
        return "verb label"  # "Its hire starts are the day after delivery"
    if be == "is" and re.fullmatch(r"[a-z]+[^su]s", last) and len(words) == 1:
        return "plural label"  # "Its instructions is printed sheet"
    first = value.split()[0].strip(",").lower() if value.split() else ""
    again = [w for w in words if len(w) > 4 and _stem(w) == _stem(first) and w != first]
    if first and again:
        return "value repeats label"  # "Its treatment is untreated"
    if last in ("species", "breed", "variety", "strain"):
        return "kind label"  # "The species are bombyx mori"
    if value.strip().lower() in _EMPTY_VALUES:
        return "empty value"  # "Its oil separation is normal"
    if " in the " in f" {label} " or label.startswith(("each ", "every ", "per ")):
        return "clause label"  # "Its time in the air is about 1 hour"
    return None


def label_read_as_noun(text: str) -> str | None:
    """Which family a sentence falls in when its frame reads a label as a noun, else ``None``."""
    for found in ITS_FRAME.finditer(text):
        fault = _its_fault(found["label"], found["be"], found["value"])
        if fault:
            return fault
    if _HAS_PEOPLE.search(text):
        return "people had"
    if _HAS_LABEL_NOUN.search(text):
        return "label had"
    if _HAS_MATERIAL.search(text):
        return "material had"
    if _HAS_LETTER.search(text):
        return "code had"
    if _HAS_STATE.search(text):
        return "state had"
    certified = _LIST_CERTIFIED.search(text)
    if certified and re.search(r"\(|, [a-z]|\band [A-Z]", certified[0]):
        return "list certified"
    return None
