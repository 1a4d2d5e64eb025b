"""Round 47: English descriptions leave to the list what it shows (choices, allergen, storage
and care lines), no first line opens on its reason, stock reasons take turns and a few frames
say their fact in plain English; on listings invented here."""

from __future__ import annotations

import re

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.left_to_list import left_to_list
from plugin.generation.plan import plan_description
from plugin.generation.reasoned_lead import _said_of
from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice
from plugin.generation.yes_frames import yes
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[0])


def _listed(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[1])


_LANTERN = Listing(
    external_id="r47-lantern",
    title="Fell Walker Camp Lantern",
    product_type="Lantern",
    options={"Model": ["80 lumen", "160 lumen"], "Colour": ["Moss", "Rust"]},
    attributes={
        "Water resistance": ["IPX4"],
        "Run time": ["30 hours"],
        "Battery": ["1200 mAh"],
    },
    tags=["dimmable", "rechargeable"],
)


def test_choices_the_list_shows_are_left_to_it_where_the_prose_has_enough() -> None:
    prose = _prose(_LANTERN)
    assert "80 lumen" not in prose and "Moss" not in prose, prose
    listed = _listed(_LANTERN)
    assert "80 lumen" in listed and "Moss" in listed


def test_a_thin_listing_keeps_one_choice() -> None:
    thin = Listing(
        external_id="r47-thin",
        title="Plain Linen Tea Towel",
        product_type="Tea towel",
        options={"Colour": ["Oat", "Slate", "Clay"], "Pack": ["Single", "Pair"]},
        attributes={"Material": ["100% linen"]},
    )
    prose = _prose(thin)
    said = [v for v in ("Oat", "oat", "Single", "single") if v in prose]
    assert len({v.lower() for v in said}) == 1, prose


def test_allergen_and_care_lines_are_the_lists_in_the_description() -> None:
    jam = Listing(
        external_id="r47-jam",
        title="Bramble and Apple Jam",
        product_type="Jam",
        options={"Size": ["227 g", "454 g"]},
        attributes={
            "Ingredients": ["Blackberries, apples, sugar"],
            "Allergens": ["Sulphites"],
            "Storage": ["Refrigerate after opening"],
            "Origin": ["Cooked in Herefordshire"],
        },
        tags=["small batch"],
    )
    prose = _prose(jam)
    assert "ulphites" not in prose and "efrigerate" not in prose, prose
    listed = _listed(jam)
    assert "Sulphites" in listed and "Refrigerate after opening" in listed


def test_the_care_line_stays_in_the_plan_for_the_other_kinds() -> None:
    scarf = Listing(
        external_id="r47-scarf",
        title="Herringbone Tea Towel",
        product_type="Tea towel",
        attributes={"Size": ["50 x 70 cm"], "Origin": ["Scotland"], "Care": ["Hand wash"]},
    )
    plan = plan_description(scarf)
    care = [s for s in plan.sentences if "and wash" in s.lead]
    assert care and all(s.listed or "and wash" in s.listed_tail for s in care)
    prose = _prose(scarf)
    assert "and wash" not in prose and "Scotland" in prose, prose


def test_a_marked_sentence_keeps_the_hooks_index() -> None:
    hook = Sentence(Role.HOOK, "The Mug is", ask="hook", fallback="It holds 300 ml.", replaces=1)
    sentences = [
        hook,
        Sentence(Role.FEATURE, "It holds 300 ml."),
        Sentence(Role.DETAIL, "It contains sesame.", facts=("Allergens",), told=True),
        Sentence(Role.CHOICE, "Choose from blue or red.", facts=("Blue", "Red")),
    ]
    listed = [("Allergens", "Sesame"), ("Colour", "Blue and Red")]
    marked = left_to_list(sentences, listed)
    assert len(marked) == len(sentences) and marked[0].replaces == 1
    assert marked[2].listed and not marked[1].listed
    # Too little prose: the one choice stays.
    assert not marked[3].listed


def test_an_origin_said_with_any_participle_is_a_sentence() -> None:
    bowl = Listing(
        external_id="r47-bowl",
        title="Olivewood Salad Bowl",
        product_type="Bowl",
        options={"Size": ["20 cm", "30 cm"]},
        attributes={"Origin": ["Carved in Sfax, Tunisia"], "Wood": ["Olive wood"]},
    )
    prose = _prose(bowl)
    assert re.search(r"\b(It is|is) carved in Sfax", prose), prose
    assert not re.search(r"(^|\. )Carved in Sfax", prose), prose


def test_no_first_line_opens_on_its_reason() -> None:
    predicate = " has a cork base, so the table stays unmarked."
    for turn in range(12):
        said = _said_of("Trivet", predicate, Voice(plural=False), turn)
        assert not re.match(r"^[A-Z][^:]*: the ", said), said


def test_stock_reasons_take_turns() -> None:
    for fact in ("Water resistance: IPX4", "Water resistant: Yes", "Made: Handmade"):
        name, value = fact.split(": ")
        said = {benefit_for(name, value, turn) for turn in range(4)}
        assert len(said - {None}) >= 2, (fact, said)


def test_one_of_a_counted_thing_is_singular() -> None:
    wallet = Listing(
        external_id="r47-wallet",
        title="Slim Cork Wallet",
        product_type="Wallet",
        attributes={"Pen loops": ["1"], "Material": ["Cork fabric"]},
    )
    prose = _prose(wallet)
    assert "1 pen loops" not in prose and "one pen loop" in prose, prose


def test_a_delivery_value_is_said_as_how_it_arrives() -> None:
    guide = Listing(
        external_id="r47-guide",
        title="Moorland Birds Audio Guide",
        product_type="Audio guide",
        attributes={"Delivery": ["Instant download link"], "Tracks": ["36"]},
    )
    prose = _prose(guide)
    assert "delivered as an instant download link" in prose, prose
    assert "delivery is" not in prose.lower()
    sent = Listing(
        external_id="r47-card",
        title="Bookshop Gift Card",
        product_type="Gift card",
        attributes={"Delivery": ["Emailed on the day"]},
    )
    assert "delivered as an emailed" not in _prose(sent)


def test_a_licence_mark_is_not_certified_again() -> None:
    honey = Listing(
        external_id="r47-honey",
        title="Heather Honey",
        product_type="Honey",
        attributes={"Certification": ["Guild licensed"], "Origin": ["Perthshire"]},
    )
    prose = _prose(honey)
    assert "licensed certified" not in prose and "Guild licensed" in prose, prose


def test_a_maker_tag_says_who_makes_it() -> None:
    soap = Listing(
        external_id="r47-soap",
        title="Olive Oil Soap Bar",
        product_type="Soap",
        attributes={"Ingredients": ["Olive oil, water, lye"]},
        tags=["weavers' collective"],
    )
    assert "is weavers' collective" not in _prose(soap)
    assert yes("Weavers' collective", Voice(plural=False)) == "It is made by a weavers' collective"
