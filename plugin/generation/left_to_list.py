"""Round 47: what the list under the prose already shows is left to it.

Blind raters of English descriptions marked two kinds of sentence as the list said again:

- a second paragraph of choices ("Choose the grade: …", "Pick from sizes …") whose values are
  all in the list; said in every draft, the same frames read as one template across a
  catalogue. A choice stays only where the prose would otherwise be a line or two, and then
  only one;
- a bare allergen, caffeine, storage or care line ("It contains …", "Keep in a cool place.")
  between the sentences that sell the product: the list carries it, where a buyer looks for it.
  A safety note or warning is not one of these (round 21's raters asked for those in the prose).

Such a sentence is marked ``listed``, not removed: the description leaves it out
(``description_html``), while the short description and the meta, which choose from the same
plan, may still say it. A sentence the hook's fallback stands in for, the first line and a
sentence the model finishes are never marked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from plugin.generation.fact_reason import REASONED
from plugin.generation.sentence import Role, Sentence
from plugin.generation.value_shapes import is_measure

# List labels whose line is for reading in the list, not for selling in the prose.
# Round 53: a mains voltage and a plug are checked in the list, not sold in the prose
# (raters of round 52 read them as a spec sheet pasted into the prose).
_LIST_ONLY = re.compile(
    r"^(allergens?|allergy|contains|caffeine|storage|store|keep|care|care instructions"
    r"|washing|wash|cleaning|voltage|mains voltage|plug|plug type)$"
)
_FREE = re.compile(r"\b(no|free from|free of|[a-z]+-free)\b", re.IGNORECASE)
# The fewest other sentences before a choice is left to the list: with fewer, one choice stays
# so a thin listing's prose is not its first line alone.
_ENOUGH = 3


def _label_of(fact: str, fact_list: Sequence[tuple[str, str]]) -> str | None:
    """The list label ``fact`` is (a label) or is said under (a value), lower-cased."""
    wanted = fact.strip().lower()
    for name, _ in fact_list:
        if wanted == name.strip().lower():
            return wanted
    for name, value in fact_list:
        if wanted and wanted in value.strip().lower():
            return name.strip().lower()
    return None


def _list_only(sentence: Sentence, fact_list: Sequence[tuple[str, str]]) -> bool:
    """Whether ``sentence`` only says a list line that belongs to the list."""
    if sentence.role is Role.HOOK or sentence.ask or not sentence.facts:
        return False
    if REASONED.search(sentence.lead):
        return False  # "Its shelf life is …, so …" sells; only the bare line is the list's
    if _FREE.search(sentence.lead):
        return False  # "It contains no listed allergens" is a claim a buyer looks for
    labels = [_label_of(fact, fact_list) for fact in sentence.facts]
    return all(label is not None and _LIST_ONLY.match(label) for label in labels)


def _listed_choice(sentence: Sentence, fact_list: Sequence[tuple[str, str]]) -> bool:
    """Whether ``sentence`` is a choice whose every value the list shows."""
    if sentence.role is not Role.CHOICE or sentence.ask or not sentence.facts:
        return False
    shown = " | ".join(value for _, value in fact_list).lower()
    return all(fact.strip().lower() in shown for fact in sentence.facts)


def _plain_size(sentence: Sentence) -> bool:
    """Whether a choice is of sizes or amounts only ("Choose from 250 ml or 1 L")."""
    return bool(re.search(r"\bsizes?\b", sentence.lead.lower())) or all(
        is_measure(fact) for fact in sentence.facts
    )


def _said(sentence: Sentence) -> int:
    """How many sentences ``sentence`` reads as (a first line may be two, "… Keep it dry.")."""
    said = (sentence.lead or sentence.fallback).replace(sentence.listed_tail, "")
    return max(1, len(_END.findall(said.strip())))


_END = re.compile(r"[.!?](?=\s+[A-Z]|$)")


def left_to_list(
    sentences: Sequence[Sentence], fact_list: Sequence[tuple[str, str]]
) -> tuple[Sentence, ...]:
    """``sentences`` with the lines the list under them shows marked ``listed`` (see the
    module's doc)."""
    if not sentences:
        return ()
    hook = sentences[0]
    kept_index = {hook.replaces} if hook.replaces >= 0 else set()
    drop: set[int] = set()
    for index, sentence in enumerate(sentences[1:], 1):
        if index not in kept_index and _list_only(sentence, fact_list):
            drop.add(index)
    choices = [
        index
        for index, sentence in enumerate(sentences)
        if index and index not in kept_index and _listed_choice(sentence, fact_list)
    ]
    others = sum(
        _said(sentence)
        for index, sentence in enumerate(sentences)
        if index not in drop and sentence.role is not Role.CHOICE and not sentence.listed
    )
    if hook.replaces > 0:
        others -= 1  # the hook's stand-in says that sentence: the two may read as one
    if others >= _ENOUGH:
        drop |= set(choices)
    elif choices:
        # Round 48: the choice that stays is the one that sets the product apart (a grade, a
        # heat, a rating), not a size or an amount the list shows as plainly (raters asked for
        # the kinds of product on offer, not the sizes).
        stays = min(choices, key=lambda index: (_plain_size(sentences[index]), index))
        drop |= {index for index in choices if index != stays}
    out = [
        replace(sentence, listed=True) if index in drop else sentence
        for index, sentence in enumerate(sentences)
    ]
    stands_for = sentences[hook.replaces] if 0 < hook.replaces < len(sentences) else None
    if stands_for is not None and stands_for.listed_tail and not hook.listed_tail:
        # The hook's stand-in says that sentence, its listed end too.
        out[0] = replace(out[0], listed_tail=stands_for.listed_tail)
    return tuple(out)
