"""The content planner: which of a listing's facts a description tells, in what roles and order.

A small model asked for a whole description invents specs and repeats itself; asked to finish
one sentence whose facts are already written, it mostly stays on topic. So the planner writes
the factual half of every sentence from the listing alone, and marks where the model adds
the rest: the hook's "what it is and what for" and a reason a fact matters to the buyer.

Price, stock, shipping weight and package dimensions are never planned: they go stale or are
not the product's. Which frame a sentence uses rotates with the listing (and the seed of a
regeneration), so a catalogue does not read as one template.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from enum import StrEnum

from plugin.domain import Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.facts import is_placeholder

# Attribute names by the role their value plays (lower-cased, matched on whole words).
_BUILD = (
    "material",
    "materials",
    "fabric",
    "frame",
    "seat",
    "case",
    "wax",
    "upper",
    "sole",
    "lining",
    "finish",
    "body",
    "shell",
    "fill",
    "filling",
    "burrs",
    "blade",
    "handle",
)
_ORIGIN = ("origin", "made in", "country of origin", "country")
_CERTIFICATION = ("certification", "certifications", "certified", "standard", "standards")
_CARE = ("care", "care instructions", "washing", "cleaning")
_INCLUDES = ("includes", "included", "contents", "in the box", "pieces", "set includes")
_COLOUR = ("color", "colour", "colors", "colours")
_SIZE = ("size", "sizes")
# Option or attribute names that carry no shopper-facing fact.
_SKIP = ("logo", "sku", "gtin", "ean", "upc", "mpn", "isbn")

MAX_FEATURES = 3
MAX_REASONS = 3
_MONEY = re.compile(r"[$€£¥₹]\s?\d|\d\s?(usd|eur|gbp)\b", re.IGNORECASE)


class Role(StrEnum):
    HOOK = "hook"
    FEATURE = "feature"
    BUILD = "build"
    CHOICE = "choice"
    DETAIL = "detail"


@dataclass(frozen=True)
class Sentence:
    """One planned sentence: ``lead`` is its written, factual part (plain text); ``ask`` says
    what the model adds after it (``"hook"``, ``"reason"``, or ``""`` for nothing).
    ``facts`` are the listing values it uses, for scoring and tests."""

    role: Role
    lead: str
    ask: str = ""
    facts: tuple[str, ...] = ()
    paragraph: int = 0
    # What the sentence says when no model ending passes (the hook's needs one).
    fallback: str = ""
    # The hook's alternative openers with the facts each uses; the best ending decides.
    options: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Plan:
    listing_title: str
    family: str
    sentences: tuple[Sentence, ...]
    # Label and value pairs for the list under the prose.
    fact_list: tuple[tuple[str, str], ...] = ()
    rotation: int = 0
    notes: tuple[str, ...] = field(default=())


def rotation_of(listing: Listing, seed: int | None) -> int:
    """A stable number per listing (and per seed), to pick frames and examples."""
    key = f"{listing.external_id}|{listing.title}|{seed or 0}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)


def _named(name: str, words: tuple[str, ...]) -> bool:
    lowered = name.strip().lower()
    return any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)


def _join(values: list[str], last: str = "and") -> str:
    values = [v.strip() for v in values if v.strip()]
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {last} {values[-1]}"


def lower_first(text: str) -> str:
    """Lower-case a value's first letter unless it is a name or an abbreviation (``GOTS``)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _colour(value: str) -> str:
    """ "Heather Grey" → "heather grey"; a code such as "RAL 5015" keeps its case."""
    return value if value.isupper() else value.lower()


