"""What a listing says, in the forms the checks compare against: quantities, materials, colours…"""

from __future__ import annotations

import bisect
import dataclasses
import html
import itertools
import re
from collections import OrderedDict
from collections.abc import Iterable
from decimal import Decimal

from plugin.domain import Listing
from plugin.guardrails.counts import (
    COUNT_STOP,
    NOT_THINGS,
    PERSON,
    Item,
    capacity_label,
    count_claims,
    count_phrase,
    counts_its_items,
    list_items,
    list_length,
    thing,
)
from plugin.guardrails.derived_facts import read_derived, read_rates
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.material_parts import parts_given
from plugin.guardrails.material_words import denied_material, listed_materials, ruled_out_use
from plugin.guardrails.measures import (
    GENERIC,
    axis_near,
    axis_of_label,
    part_near,
    parts_of_label,
    phrase_parts,
    singular,
)
from plugin.guardrails.money import find_prices, to_amount
from plugin.guardrails.normal_text import WORD, normalise, suspended_hyphens
from plugin.guardrails.places import PlaceMention, find_places
from plugin.guardrails.product_nouns import is_kind_of_any, listing_kinds, senses
from plugin.guardrails.quantities import (
    NUMBER_WORDS,
    FactQuantity,
    Quantity,
    find_quantities,
    readings_of,
    with_elided_units,
)
from plugin.guardrails.units_abroad import with_units_abroad
from plugin.guardrails.vocabulary import (
    AMBIGUOUS_COLOURS,
    CERTIFICATIONS,
    COLOUR_LABELS,
    COLOUR_VALUES,
    COLOURS,
    MATERIAL_LABELS_ABROAD,
    MATERIALS,
    Term,
    compound_hue,
)
from plugin.listing_text import is_placeholder

_TAG = re.compile(r"<[^>]+>")
_DIGITS = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d])")
_LABEL = re.compile(r"^(?P<label>[^:]{1,40}):\s*(?P<value>.*)$", re.DOTALL)
_NUMBER_ONLY = re.compile(r"^\s*(?P<n>\d+)\s*(?:[a-z][\w -]*)?$", re.IGNORECASE)
_TYPE_STOP = frozenset("the and for with of in by from".split())
_GENDER_WORDS = frozenset(
    "women woman womens women's ladies lady men man mens men's his hers him her girl girls "
    "girls' boy boys boys' maternity mom mum mother dad father bride groom gentleman gentlemen "
    "female male feminine masculine".split()
)


def fact_lines(listing: Listing, extra: Iterable[str] = ()) -> list[str]:
    """The listing as labelled lines, the way a merchant would read them back."""
    lines = [f"Title: {listing.title}"]
    if listing.vendor:
        lines.append(f"Vendor: {listing.vendor}")
    if listing.product_type:
        lines.append(f"Type: {listing.product_type}")
    lines += [f"Tag: {tag}" for tag in listing.tags]
    lines += [f"Category: {c}" for c in listing.categories]
    for name, values in listing.options.items():
        lines.append(f"{name}: {', '.join(values)}")
    for name, values in listing.attributes.items():
        lines.append(f"{name}: {', '.join(values)}")
    for variant in listing.variants:
        parts = [variant.title, *(f"{k} {v}" for k, v in variant.options.items())]
        if variant.price:
            parts.append(f"price {variant.price}")
        if variant.compare_at_price:
            parts.append(f"compare at {variant.compare_at_price}")
        if variant.weight:
            parts.append(f"{_number(variant.weight.value)} {variant.weight.unit}")
        lines.append("Variant: " + ", ".join(p for p in parts if p))
    lines += [f"Item: {child}" for child in listing.children]  # a grouped product's items
    if listing.price:
        lines.append(f"Price: {listing.price} {listing.currency}".strip())
    if listing.weight:
        lines.append(f"Weight: {_number(listing.weight.value)} {listing.weight.unit}")
    if dimensions_line(listing):
        lines.append(dimensions_line(listing))
    for markup in (listing.description_html, listing.short_description_html):
        if markup and not is_placeholder(markup):
            lines += [f"{name}: {value}" for name, value in described_rows(markup)]
            lines.append("Description: " + suspended_hyphens(html.unescape(_TAG.sub(" ", markup))))
    if listing.seo:
        lines.append(f"SEO: {listing.seo.title}. {listing.seo.description}")
    lines += [f"FAQ: {item.question} {item.answer}" for item in listing.faq]
    lines += [str(fact) for fact in extra]
    return lines


def table_rows(markup: str) -> list[tuple[str, str]]:
    """A description's specification table as attributes: a row of a heading and a value
    ("<th>Ports</th><td>2 x USB-C, 1 x USB-A</td>") reads as "Ports: 2 x USB-C, 1 x USB-A"."""
    out = []
    for row in _ROW.finditer(markup):
        cells = [html.unescape(_TAG.sub(" ", c)).strip() for c in _CELL.findall(row.group(1))]
        if len(cells) == 2 and all(cells) and ":" not in cells[0]:
            out.append((" ".join(cells[0].split()), " ".join(cells[1].split())))
    return out


