"""A fact said with its reason: a known reason when a rule has one, else a reason asked of
the model where one is worth giving, else the fact stated as it is.
"""

from __future__ import annotations

import re

from plugin.generation.benefits import benefit_for, said_plainly
from plugin.generation.fact_words import reads_as_sentence
from plugin.generation.measure_frames import worth_a_reason
from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice, in_voice

# A statement of what the product does ("It keeps drinks cold 24 hours"), not of what it is,
# has or holds.
_DOES = re.compile(
    r"^(It|They) (?!(is|are|has|have|holds?|comes?|contains?|includes?|measures?|weighs?)\b)"
    r"[a-z]+s?\b"
)
# What a reason written after a fact starts with (``benefits``: "so", "which", …).
REASONED = re.compile(r", (so|which|making|meaning|letting|keeping) ")


def _said_part(value: str, lead: str) -> str:
    """The parts of a value parted by ";" that the lead says ("leather, padded lining;
    reflective stitching" said "made of leather with a padded lining"): a reason is found for
    what the sentence says. Round 41: heldout43's raters read the stitching's reason ("so it
    shows up in headlights") credited to the leather the sentence named."""
    parts = [p.strip() for p in value.split(";") if p.strip()]
    if len(parts) < 2:
        return value
    said = lead.lower()
    kept = [p for p in parts if all(w in said for w in re.findall(r"[^\W\d_]{3,}", p.lower()))]
    return "; ".join(kept) if kept else value


def with_reason(
    role: Role,
    lead: str,
    name: str,
    value: str,
    turn: int,
    paragraph: int,
    voice: Voice,
    ask_model: bool,
    worn: bool,
    product: str,
    spec: bool = False,
) -> Sentence:
    """A fact's sentence: finished with a known reason when a rule has one, else asking the
    model for one where a reason is worth giving, else stated as it is. A ``spec`` (a fact
    that is otherwise for the list) is asked for a reason and told only with one."""
    lead = lead.rstrip(".")
    # "It is suitable for beginners. Left-handed writers …" is two sentences: no reason fits.
    whole = re.search(r"[.!?]\s", lead) is None
    reason = benefit_for(name, _said_part(value, lead), turn, worn=worn, product=product)
    reason = reason if whole else None
    if reason:
        said = in_voice(reason, voice)
        return Sentence(role, f"{lead}, {said}.", facts=(value,), paragraph=paragraph)
    if whole and ask_model and (role is Role.BUILD or worth_a_reason(name, value)):
        return Sentence(role, lead, ask="reason", facts=(value,), paragraph=paragraph)
    if whole and ask_model and spec:
        return Sentence(
            role, lead, ask="reason", facts=(value,), paragraph=paragraph, optional=True
        )
    told = reads_as_sentence(name, value) or said_plainly(name, value) or _DOES.match(lead)
    return Sentence(role, f"{lead}.", facts=(value,), paragraph=paragraph, told=bool(told))
