"""The short description's HTML: the most compelling reason first, then what the product is,
as one paragraph of one or two sentences."""

from __future__ import annotations

import html
import re

from plugin.generation.cautions import contents_list
from plugin.generation.faq import fact_answers
from plugin.generation.faq_answers import faq_answer
from plugin.generation.had_articles import articles_fixed
from plugin.generation.kind_again import kinds_not_said_again
from plugin.generation.kinds_english import english_only, in_english
from plugin.generation.kinds_final import finished
from plugin.generation.kinds_frames import said_once
from plugin.generation.kinds_lead import (
    as_named,
    as_pronoun,
    bare_kind,
    fit_for_meta,
    led_by_fact,
    named_first,
    same_sentence,
    thin_hook,
    with_aside,
)
from plugin.generation.kinds_packed import packed_said
from plugin.generation.kinds_polish import polished
from plugin.generation.kinds_written import kinds_written, plainer
from plugin.generation.letter_case import caps_in_sentence, units_raised
from plugin.generation.list_facts import nothing_added, plain_facts, telling_fact
from plugin.generation.name_in_prose import in_short, short_name
from plugin.generation.noun_frames import label_read_as_noun
from plugin.generation.pitch import use_sentence
from plugin.generation.plan import Plan, Role, Sentence
from plugin.generation.sentence import Written
from plugin.generation.sentence_breaks import SENTENCE_END
from plugin.generation.sentence_words import mostly_new, says_again, words_of
from plugin.generation.statements import has_reason, is_limit, joined_has, without_instruction
from plugin.generation.varied_opening import varied_opening
from plugin.generation.voice import voice_of

SHORT_SENTENCES = 2
# A second sentence after a lead that replaced the hook only while both read at a glance.
SHORT_MAX = 160


def _best_reason(written: Written) -> tuple[Sentence, str] | None:
    """After the hook, the sentence that gives a shopper the most reason to read on: the first
    that says what a fact does for them, else a choice ("Choose from oat or forest"), else,
    when the hook itself gives no reason, the first fact about the product."""
    rest = [(s, t) for s, t in written[1:] if s.role is not Role.DETAIL]
    reasoned = [(s, t) for s, t in rest if has_reason(t)]
    if reasoned:
        return reasoned[0]
    choice = [(s, t) for s, t in rest if s.role is Role.CHOICE]
    if choice:
        return choice[0]
    if written and not has_reason(written[0][1]) and rest:
        return rest[0]
    return None


