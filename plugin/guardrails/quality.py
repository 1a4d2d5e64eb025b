"""Is this publishable copy at all: length, prompt residue, loops, other products, language."""

from __future__ import annotations

import re
from collections import Counter

from plugin.domain import DraftKind, Finding
from plugin.guardrails.document import TextView, sentences
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.policy import SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, GuardrailPolicy

_RESIDUE = re.compile(
    r"^[ \t]*(?:Product|Product title|Title|Attributes|Tags|Vendor|Facts|Variants|Options|Listing|"
    r"Product type|Output|Instructions?|Task|Response|Answer|Question|Description|Tone|Brand voice|"
    r"Never use)\s*:"
    r"|<(?:start_of_turn|end_of_turn|bos|eos|pad)>|<\|[\w-]+\|>|```"
    r"|\bas an ai\b|\bas a language model\b|\bi (?:cannot|can't) (?:help|assist|provide)\b"
    r"|^[ \t]*(?:sure|certainly|okay|of course)[,!.]"
    r"|\bwrite (?:a|an|the) (?:short |brief )?(?:product )?(?:description|copy|faq|answer|reply)\b"
    r"|\buse only (?:these|the) facts\b|\bdo not invent\b"
    r"|\bhere(?:'s| is) (?:a|an|the|your) (?:\w+ )?(?:product )?"
    r"(?:description|copy|faq|answer|reply)"
    r"|\bi hope this helps\b|\[(?:product|brand|insert|your)[^\]]*\]|\{\{|\}\}|lorem ipsum",
    re.IGNORECASE | re.MULTILINE,
)
# The prompt's own labels inside a line ("…warm. Attributes: Blue"), capitalised as the prompt
# writes them. A label that prose also uses ("Nutrition Facts:", "Skin Tone:", "Gift Tags:")
# counts only right after a sentence ends; ordinary labels such as "Note:" never count. "###" ends
# a few-shot example; at the start of a line with a heading after it, it is Markdown
# (``quality.html``).
_RESIDUE_MID = re.compile(
    r"\b(?P<label>Product title|Product type|Brand voice|Never use|Meta description)\s*:"
    r"|[.!?]\s+(?P<after>Facts|Attributes|Variants|Product|Title|Description|Tone|Tags|Vendor|"
    r"Listing|Instructions|Output|Response|Task|Answer|Question)\s*:"
    r"|\S[ \t]*(?P<marker>#{3,})|^[ \t]*(?P<alone>#{3,})[ \t]*$",
    re.MULTILINE,
)
_WORD = re.compile(r"[\w'’]+")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_FUNCTION_WORDS = frozenset(
    "a an the this that these those our your my their its his her for with and or of in on to "
    "why you you'll you’ll we it is are be meet introducing".split()
)
PRODUCT_NOUNS = frozenset(
    "mug mugs bottle tumbler tumblers skillet pan pot blanket sock socks jacket shirt shoe shoes "
    "sneaker sneakers boot boots lamp candle pillow pillowcase towel towels wallet planter bowl "
    "board knife kettle vacuum earbuds headphones mat bag tote sleeve toy blocks earrings ring "
    "necklace bracelet cover duvet press maker moisturizer cream serum honey bank charger case "
    "chair table sofa rug jar set kit".split()
)
# Frequent short words of each language, leaving out those English shares ("a", "in", "is").
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is with for this your it are on that you in be made from".split()
    ),
    "de": frozenset(
        "der die das und ist mit für ein eine nicht sie aus dem den zu auf von".split()
    ),
    "fr": frozenset("le la les et est avec pour un une des du dans en votre sur au ce qui".split()),
    "es": frozenset("el la los las y es con para un una de del en su por que se al".split()),
    "it": frozenset("il lo la gli le è con per un una di del della che si al".split()),
    "nl": frozenset("de het een en met voor van dit deze je op niet zijn uit".split()),
    "pt": frozenset("o os e é com para um uma de da em que se no na".split()),
}

