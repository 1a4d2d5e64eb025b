"""Choosing the sentence that answers beyond the ranking's order: one clear of the rest in
meaning, one that shares a distinct word or names the question's topic, and the shop's policy
sentence for a shipping or returns question."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.answerability import (
    addresses,
    covered,
    focus_words,
    is_scoped,
    novel_focus,
    tokens,
)
from plugin.questions.choices import asked_concepts
from plugin.questions.decision import Decision, distinct_word, is_identity, names_known
from plugin.questions.embedding import Embedder
from plugin.questions.lexicon import COLOURS, MATERIALS, asking_sentence, fold, words
from plugin.questions.passages import FREE_TEXT_LABELS, Passage, is_free_text
from plugin.questions.policy_topics import policy_support
from plugin.questions.retrieval import ScoredPassage, rank

# A sentence of the listing's own free text this close in meaning to the question, and this
# far ahead of every other fact but the lines that only name the product, answers it though it
# shares no topic word with it ("stay on at night" and "glowing for about eight hours after
# dusk", "a sprayer on the end" and "a 9-pattern spray nozzle"). Read off the seen sets
# (round 12, docs/questions.md#twelfth-round).
MEANING_SCORE = 0.52
MEANING_LEAD = 0.1


def _distinct_sentence(
    question: str,
    listing: Listing,
    passages: list[Passage],
    ranked: list[ScoredPassage],
    decision: Decision,
) -> Decision:
    """The listing's own sentence that shares with the question a word no other retrieved line
    and not the product's name uses ("does it work on chives?" and "Rinse it after chives."),
    at a lower bar (decision.DISTINCT_WORD_SCORE), when every topic word of the question is
    one the listing uses: "will it fit a zanotti shelf?" shares "shelf" with "fits shelves 2 to
    4 cm thick", but nothing of the listing knows "zanotti"."""
    if novel_focus(asking_sentence(question), listing, passages):
        return decision
    if asked_concepts(question, listing.title) & {"material", "origin", "color"} or any(
        w in MATERIALS or w in COLOURS for w in words(fold(question))
    ):
        # what a part is made of, where or its colour: a sentence that names the part ("a
        # cool-touch handle") does not say it
        return decision
    for item in ranked:
        if distinct_word(item, ranked, listing.title) and names_known(
            question, [listing.title, item.passage.text]
        ):
            return Decision(answerable=True, support=(item,))
    return decision


def _clear_by_meaning(
    ranked: Sequence[ScoredPassage], decision: Decision, passages: Sequence[Passage] = ()
) -> bool:
    """Whether the decision's first sentence is the listing's own description or FAQ sentence
    and stands clear of the rest in meaning (``MEANING_SCORE``, ``MEANING_LEAD``). The
    listing's opening sentence (its summary, its description's first sentence) says what the
    product is, so it is close to any question about the product and answers none by meaning
    alone ("what's the germination rate?" against "Six packets of herb seeds: …")."""
    if not decision.support:
        return False
    top = decision.support[0]
    if top.passage.source not in ("listing", "faq") or not is_free_text(top.passage):
        return False
    opening = next(
        (p for p in passages
         if p.source == "listing" and p.text.startswith(f"{FREE_TEXT_LABELS[-1]}: ")),
        None,
    )
    if top.passage == opening or top.passage.text.startswith("Summary:"):
        return False
    others = [
        item.score for item in ranked if item.passage != top.passage and not is_identity(item)
    ]
    lead = top.score - max(others, default=0.0)
    return top.score >= MEANING_SCORE and lead >= MEANING_LEAD


# Claims a listing makes of the product in a sentence of its own, which a shopper asks by the
# word alone ("is the soap vegan?") (round 43).
_CLAIMS = frozenset(
    "organic vegan vegetarian halal kosher fairtrade recycled biodegradable compostable".split()
)


def _with_naming_sentence(
    question: str,
    listing: Listing,
    passages: list[Passage],
    ranked: list[ScoredPassage],
    embedder: Embedder,
) -> list[ScoredPassage]:
    """The description or FAQ sentence that names what the question is about first: a topic
    word of the question that one sentence of the listing's free text uses and no other
    ("can I bring scissors?" and "Serrated knives and scissors are not included."), ahead of
    sentences merely closer in meaning to the whole question. It still has to clear the
    decision's bar and the checks after it."""
    free = [p for p in passages if p.source in ("listing", "faq") and is_free_text(p)]
    focus = focus_words(question, listing.title)
    claims = {w for w in tokens(question) if w in _CLAIMS} - tokens(listing.title)
    if not (focus or claims) or not free:
        return ranked
    naming = []
    for word in sorted(claims):
        # a claim the product's own text makes of it ("vegan", "organic"): an intent word, so
        # no focus word; one free-text sentence that names it is the one to quote, whatever
        # its tags say ("Tags: soap, vegan" beside "Vegan, with no palm oil.") (round 43)
        stating = [p for p in free if covered(word, tokens(p.text.partition(": ")[2]))]
        if len(stating) == 1 and stating[0] not in naming:
            naming.append(stating[0])
    for word in focus:
        having = [p for p in passages if covered(word, tokens(p.text.partition(": ")[2]))]
        # one sentence of the listing's own free text, whatever the shop's policies say with
        # the same word ("we do not collect it" for this service, "collect your order" in the
        # shipping policy): the product's own line speaks for it (round 28)
        own = [p for p in having if p.source != "policy"]
        if len(own) == 1 and own[0] in free and own[0] not in naming:
            naming.append(own[0])
    if len(naming) != 1:
        return ranked
    best = naming[0]
    if ranked and ranked[0].passage == best:
        return ranked
    scored = rank(question, [best], embedder, 1)
    return scored + [item for item in ranked if item.passage != best]


def _with_policy(
    decision: Decision,
    question: str,
    language: str,
    passages: list[Passage],
    listing: Listing,
    embedder: Embedder,
) -> Decision:
    """The shop's policy sentence for a question about shipping or returns: what the ranking
    missed (a question in another language, ranked against an English gloss of it; a country
    the policy leaves out or names as part of the EU), the sentences that carry what is asked
    (a time span, an amount, the sale) and the sentence scoped to this product instead of the
    general rule ("Downloadable products … cannot be returned" for a pattern)."""
    answer = policy_support(question, language, passages, listing, embedder)
    found = answer.support
    if not found:
        return decision
    if not decision.answerable:
        texts = [item.passage.text for item in found]
        if language != "en" or answer.settled or addresses(
            question, listing, texts, passages
        ):
            return dataclasses.replace(decision, answerable=True, support=tuple(found))
        return decision
    if answer.precise and all(item.passage.source == "policy" for item in decision.support):
        # The sentences for the country named, or that carry the time span, amount or sale
        # asked about, not the policy sentence the ranking found closest.
        return dataclasses.replace(decision, support=tuple(found))
    specific = [item for item in found if is_scoped(item.passage)]
    if specific and any(item.passage.source == "policy" for item in decision.support):
        # The sentence for this product, not the general rule beside it.
        return dataclasses.replace(decision, support=tuple(specific))
    return decision