def render_short(plan: Plan, written: Written) -> str:
    """The most compelling reason first, then what the product is, as one paragraph of one or
    two sentences: a short description is read on its own, above the fold, so a bare spec
    ("Its heat-up time is about 60 seconds.") gives way to a reason, and it does not open with
    the description's own first sentence (raters tagged 78 of 80 heldout23 drafts repetitive
    when the same line opened the description, the meta, the short description and the FAQ).

    Round 24: an instruction, a warning or a stale date never leads nor follows ("Store upright.");
    a frame that does not read is not said; a hook that is only "Introducing the …" or says only
    the kind of thing the name already says gives way to a second fact, and a kind the name
    does not say is kept as an aside ("The Wren Pair, a two-way radio, has …")."""
    if not written:
        return "<p></p>"
    written = kinds_written(plan, written)
    # Round 36: the kind the description's first line no longer says, as an aside.
    hook = (written[0][0], with_aside(without_instruction(written[0][1]), plan))
    second = _best_reason(written)
    fact = _first_fact(plan, hook[1])
    reasoned = second if second is not None and has_reason(second[1]) else None
    # A reason first, else the fact the product's own name points at ("… – Carbon Handle": its
    # carbon fibre handle), before a colour or size list (round 21's raters: "sizes and an age
    # range do not make a shopper read on").
    telling = telling_fact(plan, hook[1])
    choice = second if second is not None and second[0].role is Role.CHOICE else None
    plain = second if second is not reasoned and second is not choice else None
    leads = []
    title = plan.listing_title
    # Round 31: what it is for leads a plain fact (``pitch``).
    use = use_sentence(plan, written)
    pitched = [lead[1] if lead else None for lead in (reasoned, telling, plain, fact, choice)]
    # Round 36: what the maker left out ("no added sweeteners"), in the short description's own
    # frame (a negation pasted into a frame fails ``fit_for_meta``; this one is said whole).
    added = nothing_added(plan)
    # Round 36: what the tags state ("It is made of ash wood.") comes last, for a thin listing
    # whose one fact is a measure.
    tagged = [
        found[2]
        for label, value in plan.tag_facts
        if (found := faq_answer(label, value, voice_of(title), False, title))
        and found[2].startswith(("It ", "They "))
        and _BARE_MEASURE.match(as_pronoun(hook[1], plan) or hook[1])
    ]
    for candidate in [pitched[0], use, added, *pitched[1:], *tagged]:
        if candidate is None:
            continue
        text = without_instruction(candidate)
        if contents_list(text):
            continue  # round 29: an ingredient list is no short description's first line
        fit = text == added or fit_for_meta(text, plan)
        if fit and as_named(text, plan) and text not in leads:
            leads.append(text)
    title = plan.listing_title
    kind = bare_kind(hook[1], plan)
    rest = as_pronoun(hook[1], plan) if fit_for_meta(hook[1], plan) else None
    leads = _measures_last([t for t in leads if not is_limit(t)])
    thin = thin_hook(hook[1], plan)
    misread = label_read_as_noun(hook[1].replace(title, "")) is not None
    if kind is not None or thin or misread or hook[1].startswith(f"Introducing the {title}"):
        # Any fact the FAQ answers may lead then, even one whose number the name has.
        answers = [
            without_instruction(a) for q, a in fact_answers(plan) if not q.startswith(_AMOUNT_Q)
        ]
        # Round 26: the planner's other sentences about the product may lead too ("It lasts up
        # to 6 weeks on pigs." after "… is scourable.").
        answers += [without_instruction(t) for _, t in written[1:]]
        # Round 27: a plain fact said the way a shop says it ("It has a 3/4 in BSP thread.")
        # leads before "Introducing the …" is left alone with "Its thread is …".
        answers += [
            plainer(t)
            for _, t in plain_facts(plan)
            if plainer(t) != t or re.match(r"(It|They) (is|are) an? ", t)
        ]
        leads += [
            a
            for a in answers
            if a.startswith(("It ", "They "))
            and a not in leads
            and fit_for_meta(a, plan)
            and not is_limit(a)
        ]
        leads = _measures_last(leads)
        led = led_by_fact(plan, hook[1], leads)
        if led != hook[1]:
            after = [
                t
                for t in leads
                if not same_sentence(t, led, plan)
                and title not in t
                and not says_again(t, words_of(led))
                and len(f"{led} {t}") <= SHORT_MAX
            ]
            return _short_html(plan, [led, *after[:1]])
        rest = None if kind is None or thin else rest
    for text in leads:
        named = as_named(text, plan)
        if rest and (says_again(text, words_of(rest)) or says_again(rest, words_of(text))):
            # "… is made of recycled HDPE, 8 mm." before "It is crafted from recycled HDPE.": a
            # fact the first line states is not led with again (round 26, with copy26's first
            # lines that now state a fact where they said the kind).
            continue
        if named and rest and (_BARE_MEASURE.match(text) or _CHOICE_SAID.search(text)):
            # Round 36: a measure or a list of sizes follows the hook, never leads it.
            return _short_html(plan, [hook[1], text])
        if named and rest and _BARE_MEASURE.match(rest):
            # The hook only measures: another lead follows where there is one.
            after = [t for t in leads if t != text and not _BARE_MEASURE.match(t)]
            return _short_html(plan, [named, after[0] if after else rest])
        if named and rest:
            return _short_html(plan, [named, rest])
    shown = [hook[1]] + [
        t
        for t in ([without_instruction(second[1])] if second is not None else [])
        if t and fit_for_meta(t, plan) and not is_limit(t)
    ]
    if len(shown) == 1 and (thin or kind is not None or hook[1].startswith("Introducing the ")):
        # Round 26: a first line that says little the name does not ("… is a line.") is
        # followed by one plain fact of the list ("Its shock absorber is …"), not left alone.
        said = words_of(title) | words_of(hook[1])
        numbers = re.findall(r"\d+", title)
        shown += [
            t
            for t in (plainer(t) for _, t in plain_facts(plan))
            if fit_for_meta(t, plan)
            and not is_limit(t)
            and not says_again(t, said)
            and not (re.findall(r"\d+", t)[:1] and re.findall(r"\d+", t)[0] in numbers)
            and len(f"{hook[1]} {t}") <= SHORT_MAX
        ][:1]
    if len(shown) > 1 and added and _BARE_MEASURE.match(shown[1]):
        shown[1] = added  # round 36: what the maker left out before a bare measure
    if misread and len(shown) > 1 and as_named(shown[1], plan):
        # Round 28: a first line that reads a label as a noun ("… has A rig.") gives way to the
        # next fact, named, where there is one.
        shown = [str(as_named(shown[1], plan)), *shown[2:]]
    # Round 42: no label or value in the shop's language set into an English sentence
    # (``kinds_english.in_english``); the first sentence left says the product's name.
    english = in_english(shown, plan)
    if english != shown:
        shown = named_first(english, plan) if english[:1] != shown[:1] else english
    return _short_html(plan, shown[:SHORT_SENTENCES])


