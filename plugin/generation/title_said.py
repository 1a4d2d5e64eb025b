"""A material sentence that only says the title's own material again (round 36).

heldout37's raters marked such a line ("It is made from brass." under a "Brass …" title, say):
once a material's stock reason is gone (round 35), it says nothing the name has not said.
A build sentence with no reason, all of whose facts' words the title already holds, is left to
the list; one that adds a word ("recycled glass" under "Glass …") stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plugin.generation.fact_reason import REASONED
from plugin.generation.sentence import Role, Sentence

_WORD = re.compile(r"[^\W\d_]{2,}")


def _only_the_title(sentence: Sentence, title: str) -> bool:
    if sentence.role is not Role.BUILD or not sentence.facts or REASONED.search(sentence.lead):
        return False
    named = set(_WORD.findall(title.lower()))
    words = [w for fact in sentence.facts for w in _WORD.findall(fact.lower())]
    return bool(words) and all(w in named for w in words)


def without_title_material(sentences: tuple[Sentence, ...], title: str) -> tuple[Sentence, ...]:
    """``sentences`` less the build sentences that only repeat the title's material, a hook's
    ``replaces`` kept pointing at the same sentence."""
    dropped = {i for i, s in enumerate(sentences) if i and _only_the_title(s, title)}
    if not dropped:
        return sentences
    out = []
    for index, sentence in enumerate(sentences):
        if index in dropped:
            continue
        target = sentence.replaces
        if target >= 0:
            target = -1 if target in dropped else target - sum(d < target for d in dropped)
            sentence = replace(sentence, replaces=target)
        out.append(sentence)
    return tuple(out)