def _shown_values(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


FAMILIES: dict[str, tuple[str, ...]] = {
    "drink": (
        "bottle",
        "mug",
        "cup",
        "drinkware",
        "tumbler",
        "flask",
        "glass",
        "coffee",
        "tea",
        "kettle",
        "dripper",
        "grinder",
    ),
    "kitchen": (
        "kitchen",
        "cookware",
        "pan",
        "pot",
        "board",
        "knife",
        "utensil",
        "bakeware",
        "table",
        "napkin",
        "food",
        "wrap",
    ),
    "apparel": (
        "clothing",
        "apparel",
        "shirt",
        "tshirt",
        "t-shirt",
        "tee",
        "hoodie",
        "sweater",
        "jacket",
        "coat",
        "sock",
        "socks",
        "hat",
        "beanie",
        "cap",
        "scarf",
        "polo",
        "dress",
        "trousers",
        "pants",
        "shoe",
        "shoes",
        "footwear",
        "boot",
        "sneaker",
        "slipper",
        "belt",
        "sunglasses",
        "accessories",
    ),
    "outdoor": (
        "outdoor",
        "camping",
        "hiking",
        "camp",
        "trail",
        "lighting",
        "headlamp",
        "fitness",
        "sport",
        "sports",
        "bike",
        "climbing",
        "safety",
        "tent",
        "stool",
    ),
    "home": (
        "home",
        "bedroom",
        "blanket",
        "throw",
        "candle",
        "candles",
        "decor",
        "laundry",
        "furniture",
        "cushion",
        "vase",
        "bath",
        "towel",
        "bags",
        "tote",
        "rug",
        "lamp",
    ),
    "tech": (
        "electronics",
        "charger",
        "cable",
        "usb",
        "phone",
        "laptop",
        "audio",
        "speaker",
        "headphones",
        "keyboard",
        "computer",
    ),
    "care": (
        "beauty",
        "skincare",
        "skin",
        "cream",
        "serum",
        "soap",
        "balm",
        "lotion",
        "hair",
        "shampoo",
        "cosmetics",
        "fragrance",
    ),
    "kids": ("toys", "toy", "kids", "baby", "puzzle", "game", "games", "plush"),
    "pets": ("pet", "pets", "dog", "cat", "puppy", "kitten"),
    "jewellery": ("jewellery", "jewelry", "ring", "necklace", "earrings", "bracelet"),
    "paper": ("books", "book", "stationery", "notebook", "pencil", "pen", "paper", "journal"),
    "music": ("music", "album", "single", "vinyl", "record", "songs"),
    "garden": ("garden", "plant", "plants", "trowel", "seeds", "watering"),
    "experience": (
        "experience",
        "experiences",
        "class",
        "course",
        "workshop",
        "tour",
        "walk",
        "lesson",
        "service",
        "services",
    ),
}


def family_of(listing: Listing) -> str:
    """The product family whose examples the model sees: from the categories first, then the
    product type, tags and title (the most specific word wins ties by order)."""
    sources = [
        " ".join(c.split(">")[-1] for c in listing.categories),
        listing.product_type,
        " ".join(listing.tags),
        listing.title,
        " ".join(listing.categories),
    ]
    for source in sources:
        found = re.findall(r"[a-z][a-z-]*", source.lower())
        words = set(found) | {w[:-1] for w in found if w.endswith("s") and len(w) > 3}
        for family, keys in FAMILIES.items():
            if words & set(keys):
                return family
    return "general"


@dataclass
class _Facts:
    build: list[tuple[str, str]] = field(default_factory=list)
    origin: list[str] = field(default_factory=list)
    certification: list[str] = field(default_factory=list)
    care: list[str] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)
    colours: list[str] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    features: list[tuple[str, str]] = field(default_factory=list)
    listed: list[tuple[str, str]] = field(default_factory=list)


