"""One reply draft for one question: cut the shopper's personal data out, tell the language to
answer in, screen it, then decide from structure first (an option, a price, the product's kind
… see ``slots``) and only then by similarity retrieval over the free-text facts; let the engine
word an English answer and keep the wording only when it is grounded; otherwise quote the facts
(in a frame in the reply's language), or say politely that the details don't cover it and hand
the question to the merchant.

``compose_reply`` is the order of those steps; the steps themselves live beside it:
``reply_draft`` (the reply and its basis), ``language_asked`` (a question about the product's
language), ``beside_the_point`` (support that does not answer what is asked),
``measure_sentences`` (the sentence that states a count or a measure asked),
``sentence_choice`` (a sentence by meaning, by a distinct word, or the policy's),
``gloss_answer`` (a question in another language glossed word by word), ``reply_wording``
(the structured frame or the engine's grounded wording) and ``final_check`` (personal data and
the guardrails over the final text). Older notes that name ``answering.py`` for one of these
mean the module named here."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from plugin.domain import Listing, ShopVoice
from plugin.guardrails import GuardrailPolicy
from plugin.questions.ages import age_sentence
from plugin.questions.answerability import addresses, applies_to, scoped_care
from plugin.questions.beside_the_point import (
    _property_from_another_policy,
    _shares_with,
    _values_beside_the_point,
    restates_named_value,
)
from plugin.questions.care_scope import care_applies
from plugin.questions.children import named_child, set_total, without_set_name
from plugin.questions.choices import asked_concepts
from plugin.questions.crosslingual import crosslingual_support
from plugin.questions.decision import Decision, decide, names_known
from plugin.questions.embedding import Embedder
from plugin.questions.final_check import _checked, _own_words_warn, _without_personal_data
from plugin.questions.gloss_answer import _glossed
from plugin.questions.intents import closest_intent
from plugin.questions.language import MIN_CONFIDENCE, question_language, reply_language
from plugin.questions.language_asked import _language_lines, _names_language
from plugin.questions.lexicon import plain_verbs
from plugin.questions.measure_sentences import (
    _counted_sentence,
    _dimension_sentence,
    _temperature_sentence,
)
from plugin.questions.other_offering import asks_other_offering
from plugin.questions.passages import Passage, is_free_text
from plugin.questions.personal_data import strip_personal_data
from plugin.questions.policy_topics import care_aspects, names_care_aspects, policy_asked
from plugin.questions.replies import NO_ANSWER, fixed_reply, quoted_reply
from plugin.questions.reply_draft import (
    FIXED_VERSION,
    MODEL_FACTS,
    MODEL_LANGUAGES,
    MODEL_TRIES,
    QUOTE_VERSION,
    RANK_K,
    STRUCTURE_VERSION,
    Basis,
    ComposedReply,
    Wording,
    WordReply,
)
from plugin.questions.reply_wording import _from_slot, _grounded, _model_facts, _worded
from plugin.questions.retrieval import ScoredPassage, rank
from plugin.questions.screening import screen
from plugin.questions.second_use import second_use_unstated
from plugin.questions.sentence_choice import (
    _clear_by_meaning,
    _distinct_sentence,
    _with_naming_sentence,
    _with_policy,
)
from plugin.questions.slots import SlotAnswer, find_slot, structure_cannot_settle
from plugin.questions.support_checks import still_answers

# What other code imports from here: the reply's types and limits, and the helpers the tests
# call directly, now defined in the modules above.
__all__ = [
    "FIXED_VERSION",
    "MODEL_FACTS",
    "MODEL_LANGUAGES",
    "MODEL_TRIES",
    "QUOTE_VERSION",
    "RANK_K",
    "STRUCTURE_VERSION",
    "Basis",
    "ComposedReply",
    "WordReply",
    "Wording",
    "_clear_by_meaning",
    "_dimension_sentence",
    "_own_words_warn",
    "_shares_with",
    "compose_reply",
]


def compose_reply(
    question: str,
    listing: Listing,
    passages: list[Passage],
    *,
    embedder: Embedder,
    voice: ShopVoice,
    policy: GuardrailPolicy,
    max_tries: int,
    seed: int | None = None,
    languages: tuple[str, ...] = (),
    word: WordReply | None = None,
    crosslingual: Embedder | None = None,
    children: Sequence[tuple[Listing, list[Passage]]] = (),
) -> ComposedReply:
    """The reply draft for ``question`` about ``listing``; ``passages``: every fact it may use;
    ``languages``: those the shop lets replies be written in, its own first (default: its own);
    ``word``: the engine's wording (None: the supporting facts are quoted); ``crosslingual``:
    a multilingual embedder that matches a question in another language to the free text
    (None: such a question is decided as any other); ``children``: a grouped product's
    children with their passages, so that a question about one of them is answered from its
    own listing (``children.py``).

    ``seed`` None words the reply greedily; a regeneration passes one so that the engine samples."""
    stripped = strip_personal_data(question)
    text = stripped.text
    allowed = languages or (voice.language,)
    # the language told by every word the shopper wrote but their personal data, an
    # introduction's remains included ("hej, det er …"): they are the shopper's language too
    language = reply_language(stripped.said or text, allowed)
    asked_in, sure = question_language(stripped.said or text)
    english = asked_in == "en" or sure < MIN_CONFIDENCE
    flag = screen(text, asked_in if sure >= MIN_CONFIDENCE else None) or (
        closest_intent(text, embedder) if english else None
    )
    if flag is not None:
        reply = ComposedReply(fixed_reply(flag, language), Basis.REFUSAL, True, str(flag))
        return _checked(reply, listing, policy, language)
    if english and asks_other_offering(text):  # what else the shop sells (round 34)
        return _checked(ComposedReply(fixed_reply(NO_ANSWER, language), Basis.REFUSAL, True),
                        listing, policy, language)
    if english:
        # "pick up my order" as the policies write it ("collect"), "take place" left out
        # (round 28); the screens above read the question as written
        text = plain_verbs(text)
    child = named_child(text, listing, [c for c, _ in children]) if children else None
    if child is not None:
        own = next(p for c, p in children if c is child)
        reply = compose_reply(
            without_set_name(question, listing, child), child, own, embedder=embedder,
            voice=voice, policy=policy,
            max_tries=max_tries, seed=seed, languages=languages, word=word,
            crosslingual=crosslingual,
        )
        if reply.basis != Basis.REFUSAL:
            return reply
    total = set_total(text, listing, [c for c, _ in children]) if child is None else None
    if total is not None:
        reply = _from_slot(total, text, listing, voice, policy, max_tries, seed, language)
        return _checked(_without_personal_data(reply, stripped), listing, policy, language)
    passages = [p for p in passages if applies_to(p, listing) and care_applies(p, listing)]

    def accept(answer: SlotAnswer) -> bool:
        # An attribute found through a word of its name or value must address the question;
        # through its value alone, strictly: "is the merino mulesing-free?" shares "merino"
        # with the Material line and has one word the listing never uses, and is declined.
        return not english or addresses(text, listing, answer.lines, passages, strict=answer.strict)

    slot = find_slot(text, listing, asked_in if not english else "en", accept)
    if slot is not None and not still_answers(text, listing, slot.lines):
        slot = None  # "is a canister included?" is not answered by "Fuel: butane canister"
    beside = (
        slot is not None and english and _values_beside_the_point(text, listing, slot, passages)
    )
    if beside:
        slot = None  # "is the pine one strong enough for a big room?" asks no scent list
    language_lines = _language_lines(text, passages)
    if slot is not None and language_lines is not None and not _names_language(slot.lines):
        slot = None  # "le patron est-il disponible en français ?" is no stock question
    if slot is not None:
        reply = _from_slot(slot, text, listing, voice, policy, max_tries, seed, language)
        return _checked(_without_personal_data(reply, stripped), listing, policy, language)
    if beside or structure_cannot_settle(text, listing):
        # The question is about something the structured facts don't settle (fit, restock,
        # shipping …): an option or a price line must not stand in for an answer.
        passages = [p for p in passages if is_free_text(p)]
    ranked = rank(text, passages, embedder, RANK_K)
    if english:
        ranked = _with_naming_sentence(text, listing, passages, ranked, embedder)
    # Capitalised names the facts must know ("Canada", "iPhone"): German capitalises nouns.
    decision = decide(ranked, text if asked_in != "de" or english else "", listing.title)
    care = scoped_care(passages, listing) if "care" in asked_concepts(text, listing.title) else []
    aspects = care_aspects(text) if care else set()
    if aspects and not any(names_care_aspects(p.text, aspects) for p in care):
        # The listing's own sentence that names the care step asked ("not in a dishwasher")
        # states it for this product; the shop's care rule for its kind does not (round 26).
        care = [
            p for p in passages
            if p.source == "listing" and is_free_text(p) and names_care_aspects(p.text, aspects)
        ][:1] or care
    scoped = False
    if care:
        # A care question ("can it go in the dishwasher?", "lavastoviglie?") and the shop's
        # care policy has sentences for this product's material or kind: those answer it,
        # before any general sentence the ranking found.
        chosen = tuple(item for item in ranked if item.passage in care)[:1] or tuple(
            ScoredPassage(p, 0.0, ()) for p in care[:1]
        )
        decision = dataclasses.replace(decision, answerable=True, support=chosen)
        scoped = True
    if language_lines is not None:
        # "Is the rulebook in German too?": the listing's lines that name its languages
        # answer it ("a rulebook in English, German and French", "English only."); none, and
        # the listing does not say.
        naming = [item for item in ranked if item.passage in language_lines] or [
            ScoredPassage(p, 0.0, ()) for p in language_lines
        ]
        decision = Decision(answerable=bool(naming), support=tuple(naming[:2]))
        scoped = bool(naming)
    support = [item.passage.text for item in decision.support]
    if (
        english
        and decision.answerable
        and not scoped
        and not addresses(text, listing, support, passages)
        and not _clear_by_meaning(ranked, decision, passages)
    ):
        # Close in meaning is not an answer: the question's topic is one the listing never
        # mentions, or the sentence to quote is about something else (answerability.py).
        decision = dataclasses.replace(decision, answerable=False, support=())
    if (
        not english
        and decision.answerable
        and not scoped
        and all(item.passage.source == "policy" for item in decision.support)
        and not policy_asked(text)
        and not any(_shares_with(text, line, listing.title) for line in support)
    ):
        # The English model ranks a line in another language by its letters ("Prices in zł."
        # for a Polish question on evaporation): a policy line for a question that asks no
        # policy, sharing no word stem, number or unit with it, is no answer; the multilingual
        # model below may still find a line of the listing.
        decision = dataclasses.replace(decision, answerable=False, support=())
    if english:
        decision = _counted_sentence(text, passages, decision)
    if english and not decision.answerable:
        decision = _dimension_sentence(text, ranked, decision)
    if english:
        decision = _temperature_sentence(text, passages, decision)
        decision = age_sentence(text, passages, decision)  # "can my 9-year-old come?" (round 35)
    if english and not decision.answerable:
        decision = _distinct_sentence(text, listing, passages, ranked, decision)
    decision = _with_policy(
        decision, text, "en" if english else asked_in, passages, listing, embedder
    )
    if not decision.answerable and not english and crosslingual is not None:
        # "¿La maceta tiene agujero de drenaje?" against "Drainage hole in the inner pot.":
        # the English model and the slots' word lists cannot see it (crosslingual.py).
        found = crosslingual_support(
            text, asked_in, passages, crosslingual,
            attributes=[n for n in listing.attributes if n not in listing.options],
            title=listing.title,
        )
        if found is not None and (
            names_known(text, [listing.title, found.passage.text], codes_only=True)
        ):
            # A model code the sentence lacks ("… an eine Leica M6?") is not answered by it, as
            # in English (decision.py); a place's name is translated, so it is not checked.
            decision = dataclasses.replace(decision, answerable=True, support=(found,))
    if not decision.answerable and not english:
        decision = _glossed(text, asked_in, listing, passages, embedder, decision)
    if decision.answerable and _property_from_another_policy(text, listing, decision):
        # "Can it go in the washing machine?" is not answered by the returns rule that names
        # the product ("slippers with marks on the soles cannot be returned"), nor "is it made
        # in Ireland?" by the shipping policy's "ships from … Ireland".
        decision = dataclasses.replace(decision, answerable=False, support=())
    support = [item.passage.text for item in decision.support]
    if decision.answerable and not still_answers(text, listing, support):
        # Lines that lack what this kind of question needs: a time for "when", an inclusion
        # for "is it included", the care step asked about (support_checks.py).
        decision = dataclasses.replace(decision, answerable=False, support=())
        if not english:
            # The line the multilingual ranking chose lacks it ("combien de temps …?" and the
            # summary): the word-by-word gloss may find the sentence that has it, under the
            # same checks (round 24).
            decision = _glossed(text, asked_in, listing, passages, embedder, decision)
            support = [item.passage.text for item in decision.support]
            if decision.answerable and (
                _property_from_another_policy(text, listing, decision)
                or not still_answers(text, listing, support)
            ):
                decision = dataclasses.replace(decision, answerable=False, support=())
    if decision.answerable and restates_named_value(
        text, listing, [item.passage for item in decision.support]
    ):
        # "Combien pèse le 3 m ?" is not answered by "Variant: 3 m, 30.00" (round 45).
        decision = dataclasses.replace(decision, answerable=False, support=())
    if (
        decision.answerable
        and not scoped
        and second_use_unstated(
            text, "en" if english else asked_in, listing, passages,
            [item.passage.text for item in decision.support],
        )
    ):
        # "does it work on gas too?" is not answered by the line that names only the first
        # use (second_use.py, round 55).
        decision = dataclasses.replace(decision, answerable=False, support=())
    if (
        decision.answerable
        and language_lines == []
        and not _names_language([item.passage.text for item in decision.support])
    ):
        # "¿Hay clases en portugués?" of a listing that names no language: a line found later
        # by meaning or by gloss (the description) does not say which language (round 56).
        decision = dataclasses.replace(decision, answerable=False, support=())
    if not decision.answerable:
        reply = ComposedReply(fixed_reply(NO_ANSWER, language), Basis.REFUSAL, True, facts=ranked)
        return _checked(reply, listing, policy, language)
    support = [item.passage.text for item in decision.support]
    structured = not any(is_free_text(item.passage) for item in decision.support)
    if word is not None and language in MODEL_LANGUAGES and not structured:
        facts = _model_facts(listing, ranked)
        worded, model_id, version = _worded(
            word, text, listing, facts, voice, policy, max_tries, seed
        )
        if worded and _grounded(worded, facts, support, text, listing):
            reply = ComposedReply(
                worded,
                Basis.MODEL,
                False,
                facts=ranked,
                model_id=model_id,
                prompt_version=version,
            )
            return _checked(_without_personal_data(reply, stripped), listing, policy, language)
    else:
        # Structured lines (an attribute, a price) are quoted, not worded: the model's wordings
        # of them passed the word check while wrong (see _from_slot), and each call is seconds
        # of CPU the shopper waits for.
        worded, model_id = "", ""
    reply = ComposedReply(
        quoted_reply(support, language),
        Basis.QUOTE,
        False,
        # The quoted lines are support for the final check even when ranking did not bring
        # them (a care sentence scoped to the product's material).
        facts=ranked + [item for item in decision.support if item not in ranked],
        model_id=model_id,
        prompt_version=QUOTE_VERSION,
        discarded=worded,
    )
    return _checked(reply, listing, policy, language)
