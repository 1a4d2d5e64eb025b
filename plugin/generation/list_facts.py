"""The list's facts said as sentences of the product, for a meta or a short description still
short: each plainly (``plain_facts``), and the part the product's name points at
(``telling_fact``)."""

from __future__ import annotations

import re

from plugin.generation.fact_kinds import NO, YES, kept_or_sent
from plugin.generation.faq import VAGUE_LABELS, english_facts, has_abbreviation
from plugin.generation.labels import shown_label
from plugin.generation.material_frames import build_lead
from plugin.generation.number_words import NUMBER_WORDS
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import Plan, Role, Sentence
from plugin.generation.said_values import lower_first
from plugin.generation.sentence_words import FRAME_WORDS, stems_of
from plugin.generation.value_shapes import is_adjective, noun_phrase, split_items
from plugin.generation.voice import voice_of

# Labels that name what it is made of or how it is sold rather than a part it has ("Grain:
# Organic spelt" is no "organic spelt grain").
NOT_A_PART = frozenset(
    "grain blend base fill filling roast flavour flavor scent source use uses cut finish hair "
    "material materials fabric type style colour color size sizes origin note notes fits suits "
    "includes contains features weight length width height depth capacity standard care age "
    "delivery format warranty guarantee certification moisture rating grade class "
    "resistance".split()
)
# Words that make a value a clause, not a thing it has ("Net outside the poles").
NOT_A_THING = frozenset(
    "outside inside with for in of to on at by from and or not only no the per".split()
)
_PART_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .%-]*")
# "Handles: Three hand slots" counts its own things: never "three hand slots handles".


def telling_fact(plan: Plan, hook: str) -> tuple[Sentence, str] | None:
    """The part the product's own name points at, said as a thing it has: "Cage: Stainless
    steel, powder-coated" on "… – Steel Cage" → "They have a stainless steel cage
    (powder-coated)."; the part sharing most words with the title, none already in the hook."""
    named = stems_of(plan.listing_title)
    voice = voice_of(plan.listing_title)
    # The product's own noun ("Sardines in Olive Oil" → sardines): a value naming it is no part.
    noun = re.split(r" [–-] |,|\(| with | in | for | of ", plan.listing_title)[0].split()
    head = stems_of(noun[-1]) if noun else set()
    best: tuple[int, str] | None = None
    for (label, value), (listed, _) in zip(english_facts(plan), plan.fact_list, strict=True):
        name = shown_label(label).lower()
        items = split_items(value)
        first = items[0] if items else ""
        words = first.lower().split()
        if (
            listed in plan.chosen
            or not re.fullmatch(r"[a-z][a-z-]{2,}", name)
            or name in NOT_A_PART
            or not _PART_VALUE.fullmatch(first)
            or not 1 <= len(words) <= 4
            or name in first.lower()
            or words[-1].endswith(("ed", "ly", "able", "ible"))
            or words[-1] in FRAME_WORDS
            or set(words) & NOT_A_THING
            or not re.search(r"[a-z]{3}", first.lower())
            or stems_of(first) <= stems_of(hook)
        ):
            continue
        linked = len(stems_of(f"{name} {first}") & named)
        if (
            stems_of(first) & head
            or stems_of(first) & stems_of(name)
            or ((first[:1].isdigit() or words[0] in NUMBER_WORDS) and name.endswith("s"))
        ):
            # "Fish: Sardina pilchardus" on sardines is what it is, not a part it has; "Ports:
            # 24 empty slots" is a count; "Liners: Paper liners between pages" names its label.
            continue
        if not linked or (best is not None and best[0] >= linked):
            continue
        extra = ", ".join(items[1:])
        after = (
            f" ({lower_first(extra)})" if extra and len(extra) <= 30 and "(" not in extra else ""
        )
        thing = noun_phrase(f"{lower_first(first)} {name}")
        best = (linked, f"{voice.subject} {voice.verb('has')} {thing}{after}.")
    return (Sentence(role=Role.DETAIL, lead=best[1]), best[1]) if best else None