# Frequent words of a language that its list above leaves out because another list names them
# (French "de", Italian "da"): in the shop's own language's copy they are no sign of the other.
_ALSO_OWN: dict[str, frozenset[str]] = {
    "de": frozenset(["je"]),
    "fr": frozenset("de à il si se je".split()),
    "es": frozenset("o no".split()),
    "it": frozenset("da e o su se no non qui".split()),
    "nl": frozenset(["die"]),
    "pt": frozenset(["por"]),
}

# The shop languages ``quality.language`` tells apart; the fixed question replies exist in each.
LANGUAGES = frozenset(_STOPWORDS)


def check_quality(
    view: TextView, kind: DraftKind, facts: ListingFacts, policy: GuardrailPolicy
) -> list[Finding]:
    text = view.plain
    out = _length(view, kind, policy, facts)
    if not text.strip():
        return out
    out += _residue(text, facts)
    out += _repetition(text, facts)
    out += _other_products(text, facts)
    out += _language(text, policy)
    return out


# A listing that tells a shopper this little gets short copy: COPY.md asks for short, not padded.
THIN_LISTING = 2


def _facts_told(count: int) -> str:
    return "no facts" if count == 0 else f"only {count} fact{'s' if count > 1 else ''}"


def _length(
    view: TextView, kind: DraftKind, policy: GuardrailPolicy, facts: ListingFacts
) -> list[Finding]:
    text = view.plain.strip()
    size = len(" ".join(text.split()))
    whole = (0, max(len(view.plain), 1))
    if size == 0:
        return [
            finding(
                "quality.length",
                WARN if policy.merchant_edit else BLOCK,
                *whole,
                "",
                "is empty: there is no copy.",
                "Generate the copy again.",
            )
        ]
    out = []
    if size < policy.min_for(kind) and facts.told <= THIN_LISTING:
        out.append(
            finding(
                "quality.length",
                WARN,
                *whole,
                text[:40] + ("…" if len(text) > 40 else ""),
                f"is short for a {kind.value} ({size} characters), as the listing gives "
                f"{_facts_told(facts.told)} beyond the product's name.",
                "Add the product's facts (material, size, use, care) to the listing and "
                "generate again, or write more yourself.",
            )
        )
    elif size < policy.min_for(kind):
        out.append(
            finding(
                "quality.length",
                WARN if policy.merchant_edit else BLOCK,
                *whole,
                text[:40] + ("…" if len(text) > 40 else ""),
                f"is too short for a {kind.value} ({size} characters; at least "
                f"{policy.min_for(kind)}).",
                "Write more from the listing's facts.",
            )
        )
    elif size > policy.max_for(kind):
        out.append(
            finding(
                "quality.length",
                WARN,
                *whole,
                text[:40] + "…",
                f"is too long for a {kind.value} ({size} characters; at most "
                f"{policy.max_for(kind)}).",
                "Shorten it.",
            )
        )
    if kind is DraftKind.SEO:
        limits = {"title": SEO_TITLE_MAX, "description": SEO_DESCRIPTION_MAX}
        for segment in view.segments:
            limit = limits.get(segment.name)
            value = view.plain[segment.start : segment.end]
            if limit and len(value) > limit:
                out.append(
                    finding(
                        "quality.length",
                        WARN,
                        segment.start,
                        segment.end,
                        value[:40] + "…",
                        f"is {len(value)} characters; search engines show about {limit}.",
                        f"Keep the SEO {segment.name} under {limit} characters.",
                    )
                )
    return out


def _residue(text: str, facts: ListingFacts) -> list[Finding]:
    """Prompt labels and model chatter. A label that is one of the listing's own fact names
    ("Output: 20 W" on a power bank) is the draft's facts list, not residue."""
    own = {line.split(":")[0].strip().lower() for line in facts.lines if ":" in line}
    spans = [(m.start(), m.end()) for m in _RESIDUE.finditer(text)]
    for m in _RESIDUE_MID.finditer(text):
        group = m.lastgroup or ""
        start, end = m.start(group), m.end()
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    spans = [(s, e) for s, e in spans if text[s:e].strip().rstrip(":").strip().lower() not in own]
    return [
        finding(
            "quality.residue",
            BLOCK,
            start,
            end,
            text[start:end].strip(),
            "is left over from the prompt or the model, not product copy.",
            "Remove it.",
        )
        for start, end in sorted(spans)
    ]


