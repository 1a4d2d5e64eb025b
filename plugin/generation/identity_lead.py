"""Leads that say what the product is: the hook naming its kind (``opened_with_identity``) and
a tag said as the kind (``kind_lead``).
"""

from __future__ import annotations

import re

from plugin.generation.said_values import lower_first
from plugin.generation.sentence import Role, Sentence
from plugin.generation.value_shapes import MASS_HEADS, article
from plugin.generation.voice import Voice
from plugin.generation.what_for import said_made


def opened_with_identity(
    sentences: list[Sentence],
    found: tuple[str, tuple[str, ...]],
    title: str,
    voice: Voice,
    turn: int,
    made: tuple[str, str] | None = None,
) -> list[Sentence]:
    """The hook says what the product is, in one of three shapes so a catalogue's first lines
    vary: "The Felt Desk Pad is a desk mat measuring 80 x 30 cm.", "This … is …", or the kind
    set before the name of the next sentence's fact ("A desk mat measuring 80 x 30 cm, the
    Felt Desk Pad is made of wool felt, which …"); that last only with a defining fact: a bare
    kind before the name ("A dressing gown, the … Bathrobe has …", "A digital download, the
    …") was marked a clumsy opener (heldout19)."""
    phrase, used = found
    # A fact the first line already says ("for ages 10+") is not said again.
    rest = [
        s
        for s in sentences
        if s.role is not Role.HOOK and not (s.facts and set(s.facts) <= set(used))
    ]
    nxt = rest[0] if rest else None
    if made:
        return said_made(rest, phrase, made, title, voice, turn)
    shape = turn % 3
    fronts = (
        shape == 0
        and nxt is not None
        and phrase.startswith(("a ", "an "))
        and not nxt.ask
        and nxt.lead.startswith(f"{voice.subject} ")
        and not re.search(r"[.!?]\s", nxt.lead.rstrip("."))
    )
    # Round 33: a kind with what it is for is no bare kind either.
    if fronts and (used or re.search(r" (for|that) ", phrase)) and nxt is not None:
        said = f"{phrase[:1].upper()}{phrase[1:]}, the {title}{nxt.lead[len(voice.subject) :]}"
        hook = Sentence(Role.HOOK, said, facts=used + nxt.facts, paragraph=0)
        return [hook, *rest[1:]]
    # Where a bare kind would have been fronted, "This …" keeps a catalogue's first lines varied.
    start = "This" if (shape == 1 or fronts) and not voice.plural else "The"
    hook = Sentence(Role.HOOK, f"{start} {title} {voice.be} {phrase}.", facts=used, paragraph=0)
    return [hook, *rest]


# Kinds of product sold by quantity, not one by one: "It is raw honey", not "a raw honey".
_MASS_KINDS = {"honey", "tea", "coffee", "ink", "oil", "wax", "soap", "yarn", "clay", "salt"}


def kind_lead(tag: str, voice: Voice) -> str | None:
    """ "It is a pull saw", "They are fairy lights", "It is raw honey": what the product is;
    ``None`` for a plural tag on one thing ("floats" on a Float Assortment: not "It is a
    floats")."""
    shown = lower_first(tag.strip())
    last_word = shown.split()[-1].lower()
    if not voice.plural and last_word.endswith("s") and not last_word.endswith(("ss", "us")):
        return None
    if voice.plural:
        # "Swaddle" on "Swaddle Blankets": the tag names one, the title several.
        last = shown.split()[-1]
        if not last.endswith("s"):
            shown += "es" if last.endswith(("sh", "ch", "x")) else "s"
        return f"They are {shown}"
    if shown.split()[-1].lower() in _MASS_KINDS | MASS_HEADS:
        return f"It is {shown}"
    return f"It is {article(shown)} {shown}"
