"""The first line of a meta or a short description: the product named or said as "it", a hook
that says little the name does not (``thin_hook``), the fact that leads instead
(``led_by_fact``), and whether a sentence may stand there at all (``fit_for_meta``)."""

from __future__ import annotations

import re

from plugin.generation.cautions import cautionary, contents_list
from plugin.generation.faq import two_languages
from plugin.generation.list_facts import NOT_A_THING
from plugin.generation.noun_frames import label_read_as_noun
from plugin.generation.pasted_specs import pasted_spec
from plugin.generation.plan import Plan
from plugin.generation.sentence_words import FRAME_WORDS, repeats, stems_of, words_of
from plugin.generation.statements import INSTRUCTION, has_reason, is_limit, statement_of
from plugin.generation.two_languages import foreign_use
from plugin.generation.value_shapes import frame_fault
from plugin.generation.voice import voice_of


def as_named(text: str, plan: Plan) -> str | None:
    """ "It folds, so it stores flat." → "The Folding Mat folds, so it stores flat."; a sentence
    that names the product stands; ``None`` for one that does not start with the product as its
    subject ("Choose from oat or forest.")."""
    title = plan.listing_title
    if title in text:
        return text  # "Washing up is quick: the … is enamelled." names it already
    for pronoun in ("It ", "They "):
        if text.startswith(pronoun):
            return f"The {title} {text[len(pronoun) :]}"
    return None


_HOOK_SUBJECT = ("The {} ", "This {} ", "These {} ")


def as_pronoun(text: str, plan: Plan) -> str | None:
    """The hook with the product said as "it" or "they", once the sentence before has named it:
    "This Folding Mat is 2 in thick." → "It is 2 in thick."; "…: the Mat is …" → "…: it is …";
    ``None`` when the hook names it some other way ("Introducing the …")."""
    title = plan.listing_title
    voice = voice_of(title)
    for opener in _HOOK_SUBJECT:
        lead = opener.format(title)
        if text.startswith(lead):
            return f"{voice.subject} {text[len(lead) :]}"
    for middle in (f": the {title} ", f", the {title} "):
        if middle in text:
            head, tail = text.split(middle, 1)
            return f"{head}{middle[0]} {voice.subject.lower()} {tail}"
    return None


def fit_for_meta(text: str, plan: Plan) -> bool:
    """Whether a sentence may stand in a meta description or lead a short description: no
    instruction, warning or stale date, and a frame whose value reads as its slot expects."""
    if INSTRUCTION.search(text) or two_languages(text.replace(plan.listing_title, "")):
        return False  # round 26: "made of Ripstop-Polyamid 70D / Polyamide ripstop 70D"
    if cautionary(text) or text.count("(") != text.count(")"):
        return False  # round 29: "contain wheat (gluten), soya and sesame", "is toxic", "uncut)"
    said = as_pronoun(text, plan) or text
    if label_read_as_noun(said.replace(plan.listing_title, "")):
        return False  # round 28: "Its freezing is up to 3 months", "It has experienced builders"
    if pasted_spec(said.replace(plan.listing_title, "")):
        return False  # round 30: a spec row pasted into "Its … is …" (``pasted_specs``)
    if foreign_use(said):
        return False  # round 41: "It is for Wiesen, Böschungen." (a use in the shop's language)
    if _PARTICIPLE_LABEL.search(said) or _HAS_ORDINAL.search(said):
        # Round 44: "It has a Welsh languages supported.", "It has 3rd edition." (a label
        # pasted, an ordinal had)
        return False
    return not (said.startswith(SUBJECTS) and frame_fault(said))


_HAS_ORDINAL = re.compile(r"\b(?:has|have) (?:an? )?\d+(?:st|nd|rd|th) [a-z]+\b(?! of\b)")
# Round 44: a label of a noun and its participle ("Languages supported", "Recipes included")
# set after "has a" with its value: the label pasted, not said.
_PARTICIPLE_LABEL = re.compile(
    r"\b(?:has|have) an? [^.,;:]*?\b[a-z]+s (?:supported|included|covered|listed|featured"
    r"|served|contained|described|illustrated)\b"
)


_KIND = re.compile(r"(?:is|are) (?P<kind>(?:an?|the) [a-z][a-z -]*)\.")
# Kinds that tell a shopper nothing the page's title does not: "is a service".
_EMPTY_KINDS = frozenset({"servic", "digita", "downlo", "produc", "item", "thing"})


def bare_kind(text: str, plan: Plan) -> str | None:
    """ "a radio earpiece" when the hook only says what kind of thing the product is: "This
    Wren Earpiece is a radio earpiece." (no use, maker, material or number after it)."""
    title = plan.listing_title
    for opener in _HOOK_SUBJECT:
        lead = opener.format(title)
        if text.startswith(lead):
            kind = _KIND.fullmatch(text[len(lead) :])
            words = kind["kind"].split()[1:] if kind else []
            if kind and 1 <= len(words) <= 4 and not set(words) & NOT_A_THING:
                return kind["kind"]
    return None