def prose_rows(markup: str) -> list[tuple[str, str]]:
    """A labelled list written as a sentence of the description ("… treats. Ingredients: oats,
    carrot, honey. Keep dry.") as an attribute: "Ingredients: oats, carrot, honey". Only a
    short label at a sentence's start, and a value that lists two or more items."""
    plain = " ".join(html.unescape(_TAG.sub(" ", markup)).split())
    out = []
    for row in _PROSE_ROW.finditer(plain):
        value = row.group("value").strip()
        if "," in value and not _DIGIT_START.match(value):
            out.append((row.group("label"), value))
    return out


def described_rows(markup: str) -> list[tuple[str, str]]:
    """A description's rows that read as attributes: its table's, then its labelled lists'."""
    return [*table_rows(markup), *prose_rows(markup)]


_PROSE_ROW = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<label>[A-Z][A-Za-z]+(?: [a-z]+)?): (?P<value>[^:]+?)(?:\.(?= |$)|$)"
)
_DIGIT_START = re.compile(r"\s*\d")
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)


def dimensions_line(listing: Listing) -> str:
    dims = listing.dimensions
    sizes = [v for v in (dims.length, dims.width, dims.height) if v is not None] if dims else []
    if not dims or not sizes:
        return ""
    return "Dimensions: " + " x ".join(f"{_number(v)} {dims.unit}" for v in sizes)


_CACHE: OrderedDict[str, ListingFacts] = OrderedDict()
CACHE_SIZE = 64


def listing_facts(listing: Listing, extra: Iterable[str] = ()) -> ListingFacts:
    """The facts of ``listing``, built once per content: the composer checks many candidate
    sentences for one listing, the repair loop several drafts. Keyed by the listing's content
    (a ``Listing`` can change), never by its identity; the facts are read-only to the checks."""
    extra = tuple(str(e) for e in extra)
    key = repr((listing, extra))
    facts = _CACHE.get(key)
    if facts is None:
        facts = _CACHE[key] = build_listing_facts(listing, extra)
        if len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return facts


def clear_cache() -> None:
    _CACHE.clear()


def build_listing_facts(listing: Listing, extra: Iterable[str] = ()) -> ListingFacts:
    lines = fact_lines(listing, extra)
    facts = ListingFacts(lines=lines, title=listing.title, vendor=listing.vendor)
    groups = [listing.vendor, listing.product_type, *listing.categories, *listing.tags]
    facts.catalogue = "  ".join(normalise(g) for g in groups if g)
    facts.told = (
        len(listing.attributes)
        + len(listing.options)
        + len(listing.tags)
        + sum(
            1
            for m in (listing.description_html, listing.short_description_html)
            if m and not is_placeholder(m)
        )
    )
    facts.normal = "  ".join(normalise(line) for line in lines)
    facts.words = set(facts.normal.split())
    facts.currency = (listing.currency or "").upper()
    facts.product_words = _product_words(listing)
    facts.items = tuple(listing.children)
    facts.kinds = listing_kinds(
        (listing.title, listing.product_type, *(c.split(">")[-1] for c in listing.categories))
    )
    _read_dimensions(facts, listing)
    _read_lines(facts, sorted(lines, key=_line_rank))
    _read_totals(facts, listing.title)
    read_derived(facts, listing)
    described = listing.description_html if not is_placeholder(listing.description_html) else ""
    prose = [(n, [v]) for n, v in prose_rows(described)]  # "Ingredients: oats, honey." lists
    attributes = [*listing.attributes.items(), *((n, [v]) for n, v in table_rows(described))]
    attributes += prose
    for name, values in attributes:  # an option's values are alternatives
        items = list_items(", ".join(values)) if name.split() else None
        if items:
            _read_items(facts, thing(name.split()[-1]), items)
    for name, values in listing.options.items():  # each value is one choice: "Rose & Gold"
        facts.numbers.add(float(len(values)))
        facts.lists.setdefault(thing(name.split()[-1]) if name.split() else "", set()).add(
            len(values)
        )
        if all(any("length" in q.kinds for q in find_quantities(v)) for v in values) or all(
            _SIZE_VALUE.fullmatch(v.strip()) for v in values
        ):  # "Storlek: 150x210 cm, …", "Größe: 38-40, 42-44", "Taille: S, M, L"
            facts.lists.setdefault("size", set()).add(len(values))
    for name, values in [*listing.attributes.items(), *prose]:
        facts.numbers.add(float(len(values)))
        span = _COUNT_RANGE.fullmatch(values[0].strip()) if len(values) == 1 else None
        if span and name.split():  # "Riders: 1-3" counts riders, it lists one value
            low, high = int(span.group("low")), int(span.group("high") or span.group("low"))
            counted = thing(name.split()[-1])
            facts.counts.setdefault(counted, set()).update(
                float(n) for n in range(low, high + 1) if high - low <= 100
            )
            if high > low:
                facts.ranged.add(counted)
            continue
        if counts_its_items(", ".join(values)):
            continue  # "Ports: 2 x USB-C, 1 x USB-A" counts its items, it is not a list of two
        facts.lists.setdefault(thing(name.split()[-1]) if name.split() else "", set()).add(
            sum(list_length(v) for v in values)
        )
    if listing.variants:
        facts.numbers.add(float(len(listing.variants)))
    _read_prices(facts, listing)
    _read_description_lists(facts, listing)
    _read_named_counts(facts)
    read_rates(facts)
    facts.counted_things = (set(facts.counts) | set(facts.item_lists)) - facts.measured - GENERIC
    facts.material_names = MATERIALS.closure(set(facts.materials))
    facts.colour_names = COLOURS.closure(set(facts.colours))
    facts.certification_names = CERTIFICATIONS.closure(set(facts.certifications))
    facts.gendered = bool(facts.words & _GENDER_WORDS) and "unisex" not in facts.words
    return facts