def _short_html(plan: Plan, texts: list[str]) -> str:
    """One paragraph, the product's name in bold where a sentence says it."""
    english = in_english(texts, plan)  # round 42, as in ``render_short``
    if english != texts:
        texts = named_first(english, plan) if english[:1] != texts[:1] else english
    texts = _choice_replaced(plan, texts)
    texts = said_once(texts)  # round 38: a fact said twice is said once (``kinds_frames``)
    # Round 39: the name's codes cased as the sentence's are (``kinds_codes``).
    title = html.escape(units_raised(short_name(plan.listing_title)), quote=False)
    # Round 32: the first words vary across a catalogue, a reason first (``varied_opening``).
    names = (plan.listing_title, short_name(plan.listing_title))
    texts = varied_opening(texts, names, plan.rotation >> 13, len(" ".join(texts)) + 24)
    # Round 29: "has an unfitted feet" → "has unfitted feet" (``had_articles``), and a name in two
    # languages said once, in English (``name_in_prose``).
    # Round 31: a value in the shop's capitals said in a sentence's case (``letter_case``).
    # Round 33: no value pasted into a frame's article or verb (``kinds_polish``).
    said = " ".join(articles_fixed(t) for t in joined_has(texts))
    # Round 35: a value in two languages said once, on its English side (``kinds_english``).
    said = polished(caps_in_sentence(english_only(said, plan)))
    said = kinds_not_said_again(said, plan.listing_title)  # round 37 (``kind_again``)
    said = packed_said(said, plan)  # round 40: packed in, never had (``kinds_packed``)
    # Round 47: no care order, no statement twice, no name said back (``kinds_final``); where
    # that leaves one sentence of two, one fact of the list not said yet follows it.
    before = said
    said = finished(said, plan.listing_title)
    if said != before and len(SENTENCE_END.split(said)) == 1:
        said = _refilled(plan, said)
    shown = html.escape(in_short(said, plan.listing_title), quote=False)
    return f"<p>{shown.replace(title, f'<strong>{title}</strong>', 1)}</p>"


def _refilled(plan: Plan, said: str) -> str:
    """``said`` and the first fact of the list (a reason first) that it does not say, fits a
    frame, is no instruction or limit and leaves the line short enough to read at a glance."""
    told = words_of(plan.listing_title) | words_of(said)
    facts = [plainer(t) for _, t in plain_facts(plan)]
    facts += [a for _, a in fact_answers(plan)]
    fits = [
        polished(caps_in_sentence(english_only(t, plan)))
        for t in facts
        if t.startswith(("It ", "They "))
        and t == without_instruction(t)
        and fit_for_meta(t, plan)
        and not is_limit(t)
        and not says_again(t, told)
        and not contents_list(t)
    ]
    fits = [t for t in fits if len(f"{said} {t}") <= SHORT_MAX]
    fits.sort(key=lambda t: not has_reason(t))
    for text in fits:
        longer = finished(f"{said} {text}", plan.listing_title)
        if longer.startswith(said) and longer != said:
            return longer
    return said


