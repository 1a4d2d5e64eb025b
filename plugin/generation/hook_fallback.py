"""The planner's own hook when no model ending passes, and the listing's text read for it.

When the model's hook is missing or blocked, the description still needs a first line that
says what the product is and what it is for. ``hook_fallback`` builds it from the listing
alone: its uses (``uses_of``), its plainest measure, its category's field, its make-up and how
it is delivered. The module also reads the listing's own description text (``reading``):
the sentences worth keeping, the parts it says are not included (``denied_parts``,
``left_out``), said with "it" in place of the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from plugin.domain import Listing
from plugin.generation.benefits import DENYING_NAME
from plugin.generation.contents_lead import children_said
from plugin.generation.fact_kinds import stale_logistics
from plugin.generation.identity import audience_of, category_kind, part_for
from plugin.generation.labels import shown_label as _shown_label
from plugin.generation.measure_frames import PROPERTIES
from plugin.generation.said_values import join_values, lower_first, lower_values
from plugin.generation.sentence import Sentence
from plugin.generation.title_reading import in_title, prose_title
from plugin.generation.value_shapes import (
    MASS_HEADS,
    article,
    frame_fault,
    is_quantity,
    one_blend,
    pasted_value,
    split_items,
    without_plural_s,
)
from plugin.generation.voice import Voice

# Activities a shop's tags name, that a product is made for: a list, because "-ing" words are
# as often things ("lighting", "bedding") or qualities ("flowering", "hydrating").
_ACTIVITIES = frozenset(
    "climbing bouldering hiking camping fishing knitting sewing quilting baking cooking "
    "gardening cycling running walking swimming skiing snowboarding surfing paddling kayaking "
    "canoeing sailing boating rowing hunting birdwatching stargazing painting drawing sketching "
    "journaling gaming racing woodworking woodturning carving whittling printmaking stitching "
    "weaving spinning dyeing felting beading scrapbooking crafting modelling travelling "
    "commuting training weightlifting boxing skating skateboarding riding shooting golfing "
    "bowling dancing drumming dressmaking decorating sculpting grooming teething swaddling "
    "babywearing pickling preserving grilling barbecuing foraging geocaching mountaineering "
    "trekking backpacking bikepacking caving diving snorkelling kitesurfing windsurfing "
    "paddleboarding brewing homebrewing fermenting bookbinding lettering beekeeping astronomy "
    "archery calligraphy photography pottery embroidery crochet yoga pilates golf tennis "
    "badminton squash football rugby cricket hockey netball basketball baseball volleyball "
    "origami travel".split()
)


def _stem_of(activity: str) -> str:
    """ "measuring" → "measur" (a Measure's), "golf" → "golf"."""
    return activity[:-3] if activity.endswith("ing") else activity


def uses_of(listing: Listing) -> list[str]:
    """What the shop's tags say the product is used for, as activities ("climbing", "bread
    baking"): two at most, none the title already names. Not the category: a shop files camp
    cutlery under "Cooking", which is not what cutlery is for."""
    # "measuring" for a Laser Measure, "baking" for a Baking Set: the title says it already.
    title_words = re.findall(r"[a-z]+", listing.title.lower())
    found: list[str] = []
    for tag in listing.tags:
        shown = tag.strip().lower()
        words = shown.split()
        if (
            0 < len(words) <= 2
            and re.fullmatch(r"[a-z][a-z -]*", shown)
            and (words[-1] in _ACTIVITIES or (len(words) == 2 and words[-1] == "making"))
            and shown not in found
            and not any(w.startswith(_stem_of(words[-1])) for w in title_words)
        ):
            found.append(shown)
    return found[:2]


# A measure's name and how it is said after its value: "Thickness: 3/8 in" → "3/8 in thick".
_MEASURED_AS = {
    "diameter": "across",
    "thickness": "thick",
    "width": "wide",
    "length": "long",
    "height": "high",
    "depth": "deep",
}
_SIZED = re.compile(
    r"((about|approx\.?|approximately|around|roughly) )?\d[\d/.,]*\s?(mm|cm|m|in|ft)"
    r" (across|wide|long|high|tall|deep|thick)",
    re.IGNORECASE,
)
_PLAIN_WEIGHT = re.compile(r"\d[\d/.,]*\s?(g|kg|oz|lb|lbs)")
_PLAIN_MEASURE = re.compile(r"\d[\d/.,]*(\s?[–-]\s?\d[\d/.,]*)?\s?(mm|cm|m|in|ft|\")$")


def _measured_plainly(listing: Listing) -> tuple[str, str]:
    """A thin listing's sizes said plainly ("5–6 in across and 3/8 in thick") and its one
    part's measure ("a 5/8 in stem"), for a first line that says what the product is instead of
    "Introducing the …" alone (heldout22's raters: "one plain sentence would do"); empty on a
    listing with more to say."""
    if len(listing.attributes) > 2:
        return "", ""
    said, parts = [], []
    for name, values in listing.attributes.items():
        shown = name.strip().lower().replace("_", " ")
        value = values[0].strip() if len(values) == 1 else ""
        sized = _SIZED.fullmatch(value)
        if (
            sized
            and shown in ("size", "dimensions", "measures")
            and not in_title(value, listing.title)
        ):
            # "Size: about 10 cm across" says itself (heldout26, round 24: a thin listing's
            # prose was only "Introducing the …").
            said.append(re.sub(r"^(approx\.?|approximately|around|roughly)\s", "about ", value))
            continue
        if shown in ("weight each", "each weighs") and _PLAIN_WEIGHT.fullmatch(value):
            said.append(f"{value} each")  # "Weight each: 6 oz": "… are 6 oz each"
            continue
        if not _PLAIN_MEASURE.fullmatch(value) or in_title(value, listing.title):
            continue
        if shown in _MEASURED_AS:
            said.append(f"{value} {_MEASURED_AS[shown]}")
        elif (
            re.fullmatch(r"[a-z]{3,}", shown)
            and not shown.endswith("s")
            and shown not in (PROPERTIES)
        ):
            parts.append(f"{article(value)} {value} {shown}")
    return join_values(said), join_values(parts)


_FIELD = re.compile(r"([A-Z][a-z]+ )?[A-Z][a-z]+(?:ing|ry|phy|py|ology)")
# Steps that end like a craft or a field but name a class of goods: "Stationery", "Clothing".
_GOODS = frozenset(
    """stationery jewellery jewelry cutlery crockery confectionery hosiery machinery bakery
    pottery clothing lighting flooring bedding seating decking fencing packaging tableware
    upholstery cookery""".split()
)


def _category_field(listing: Listing) -> str:
    """The shop category's last step when it names a craft, a sport or a field ("Crafts >
    Pyrography" → "pyrography", "DIY > Tiling" → "tiling"), not a kind of thing; ``""`` when
    it names none or the title says it already."""
    if not listing.categories:
        return ""
    step = listing.categories[0].split(">")[-1].strip()
    shown = step.lower()
    if not _FIELD.fullmatch(step) or shown in _GOODS or shown in listing.title.lower():
        return ""
    return step.lower()


_AMOUNT_NAMES = ("size", "contents", "net weight", "amount", "quantity", "volume")


def _plain_amount(listing: Listing) -> str:
    """The one amount a thin listing gives as its size ("Size: 250 g" → "250 g"), when the
    title does not say it; ``""`` otherwise."""
    if len(listing.attributes) > 2:
        return ""
    for name, values in listing.attributes.items():
        value = values[0].strip() if len(values) == 1 else ""
        if (
            name.strip().lower() in _AMOUNT_NAMES
            and is_quantity(value)
            and not re.search(r"[x×]", value)
            and not in_title(value, listing.title)
        ):
            return value
    return ""


_PER_PACK = re.compile(
    r"(?P<what>[a-z][a-z ]*?) per (?P<each>pack|packet|box|bag|jar|tin|tube|roll|pouch|sachet"
    r"|bundle|case|sleeve|carton)"
)


def _plain_packs(listing: Listing) -> str:
    """ "packets of 50" for a thin listing whose count per pack counts what its title names
    ("Seeds per packet: 50" on "Dwarf Bean Seeds"); ``""`` otherwise."""
    if len(listing.attributes) > 2:
        return ""
    title = set(re.findall(r"[a-z]+", listing.title.lower()))
    for name, values in listing.attributes.items():
        found = _PER_PACK.fullmatch(name.strip().lower())
        value = values[0].strip() if len(values) == 1 else ""
        if not found or not re.fullmatch(r"\d[\d,]*", value):
            continue
        if not set(found["what"].split()) & title or value in listing.title:
            continue
        each = found["each"]
        many = f"{each}es" if each.endswith(("x", "ch", "sh", "s")) else f"{each}s"
        return f"{many} of {value}"
    return ""


_MAKEUP_NAMES = ("ingredients", "composition", "contents", "ingredient")


def _plain_makeup(listing: Listing, voice: Voice) -> str:
    """Round 23 (heldout25's raters: a bare "Introducing the …" where the listing has facts to
    say): what a grouped product brings together ("brings together Rye Crispbread 200 g and
    …", its children's names) or what the product is made from ("is made from wholegrain oats,
    rapeseed oil and sea salt"), said plainly; ``""`` where the listing says neither."""
    together = children_said(listing, voice)
    if together:
        return together
    for name, values in listing.attributes.items():
        if name.strip().lower() not in _MAKEUP_NAMES or len(values) != 1:
            continue
        items = split_items(values[0])
        if re.match(r"^\s*\d", values[0]):
            continue  # "Contents: 500 ml" is an amount, not what it is made from (round 27)
        if not 1 <= len(items) <= 8 or re.search(r"[:;]", values[0]) or len(values[0]) > 120:
            continue
        said = one_blend(join_values(lower_values(items)))
        if not frame_fault(f"{voice.subject} {voice.be} made from {said}."):
            return f"{voice.be} made from {said}"
    return ""


def hook_fallback(listing: Listing, voice: Voice, turn: int = 0) -> str:
    """The product named, for when no hook ending passes and no fact can open instead: what
    kind of thing the shop's category says it is ("The Antique Brass Pocket Compass is a
    scientific instrument."), and what its tags say it is for ("… is made for climbing and
    bouldering."). Not "From the ukuleles collection": raters marked it a category path leak;
    and "Introducing the …" only when the listing says neither: raters marked it a template
    that says nothing."""
    kind = category_kind(listing)
    uses = join_values(uses_of(listing))
    title = prose_title(listing)
    audience = audience_of(listing)
    measured, part = _measured_plainly(listing)
    det = "This" if turn % 3 == 1 and not voice.plural else "The"
    with_part = f", with {part}." if part else "."
    if kind is None:
        fitted = part_for(listing)
        if fitted:
            # A part on the shelf of what it fits says what it fits, not that it is that
            # thing (round 26: "This Highland Chanter Reed … is a bagpipe").
            head, fits = fitted.split(" for ", 1)
            one = without_plural_s(head)
            phrase = head if voice.plural else f"{article(one)} {one}"
            return f"{det} {title} {voice.be} {phrase} for {fits}."
        if uses:
            return f"{det} {title} {voice.be} made for {uses}{with_part}"
        if audience:
            return f"{det} {title} {voice.be} made for {audience[1]}{with_part}"
        field = _category_field(listing)
        said = ", ".join(p for p in (measured, f"made for {field}" if field else "") if p)
        if said:
            return f"{det} {title} {voice.be} {said}{with_part}"
        if part:
            return f"{det} {title} {voice.verb('has')} {part}."
        plain = _plain_makeup(listing, voice)
        if plain:
            return f"{det} {title} {plain}."
        packs = _plain_packs(listing)
        if packs:
            # Round 44: "Seeds per packet: 50" on "… Seeds" says how it is sold: "The Dwarf Bean
            # Seeds come in packets of 50.", not "Introducing the …".
            return f"{det} {title} {voice.verb('comes')} in {packs}."
        amount = _plain_amount(listing)
        if amount:
            # Round 44: a thin listing whose one fact is how much is in it says so plainly
            # ("The Lavender Bath Salts come in a 250 g size."), not "Introducing the …".
            return f"{det} {title} {voice.verb('comes')} in {article(amount)} {amount} size."
        return f"Introducing the {title}."
    if kind.split()[-1] in _GROUPING and listing.children:
        # "The Stock Pot Trio is a set." said nothing of what is in it (heldout26's raters,
        # round 24): a grouped product names its children.
        plain = _plain_makeup(listing, voice)
        if plain:
            return f"{det} {title} {plain}."
    if voice.plural:
        phrase = f"{kind}s"
    elif kind.split()[-1] in MASS_HEADS:
        phrase = kind  # "is upholstery foam", not "an upholstery foam"
    else:
        phrase = f"{article(kind)} {kind}"
    delivered = _delivered_by(listing) if kind == "service" else ""
    if delivered:
        # "… is a service." said nothing (heldout23's raters): how it is delivered says what.
        return f"{det} {title} {voice.be} {phrase}, delivered by {delivered}."
    return f"{det} {title} {voice.be} {phrase}" + (f" for {uses}." if uses else ".")


# Kinds that only say several things are sold together.
_GROUPING = frozenset(
    "set sets kit kits bundle bundles collection trio duo pack assortment selection "
    "selections".split()
)

_BY_CALL = re.compile(
    r"^(video|phone|voice|online|zoom|email|e-mail|post|live|remote)\b[a-z ,-]*$", re.IGNORECASE
)


def _delivered_by(listing: Listing) -> str:
    """How a service reaches the buyer, where the shop says it in a few words ("Delivery:
    Video call with screen share" → "video call with screen share"); else ""."""
    for name, values in listing.attributes.items():
        if name.strip().lower() in ("delivery", "delivered by", "format", "how it works"):
            value = values[0].strip().rstrip(".") if len(values) == 1 else ""
            if value and len(value.split()) <= 8 and _BY_CALL.match(value):
                return lower_first(value)
    return ""


# A value that says the listing lacks a part: "Colony: Not included", "Timer: Sold separately",
# "Valves: None" (heldout25's raters: "It has small colonies" where the colony is not included).
_DENIED = re.compile(
    r"^(not (included|supplied|fitted|provided)|sold separately|none|no\b|excluded|without\b)",
    re.IGNORECASE,
)
_DENIED_PART = re.compile(
    r"^(not (included|supplied|fitted|provided)|sold separately|excluded)", re.IGNORECASE
)
_HAD = re.compile(
    r"^(?:It|They) (?:has|have|comes? with|includes?|(?:is|are) supplied with) (?P<slot>.+)$"
)


_SAID = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else without_plural_s(word)


def denied_parts(listing: Listing) -> set[tuple[str, ...]]:
    """The stems of the words of each part a listing says it lacks: the name of a fact whose
    value denies it ("Colony: Not included"), and the items of a fact named for what is left
    out ("Not included: Site visit, Installation")."""
    denied: set[tuple[str, ...]] = set()
    for name, values in listing.attributes.items():
        shown = name.strip().lower().replace("_", " ")
        if re.match(r"(not included|excluded|sold separately|not in the box)\b", shown):
            for value in values:
                for item in split_items(value):
                    words = re.findall(r"[a-z]{3,}", re.sub(r"\(.*?\)", "", item.lower()))
                    if words:
                        denied.add(tuple(_stem(w) for w in words))
        elif values and all(_DENIED.match(v.strip()) for v in values):
            words = re.findall(r"[a-z]{3,}", shown)
            if len(words) > 1 and not all(_DENIED_PART.match(v.strip()) for v in values):
                continue  # "Fixed plates: No – loose" denies the fixing, not the plates
            if words:
                # "Replacement head: Sold separately" denies a spare, not the head it has.
                denied.add(tuple(_stem(w) for w in words))
    return denied


_LEFT_OUT = re.compile(r"^(not included|not supplied|sold separately)\.?$", re.IGNORECASE)


def left_out(listing: Listing, said: Sequence[Sentence]) -> str:
    """What the buyer must get elsewhere, said once at the end: "Buttons: Not included", "Wax:
    Sold separately" read "The buttons are not included." and "The wax is sold separately."
    (heldout27's raters asked for it in the prose of the braces, seat, log store, theatre and
    stamp); ``""`` where the listing denies nothing by name, or the prose already said it."""
    by_verdict: dict[str, list[str]] = {}
    for name, values in listing.attributes.items():
        shown = _shown_label(name).strip()
        if len(values) != 1 or not _LEFT_OUT.match(values[0].strip()):
            continue
        if stale_logistics(name, values):
            continue  # "Return postage: Not included" is the post's, not the product's (round 28)
        if not re.fullmatch(r"[A-Za-z][A-Za-z' -]{1,30}", shown) or DENYING_NAME.match(
            shown.lower()
        ):
            continue
        thing = shown.lower() if shown[1:2].islower() or len(shown) == 1 else shown
        if re.match(r"[a-z]+ing\b", thing):
            continue  # "Cutting to size" is a service, not a thing left out
        verdict = "sold separately" if "separately" in values[0].lower() else "not included"
        by_verdict.setdefault(verdict, []).append(thing)
    written = " ".join(s.lead for s in said).lower()
    out = []
    for verdict, things in by_verdict.items():
        things = [t for t in things if t.lower() not in written][:3]
        if not things:
            continue
        plural = len(things) > 1 or (things[0].endswith("s") and not things[0].endswith("ss"))
        named = join_values([f"the {t}" for t in things])
        out.append(f"{named[:1].upper()}{named[1:]} {'are' if plural else 'is'} {verdict}.")
    return " ".join(out)


def _as_it(text: str, title: str, voice: Voice) -> str:
    """A sentence with the product's name said as "It"/"They", as a frame built it."""
    for det in ("The", "This", "These"):
        if text.startswith(f"{det} {title} "):
            return f"{voice.subject} {text[len(det) + len(title) + 2 :]}"
    return text


def reading(
    sentences: Sequence[Sentence], listing: Listing, title: str, voice: Voice, turn: int
) -> tuple[Sentence, ...]:
    """Round 23: every planned sentence passes ``frame_fault`` (its value reads as its frame's
    slot expects) and none says a part the listing denies as had; a failing sentence is left
    out and its fact stays in the list. A hook's failing fallback gives way to the plain line of
    what the product is."""
    denied = denied_parts(listing)

    def fails(text: str) -> bool:
        if not text:
            return False
        said = _as_it(text.strip(), title, voice)
        if frame_fault(said) or pasted_value(text, listing.attributes):
            return True
        had = _HAD.match(said)
        words = re.findall(r"[a-z]{3,}", had.group("slot").lower()) if had else []
        stems = {_stem(w) for w in words}
        return any(stems.issuperset(part) for part in denied)

    out: list[Sentence] = []
    where: dict[int, int] = {}
    for index, sentence in enumerate(sentences):
        if len(_SAID.split(sentence.lead.strip())) > 1 and sentence.ask != "hook":
            # Two statements in one lead: the ones that read are kept.
            kept = [s for s in _SAID.split(sentence.lead.strip()) if not fails(s)]
            if kept and index == 0 and not kept[0].startswith(("It ", "They ", "Its ", "Their ")):
                sentence = replace(sentence, lead=" ".join(kept))
            elif kept and index > 0:
                sentence = replace(sentence, lead=" ".join(kept))
        if sentence.ask == "hook" or index == 0:
            if fails(sentence.fallback):
                sentence = replace(
                    sentence, fallback=_plain_fallback(listing, voice, turn), replaces=-1
                )
            if fails(sentence.lead) and sentence.fallback:
                sentence = replace(sentence, lead=sentence.fallback, ask="", options=())
            elif fails(sentence.lead):
                sentence = replace(sentence, lead=_plain_fallback(listing, voice, turn), ask="")
            where[index] = len(out)
            out.append(sentence)
            continue
        if fails(sentence.lead) or _said_before(sentence.lead, out):
            continue
        where[index] = len(out)
        out.append(sentence)
    return tuple(
        replace(s, replaces=where.get(s.replaces, -1)) if s.replaces >= 0 else s for s in out
    )


def _said_before(lead: str, said: list[Sentence]) -> bool:
    """Whether a plain "Its ingredients are …" repeats what the first line now says whole."""
    named = re.match(r"^(?:Its|Their) [^.]+? (?:is|are) (?P<slot>[^.]{12,})\.?$", lead.strip())
    first = (said[0].fallback if said[0].ask == "hook" else said[0].lead) if said else ""
    return bool(named and first and named.group("slot").lower() in first.lower())


def _plain_fallback(listing: Listing, voice: Voice, turn: int) -> str:
    return hook_fallback(listing, voice, turn >> 13)