def led_by_fact(plan: Plan, hook: str, others: list[str], too_long: bool = False) -> str:
    """The first line of a meta or a short description: the hook, unless it is "Introducing the
    …", only says what kind of thing the product is, or is ``too_long`` to fit; then the first
    other sentence with the product as its subject, named, with a kind the name does not
    already say as an aside."""
    title = plan.listing_title
    kind = bare_kind(hook, plan)
    if (
        kind is None
        and not hook.startswith(f"Introducing the {title}")
        and not too_long
        and not thin_hook(hook, plan)
    ):
        return with_aside(hook, plan)
    for text in others:
        named = as_named(text, plan)
        if not named or title in text or not named.startswith(f"The {title} "):
            continue
        if is_limit(text) or contents_list(text):
            continue  # "The … will not match older sets." leads nothing (round 26), nor a list
        if repeats(text, words_of(title)) or repeats(text, words_of(title) | words_of(hook)):
            continue  # "… comes in 4.2 m lengths" on a name that says 4.2 m
        numbers = re.findall(r"\d+", statement_of(text))
        if numbers and numbers[0] in re.findall(r"\d+", title):
            continue  # "… is 16 in (400 mm) across" on a name that says 16 in (round 26)
        unsaid = {
            k
            for k in stems_of(kind or "") - stems_of(title) - _EMPTY_KINDS
            if not any(k in t for t in words_of(title))
        }
        if kind is None or not unsaid:
            return named
        return f"The {title}, {kind}, {named[len(f'The {title} ') :]}"
    return hook


def with_aside(hook: str, plan: Plan) -> str:
    """The hook with the kind the description no longer says as its own first line
    (``Plan.kind_aside``, round 36) set after the name, where the name does not say it."""
    title = plan.listing_title
    lead = f"The {title} "
    if not plan.kind_aside or not hook.startswith(lead):
        return hook
    unsaid = {
        k
        for k in stems_of(plan.kind_aside) - stems_of(title) - _EMPTY_KINDS
        if not any(k in t for t in words_of(title))
    }
    return f"The {title}, {plan.kind_aside}, {hook[len(lead) :]}" if unsaid else hook


def thin_hook(hook: str, plan: Plan) -> bool:
    """Whether a first line says little the name does not (round 26: heldout28's raters on "is a
    line", "is scourable", "is metric and imperial", "is a pig board measuring 90 x 70 cm"): at
    most one word of its statement is new, a word inside one of the name's ("line" in
    "Towline") counting as said; or it states a limit."""
    title = plan.listing_title
    if not any(hook.startswith(o.format(title)) for o in _HOOK_SUBJECT):
        return False
    if is_limit(hook) or cautionary(hook) or contents_list(hook):
        return True  # round 29: an allergen, a hazard or an ingredient list leads nothing either
    said = as_pronoun(hook, plan)
    if said and frame_fault(said) == "quantity":
        return True  # round 27: "… comes with a 500 ml." says nothing the name does not
    if has_reason(hook):
        return False  # "… is insulated, so drinks stay hot": the reason is what it adds
    named = words_of(title)
    new = {
        w
        for w in words_of(statement_of(hook).replace(title, "")) - FRAME_WORDS - named
        if (re.search(r"[a-z]{2}", w) and not any(w in n for n in named))
        or (re.search(r"\d", w) and w not in named)  # "100% linen" on "Linen Napkins" adds
    }
    return len(new) < 2


def same_sentence(text: str, lead: str, plan: Plan) -> bool:
    """Whether ``text`` is the sentence ``lead`` was named from ("It has …" → "The … has …")."""
    named = as_named(text, plan)
    return named is not None and lead.endswith(named[len(f"The {plan.listing_title}") :])


SUBJECTS = ("It ", "They ", "Its ", "Their ")


_CHOOSE_FROM = re.compile(r"^Choose from (?P<values>.+)$")


def named_first(texts: list[str], plan: Plan) -> list[str]:
    """Round 42: sentences whose first, once a sentence of the shop's words before it is left
    out, says the product's name: "It comes in …" → "The … comes in …", "Choose from 1 kg or 2
    kg." → "The … comes in 1 kg or 2 kg."; any other opening that does not name it follows
    "Introducing the …"; no sentence left, "Introducing the …" alone."""
    title = plan.listing_title
    texts = [t for t in texts if t.strip()]
    if not texts:
        return [f"Introducing the {title}."]
    first = texts[0]
    if any(side.strip() and side.strip() in first for side in title.split(" / ")):
        return texts  # a name in two languages said by its English side names it too
    if (named := as_named(first, plan)) is not None:
        return [named, *texts[1:]]
    if (choice := _CHOOSE_FROM.match(first)) is not None:
        comes = voice_of(title).verb("comes")
        return [f"The {title} {comes} in {choice['values']}", *texts[1:]]
    return [f"Introducing the {title}.", *texts]
