"""One negative in the prose, the rest in the list (round 30).

A listing's facts of what a product is not for and what does not come with it were each said as
a sentence of their own ("It is not for … The … is not included. The … is sold separately."),
so most drafts closed on the same run of negatives: heldout32's raters marked it as the one
template every draft shared, a restated spec list with no reason to buy. The prose keeps the
first such sentence, the one the plan put first (a limit a buyer must know before choosing); a
later one is left to the list under the prose, where the listing's fact already stands. A
sentence is left out only when the list shows its words, so nothing the listing says is lost,
and a sentence that says something besides the negative ("It fits … and is not for …") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from plugin.generation.sentence import Sentence
from plugin.generation.voice import Voice

# A sentence whose only claim is a negative: its subject, then "is not for", "are not
# included", "is sold separately".
_NEGATIVE = re.compile(
    r"^(?:it|they|this|these|the [^,;:]+?|its [^,;:]+?|their [^,;:]+?) (?:is|are) "
    r"(?:not (?:for|suitable for|recommended for|included|supplied|provided)|sold separately)\b"
    r"[^,;:]*\.?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_FRAME_WORDS = frozenset("included supplied provided sold separately suitable recommended".split())


def is_negative(lead: str) -> bool:
    """Whether ``lead`` says only what the product is not for or what does not come with it."""
    return bool(_NEGATIVE.match(lead.strip()))


def _listed(lead: str, listed: str) -> bool:
    """Whether the list under the prose shows every word of the sentence's negative."""
    words = set(_WORD.findall(lead.lower())) - _FRAME_WORDS
    return all(word.rstrip("s") in listed for word in words)


def one_negative(
    sentences: Sequence[Sentence], fact_list: Sequence[tuple[str, str]]
) -> tuple[Sentence, ...]:
    """``sentences`` with the second and later negatives left to the list (``fact_list``); the
    opening line and a sentence the hook's fallback stands in for are kept."""
    listed = " ".join(f"{name} {value}" for name, value in fact_list).lower()
    hook = sentences[0] if sentences else None
    out: list[Sentence] = []
    gone = 0
    seen = False
    for index, sentence in enumerate(sentences):
        negative = index > 0 and is_negative(sentence.lead) and not sentence.ask
        if negative and seen and hook is not None and hook.replaces != index:
            if _listed(sentence.lead, listed):
                if hook.replaces > index:
                    gone += 1
                continue
        seen = seen or negative
        out.append(sentence)
    if hook is not None and gone:
        out[0] = replace(out[0], replaces=hook.replaces - gone)
    return tuple(out)


# Labels that rule a use out: their value is what the product is not for.
_RULED_OUT = re.compile(
    r"^(not (suitable |recommended |intended )?for|unsuitable for|do not use (for|with|on))$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(not|no|never|unsuitable|avoid)\b|n't\b", re.IGNORECASE)


def negations_kept(sentences: Sequence[Sentence], voice: Voice) -> tuple[Sentence, ...]:
    """``sentences`` with a "Not for" value told without its "not" said as the limit it is
    (round 33: "Oil (meat) fondue." after the care line read as a use the product has,
    heldout35's raters): "It is not for oil (meat) fondue." A value that is a clause of its
    own is left to the list."""
    out: list[Sentence] = []
    for index, sentence in enumerate(sentences):
        lost = (
            index > 0
            and sentence.facts
            and all(_RULED_OUT.match(f.strip()) for f in sentence.facts)
            and not _NEGATED.search(sentence.lead)
        )
        value = sentence.lead.strip().rstrip(".")
        if lost and re.fullmatch(r"[A-Za-z][^.;:!?]*", value):
            value = value if value[1:2].isupper() else value[:1].lower() + value[1:]
            sentence = replace(sentence, lead=f"{voice.subject} {voice.be} not for {value}.")
        out.append(sentence)
    return tuple(out)