def _repetition(text: str, facts: ListingFacts) -> list[Finding]:
    """A repeated sentence, or the same five words three times (a generation loop); five words
    that are mostly the product's own name are not a loop (each FAQ answer may name it)."""
    out = []
    name = set(normalise(facts.title).split())
    seen: dict[str, int] = {}
    for start, end in sentences(text):
        key = normalise(text[start:end])
        if len(key.split()) < 4:
            continue
        if key in seen:
            out.append(
                finding(
                    "quality.repetition",
                    BLOCK,
                    start,
                    end,
                    text[start:end][:60],
                    "repeats an earlier sentence.",
                    "Remove the repeated sentence.",
                )
            )
        seen.setdefault(key, start)
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    grams = Counter(tuple(w[2] for w in words[i : i + 5]) for i in range(len(words) - 4))
    looping = {g for g, n in grams.items() if n >= 3 and sum(w in name for w in g) < 3}
    if looping and not out:
        for i in range(len(words) - 4):
            gram = tuple(w[2] for w in words[i : i + 5])
            if gram in looping:
                looping.discard(gram)
                out.append(
                    finding(
                        "quality.repetition",
                        BLOCK,
                        words[i][0],
                        words[i + 4][1],
                        " ".join(gram),
                        "loops: the same words come back again and again.",
                        "Generate the copy again.",
                    )
                )
                break
    return out


def _other_products(text: str, facts: ListingFacts) -> list[Finding]:
    """Title-cased names ending in a product noun that the listing does not use."""
    out = []
    nouns = PRODUCT_NOUNS | {w for w in normalise(facts.title).split() if len(w) > 2}
    for start, end in _title_runs(text):
        name = text[start:end]
        if name.split()[-1].lower() not in nouns:
            continue
        if facts.supports(name) or _all_words_known(name, facts):
            continue
        out.append(
            finding(
                "quality.other_product",
                WARN,
                start,
                end,
                name,
                "looks like the name of another product.",
                f"Call the product by its own name: {facts.title}.",
                f"Title: {facts.title}",
            )
        )
    return out


def _title_runs(text: str) -> list[tuple[int, int]]:
    """Spans of two or more adjacent capitalised words that are not function words."""
    runs: list[tuple[int, int]] = []
    current: list[re.Match[str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word[:1].isupper() and word.lower() not in _FUNCTION_WORDS:
            if current and text[current[-1].end() : match.start()] == " ":
                current.append(match)
                continue
            _close_run(runs, current)
            current = [match]
        else:
            _close_run(runs, current)
            current = []
    _close_run(runs, current)
    return runs


def _close_run(runs: list[tuple[int, int]], current: list[re.Match[str]]) -> None:
    if len(current) >= 2:
        runs.append((current[0].start(), current[-1].end()))


def _all_words_known(name: str, facts: ListingFacts) -> bool:
    return all(w in facts.words or f"{w}s" in facts.words for w in normalise(name).split())


def _language(text: str, policy: GuardrailPolicy) -> list[Finding]:
    expected = _STOPWORDS.get(policy.language)
    if expected is None:
        return []
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not _LATIN.match(c))
    if len(letters) >= 20 and foreign > 0.2 * len(letters):
        return [
            finding("quality.language", BLOCK, 0, len(text), text[:40] + "…",
                    f"is largely in another script, but the shop writes in '{policy.language}'.",
                    f"Write the copy in the shop's language ('{policy.language}').")
        ]  # fmt: skip
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 12:
        return []
    own = expected | _ALSO_OWN.get(policy.language, frozenset())
    counts = {
        lang: sum(w in stop and (lang == policy.language or w not in own) for w in words)
        for lang, stop in _STOPWORDS.items()
    }
    best = max(counts, key=lambda lang: counts[lang])
    if best == policy.language or counts[best] < 4 or counts[best] < 2 * counts[policy.language]:
        return []
    return [
        finding(
            "quality.language",
            BLOCK,
            0,
            len(text),
            text[:40] + "…",
            f"reads as '{best}', but the shop writes in '{policy.language}'.",
            f"Write the copy in the shop's language ('{policy.language}').",
        )
    ]
