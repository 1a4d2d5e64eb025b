"""Round 41: values scoped to one variant kept out of the prose, a value with one figure per
variant never said as its first, and an option of counts said as a choice, not as contents, on
listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.compose import context_line, foreign_phrase
from plugin.generation.english_labels import in_one_language
from plugin.generation.fact_reason import _said_part, with_reason
from plugin.generation.fact_roles import sort_facts
from plugin.generation.fallback_lead import with_fallback
from plugin.generation.scoped_figures import offered_values, scoped_figures, variant_scoped
from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>")[0])


def _list(listing: Listing) -> str:
    return draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[1]


def test_a_value_scoped_to_one_variant_is_read_by_its_closing_note() -> None:
    soap = Listing(
        external_id="r41-soap",
        title="Olive Oil Soap",
        product_type="Soap",
        options={"Scent": ["Kräuter / Herbal", "Plain"]},
    )
    offered = offered_values(soap)
    assert variant_scoped("rosemary oil (Herbal only)", offered)
    assert variant_scoped("olive oil, water; thyme (Kräuter)", offered)
    # A note that names no option value is no scope.
    assert not variant_scoped("cloves (whole)", offered)
    assert not variant_scoped("olive oil, water, lye", offered)


def test_ingredients_scoped_to_variants_stay_in_the_list() -> None:
    tea = Listing(
        external_id="r41-tea",
        title="Loose Leaf Herbal Tea",
        product_type="Tea",
        attributes={
            "Ingredients": [
                "chamomile, lemon balm",
                "hibiscus (Berry only)",
                "ginger root (Spiced only)",
            ],
            "Weight": ["80 g"],
        },
        options={"Blend": ["Berry", "Spiced"]},
    )
    prose = _prose(tea)
    assert "Berry only" not in prose
    assert "hibiscus" not in prose
    assert "ginger root (Spiced only)" in _list(tea)


def test_a_part_only_one_kit_has_is_not_said_of_every_variant() -> None:
    lamp = Listing(
        external_id="r41-lamp",
        title="Clip-on Reading Lamp",
        product_type="Lamp",
        attributes={"Charger": ["5 V wall charger, UK plug (With charger only)"]},
        options={"Kit": ["Lamp only", "With charger"]},
    )
    assert "wall charger" not in _prose(lamp)


def test_one_figure_per_variant_joined_with_and_is_scoped() -> None:
    assert scoped_figures("8 min (Small), 10 min (Medium) and 13 min (Large)") == [
        "8",
        "10",
        "13",
    ]
    rice = Listing(
        external_id="r41-noodles",
        title="Buckwheat Noodles",
        product_type="Noodles",
        attributes={"Cooking time": ["4 min (Thin)", "7 min (Flat)", "9 min (Wide)"]},
        options={"Cut": ["Thin", "Flat", "Wide"]},
    )
    assert "4 min" not in _prose(rice)


def test_figures_said_with_every_scope_are_kept() -> None:
    # "about 30 hours (small) and about 60 hours (large)": the sentence carries each scope.
    lantern = Listing(
        external_id="r41-lantern",
        title="Oil Lantern",
        product_type="Lantern",
        attributes={"Burn time": ["about 30 hours (Small)", "about 60 hours (Large)"]},
        options={"Size": ["Small", "Large"]},
    )
    prose = _prose(lantern)
    assert ("30 hours" in prose) == ("60 hours" in prose)


def test_an_option_of_counts_is_a_choice_not_what_comes_with_it() -> None:
    blocks = Listing(
        external_id="r41-blocks",
        title="Wooden Stacking Rings",
        product_type="Toy",
        attributes={"Material": ["beech wood"]},
        options={"Pieces": ["20 pieces", "50 pieces"]},
    )
    prose = _prose(blocks)
    assert "comes with 20 pieces and 50 pieces" not in prose
    assert "20 pieces or 50 pieces" in prose
    assert "Choose the pieces" not in prose
    # Contents named once (not an option) are still what comes with it.
    bag = Listing(
        external_id="r41-bag",
        title="Canvas Tool Bag",
        product_type="Bag",
        attributes={"Included": ["shoulder strap", "rain cover"]},
    )
    assert sort_facts(bag).includes == ["shoulder strap", "rain cover"]
    assert sort_facts(blocks).choices == [("Pieces", ["20 pieces", "50 pieces"])]


def test_a_tag_phrase_in_the_shops_language_is_no_use_in_the_hook_context() -> None:
    assert foreign_phrase("hecho a mano")
    assert not foreign_phrase("martial arts")
    assert not foreign_phrase("kendo")  # one word: may be the product's own name
    flutes = Listing(
        external_id="r41-flute",
        title="Bamboo Flute",
        product_type="Flute",
        tags=["quena", "hecho a mano", "folk music"],
    )
    context = context_line(flutes)
    assert "hecho a mano" not in context
    assert "quena" in context and "folk music" in context


def test_a_reason_is_found_for_the_part_the_sentence_says() -> None:
    # The second part's reason ("shows up in headlights") is never said of the first part.
    assert _said_part("waxed canvas, cotton lining; reflective piping", "It is waxed canvas") == (
        "waxed canvas, cotton lining; reflective piping"
    )
    assert (
        _said_part(
            "waxed canvas, cotton lining; reflective stitching",
            "It is made of waxed canvas with a cotton lining",
        )
        == "waxed canvas, cotton lining"
    )
    lead = "This Harness is made of nylon webbing with a fleece lining"
    said = with_reason(
        Role.BUILD,
        lead,
        "Material",
        "nylon webbing, fleece lining; reflective stitching",
        0,
        0,
        Voice(plural=False),
        False,
        True,
        "Dog harness",
    )
    assert "headlights" not in said.lead


def _opener(*leads: tuple[str, tuple[str, ...]]) -> str:
    hook = Sentence(Role.HOOK, "The Trail Shoes are", ask="hook", fallback="Introducing …")
    rest = [Sentence(Role.FEATURE, lead, facts=facts, paragraph=1) for lead, facts in leads]
    opened = with_fallback([hook, *rest], "Trail Shoes", Voice(plural=True))
    return opened[0].fallback


def test_a_caveat_or_the_allergens_never_open() -> None:
    upper = ("They have a ripstop mesh upper.", ("ripstop mesh",))
    assert _opener(("They run small.", ("runs small",)), upper).endswith("ripstop mesh upper.")
    assert _opener(("Their lifespan is about 800 km.", ("800 km",)), upper).endswith(
        "ripstop mesh upper."
    )
    assert _opener(("They contain latex and sesame.", ("Allergens",)), upper).endswith(
        "ripstop mesh upper."
    )


def test_a_note_naming_an_option_by_its_shop_side_is_said_in_english() -> None:
    kites = Listing(
        external_id="r41-kite",
        title="Zmaj / Stunt Kite",
        product_type="Zmaj / Kite",
        attributes={"Linija / Line": ["20 m (Početni / Beginner only)", "30 m (Napredni)"]},
        options={"Razina / Level": ["Početni / Beginner", "Napredni / Advanced"]},
    )
    said = in_one_language(kites)
    assert said.attributes["Line"] == ["20 m (Beginner only)", "30 m (Advanced)"]


def test_a_choice_is_kept_where_an_option_value_is_also_a_scoped_label() -> None:
    soup = Listing(
        external_id="r41-soup",
        title="Lentil Soup",
        product_type="Soup",
        attributes={"Hot": ["with chilli (Hot only)"], "Net weight": ["400 g"]},
        options={"Style": ["Mild", "Hot"], "Pack": ["Single", "Six"]},
    )
    prose = _prose(soup).lower()
    assert "mild or hot" in prose