def _read_lines(facts: ListingFacts, lines: list[str]) -> None:
    """Read every line in one pass over their joined text (one regex scan per kind of fact,
    not one per line); a fact keeps the first line that states it, attributes first."""
    text = "\n".join(lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))

    def line_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    said_prices = [price.amount for price in find_prices(text)]
    facts.prices.update(said_prices)
    if len(facts.items) > 1 and len(said_prices) == len(facts.items):
        # a grouped product priced item by item in its prose ("Pencils, $18; an eraser, $3"):
        # buying them all comes to their total
        facts.item_total = sum(said_prices, Decimal(0))
    facts.numbers.update(float(n) for n in _DIGITS.findall(text))  # also "7-8Y", "3XL"
    facts.numbers.update(_MULTIPLES[w.lower()] for w in _MULTIPLE.findall(text))  # "twice"
    labels = [_label(line) for line in lines]
    named = {
        singular(word)
        for line, label in zip(lines, labels, strict=True)
        for word in normalise(line[len(label) + 1 :] if label else line).split()
    }
    quantities = with_elided_units(text, with_units_abroad(text, find_quantities(text)))
    for quantity in quantities:
        facts.numbers.update(quantity.parts or (quantity.value,))
        index = line_of(quantity.start)
        line, label, base = lines[index], labels[index], starts[index]
        if line == facts.dimensions_line:
            continue  # read with each figure's axis by _read_dimensions
        if quantity.parts:
            for value in quantity.parts:
                share = Quantity(quantity.start, quantity.end, quantity.text, value, "%",
                                 readings_of(value, "%"), False)  # fmt: skip
                facts.quantities.append(FactQuantity(share, line))
            continue
        start, end = quantity.start - base, quantity.end - base
        axis = axis_of_label(label) or axis_near(line, start, end)
        part = part_near(line, start, end, facts.words)
        parts = {p for p in parts_of_label(label) if _may_name_a_part(p, named)}
        parts |= {part} if part else set()
        parts |= phrase_parts(line, start, end, facts.words)
        facts.quantities.append(FactQuantity(quantity, line, axis, frozenset(parts)))
    previous = None
    for quantity in quantities:
        counted, words = count_phrase(text, quantity)
        if counted:
            facts.counts.setdefault(counted, set()).add(float(quantity.value))
            facts.count_words.setdefault(counted, []).append(words)
            if previous and _SHARED_NOUN.fullmatch(text, previous.end, quantity.start):
                # "16 OTF and 16 WOFF2 files" are 32 files in all
                facts.counts[counted].add(float(previous.value + quantity.value))
        previous = quantity if not quantity.has_unit else None
    for line, label in zip(lines, labels, strict=True):
        said = line[len(label) + 1 :] if label else ""
        number = _NUMBER_ONLY.match(said) if label else None
        name = re.sub(r"^(?:number|no\.?|count) of\s+", "", label.strip(), flags=re.I)
        name = _COUNT_LABEL_TAIL.sub("", name)  # "Batteries included: 1" counts batteries
        if number and name.split():
            value = float(number.group("n"))
            facts.counts.setdefault(thing(name.split()[-1]), set()).add(value)
            if any(q.has_unit for q in find_quantities(said)[:1]):
                facts.measured.add(thing(name.split()[-1]))  # "Weight: 520 g" counts nothing
            else:
                if capacity_label(name):  # "Sleeps: 2"
                    facts.counts.setdefault(PERSON, set()).add(value)
                _unit_in_label(facts, line, label, value)
        times = _TIMES_FIRST.match(said) if label and name.split() else None
        if times and not _is_size(said) and not re.search(r",|;|\band\b", said):
            # one counted item, "Batteries: 2 x 2.0 Ah Li-ion"; not "15 x 10 in"
            facts.counts.setdefault(thing(name.split()[-1]), set()).add(float(times.group(1)))
    for number, noun in _NUMBER_NOUN.findall(text):
        facts.counts.setdefault(thing(noun), set()).add(float(number))
    ones: dict[str, int] = {}
    for one in _ONE_THING.finditer(text):  # "One zipped back pocket holds …", "one pair."
        phrase = one.group().lower().split()[1:]
        if phrase[-1] == "together" or any(w in COUNT_STOP or f"{w}s" in NOT_THINGS
                                           for w in phrase):  # fmt: skip
            continue  # "sold one by one or together", "one day"
        ones[thing(phrase[-1])] = ones.get(thing(phrase[-1]), 0) + 1
    for counted, said_times in ones.items():
        if counted not in facts.counts:  # a count in figures says it better
            facts.counts[counted] = {1.0, float(said_times)}
    steps: dict[str, set[str]] = {}
    for mention in find_places(text, capitalised=False, subdivisions=True):
        index = line_of(mention.start)
        step = _STEP_IN.search(text, max(0, mention.start - 48), mention.start)
        labelled = _STEP_LABEL.match(labels[index])  # "Roasted in: Portland, Oregon"
        abroad = _step_abroad(labels[index])  # "Abgepackt in: Österreich": packed there
        verb_match = step or labelled
        # "blended and packed in Nelson": each step of the group was done there
        done = re.findall(r"[a-z]+ed", verb_match.group(1).lower()) if verb_match else [abroad]
        for country in mention.place.countries:
            # "Assembled in: Denmark" is a step's label as "assembled in Denmark" is a step
            steps.setdefault(country, set()).update(v if v in _STEP_VERBS else "" for v in done)
            for verb in done:
                if verb:
                    facts.step_places.setdefault(verb, set()).add(country)
        of_parts = (
            {abroad}
            if abroad
            else set()
            if _MAKING_LABEL.match(labels[index])
            else {
                p
                for p in parts_of_label(_MADE_COMPOUND.sub("", labels[index])) - _ORIGIN_LABEL_WORDS
                if not is_kind_of_any(p, "workplace")  # "Studio: Cork": where the maker works
                and (
                    p in named
                    or labelled
                    or senses(p)
                    or MATERIALS.pattern.fullmatch(p)
                    or _THING_AFTER.match(text, mention.end)
                )
            }
            if labels[index]
            else None
        )  # a label whose word is no English noun or material and is used nowhere else, over a
        # place that ends its clause ("Herkunft: Österreich"), names no part; a step's label
        # ("Packed in") keeps the step apart
        made = _MADE_IN.search(text, max(0, mention.start - 16), mention.start)
        if of_parts is None and not made and not step:
            of_parts = _demonym_of_material(text, mention) or None
        for country in mention.place.countries if mention.place.level != "region" else ():
            facts.countries.setdefault(country, lines[index])
            if of_parts:  # "Coffee origin: Colombia" gives the coffee's origin, not the set's
                facts.origin_parts.setdefault(country, set()).update(of_parts)
            elif (of_parts is not None and not _MATERIAL_LABEL.search(labels[index])) or made:
                facts.whole_origins.add(country)
    facts.origin_steps = {c: verbs for c, verbs in steps.items() if "" not in verbs}
    material_lines = set()
    offered = {  # the colour option's values: "Colour: Slate, Sand"
        value.strip().lower()
        for line, label in zip(lines, labels, strict=True)
        if label and _COLOUR_LABEL.search(label)
        for value in line[len(label) + 1 :].split(",")
    }
    for start, end, term in listed_materials(text):
        if denied_material(text, start, end):
            # "Plastic free", "no plastic": the listing denies it, so a draft may not say it
            # (round 20b: kraft boxes tagged "plastic free" passed as "plastic mailers").
            continue
        index = line_of(start)
        if _names_no_material(lines[index], term, text[start:end], offered):
            continue
        if ruled_out_use(text, start):
            continue  # "Not for classical (gut-string) harps" (round 30)
        material_lines.add(index)
        facts.materials.setdefault(term.name, lines[index])
    for line, label in zip(lines, labels, strict=True):
        classes = [t.name for _, _, t in MATERIALS.find(label)] if label else []
        hair = singular(normalise(label)) in _HAIR_LABELS if label else False
        if label and (classes == [normalise(label)] or hair):
            # "Wood: Cherry" is cherry wood: the label names the class, the value the kind
            for kind in line[len(label) + 1 :].split(","):
                for _, _, term in MATERIALS.find(f"{kind.strip()} {label}"):
                    facts.materials.setdefault(term.name, line)
    for index in sorted(material_lines):
        for part, names in parts_given(labels[index], lines[index], facts.product_words).items():
            facts.material_parts.setdefault(part, set()).update(names)
    found = [(line_of(start), start, end, term) for start, end, term in COLOURS.find(text)
             if not lines[line_of(start)].startswith(NAME_LINES)]  # fmt: skip
    plain = {i for i, start, end, _ in found if text[start:end].lower() not in AMBIGUOUS_COLOURS}
    for index, start, end, term in found:
        if text[start:end].lower() in AMBIGUOUS_COLOURS and not (
            index in plain or _COLOUR_LABEL.search(labels[index]) or _COLOUR_AFTER.match(text, end)
        ):
            continue  # "face cream", "a stone wall", "mint leaves": not colours ("Black, Tan" are)
        facts.colours.setdefault(term.name, lines[index])
    for option, option_label in zip(lines, labels, strict=True):
        if option_label and _COLOUR_LABEL.search(option_label):  # "Farbe: Schwarz, Rot"
            for said in _VALUE_ITEMS.split(option[len(option_label) + 1 :]):
                if colour := COLOUR_VALUES.get(said.strip().lower()):  # "Rot" is red here
                    facts.colours.setdefault(colour, option)
                elif colour := compound_hue(said, _abroad_label(option_label)):  # "Havblå"
                    facts.colours.setdefault(colour, option)
    for start, _, term in CERTIFICATIONS.find(text):
        facts.certifications.setdefault(term.name, lines[line_of(start)])


