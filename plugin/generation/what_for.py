"""What the product is for, for the first line that says what it is (round 33).

Blind raters marked most drafts of a catalogue for never saying what the product is or what it
is for: the first line opened on one fact ("has a welded ring stand") because a one-word product
type ("Bread bin", "Ukulele") only restates the title. Here the first line's kind gets what it
is for, from the listing's own words only: what the knowledge base says any product of its type
does (``purpose.said_purpose``), else the field or animal the shop files it under
("Bookbinding > Bone folders" → "for bookbinding"). A room or a yard ("Kitchen > …", "Garden >
…") is never read (round 34: "for the kitchen" told a buyer nothing). A shelf step
that names a group of goods ("Gifts", "Toys", "Furniture") says nothing of a use and is not
read; nor is one the kind or the title says already ("Cats > Cat flaps").
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.generation.english_labels import english_side
from plugin.generation.lead_rank import title_tail_again
from plugin.generation.name_in_prose import prose_name
from plugin.generation.purpose import conjugated, grounded, said_purpose
from plugin.generation.sentence import Role, Sentence
from plugin.generation.two_languages import english_half, english_words
from plugin.generation.value_shapes import without_plural_s
from plugin.generation.voice import Voice

# Fields and pastimes said as they are: "for music", "for winter sports".
# Round 49: not "music" nor "water sports": a shelf that wide says nothing an instrument or a
# snorkel does not ("Made for music, the … drum" read as filler).
_FIELDS = frozenset(
    "fitness needlecraft christmas easter halloween camping hiking climbing cycling "
    "fishing gardening baking brewing woodworking woodcarving knitting sewing quilting "
    "crochet embroidery painting drawing calligraphy pottery photography yoga pilates golf "
    "tennis running swimming skiing snowboarding skating sailing archery parties picnics "
    "weddings preserving decorating carving lacemaking tatting mate tea coffee beekeeping "
    "boating kayaking".split()
) | {"winter sports", "outdoor games", "home brewing"}
_FEASTS = frozenset({"christmas", "easter", "halloween"})
# Animals a shop files pet goods under: "for cats".
_ANIMALS = frozenset(
    "cats dogs birds horses rabbits reptiles chickens poultry ferrets hamsters fish".split()
)
# "-ing" words that name a kind of goods, not something done ("Tortoise housing").
_GOODS_ING = frozenset(
    "housing clothing bedding lighting flooring seating packaging fencing decking roofing "
    "plumbing wiring tubing piping railing lining filling stuffing building string ring shelving "
    "spring sterling bunting icing frosting topping dressing seasoning scaffolding".split()
)
_WORD = re.compile(r"[a-z]+")


def _english(text: str, side: int | None) -> str | None:
    """A shelf step or product type in English: its English half where the shop wrote two."""
    halves = [h.strip() for h in text.split(" / ")]
    if len(halves) == 1:
        return text.strip()
    if len(halves) != 2:
        return None
    half = side if side is not None else english_half(text)
    return None if half is None else halves[half]


def english_type(listing: Listing) -> str:
    """The shop's product type in English ("Cuia / Gourd" → "Gourd"): the side the listing
    tells, else the half whose words the title's English name uses; empty when neither."""
    side = english_side(listing)
    halves = [h.strip() for h in listing.product_type.split(" / ")]
    if side is None and len(halves) == 2:
        named = {without_plural_s(w) for w in _WORD.findall(prose_name(listing.title).lower())}
        shares = [
            all(without_plural_s(w) in named for w in _WORD.findall(h.lower())) for h in halves
        ]
        if shares.count(True) == 1:
            side = shares.index(True)
    return _english(listing.product_type, side) or ""


def _field_of(step: str, bilingual: bool = False) -> str | None:
    """ "for woodcarving", "for cats", or ``None`` for a step that names goods or a room (round
    34: "for the kitchen", "belongs in the pantry" told heldout36's raters nothing). On a
    ``bilingual`` shelf an "-ing" word is read only where it is English (``_english_word``)."""
    words = _WORD.findall(step.lower().replace("&", " and "))
    if not words or len(words) > 4:
        return None
    first = words[0]
    if first in _ANIMALS and len(words) == 1:
        return f"for {first}"
    parts = " ".join(words).split(" and ")
    gerund = all(
        len(p.split()) == 1
        and p.endswith("ing")
        and len(p) > 5
        and p not in _GOODS_ING
        and (not bilingual or _english_word(p))
        for p in parts
    )
    if all(p in _FIELDS for p in parts) or gerund:
        return "for " + " ".join(w.capitalize() if w in _FEASTS else w for w in words)
    return None


def _english_word(word: str) -> bool:
    """Whether a shelf's "-ing" word is English, or a compound of two English words
    ("woodturning"): on a shelf written in two languages, the other language's word for a
    class of goods ends the same way and is never a use (round 36: a category's word for
    clothing said as what a garment is made for)."""
    known = english_words()
    return word in known or any(
        word[:i] in known and word[i:] in known for i in range(3, len(word) - 2)
    )


# Round 53: a field the kind's own noun already names ("an electric bike for cycling",
# heldout54's raters: a tautology).
_FIELD_GEAR = {
    "cycling": frozenset("bike bicycle cycle ebike tricycle trike".split()),
    "skiing": frozenset("ski".split()),
    "snowboarding": frozenset({"snowboard"}),
    "skating": frozenset("skate rollerskate".split()),
    "swimming": frozenset("swimsuit swimwear".split()),
    "kayaking": frozenset({"kayak"}),
    "fishing": frozenset("rod reel lure".split()),
    "golf": frozenset({"golf"}),
}