def _sort_facts(listing: Listing) -> _Facts:
    facts = _Facts()
    merged: dict[str, list[str]] = {}
    for source in (listing.options, listing.attributes):
        for name, values in source.items():
            known = merged.setdefault(name.strip(), [])
            known.extend(v for v in _shown_values(values) if v not in known)
    for name, values in merged.items():
        if not values or _named(name, _SKIP) or any(_MONEY.search(v) for v in values):
            # A money amount (a gift card's values) belongs to the platform's price fields.
            continue
        value = _join(values)
        if _named(name, _COLOUR):
            facts.colours.extend(values)
        elif _named(name, _SIZE) and (
            len(values) > 1 or name in listing.options or "size" in values[0].lower()
        ):
            # Sizes to choose from, or "One size": a choice, not a feature to explain.
            facts.sizes.extend(values)
        elif _named(name, _LIST_ONLY) or _named(name, _DIMENSIONS) or value.strip().lower() in _NO:
            pass
        elif _named(name, _INCLUDES) and len(values) == 1 and values[0].isdigit():
            facts.features.append(("pieces", values[0]))
        elif _named(name, _INCLUDES):
            facts.includes.extend(values)
        elif _named(name, _ORIGIN):
            facts.origin.append(value)
        elif _named(name, _CERTIFICATION):
            facts.certification.extend(values)
        elif _named(name, _CARE):
            facts.care.append(value)
        elif _named(name, _BUILD):
            facts.build.append((name, value))
        else:
            facts.features.append((name, value))
        facts.listed.append((name, value))
    return facts


@dataclass(frozen=True)
class Voice:
    """``It is`` or ``They are``: a title naming several things ("Socks") takes the plural."""

    plural: bool

    @property
    def subject(self) -> str:
        return "They" if self.plural else "It"

    @property
    def possessive(self) -> str:
        return "Their" if self.plural else "Its"

    @property
    def be(self) -> str:
        return "are" if self.plural else "is"

    def verb(self, singular: str) -> str:
        """``holds`` → ``hold``, ``has`` → ``have`` for a plural subject."""
        if not self.plural or not singular.endswith("s"):
            return singular
        if singular in _IRREGULAR_VERBS:
            return _IRREGULAR_VERBS[singular]
        return singular[:-2] if singular.endswith(("ches", "shes", "sses")) else singular[:-1]


_IRREGULAR_VERBS = {"has": "have", "is": "are", "does": "do"}
_IRREGULAR_PLURALS = {"mice", "geese", "feet", "teeth", "people", "children", "men", "women"}


def voice_of(title: str) -> Voice:
    head = re.split(r"[,(–-]", title)[0].strip().split()
    last = head[-1].lower() if head else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3
    return Voice(plural=plural or last in _IRREGULAR_PLURALS)


def _feature_lead(name: str, value: str, voice: Voice, turn: int = 0) -> str:
    """A fact stated plainly: ``Capacity: 750 ml`` → ``It holds 750 ml``."""
    lowered = name.lower()
    first = value.split()[0].lower() if value.split() else ""
    it = voice.subject
    if first in _VERB_VALUES or first in _AUXILIARIES:
        return f"{it} {voice.verb(first)} {' '.join(value.split()[1:])}"
    words = value.lower().split()
    if (
        (first in _PARTICIPLES or first.endswith("ed"))
        and len(words) > 1
        and (words[1] in _PREPOSITIONS)
    ):
        return f"{it} {voice.be} {lower_first(value)}"
    if value.strip().lower() in _YES:
        return f"{it} {voice.be} {lowered}"
    yes_and = re.match(r"(yes|true)\s*[,;:(–-]\s*(.+?)\)?$", value.strip(), re.IGNORECASE)
    if yes_and:
        # "Adjustable: Yes, telescopic" reads "It is adjustable (telescopic)".
        return f"{it} {voice.be} {lowered} ({lower_first(yes_and.group(2))})"
    if "capacity" in lowered and "load" not in lowered:
        return f"{it} {voice.verb('holds')} {value}"
    if lowered in ("duration", "length of class", "running time"):
        return f"{it} {voice.verb('lasts')} {value}"
    if lowered in ("scent", "scents", "fragrance", "notes"):
        return f"The scent brings together {lower_first(value)}"
    if lowered in _COUNTED and value.isdigit():
        return f"{it} {voice.verb('has')} {value} {lowered}"
    if value[:1].isdigit() and turn % 2 and not lowered.endswith("s"):
        article = "an" if lowered[:1] in "aeiou" else "a"
        return f"{it} {voice.verb('has')} {article} {lowered} of {value}"
    shown = value if value[:1].isdigit() else lower_first(value)
    words = shown.split()
    plural_name = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    if (
        len(words) > 1
        and not shown[:1].isdigit()
        and "," not in shown
        and not plural_name
        and (lowered.split()[-1] not in shown.lower().split())
    ):
        # "Closure: Concealed zip" reads "It has a concealed zip closure".
        article = "an" if shown[:1].lower() in "aeiou" else "a"
        return f"{it} {voice.verb('has')} {article} {shown} {lowered}"
    if lowered.split()[-1] in shown.lower().split():
        # "Lid: Leak-resistant slide lid" reads "It has a leak-resistant slide lid".
        article = "an " if shown[:1].lower() in "aeiou" else "a "
        if shown[:1].isdigit() or lowered.endswith("s"):
            article = ""
        return f"{it} {voice.verb('has')} {article}{shown}"
    return f"{voice.possessive} {lowered} {'are' if plural_name else 'is'} {shown}"