# Labels of a brush's or a fur's hair, which the value names by its animal ("Hair: Squirrel").
_HAIR_LABELS = frozenset({"hair", "bristle", "fur"})
# Lines that are a name: "Vendor: Staalwerk" ("staal" is steel in Dutch) or "Rotes Haus"
# names the maker, not a material or a colour of the product.
NAME_LINES = ("Vendor:",)


def _names_no_material(line: str, term: Term, said: str, offered: set[str]) -> bool:
    """Whether a material word on a listing line is no material of the product: the maker's
    name, or a value of the colour option (there or in a variant's line) that is a colour as
    well ("Colour: Slate, Sand"); a metal offered as a colour stays a material
    too ("Colour: Brass")."""
    if line.startswith(NAME_LINES):
        return True
    return said.lower() in offered and term.kind != "metal" and bool(COLOURS.find(said))


def _demonym_of_material(text: str, mention: PlaceMention) -> set[str]:
    """ "Woven from Norwegian wool", "in Italian leather": a demonym right before a material, in
    prose, gives that material's origin, not the product's."""
    if mention.text.lower() == mention.place.name.lower() or not mention.text[:1].isupper():
        return set()
    after = (
        MATERIALS.pattern.match(text, mention.end + 1)
        if text[mention.end : mention.end + 1] == " "
        else None
    )
    return {MATERIALS.find(after.group())[0][2].name} if after else set()