def _first_fact(plan: Plan, hook: str) -> tuple[Sentence, str] | None:
    """The first answer about the list's facts that the hook does not already say, as a
    sentence of its own ("It is 1 mm thick."), for a short description with only a hook."""
    said = words_of(plan.listing_title) | words_of(hook)
    answers = [
        answer
        for question, answer in fact_answers(plan, said)
        if answer.startswith(("It ", "They "))
        # One colour leads nothing ("The Beanie is rust."), and a fact the hook already tells in
        # other words ("burns for 45 hours" after "lasts 45 hours") is said once.
        and not question.startswith(("What colour", "Who should install", _AMOUNT_Q))
        and not set(re.findall(r"\d+", answer)) & set(re.findall(r"\d+", hook))
        and mostly_new(answer, said)
    ]
    # A fact first, a choice after ("It comes in slate and sand."): a list of colours or sizes
    # is no reason to read on (round 21's raters).
    answers.sort(key=lambda answer: bool(_CHOICE_SAID.search(answer)))
    if answers:
        return Sentence(role=Role.DETAIL, lead=answers[0]), answers[0]
    return None


_CHOICE_SAID = re.compile(r"\bcomes? in\b")
# How much is in a pack leads nothing: "The Mustard contains 200 g." (round 27).
_AMOUNT_Q = "How much is in "


# Round 36 (heldout37's raters: a length, a thickness or a volume alone
# give no reason to read on): a bare measure leads only where nothing else can.
_BARE_MEASURE = re.compile(
    r"^(?:It|They|The .+?) (?:(?:is|are|measures?) (?:about )?\d[\d.,]*(?: ?[×x] ?\d[\d.,]*)* ?"
    r"[a-zA-Z]{0,3}(?: \(.*?\))?(?: (?:long|thick|high|wide|across|deep|tall|in diameter))?"
    r"|(?:has|have) an? (?:volume|capacity|weight|length|height|width|size) of [^,;]+"
    r"|(?:has|have) an? \d[\d.,]* ?[a-zA-Z]{1,3} (?:volume|capacity|weight|length|height|width)"
    r"|(?:holds?|weighs?) \d[\d.,]* ?[a-zA-Z]{1,3})\.$"
)


def _measures_last(leads: list[str]) -> list[str]:
    return sorted(leads, key=lambda text: bool(_BARE_MEASURE.match(text)))


# Round 37 (heldout38's and heldout39's raters: an option list in the second sentence says little):
# a second sentence that only offers the options gives way to a fact of the list.
_CHOICE_ONLY = re.compile(
    r"^(?:Choose (?:the|from|between)\b|Pick from\b|(?:It|They) comes? (?:in|with a choice)\b)"
)
# A list or a measure, a label's vague noun, or a contents list cut short ("It includes hook,
# line.": its items with no article are the list's first half).
_LISTED_FACT = re.compile(
    r"\b(?:comes? in|measures?|Choose|Pick from)\b|\b(?:details|info|notes)\.$"
    r"|\bincludes? (?!an? |the |\d)|\bup to\b"
)


def _choice_replaced(plan: Plan, texts: list[str]) -> list[str]:
    """``texts`` with a second sentence of options only replaced by the first fact about the
    product (not a measure, a limit or an instruction) that the first sentence does not say."""
    if len(texts) != 2 or not _CHOICE_ONLY.match(texts[1]):
        return texts
    said = words_of(plan.listing_title) | words_of(texts[0])
    found = [without_instruction(a) for _, a in fact_answers(plan)]
    found += [plainer(t) for _, t in plain_facts(plan)]
    for text in found:
        if (
            text
            and text.startswith(("It ", "They "))
            and not _LISTED_FACT.search(text)
            and not _BARE_MEASURE.match(text)
            and fit_for_meta(text, plan)
            and not is_limit(text)
            and mostly_new(text, said)
            and len(f"{texts[0]} {text}") <= SHORT_MAX
        ):
            return [texts[0], text]
    return texts