# Values that are already a verb phrase: "Validity: Does not expire" reads "It does not
# expire"; "Delivery: Sent by email" reads "It is sent by email".
_AUXILIARIES = {"does", "can", "will", "must", "should"}
_PREPOSITIONS = {"by", "in", "with", "from", "to", "for", "on", "at", "after", "under"}
_PARTICIPLES = {
    "sent",
    "made",
    "built",
    "sold",
    "worn",
    "grown",
    "written",
    "woven",
    "sewn",
    "hand-made",
    "handmade",
    "shipped",
}
# Attribute names that count things: "Pieces: 42" reads "It has 42 pieces".
_COUNTED = {"pieces", "ports", "pockets", "tracks", "pages", "grades", "compartments", "slots"}


_VERB_VALUES = {
    "keeps",
    "holds",
    "fits",
    "lasts",
    "works",
    "charges",
    "folds",
    "packs",
    "stays",
    "makes",
    "brews",
    "runs",
    "covers",
}
# Attributes a buyer reads in the list, never in the prose: they go stale or are the parcel's.
_LIST_ONLY = ("weight", "net weight", "shipping", "package", "parcel", "price")
# Measures a buyer checks in the list; stated in the prose they only restate a spec.
_DIMENSIONS = ("diameter", "length", "width", "height", "depth", "dimensions", "measurements")
_YES = {"yes", "true", "y"}
_NO = {"no", "false", "n", "none", "n/a"}


def _item(name: str) -> str:
    """A one-word item in a list reads in lower case ("Knife" → "knife"); names stay."""
    return lower_first(name) if " " not in name.strip() else name


def _build_lead(name: str, value: str, turn: int, voice: Voice) -> str:
    lowered = name.lower()
    plain = lower_first(value)
    if lowered in ("material", "materials", "fabric", "body"):
        frames = ("made of", "crafted from", "made from")
        return f"{voice.subject} {voice.be} {frames[turn % len(frames)]} {plain}"
    if lowered in plain.lower():
        return f"{voice.subject} {voice.be} made with {plain}"
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return f"{voice.subject} {voice.verb('has')} {plain} {lowered}"
    article = "an" if plain[:1].lower() in "aeiou" else "a"
    return f"{voice.subject} {voice.verb('has')} {article} {plain} {lowered}"


def _choice_lead(colours: list[str], sizes: list[str], turn: int, voice: Voice) -> str:
    parts = []
    if colours:
        shown = _join([_colour(c) for c in colours], "or")
        parts.append(shown)
    if sizes:
        if len(sizes) > 1:
            parts.append(f"sizes {_join(sizes)}")
        else:
            parts.append(sizes[0].lower() if "size" in sizes[0].lower() else f"size {sizes[0]}")
    if len(colours) > 1 or len(sizes) > 1:
        frames = (
            "Choose from {}",
            "Pick from {}",
            f"{voice.subject} {voice.verb('comes')} in {{}}",
        )
        return frames[turn % len(frames)].format(
            " in ".join(parts) if len(parts) == 2 and not colours else ", in ".join(parts)
        )
    return f"{voice.subject} {voice.verb('comes')} in {parts[0]}" if parts else ""


_ARTICLE_PLACES = {
    "usa",
    "us",
    "uk",
    "united states",
    "united kingdom",
    "netherlands",
    "philippines",
    "czech republic",
    "uae",
}