# A word right after a place in a listing's value: the place qualifies it ("Finish: Kent Slate"),
# so the label names what is from there. A place that ends its clause ("Herkunft: Österreich",
# "Ursprung: Gewebt in Litauen, genäht in Polen") says where the product itself is from.
_THING_AFTER = re.compile(
    r"[ \t-]+(?!(?:and|or|in|by|to|for|with|since|at|on|under|using|the|a|an|but)\b)"
    r"[^\W\d_]{3,}",
    re.IGNORECASE,
)


def _abroad_label(label: str) -> bool:
    """A colour option labelled in a shop's language ("Färg", "Farbe"), not in English."""
    return any(word in COLOUR_LABELS for word in label.lower().split())


_COLOUR_LABEL = re.compile(
    r"\b(?:colou?rs?|colou?rway|finish|shade|" + "|".join(sorted(COLOUR_LABELS)) + r")\b",
    re.IGNORECASE,
)
# The items of a listed value, by commas or a shop language's "and" ("Weiß und Rot", "vert et
# rose"): a colour read only as a whole value of its option is one item.
_VALUE_ITEMS = re.compile(r",|\s+(?:and|&|und|et|y|e|en|och|og|ve|ja|és)\s+", re.IGNORECASE)
_COLOUR_AFTER = re.compile(r"[\s-]+(?:colou?red|colou?r|finish|shade)\b", re.IGNORECASE)
_MULTIPLES = {"twice": 2.0, "double": 2.0, "triple": 3.0}
_MULTIPLE = re.compile(r"\b(twice|double|triple)\b", re.IGNORECASE)


def _unit_in_label(facts: ListingFacts, line: str, label: str, value: float) -> None:
    """A bare number whose unit is in its label: "Days to maturity: 80", "Weight (kg): 2"."""
    for word in re.findall(r"[^\W\d_]+", label.lower()):
        readings = readings_of(value, word) if word not in _NOT_LABEL_UNITS else ()
        if readings and not readings[0][0].startswith("named:"):
            text = f"{value:g} {word}"
            quantity = Quantity(0, len(text), text, value, word, readings, False)
            facts.quantities.append(FactQuantity(quantity, line, axis_of_label(label)))
            return


# Words after the counted thing in a count's label: "Batteries included", "Lenses in the box",
# "Filters per pack", "Pieces in total".
_COUNT_LABEL_TAIL = re.compile(
    r"\s+(?:included|supplied|provided|in (?:the )?box|in (?:the )?pack|per (?:pack|set|box)|"
    r"in total|total)$",
    re.IGNORECASE,
)


# Short words of a label that are units only after a number: "Made in", "Ships at".
_NOT_LABEL_UNITS = frozenset("in at a s h m l c f v w st".split())


def _read_items(facts: ListingFacts, label: str, items: list[Item]) -> None:
    """A counted list counts its label's thing in all ("Outlets: 4 x AC, 1 x car outlet": 5
    outlets) and each item's own thing ("AC": 4). Items that differ only in their count ("8
    reeds (100 ml), 12 reeds (200 ml)") are alternatives, one per variant: not summed."""
    kinds = [(head, quals) for _, head, quals in items]
    if len(set(kinds)) < len(kinds):
        return
    facts.item_lists.setdefault(label, []).append((tuple(items), label))
    for head in {head for _, head, _ in items} - {label}:
        own = tuple(item for item in items if item[1] == head)
        facts.item_lists.setdefault(head, []).append((own, label))
        facts.counts.setdefault(head, set()).update(n for n, _, _ in own)