def _said(phrase: str, text: str) -> bool:
    """Whether the phrase's words (after "for"/"the") are all in ``text``, plural or not."""
    own = {without_plural_s(w) for w in _WORD.findall(text.lower())}
    words = [w for w in _WORD.findall(phrase.lower()) if w not in ("for", "the", "and")]
    return all(without_plural_s(w) in own for w in words)


def _gear_of(field: str, kind: str) -> bool:
    """Whether the kind's head noun is the field's own gear ("Electric bike" for cycling; not
    "Bike bell", whose head is a bell)."""
    words = _WORD.findall(kind.lower().replace("e-bike", "ebike"))
    gear = _FIELD_GEAR.get(field.removeprefix("for "), frozenset())
    return bool(words) and without_plural_s(words[-1]) in gear


def shelf_use(listing: Listing, kind: str) -> str | None:
    """What the shop's category says the product is for: the first step, from the top, that
    names a field or an animal, unless the kind or the title says it already. The
    last step names the product's own shelf ("Fire pits") and is not read."""
    if not listing.categories:
        return None
    side = english_side(listing)
    bilingual = " / " in listing.categories[0]
    steps = [s for s in listing.categories[0].split(">") if s.strip()][:-1]
    for step in steps:
        english = _english(step, side)
        halves = [english] if english else step.split(" / ")
        # Where the listing does not tell which half is English, the half that names a field
        # is ("Pesca / Fishing"): the words read here are all English.
        found = [f for f in (_field_of(h, bilingual) for h in halves if h) if f]
        field = found[0] if len(found) == 1 else None
        if field:
            if _said(field, f"{kind} {listing.title}") or _gear_of(field, kind):
                return None
            return field
    return None


def use_of(listing: Listing, kind: str, plural: bool) -> str | None:
    """What the product is for, as the tail of the first line's kind: "that shows when a surface
    is level" (its type's purpose) or "for woodcarving" (its shelf)."""
    purpose = said_purpose(listing)
    if purpose is not None:
        # Round 36: a type's job the listing never touches is stock; nor is its shelf said.
        return f"that {conjugated(purpose.does, not plural)}" if grounded(listing) else None
    return shelf_use(listing, kind)


def made_for(listing: Listing, kind: str, voice: Voice) -> tuple[str, str] | None:
    """The same use said of the product made for it ("made to show when a surface is level",
    "made for woodcarving") and as what it does ("shows when a surface is level", "was made for
    woodcarving"): two more shapes of the first line, so a
    catalogue's vary."""
    purpose = said_purpose(listing)
    if purpose is not None:
        if not grounded(listing):
            return None
        base = conjugated(purpose.does, False)
        return f"made to {base}", conjugated(purpose.does, not voice.plural)
    shelf = shelf_use(listing, kind)
    if shelf is None:
        return None
    # "was made for", not "is made for": beside the other first lines that open "This … is",
    # "is" opened a fifth of heldout35's drafts.
    return f"made {shelf}", f"{'were' if voice.plural else 'was'} made {shelf}"


def said_made(
    rest: list[Sentence],
    phrase: str,
    made: tuple[str, str],
    title: str,
    voice: Voice,
    turn: int,
) -> list[Sentence]:
    """A first line whose kind only restates the title but says what it is for, in four shapes
    by ``turn`` (round 33: as "The … is a … for …" alone, heldout35's first lines shared one
    five-word run): "A hook knife for woodcarving, the … has …", "This … was made for
    woodcarving.", "Made for woodcarving, the … has …" (the fronted two only before a plain
    statement of the product, else the one after them); round 53 dropped a fourth, "Meet the
    …, a hook knife for woodcarving.", which raters read as a stock opener.
    A kind that names the title's thing by another noun ("a table tennis paddle" for a "Table
    Tennis Bat") takes only the shapes without it. No shape is "The … is a … for …" alone:
    beside the other first lines that open "The/This … is", it opened a fifth of a catalogue."""
    nxt = rest[0] if rest else None
    own = _said(_WORD.findall(phrase.split(" that ")[0].split(" for ")[0])[-1], title)
    shape = turn % 4 if own else 1 + (turn >> 2) % 2
    follows = (
        nxt is not None
        and not nxt.ask
        and nxt.lead.startswith(f"{voice.subject} ")
        and not re.search(r"[.!?]\s", nxt.lead.rstrip("."))
        and not re.match(r"(is|are) (an?|the) ", nxt.lead[len(voice.subject) + 1 :])
        # Not a limit ("A hook knife for woodcarving, the … is sold to over-18s only").
        and not re.search(r"\b(not|only|never|sold)\b", nxt.lead)
        # Round 44: nor a feature the title's tail names ("the … with Keep-Warm has keep-warm").
        and not title_tail_again(nxt.lead, title, voice)
    )
    this = "These" if voice.plural else "This"
    # "The" and "This" by another bit of the turn: either alone opened a fifth of a catalogue.
    start = "The" if (turn >> 5) % 2 else this
    fronted = {0: phrase, 2: made[0]}.get(shape)
    if fronted and follows and nxt is not None:
        said = f"{fronted[:1].upper()}{fronted[1:]}, the {title}{nxt.lead[len(voice.subject) :]}"
        return [Sentence(Role.HOOK, said, facts=nxt.facts, paragraph=0), *rest[1:]]
    # Round 53: never "Meet the …, a … for …" (heldout54's raters: a stock opener).
    return [Sentence(Role.HOOK, f"{start} {title} {made[1]}.", paragraph=0), *rest]