def plain_facts(plan: Plan) -> list[tuple[str, str]]:
    """The list's other facts said as the planner says a fact plainly ("It has an anodised
    aluminium frame."), else as "Its finish is 500-grit sanded." for a label that reads as
    English words, each with the value it tells: for a meta description still short."""
    voice = voice_of(plan.listing_title)
    out = []
    for (label, value), (listed, _) in zip(english_facts(plan), plan.fact_list, strict=True):
        name = shown_label(label).lower()
        if _WARNING_LABEL.match(name):
            continue  # "It has an extremely flammable aerosol safety." (round 26)
        missing = re.fullmatch(r"(?i)(not included|sold separately)\.?", value.strip())
        if missing and re.fullmatch(r"[a-z -]+", name):
            # "Tripod: Not included": "A tripod is not included.", never "Its tripod is …" nor
            # "It has a sold separately grip".
            thing = noun_phrase(name)
            be = "is" if thing.startswith(("a ", "an ")) or not thing.endswith("s") else "are"
            out.append((name, f"{thing[:1].upper()}{thing[1:]} {be} {missing[1].lower()}."))
            continue
        if len(value) > 40 and "; " in value:
            value = value.split("; ")[0]  # "Up to 3 km over water; less in woods": the first
        if "_" in label or len(value) > 40 or ":" in value or _yes_or_no_value(value):
            continue
        if listed in plan.chosen:
            continue  # said as a choice, with "or"
        if name in ("standard", "standards", "std"):
            out.append((value, f"{voice.subject} {voice.verb('meets')} {value.rstrip('.')}."))
            continue
        if name == "sold per":
            out.append((value, f"{voice.subject} {voice.be} sold per {value.rstrip('.')}."))
            continue
        kind = value.strip()
        if (
            name == "type"
            and re.fullmatch(r"[A-Za-z][a-z-]*(?: [a-z-]+){1,3}", kind)
            and not is_adjective(kind.lower())
            and not kind.lower().split()[-1].endswith(("ed", "ly", "ing", "able", "ible"))
        ):
            # Round 27: "Type: Solvent-free paste" says what it is ("It is a solvent-free
            # paste."), where "Its type is …" was never said and "Introducing the …" stood alone.
            out.append((value, f"{voice.subject} {voice.be} {noun_phrase(lower_first(kind))}."))
            continue
        if name.split()[-1:] == ["per"] or name in VAGUE_LABELS or has_abbreviation(label):
            continue  # "It has a m² sold per.", "Its type is dip.", "Its std is …"
        said = feature_lead(label, value, voice)
        if re.fullmatch(r"[a-z]+ material", shown_label(label).lower()):
            # Round 38: "Lining material: Wool felt" reads "It has a wool felt lining", never
            # "It has a wool felt lining material".
            said = build_lead(shown_label(label), value, 0, voice) or said
        name = shown_label(label).lower()
        if not said and name in value.lower():
            continue  # "Its hatch is front hatch for emptying."
        if not said and _SAYABLE_LABEL.fullmatch(name) and _says_a_thing(name, value):
            # "Its finish is 500-grit sanded.", never "Its tilt is head tilts 90°."
            be = "are" if name.endswith("s") and not name.endswith("ss") else "is"
            said = f"{voice.possessive} {name} {be} {lower_first(value)}"
        if said and re.search(rf"\b{re.escape(name)}\.?$", said) and name in NOT_A_PART:
            continue  # "They have a black colour.", "It has a mild steel material."
        counted = value.lower().split()
        if (
            said
            and counted
            and (counted[0] in NUMBER_WORDS or counted[0].isdigit())
            and counted[-1].endswith("s")
            and said.rstrip(".").endswith(f" {name}")
        ):
            continue  # "Handles: Three hand slots" is no "three hand slots handles" (round 26)
        if said and ":" not in said:
            out.append((value, f"{said.rstrip('.')}."))
    return out


_WARNING_LABEL = re.compile(r"^(warnings?|caution|attention|safety( notes?)?|hazards?)$")


# A label that ends in a preposition, a verb or an adverb is no noun to say "Its … is" of:
# "Fits people up to", "Replace every", "Net head included".
_NOT_A_NOUN = re.compile(r"\b(to|for|with|on|in|of|from|by|every|each)$|(ed|ly)$")


_SAYABLE_LABEL = re.compile(r"[a-z][a-z -]{2,24}")
_UNIT_LAST = re.compile(
    r"\b(mm|cm|m|in|a|c|f|s|l|ml|h|kg|g|lb|oz|v|w|mah|min|hours|days|weeks|months|years)$"
    r"|^[a-z]+[^s]s [a-z]"
)
# A value that is a clause, not a thing: "Head tilts 90°", "Display dims after 10 s", "26
# magnets sewn along the seam", "After 10 min idle".
_CLAUSE = re.compile(
    r"^(after|at|before|every|once|when|if)\b|\b[a-z]{3,}s (at|after|to|on|in|up|by|\d)"
    r"|\b(sewn|fitted|sold|sent|made)\b",
    re.IGNORECASE,
)


def _says_a_thing(name: str, value: str) -> bool:
    """Whether "Its {name} is {value}." reads as English: a noun label with no unit after it
    ("Nozzle temp C") and no verb before it ("Fits door width"), not how it is washed or
    sent, and a value that is no clause."""
    return not (
        _NOT_A_NOUN.search(name)
        or _UNIT_LAST.search(name)
        or kept_or_sent(name)
        or _CLAUSE.search(value)
    )


def _yes_or_no_value(value: str) -> bool:
    first = value.strip().lower().split(maxsplit=1)[:1]
    return bool(first) and first[0].strip(",.;:–-") in (*YES, *NO)


# "Sweetener: No added sweeteners": what the maker left out is a reason to read on.
_NOTHING_ADDED = re.compile(r"^no added (?P<what>[a-z][a-z ]{1,30}?)\.?$", re.IGNORECASE)


def nothing_added(plan: Plan) -> str | None:
    """ "It has no added sweeteners." from a listed "no added …" value (round 36; the short
    description's lead, and round 41 a meta's filler)."""
    has = "have" if voice_of(plan.listing_title).subject == "They" else "has"
    subject = voice_of(plan.listing_title).subject
    for _, value in plan.fact_list:
        # Round 41: each of the label's values alone ("Note: no added salt, keep refrigerated"
        # was said "It has no added salt and keep refrigerated.").
        for item in re.split(r"; |, | and ", value.strip()):
            found = _NOTHING_ADDED.match(item.strip())
            if found:
                return f"{subject} {has} no added {found['what'].lower()}."
    return None