# Words of an origin attribute's name that name no part: "Country of origin", "Made in".
_ORIGIN_LABEL_WORDS = frozenset(
    "country origin origins made where produced manufactured material materials fabric "
    "composition main region".split()
    # "made" or "produced" in the shop languages, a label of one participle ("Produceret: Kina")
    + "hergestellt produziert gefertigt fabriqué fabrique fabriquée produit fabricado fabricada "
    "producido prodotto fabbricato prodotta gemaakt geproduceerd vervaardigd produzido "
    "tillverkad producerad produceret fremstillet produsert laget wyprodukowano wyprodukowane "
    "vyrobeno vyrobeny".split()
)


def _may_name_a_part(word: str, named: set[str]) -> bool:
    """Whether a label's word can name a part an English draft speaks of: a word in English
    letters, or one the listing uses beyond its labels; "Skötsel" (care) is neither."""
    return word.isascii() or word in named


# A compound of "made" in an origin label ("Handmade in", "Hand-made in") is "made".
_MADE_COMPOUND = re.compile(r"\b[a-z]+-?(?=made\b)", re.IGNORECASE)
_MATERIAL_LABEL = re.compile(  # "Material", or its word abroad ("Materiale", "Chất liệu")
    r"\b(?:materials?|fabrics?|composition|"
    + "|".join(re.escape(w) for w in sorted(MATERIAL_LABELS_ABROAD, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "bottled in Portugal", "bottled in Lisbon, Portugal": a step before the country, a town between.
_STEP_IN = re.compile(
    r"\b((?:[a-z]+ed\s*(?:,|and|&)\s*)?[a-z]+ed)\s+in\s+(?:the\s+)?"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s*)?$",
    re.IGNORECASE,
)
_STEP_LABEL = re.compile(r"^\s*([a-z]+ed)\s+(?:in|at)\s*$", re.IGNORECASE)
# Steps of the making that do not make a country the product's origin.
_STEP_VERBS = frozenset(
    "assembled designed engineered developed combed finished packed packaged imported "
    "distributed blended bottled tested".split()
)
STEP_VERBS = _STEP_VERBS  # for step_towns
_MADE_IN = re.compile(r"\bmade in (?:the )?$", re.IGNORECASE)
# A label of one word and a preposition of place, in any shop language ("Feito em",
# "Gewebt in", "Cosido a"): a participle of the making, not a part, so the place is the
# product's origin (a step's own words, "Abgepackt in", are read by _step_abroad first).
_MAKING_LABEL = re.compile(
    r"^\s*[^\W\d_]+\s+(?:in|em|en|i|à|a|aus|im|w|na|no|nel|nella|op)\s*$", re.IGNORECASE
)
# A step of the making named in a label in the shop's language, as the English verb.
_STEPS_ABROAD = {
    "packed": "abgepackt verpackt emballé emballe conditionné conditionne confezionato envasado "
    "empaquetado embalado verpakt pakket packat pakowane",
    "bottled": "abgefüllt abgefuellt embouteillé embouteille imbottigliato embotellado "
    "engarrafado gebotteld",
    "designed": "entworfen gestaltet conçu concu dessiné dessine progettato disegnato diseñado "
    "ontworpen designet designad design",
    "assembled": "montiert assemblé assemble assemblato ensamblado montado geassembleerd",
    "imported": "importiert importé importe importato importado geïmporteerd",
}
_STEP_WORDS_ABROAD = {w: verb for verb, words in _STEPS_ABROAD.items() for w in words.split()}


def _step_abroad(label: str) -> str:
    """The English verb of a step label in the shop's language ("Abgepackt in" is packed)."""
    words = label.lower().split()
    return _STEP_WORDS_ABROAD.get(words[0], "") if words else ""


_TIMES_FIRST = re.compile(r"\s*(\d+)\s*[x×]\s", re.IGNORECASE)
# "a 2-speed gearbox", "67-layer steel": a number joined to a noun counts it.
# Between two counts that share the noun after the second: "16 OTF and 16 WOFF2 files".
_SHARED_NOUN = re.compile(r" [A-Za-z][\w-]*(?: [A-Za-z][\w-]*)? (?:and|plus) ")
_NUMBER_NOUN = re.compile(r"(?<![\d.,/])(\d+)-([a-z]{3,})\b")
# One of a thing in words, its noun singular up to two words on, ending the clause or before its
# verb: "One zipped back pocket holds a phone", "Sold as one pair." (each one said adds one).
_ONE_THING = re.compile(
    r"\b(?:[Oo]ne|a single)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})"
    r"(?=\s+(?:holds?|is|has|fits?|takes?|keeps?|closes?)\b|\s*[.;:)]|\s*$)"
)


def _read_totals(facts: ListingFacts, title: str) -> None:
    """What a pack holds in all: a figure "per tin" times the listing's count of tins, a figure
    given "each" times the pack's count in its title ("6 Tins" and "50 g each": 300 g)."""
    in_title = {float(c.value) for c in count_claims(title, find_quantities(title))}
    pieces = facts.counts.get("piece", set())
    for fact in list(facts.quantities):
        label = _label(fact.line).lower()
        per = re.search(r"\bper ([a-z]+)", label) or _PER_AFTER.match(
            fact.line, _after(fact.line, fact.quantity.text)
        )  # "Flight time: 18 min per battery"
        if per:
            times = facts.counts.get(thing(per.group(1)), set())
        elif re.search(r"\beach\b", _sentence_of(fact.line, fact.quantity.text), re.IGNORECASE):
            times = in_title | pieces | _heading_counts(fact.line, fact.quantity.text)
        else:
            continue
        index = facts.quantities.index(fact)
        facts.quantities[index] = fact = dataclasses.replace(fact, per_item=True)
        one = fact.quantity
        counted = [c.about for c in count_claims(fact.line, find_quantities(fact.line))
                   if c.value == one.value]  # fmt: skip
        for n in times - {1.0}:
            for name in counted:
                facts.counts.setdefault(name, set()).add(one.value * n)
            total = dataclasses.replace(
                one, value=one.value * n, readings=readings_of(one.value * n, one.unit)
            )
            facts.quantities.append(dataclasses.replace(fact, quantity=total, per_item=False))


_PER_AFTER = re.compile(r"\s*per ([a-z]+)", re.IGNORECASE)


def _sentence_of(line: str, figure: str) -> str:
    """The sentence of ``line`` a figure is in ("Each pair is hand-sanded" a sentence on says
    nothing of "24 cm long", round 29); the whole line if the figure is not there."""
    at = line.find(figure)
    if at < 0:
        return line
    stops = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", line[:at])]
    end = re.search(r"[.!?](?:\s|$)", line[at + len(figure) :])
    return line[stops[-1] if stops else 0 : at + len(figure) + (end.start() if end else len(line))]


def _after(line: str, figure: str) -> int:
    """Where a figure ends in its line, or the line's end if it is not there as written."""
    at = line.find(figure)
    return at + len(figure) if at >= 0 else len(line)


def _heading_counts(line: str, figure: str) -> set[float]:
    """The count heading the list item a figure "each" is given in: 2 of "2 mugs (40 cl each)"."""
    pattern = r"(?:^|[,:;])\s*(\d+)\s+[A-Za-z][\w -]*\(\s*" + re.escape(figure) + r"\s+each\b"
    return {float(n) for n in re.findall(pattern, line, re.IGNORECASE)}


# A value that can only be a size: a letter size or a size number or range ("XL", "42-44").
_SIZE_VALUE = re.compile(
    r"(?:\d*X{0,3}[SL]|M|XXS|\d+(?:[.,]5)?(?:\s*[-/–]\s*\d+(?:[.,]5)?)?)", re.IGNORECASE
)
_COUNT_RANGE = re.compile(r"(?P<low>\d+)(?:\s*(?:-|–|to)\s*(?P<high>\d+)|\+)?")


def _is_size(value: str) -> bool:
    return any("length" in q.kinds for q in find_quantities(value)[:1])


def _label(line: str) -> str:
    """An attribute or option line's name ("Strap length"); prose lines have none."""
    labelled = _LABEL.match(line)
    return labelled.group("label") if labelled and not line.startswith(_LOOSE_LINES) else ""


def _read_dimensions(facts: ListingFacts, listing: Listing) -> None:
    """Each dimension with its axis: a length stated as a height can then be told apart."""
    dims = listing.dimensions
    if not dims:
        return
    line = facts.dimensions_line = dimensions_line(listing)
    for axis, value in (("length", dims.length), ("width", dims.width), ("height", dims.height)):
        if value is None:
            continue
        text = f"{_number(value)} {dims.unit}"
        quantity = Quantity(0, len(text), text, float(value), dims.unit,
                            readings_of(float(value), dims.unit), False)  # fmt: skip
        facts.quantities.append(FactQuantity(quantity, line, axis))


def _read_description_lists(facts: ListingFacts, listing: Listing) -> None:
    """A description's bulleted list: how many things it lists counts pieces or items ("four
    pieces" of a four-item collection), and when each item has one price, their total is the
    price of buying them all ("all four come to €60.50")."""
    markup = listing.description_html if not is_placeholder(listing.description_html) else ""
    for block in _LIST.finditer(markup):
        items = [html.unescape(_TAG.sub(" ", li)) for li in _LI.findall(block.group(1))]
        if len(items) < 2:
            continue
        for generic in ("piece", "item"):
            facts.lists.setdefault(generic, set()).add(len(items))
        prices = [find_prices(item) for item in items]
        if all(len(found) == 1 for found in prices):
            facts.prices.add(sum((found[0].amount for found in prices), Decimal(0)))


def _read_named_counts(facts: ListingFacts) -> None:
    for line in facts.lines:
        for quantity in find_quantities(line):
            if not quantity.has_unit and _WORD_AFTER.match(line, quantity.end):
                facts.named_counts.add(quantity.value)
        for listed in _PROSE_LIST.finditer(line):
            facts.named_counts.add(float(list_length(listed.group("items"))))
        for listed in _LIST_BEFORE_NOUN.finditer(line):  # "with front, hip and back positions"
            if any(w in NUMBER_WORDS or w in ("a", "an", "the") for w in listed["items"].split()):
                continue  # "with a lid and two handles" lists no handles
            counted = thing(listed.group("noun").lower())
            facts.counts.setdefault(counted, set()).add(float(list_length(listed.group("items"))))
        for held in _HOLDS.finditer(line):  # "Capacity: up to 5 x 3 in tablets": 5 tablets
            facts.counts.setdefault(thing(held.group("noun").lower()), set()).add(float(held["n"]))


_HOLDS = re.compile(
    r"\b(?:up to|holds?|holding|takes?|fits?)\s+(?P<n>\d+)\s*[x×]\s+"
    r"(?:\d+(?:[.,]\d+)?\s*(?:[a-z]{1,3}|\")\s+)?(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r" [^\W\d_]{3,}")
# A list in prose after a colon or "of": three or more items of a few words, the last after
# "and"/"or".
_ITEM_WORDS = r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3}"
_PROSE_LIST = re.compile(
    rf"(?::|\bof)\s+(?P<items>{_ITEM_WORDS}(?:,\s*{_ITEM_WORDS})+,?\s+(?:and|or)\s+{_ITEM_WORDS})"
)


# A prose list of short items before the plural noun they are kinds of, which ends the clause:
# "with front, hip and back carry positions." lists three positions.
_SHORT_ITEM = r"[a-z][\w-]*(?:\s[a-z][\w-]*)?"
_LIST_BEFORE_NOUN = re.compile(
    rf"\bwith\s+(?P<items>{_SHORT_ITEM}(?:,\s*{_SHORT_ITEM})*,?\s+(?:and|or)\s+[a-z][\w-]*)\s+"
    r"(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]{3,}s)(?=[.,;:!?)]|$)"
)
_LIST = re.compile(r"<[uo]l\b[^>]*>(.*?)</[uo]l>", re.IGNORECASE | re.DOTALL)
_LI = re.compile(r"<li\b[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)


def _read_prices(facts: ListingFacts, listing: Listing) -> None:
    """The listing's prices, and what a sale saves: "save $8", "20% off" are then facts too."""
    for amount in [listing.price, *(v.price for v in listing.variants)]:
        price = to_decimal(amount)
        if price is not None:
            facts.prices.add(price)
    facts.variant_prices = {
        p for v in listing.variants if (p := to_decimal(v.price or listing.price)) is not None
    }
    facts.priced_options = tuple(
        (v.title or " ".join(v.options.values()), p)
        for v in listing.variants
        if (p := to_decimal(v.price or listing.price)) is not None
    )
    # a grouped product's items, each sold on its own at its price: each price, and the total
    # of buying them all ("all three come to $51"), are the listing's
    items = [
        (m.group(1), to_decimal(m.group(2)))
        for child in listing.children
        if (m := _ITEM_PRICE.match(child))
    ]
    item_prices = [(title, price) for title, price in items if price is not None]
    facts.prices.update(price for _, price in item_prices)
    if len(item_prices) > 1 and len(item_prices) == len(listing.children):
        facts.prices.add(sum((price for _, price in item_prices), Decimal(0)))
    facts.priced_options += tuple(item_prices)
    for variant in listing.variants:
        was, now = to_decimal(variant.compare_at_price), to_decimal(variant.price or listing.price)
        if was is None:
            continue
        facts.prices.add(was)
        if now is not None and was > now:
            facts.prices.add(was - now)
            off = float((was - now) / was * 100)
            text = f"{off:.0f}%"
            quantity = Quantity(0, len(text), text, off, "%", readings_of(off, "%"), False)
            facts.quantities.append(FactQuantity(quantity, f"Price: {now}, compare at {was}"))


# "Hawthorne Strainer, price 14.00, Material: steel": a grouped item's title and its price
_ITEM_PRICE = re.compile(r"(.+?), price (\d+(?:\.\d+)?)\b")


def _product_words(listing: Listing) -> frozenset[str]:
    """The nouns a listing calls itself by: its title's, type's and last category's words."""
    names = [listing.title, listing.product_type, *(c.split(">")[-1] for c in listing.categories)]
    words = {w for name in names for w in WORD.findall(name.lower()) if len(w) > 2}
    return frozenset(w for w in words if w not in _TYPE_STOP and not w.isdigit())


_LOOSE_LINES = ("Title:", "Tag:", "Type:", "Vendor:", "Category:", "Description:", "SEO:", "FAQ:")


def _line_rank(line: str) -> int:
    """Attribute and option lines first, so a finding quotes "Material: …" rather than the title."""
    return 1 if line.startswith(_LOOSE_LINES) else 0


def to_decimal(amount: str | None) -> Decimal | None:
    return to_amount(amount)


def _number(value: float) -> str:
    return f"{value:g}"
