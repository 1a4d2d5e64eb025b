"""Round 23 (heldout25's notes, seen): one gate every frame-built sentence passes (the value
must read as the frame's slot expects), parts the listing denies never said as had, plain facts
instead of a bare "Introducing the …", and a reason gated by its mechanism. Every listing here
is written for these tests."""

from __future__ import annotations

import re

import pytest

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.compose import choose
from plugin.generation.hook_fallback import denied_parts
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.generation.value_shapes import frame_fault
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, text_of


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r23")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _prose(listing: Listing) -> str:
    plan = plan_description(listing)
    html = render_description(plan, choose(plan, listing, {}, None))
    return text_of(re.sub(r"<ul>.*", "", html, flags=re.DOTALL))


@pytest.mark.parametrize(
    ("sentence", "fault"),
    [
        ("They have 1 pairs.", "count"),
        ("It is waterproofed no – seams are taped later.", "negation"),
        ("It has a no foot padding.", "negation"),
        ("It is sealed chill, drink within 3 days.", "clause"),
        ("It is made of use with linen in a tight hoop.", "clause"),
        ("It has stir well before pouring.", "clause"),
        ("It has Needed assembly.", "capital"),
        ("It has an indoor or a shed.", "alternatives"),
        ("It is for one person; do not share.", "clause"),
        ("Its ports are 6.", "count"),
        ("Its foldable is fold flat, store upright.", "label"),
        ("It has hand-painted in small runs.", "state"),
    ],
)
def test_a_value_that_does_not_read_in_its_frame_fails_the_gate(sentence: str, fault: str) -> None:
    assert frame_fault(sentence) == fault


@pytest.mark.parametrize(
    "sentence",
    [
        "It has a cork core.",
        "It has 3 pockets.",
        "It has 1 lens.",
        "It is not for cast iron.",
        "It has a no pull front clip.",
        "It has a no-slip base.",
        "It is a download, so there is nothing to wait for in the post.",
        "It is for use on brass.",
        "Its roll is 4 lengths (10 m).",
        "It is 1.1 kg.",
        "Its altitude is 1,400 - 1,800 m.",
    ],
)
def test_values_that_read_in_their_frame_pass(sentence: str) -> None:
    assert frame_fault(sentence) is None


def test_feature_frames_refuse_what_the_gate_refuses() -> None:
    voice = voice_of("Garden Hose Reel")
    assert feature_lead("Pairs", "1", voice) is None
    assert feature_lead("Sealed", "Chill, drink within 3 days", voice) is None
    assert feature_lead("Waterproofed", "No – seams taped later", voice) is None
    assert feature_lead("Handle", "Beech", voice) == "It has a beech handle"


def test_a_count_of_one_stays_in_the_list_only() -> None:
    listing = _listing(
        "Wool Hiking Liner Socks",
        {"Composition": "70% wool, 30% nylon", "Pairs": "1", "Cuff": "Ribbed"},
    )
    draft_html = render_description(
        plan_description(listing), choose(plan_description(listing), listing, {}, None)
    )
    assert "1 pairs" not in draft_html.split("<ul>")[0]
    assert "<li>Pairs: 1</li>" in draft_html


def test_a_part_the_listing_denies_is_never_said_as_had() -> None:
    listing = _listing(
        "Glass Terrarium Kit, Round",
        {
            "Suits": "Small succulents, up to 8 cm tall",
            "Succulents": "Not included",
            "Includes": ["Glass bowl", "drainage pebbles", "cork lid"],
        },
    )
    assert ("succulent",) in denied_parts(listing)
    prose = _prose(listing)
    assert not re.search(r"\b(has|have|comes with)\b[^.]*succulents", prose, re.IGNORECASE)
    # A negative adjective's denial is not the part's: "Fixed lids: No" keeps the lid.
    assert denied_parts(_listing("Jar", {"Fixed lids": "No – loose"})) == set()
    # A spare sold apart is not the part the product has: its head is still said.
    brush = _listing(
        "Oak Pot Brush",
        {"Head": "Replaceable", "Spare head": "Sold separately", "Bristles": "Tampico"},
    )
    assert ("spare", "head") in denied_parts(brush)


def test_a_grouped_products_children_are_said_instead_of_introducing_it() -> None:
    listing = _listing(
        "Herbal Tea Taster Box",
        {},
        children=[
            "Nettle Tea 40 g, price 6.00, Ingredients: Nettle leaf",
            "Mint Tea 40 g, price 6.00, Ingredients: Peppermint leaf",
            "Chamomile Tea 30 g, price 7.00, Ingredients: Chamomile flowers",
        ],
    )
    prose = _prose(listing)
    assert not prose.startswith("Introducing")
    assert "Nettle Tea 40 g, Mint Tea 40 g and Chamomile Tea 30 g" in prose
    assert "price" not in prose.lower()


def test_ingredients_are_said_plainly_instead_of_introducing_it() -> None:
    listing = _listing(
        "Seaweed Rice Crackers 80 g",
        {
            "Ingredients": "Brown rice (85%), nori seaweed, sunflower oil, sea salt",
            "Allergens": "None known; made where soya is handled",
        },
    )
    prose = _prose(listing)
    assert not prose.startswith("Introducing"), prose
    assert "made from brown rice (85%), nori seaweed, sunflower oil and sea salt" in prose
    # Said once: the ingredients line is not repeated after it.
    assert prose.count("nori seaweed") == 1


def test_a_bare_quarter_inch_thread_is_no_tripod_mount() -> None:
    assert benefit_for("Cleat plate", "Nylon, 8 studs, 1/4 in thread", 0, product="Boots") is None
    assert benefit_for("Base", "1/4-20 mounting thread", 0, product="Ring light") is not None
    assert benefit_for("Mount", "Tripod mount", 0) is not None


def test_none_with_another_instruction_is_not_none_needed() -> None:
    voice = voice_of("Tortoise Pellets")
    said = feature_lead("Calcium", "None – dust greens with calcium", voice)
    assert said is None or "needed" not in said
    assert feature_lead("Assembly", "None – arrives assembled", voice) == "No assembly is needed"


def test_the_other_kinds_keep_the_gate() -> None:
    listing = _listing(
        "Cotton Tea Towels",
        {"Material": "Cotton", "Pairs": "1", "Washed": "No – shrinks 3% in the wash"},
    )
    for kind in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO, DraftKind.FAQ):
        said = text_of(draft(listing, kind))
        assert "1 pairs" not in said and "washed no" not in said.lower()