def _place(origin: str) -> str:
    """Where it is made, as it reads after "made in": "Made in Scotland" → "Scotland"."""
    origin = re.sub(r"^(made|produced|crafted) in\s+", "", origin.strip(), flags=re.IGNORECASE)
    return f"the {origin}" if origin.lower() in _ARTICLE_PLACES else origin


def _certified(certifications: list[str], voice: Voice) -> str:
    """``GOTS`` → "GOTS certified"; a "-free" claim reads as itself ("BPA-free")."""
    free = [c for c in certifications if c.lower().endswith("free")]
    marks = [c for c in certifications if c not in free]
    parts = [_join(free)] if free else []
    if marks:
        named = _join(marks)
        certified = re.search(r"\b(certified|listed|approved|compliant)$", named, re.IGNORECASE)
        parts.append(named if certified else f"{named} certified")
    return " and ".join(parts)


def _is_phrase(origin: str) -> bool:
    """An origin written as a phrase ("Designed in Oslo, made in Portugal") rather than a place."""
    first = origin.strip().split()[0].lower() if origin.strip() else ""
    return (first.endswith("ed") or first in _PARTICIPLES) and first != "made"


def _detail_lead(facts: _Facts, turn: int, voice: Voice) -> str:
    """Origin, certifications and care, stated plainly in one or two short sentences: these
    are facts a buyer checks, not ones to dress up."""
    out = []
    it, be = voice.subject, voice.be
    made = facts.origin and _is_phrase(facts.origin[0])
    if made:
        # "Origin: Blended and packed in Germany" is already a sentence of its own.
        origin = facts.origin[0].rstrip(".")
        out.append(f"{origin[:1].upper()}{origin[1:]}.")
    if made and facts.certification:
        out.append(f"{it} {be} {_certified(facts.certification, voice)}.")
    elif made:
        pass
    elif facts.origin and facts.certification:
        origin = _place(facts.origin[0])
        out.append(f"{it} {be} made in {origin} and {_certified(facts.certification, voice)}.")
    elif facts.origin:
        origin = _place(facts.origin[0])
        frames = (f"{it} {be} made in {origin}.", f"Made in {origin}.")
        out.append(frames[turn % 2])
    elif facts.certification:
        out.append(f"{it} {be} {_certified(facts.certification, voice)}.")
    if facts.care:
        care = facts.care[0].rstrip(".")
        them, their = ("them", "their") if voice.plural else ("it", "its")
        frames = (
            f"{care[:1].upper()}{care[1:]}.",
            f"To keep {them} at {their} best, {lower_first(care)}.",
            f"Care is simple: {lower_first(care)}.",
        )
        out.append(frames[turn % len(frames)])
    return " ".join(out)


# Openers that need no fact; with the fact-led ones below, enough that a catalogue's
# descriptions do not all start alike.
_PLAIN_OPENERS = (
    "The {title} {be}",
    "This {title} {be}",
    "Here is the {title}:",
    "Introducing the {title}:",
    "Think of the {title} as",
    "Simply put, the {title} {be}",
    "At heart, the {title} {be}",
    "In short, the {title} {be}",
    "Presenting the {title}:",
    "Quite simply, the {title} {be}",
    "Put plainly, the {title} {be}",
)
HOOK_OPTIONS = 3


