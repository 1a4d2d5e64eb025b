"""Finished sentences into each kind's stored form: description and short description HTML,
SEO JSON, FAQ JSON. The facts list, the FAQ's answers and the SEO title come from the plan,
so they say only what the listing says.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text
from plugin.generation.fact_roles import lower_first
from plugin.generation.phrasing import Voice, voice_of
from plugin.generation.plan import Plan, Role, Sentence, fact_list_html
from plugin.generation.value_shapes import split_items

SHORT_SENTENCES = 2
SEO_TITLE_MAX = 70
SEO_DESCRIPTION_MIN = 120
SEO_DESCRIPTION_MAX = 160
FAQ_MAX = 6

Written = list[tuple[Sentence, str]]


def render_description(plan: Plan, written: Written) -> str:
    """Short paragraphs of the finished sentences, the product named in bold, then the list."""
    paragraphs: dict[int, list[str]] = {}
    for sentence, text in written:
        paragraphs.setdefault(sentence.paragraph, []).append(_markup(text, plan, sentence))
    prose = "".join(f"<p>{' '.join(_joined(p))}</p>" for _, p in sorted(paragraphs.items()))
    return prose + fact_list_html(plan)


# A plain statement with nothing after its fact: "They have a full leather lining."
_PLAIN = re.compile(r"^(?P<start>(It|They) (is|are|has|have)) (?P<fact>[^,;:.!?()]+)\.$")


def _joined(texts: list[str]) -> list[str]:
    """Two plain statements in a row that start alike said as one ("They have a suede upper and
    a full leather lining."): raters marked runs of "It is … It is …" as choppy spec sheets."""
    out: list[str] = []
    for text in texts:
        here = _PLAIN.match(text)
        before = _PLAIN.match(out[-1]) if out else None
        if here and before and here["start"] == before["start"] and " and " not in out[-1]:
            out[-1] = f"{out[-1][:-1]} and {here['fact']}."
        else:
            out.append(text)
    return out


def render_short(plan: Plan, written: Written) -> str:
    """The hook and the first sentence about the product itself, as one paragraph."""
    shown = [(s, t) for s, t in written if s.role is not Role.DETAIL][:SHORT_SENTENCES]
    return "<p>" + " ".join(_markup(t, plan, s) for s, t in shown or written[:1]) + "</p>"


def _markup(text: str, plan: Plan, sentence: Sentence) -> str:
    escaped = html.escape(text, quote=False)
    if sentence.role is Role.HOOK:
        title = html.escape(plan.listing_title, quote=False)
        escaped = escaped.replace(title, f"<strong>{title}</strong>", 1)
    return escaped


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def render_seo(plan: Plan, written: Written) -> str:
    """A title that leads with the product name (and a short fact when it fits), and a meta
    description of whole sentences, the hook first, filled towards 120–160 characters."""
    title = plan.listing_title
    for label, value in plan.fact_list:
        extra = f"{title} | {value}"
        if label.lower() in ("material", "colour", "color") and len(extra) <= SEO_TITLE_MAX:
            title = extra
            break
    description = ""
    for _, text in written:
        longer = f"{description} {text}".strip()
        if len(longer) > SEO_DESCRIPTION_MAX:
            if len(description) >= SEO_DESCRIPTION_MIN or not description:
                description = description or _shorten(text, SEO_DESCRIPTION_MAX)
                break
            continue
        description = longer
    return seo_to_text(SeoCopy(title=_shorten(title, SEO_TITLE_MAX), description=description))


# Shoppers' questions about a fact, by a word of its label, with how the fact answers it
# ("{it}" and "{is}" follow the product's number), in the order shoppers ask them.
_QUESTIONS = (
    ("material", "What {is} {it} made of?", "{It} {is} made of {}."),
    ("sizes", "Which sizes are there?", "{It} {comes} in {}."),
    ("colours", "Which colours can I choose?", "{It} {comes} in {}."),
    ("capacity", "How much {does} {it} hold?", "{It} {holds} {}."),
    ("people", "How many people {is} {it} for?", "{It} {is} for {}."),
    ("care", "How do I care for {them}?", "{}."),
    ("includes", "What is included?", "{It} {includes} {}."),
    ("origin", "Where {is} {it} made?", "{It} {is} made in {}."),
    ("certification", "{Is} {it} certified?", "Yes: {}."),
)
# The question a label asks, when its words say it: "Size" and "Sizes" are a choice, "Packed
# size" is a measure; "Capacity: 2 person" asks how many people.
_ASKS = (
    ("material", re.compile(r"\b(material|materials|fabric)\b")),
    ("sizes", re.compile(r"^([a-z]+ )?sizes?$")),
    ("colours", re.compile(r"^colou?rs?$")),
    ("people", re.compile(r"\b(capacity|sleeps|seats|persons|people)\b")),
    ("capacity", re.compile(r"\bcapacity\b")),
    ("care", re.compile(r"\bcare\b")),
    ("includes", re.compile(r"\bincludes?\b|\bin the box\b")),
    ("origin", re.compile(r"^(origin|made in|country of origin)$")),
    ("certification", re.compile(r"\bcertifi")),
)
# Labels that say how the platform sells it, not a fact a shopper asks about.
_NOT_ASKED = re.compile(r"^(grouped|linked) products?$|^bundle type$")
# A value the shop wrote as sentences, or as labelled parts, answers as written.
_AS_WRITTEN = re.compile(r"[.!?]\s|:")


def _faq_answer(label: str, value: str, voice: Voice) -> tuple[int, str, str]:
    """The question a fact answers, its answer, and how early shoppers ask it."""
    words = {"It": voice.subject, "it": voice.subject.lower(), "is": voice.be}
    words |= {"Is": voice.be.capitalize(), "them": "them" if voice.plural else "it"}
    words |= {verb: voice.verb(verb) for verb in ("comes", "holds", "includes", "does")}
    name = label.strip().lower()
    asked = [key for key, pattern in _ASKS if pattern.search(name)]
    if "people" in asked:
        asked.remove("people" if not _PEOPLE.search(value) else "capacity")
    if "sizes" in asked and len(split_items(value)) < 2:
        asked.remove("sizes")  # "Packed size: 18 x 6 in" is a measure, not a choice
    for rank, (key, question, answer) in enumerate(_QUESTIONS):
        if key not in asked:
            continue
        if _AS_WRITTEN.search(value) and not answer.startswith("{}"):
            answer = f"{label}: {value}."
        else:
            # A place or a standard keeps its capital; "Linen", "Sage" read in a sentence.
            kept = answer.startswith(("{}", "Yes")) or key in ("origin", "includes")
            shown = value if kept else lower_first(value)
            answer = answer.replace("{}", _PERSON.sub(r"\1 people", shown))
        return rank, _said(question, words), _said(answer, words)
    plural = name.endswith("s") and not name.endswith("ss")
    question = f"What {'are' if plural else 'is'} {voice.possessive.lower()} {name}?"
    if _AS_WRITTEN.search(value) or _WARNING.search(name):
        return len(_QUESTIONS), question, f"{label}: {value}."
    return len(_QUESTIONS), question, f"The {name} {'are' if plural else 'is'} {value}."


# A warning is read as the shop wrote it, never rephrased.
_WARNING = re.compile(r"\b(warnings?|allergens?|allergy|caution|note|safety)\b")


def _said(text: str, words: dict[str, str]) -> str:
    for word, said in words.items():
        text = text.replace(f"{{{word}}}", said)
    return text


_PEOPLE = re.compile(r"\b(person|persons|people|adults?|riders?|players?)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b([2-9]|\d{2,}) persons?\b", re.IGNORECASE)


def render_faq(plan: Plan, written: Written) -> str:
    """The questions a shopper asks about this kind of product, each answered with the
    listing's own fact; the first asks what it is and is answered by the hook. Material,
    sizes, colours, capacity and care come before the rest of the list."""
    voice = voice_of(plan.listing_title)
    first = f"What {voice.be} the {plan.listing_title}?"
    items = [FaqItem(first, written[0][1])] if written else []
    asked = sorted(
        (_faq_answer(label, value, voice), n)
        for n, (label, value) in enumerate(plan.fact_list)
        if not _NOT_ASKED.match(label.strip().lower())
    )
    for (_, question, answer), _ in asked:
        if all(item.question != question for item in items):
            items.append(FaqItem(question, answer[:1].upper() + answer[1:]))
    return faq_to_text(items[:FAQ_MAX])


RENDERERS: dict[DraftKind, Callable[[Plan, Written], str]] = {
    DraftKind.DESCRIPTION: render_description,
    DraftKind.SHORT_DESCRIPTION: render_short,
    DraftKind.SEO: render_seo,
    DraftKind.FAQ: render_faq,
}
