"""Round 41: the kinds after heldout43's notes, on listings invented here. What a shopper
notices: a "Not …" label is a no to its own question; an option named like contents is a
choice of sets, never one set holding them all; packs of bare counts, a size guide, a process,
a use that is an instruction and a duration asked as shoppers ask them; an option's question
not asked alike on every product."""

from __future__ import annotations

import json

from plugin.domain import DraftKind, Listing
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


_CANDLE = Listing(
    external_id="r41-candle",
    title="Soy Pillar Candle",
    product_type="Candles",
    attributes={
        "Material": ["soy wax, cotton wick"],
        "Not vegan": ["contains stearic acid from tallow"],
        "Burn time": ["about 40 hours"],
    },
)
_DRILL_BITS = Listing(
    external_id="r41-bits",
    title="Masonry Drill Bit Set",
    product_type="Tools",
    options={"Pieces": ["8 pcs", "15 pcs"]},
    attributes={"Material": ["tungsten carbide tip"], "Case": ["hinged plastic case"]},
)
_LAMP = Listing(
    external_id="r41-lamp",
    title="Clip-On Reading Lamp",
    product_type="Lighting",
    options={"Kit": ["Lamp only", "Lamp + USB charger"], "Colour": ["Grey", "Sand"]},
    attributes={"Battery life": ["up to 12 hours"]},
)
_LABELS = Listing(
    external_id="r41-labels",
    title="Kraft Gift Tags",
    product_type="Stationery",
    options={"Pack": ["20", "50"]},
    attributes={"Material": ["recycled kraft card"], "String": ["jute, 30 cm"]},
)
_TEA = Listing(
    external_id="r41-tea",
    title="Yunnan Black Tea",
    product_type="Tea",
    attributes={
        "Process": ["orthodox"],
        "Brewing": ["steep 3 minutes at 95 °C"],
        "Origin": ["Yunnan, China"],
    },
)
_CLOGS = Listing(
    external_id="r41-clogs",
    title="Alder Garden Clogs",
    product_type="Footwear",
    options={"Size": ["38", "40", "42"]},
    attributes={
        "Size guide": ["measure your longest foot and add 1 cm"],
        "Upper": ["oiled leather"],
    },
)
_MASK = Listing(
    external_id="r41-mask",
    title="Oat Clay Face Mask",
    product_type="Skin care",
    attributes={"Use": ["apply a thin layer, wait 5 minutes, rinse"], "Clay": ["kaolin"]},
)
_WORKSHOP = Listing(
    external_id="r41-workshop",
    title="Online Bread Baking Workshop",
    product_type="Classes",
    options={"Bake": ["sourdough", "focaccia"]},
    attributes={"Length": ["3 hours"], "Language": ["English"]},
)


def test_a_not_label_is_a_no_to_its_question() -> None:
    asked = faq(_CANDLE)
    assert not any("not vegan" in q.lower() for q in asked)
    assert asked.get("Is it suitable for vegans?") == ("No, it contains stearic acid from tallow.")


def test_an_option_named_like_contents_is_a_choice_of_sets() -> None:
    bits = faq(_DRILL_BITS)
    said = " ".join(bits.values())
    assert "8 pcs and 15 pcs" not in said
    assert bits.get("How many pieces does it come with?") == "It comes with 8 or 15 pieces."
    lamp = faq(_LAMP)
    said = " ".join(lamp.values())
    assert "lamp only and" not in said.lower()
    assert "It comes in two kits: lamp only or lamp + USB charger." in lamp.values()


def test_packs_of_bare_counts() -> None:
    asked = faq(_LABELS)
    assert asked.get("How many come in a pack?") == "They come in packs of 20 or 50."


def test_process_size_guide_use_and_duration_asked_as_shoppers_ask() -> None:
    tea = faq(_TEA)
    assert "How does it work?" not in tea
    assert tea.get("How is it processed?") == "The process is orthodox."
    clogs = faq(_CLOGS)
    assert not any("size guide" in q.lower() for q in clogs)
    assert clogs.get("Which size do I need?") == "Measure your longest foot and add 1 cm."
    mask = faq(_MASK)
    assert not any(a.startswith("It is for apply") for a in mask.values())
    assert mask.get("How do I use it?", "").startswith("Apply a thin layer")
    workshop = faq(_WORKSHOP)
    assert "How big is it?" not in workshop
    assert workshop.get("How long does it last?") == "It lasts 3 hours."


def test_option_questions_vary_across_a_catalogue() -> None:
    shapes = set()
    for n in range(12):
        listing = Listing(
            external_id=f"r41-jam-{n}",
            title=f"Hedgerow Jam No. {n + 1}",
            product_type="Preserves",
            options={"Fruit": ["sloe", "bramble"], "Jar": ["190 g", "340 g"]},
            attributes={"Sugar": ["45 g per 100 g"]},
        )
        shapes |= {q.split(" jar")[0] for q in faq(listing) if " jar" in q}
    assert len(shapes) > 1


_HONEY = Listing(
    external_id="r41-honey",
    title="Heather Honey",
    product_type="Honey",
    options={"Jar": ["227 g", "454 g"]},
    attributes={"Note": ["no added sugar", "keep in a dry cupboard"], "Origin": ["Perthshire"]},
)
_SICKLE = Listing(
    external_id="r41-sickle",
    title="Hand Sickle",
    product_type="Garden tools",
    options={"Length": ["30 cm", "40 cm"]},
    attributes={"Use": ["Wiesen, Böschungen (Gras)"], "Steel": ["carbon steel"]},
)


def test_a_claim_is_said_without_the_instruction_listed_beside_it() -> None:
    short = text_of(draft(_HONEY, DraftKind.SHORT_DESCRIPTION))
    assert "has no added sugar" in short
    assert "and keep" not in short
    assert "It has no added sugar." in _meta(_HONEY)


def test_a_use_in_the_shops_language_is_not_said() -> None:
    said = text_of(draft(_SICKLE, DraftKind.SHORT_DESCRIPTION)) + " " + _meta(_SICKLE)
    said += " " + " ".join(faq(_SICKLE).values())
    assert "Wiesen" not in said