def _hook_openers(
    listing: Listing, facts: _Facts, turn: int, voice: Voice
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``HOOK_OPTIONS`` ways to start the hook, each naming the product, with the facts it
    uses. Fact-led openers come first when the listing has those facts; the rest rotate."""
    title = listing.title.strip()
    be = voice.be
    led: list[tuple[str, tuple[str, ...]]] = []
    if facts.build and facts.build[0][0].lower() in ("material", "materials", "fabric"):
        material = lower_first(facts.build[0][1])
        if material.lower() not in title.lower():
            led.append((f"Made of {material}, the {title} {be}", (facts.build[0][1],)))
    if len(facts.colours) == 1 and facts.colours[0].lower() not in title.lower():
        led.append((f"In {_colour(facts.colours[0])}, the {title} {be}", (facts.colours[0],)))
    plain = [
        (frame.format(title=title, be=be), ())
        for frame in _PLAIN_OPENERS
        if not (voice.plural and frame.startswith("This"))
    ]
    start = turn % len(plain)
    rotated = plain[start:] + plain[:start]
    if led:
        led = led[turn % len(led) :] + led[: turn % len(led)]
    return tuple((led[:1] + rotated + led[1:])[:HOOK_OPTIONS])


def _with_reason(
    role: Role, lead: str, name: str, value: str, turn: int, paragraph: int
) -> Sentence:
    """A fact's sentence: finished with a known reason when a rule has one, else asking the
    model for one."""
    reason = benefit_for(name, value, turn)
    if reason:
        return Sentence(role, f"{lead}, {reason}.", facts=(value,), paragraph=paragraph)
    return Sentence(role, lead, ask="reason", facts=(value,), paragraph=paragraph)


def _hook_fallback(listing: Listing, voice: Voice) -> str:
    """The product named and placed in the shop, for when no hook ending passes."""
    leaf = next((c.split(">")[-1].strip() for c in listing.categories if c.strip()), "")
    title = listing.title.strip()
    if not leaf or leaf.lower() in title.lower():
        return f"Introducing the {title}."
    frames = (
        f"The {title} {voice.be} part of the {leaf.lower()} collection.",
        f"From the {leaf.lower()} collection: the {title}.",
        f"Find the {title} among the shop's {leaf.lower()}.",
    )
    return frames[rotation_of(listing, None) % len(frames)]


def plan_description(listing: Listing, seed: int | None = None) -> Plan:
    """What to say about ``listing`` and in what order. Nothing planned comes from outside it."""
    turn = rotation_of(listing, seed)
    facts = _sort_facts(listing)
    voice = voice_of(listing.title)
    openers = _hook_openers(listing, facts, turn, voice)
    sentences = [
        Sentence(
            Role.HOOK,
            openers[0][0],
            ask="hook",
            facts=openers[0][1],
            options=openers,
            fallback=_hook_fallback(listing, voice),
        )
    ]
    features = facts.features[:MAX_FEATURES]
    for n, (name, value) in enumerate(features):
        lead = _feature_lead(name, value, voice, turn + n)
        sentences.append(_with_reason(Role.FEATURE, lead, name, value, turn + n, 0 if n < 2 else 1))
    # At most MAX_REASONS sentences ask for a reason: each is a chance for the model to say
    # something odd, and a description needs a few good ones, not many.
    build = facts.build[: max(1, MAX_REASONS - len(features))]
    for name, value in build:
        lead = _build_lead(name, value, turn >> 3, voice)
        sentences.append(_with_reason(Role.BUILD, lead, name, value, turn, 1))
    if facts.includes:
        sentences.append(
            Sentence(
                Role.DETAIL,
                f"The set includes {_join([_item(i) for i in facts.includes])}.",
                facts=tuple(facts.includes),
                paragraph=1,
            )
        )
    choice = _choice_lead(
        facts.colours if len(facts.colours) > 1 else [], facts.sizes, turn >> 5, voice
    )
    if choice:
        sentences.append(
            Sentence(
                Role.CHOICE, choice + ".", facts=tuple(facts.colours + facts.sizes), paragraph=1
            )
        )
    detail = _detail_lead(facts, turn >> 7, voice)
    if detail:
        sentences.append(Sentence(Role.DETAIL, detail, paragraph=1))
    summary = listing.short_description_html
    notes = () if is_placeholder(summary) else ("the listing has its own summary",)
    return Plan(
        listing_title=listing.title.strip(),
        family=family_of(listing),
        sentences=tuple(sentences),
        fact_list=tuple(facts.listed),
        rotation=turn,
        notes=notes,
    )


def fact_list_html(plan: Plan) -> str:
    """The list under the prose: the listing's own attributes and options, nothing else."""
    items = [
        f"<li>{html.escape(label)}: {html.escape(value)}</li>" for label, value in plan.fact_list
    ]
    return f"<ul>{''.join(items)}</ul>" if items else ""
