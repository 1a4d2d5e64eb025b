"""Round 25 (heldout27's notes, seen): a limit cut to nothing, labels and values in two
languages, values pasted into frames, an attribute merged into an option's choices, a grouped
selection not named, and prose that leaves out what the buyer must get elsewhere. Every listing
here is written for these tests, never copied from a rated set."""

from __future__ import annotations

import re

from plugin.domain import DraftKind, Listing, Variant
from plugin.engine import sentence_passes
from plugin.generation.english_labels import english_side, in_one_language
from plugin.generation.fact_roles import sort_facts
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import plan_description
from plugin.generation.value_shapes import frame_fault, pasted_value
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, text_of


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r25")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _prose(listing: Listing) -> str:
    html = draft(listing, DraftKind.DESCRIPTION)
    return text_of(re.sub(r"<ul>.*", "", html, flags=re.DOTALL))


def _list(listing: Listing) -> str:
    html = draft(listing, DraftKind.DESCRIPTION)
    return text_of(re.sub(r".*?<ul>", "", html, count=1, flags=re.DOTALL).replace("<li>", "\n"))


# Family 1: a limit never loses the object that gives it meaning.


def test_a_does_not_value_is_said_with_its_name_as_the_object() -> None:
    voice = voice_of("Carburettor Float Kit")
    assert feature_lead("LPG ENGINES", "Does not fit", voice) == "It does not fit LPG engines"
    assert feature_lead("Petrol models", "Does not suit", voice) == (
        "It does not suit petrol models"
    )
    # A verb that needs no object stays as it was.
    assert feature_lead("Validity", "Does not expire", voice) == "It does not expire"


def test_a_fitment_limit_never_stands_alone_in_the_prose() -> None:
    kit = _listing(
        "Carburettor Float Kit for Harlow 20 Mowers",
        {"Fits": "Harlow 20 and 22 mowers", "Electric start models": "Does not fit"},
    )
    prose = _prose(kit)
    assert "It does not fit." not in prose and "does not fit." not in prose.replace(
        "does not fit electric start models.", ""
    )


# Family 2: labels and values in two languages.


def test_a_title_in_two_languages_does_not_say_which_label_side_is_english() -> None:
    honey = _listing(
        "Waldhonig 500 g / Miel de forêt 500 g",
        {"Sorte / Variété": "Waldhonig / Miel de forêt", "Lagerung / Conservation": "2–20 °C"},
        product_type="Honig / Miel",
    )
    assert english_side(honey) is None
    assert "conservation" not in _prose(honey).lower()


def test_a_product_type_in_another_script_still_tells_the_english_side() -> None:
    tea = _listing(
        "抹茶 30g / Ceremonial Matcha, 30 g",
        {"産地 / Grown in": "宇治 / Uji, Japan"},
        product_type="抹茶 / Green tea",
    )
    assert english_side(tea) == 1


def test_option_values_in_two_languages_are_said_on_the_english_side() -> None:
    hinge = _listing(
        "Kastehængsel / Cabinet Hinge, Pair",
        {"Materiale / Material": "Rustfrit stål / Stainless steel"},
        product_type="Hængsel / Hinge",
        options={"Finish": ["Børstet stål / Brushed steel", "Mat sort / Matt black"]},
        variants=[
            Variant(
                sku="H1",
                title="Børstet stål / Brushed steel",
                price="9.00",
                options={"Finish": "Børstet stål / Brushed steel"},
            ),
            Variant(
                sku="H2",
                title="Mat sort / Matt black",
                price="9.00",
                options={"Finish": "Mat sort / Matt black"},
            ),
        ],
    )
    said = in_one_language(hinge)
    assert said.options["Finish"] == ["Brushed steel", "Matt black"]
    prose = _prose(hinge)
    assert "stål" not in prose and "sort /" not in prose.lower()


# Family 3: a value pasted into a frame's slot without its label.


def test_a_value_pasted_into_a_has_slot_fails_the_gate() -> None:
    attributes = {
        "Deck": ["Tongue and groove, 18 mm"],
        "Raised": ["On beech logs"],
        "Frame": ["Steel"],
    }
    assert pasted_value("It has a tongue and groove.", attributes)
    assert pasted_value("It has on beech logs.", attributes)
    assert pasted_value("With an underwired, the Bra has adjustable straps.", attributes)
    assert pasted_value("It has an underwired wire.", attributes)
    assert pasted_value("With a hooded hood, the Parka is warm.", attributes)
    assert not pasted_value("It has adjustable straps.", attributes)
    assert not pasted_value("It has 26 holes.", attributes)


def test_a_state_of_a_part_is_said_of_the_part() -> None:
    voice = voice_of("Linen Camisole")
    assert feature_lead("Straps", "Adjustable", voice) == "It has adjustable straps"
    assert feature_lead("Wire", "Underwired", voice) == "It is underwired"
    assert feature_lead("Lining", "Fully lined", voice) == "It is fully lined"


def test_a_part_in_its_state_opens_plainly_instead_of_introducing() -> None:
    top = _listing("Mesh Sports Top, Navy", {"Wire": "Underwired", "Straps": "Adjustable"})
    leads = [s.lead for s in plan_description(top).sentences]
    assert "It is underwired." in leads
    assert not any("underwired wire" in lead for lead in leads)
    assert not _prose(top).startswith("Introducing")


def test_an_instruction_or_a_pack_count_under_a_name_fails_the_gate() -> None:
    assert frame_fault("Its booking is pick a date after checkout.") == "clause"
    assert frame_fault("Their pack is 6 balls.") == "count"
    assert frame_fault("Its capacity is 12 cups.") is None


# Family 4: an attribute under an option's name is no extra choice.


def test_an_attribute_sharing_an_options_name_but_no_value_gets_its_own_line() -> None:
    stick = _listing(
        "Carbon Hockey Stick 36",
        {"Blade": "Low bow, stiff"},
        options={"Blade": ["Left", "Right"]},
        variants=[
            Variant(sku="L", title="Left", price="80.00", options={"Blade": "Left"}),
            Variant(sku="R", title="Right", price="80.00", options={"Blade": "Right"}),
        ],
    )
    facts = sort_facts(stick)
    assert facts.values_of["Blade"] == ["Left", "Right"]
    assert facts.values_of["Blade details"] == ["Low bow, stiff"]
    assert "low bow" not in _prose(stick).lower().split("choose")[-1]


# Family 5: a grouped selection names its items.


def test_a_selection_with_children_names_them() -> None:
    trio = _listing(
        "Three Welsh Honeys, 340 g Each",
        {"Storage": "Cool and dry"},
        product_type="Honey selection",
        categories=["Food > Honey > Selections"],
        children=["Heather Honey, 340 g", "Clover Honey, 340 g", "Borage Honey, 340 g"],
    )
    prose = _prose(trio)
    assert "Heather Honey" in prose and "Borage Honey" in prose
    assert "selections." not in prose


# Family 6: what the buyer must get elsewhere, and plain facts that were left to the list.


def test_what_is_not_included_is_said_once_at_the_end() -> None:
    store = _listing(
        "Cedar Boot Rack, 4 Pairs",
        {
            "Capacity": "About 4 pairs of boots",
            "Wall fixings": "Not included",
            "Drip tray": "Sold separately",
        },
    )
    plan = plan_description(store)
    leads = [s.lead for s in plan.sentences]
    assert leads[-1] == "The wall fixings are not included. The drip tray is sold separately."
    assert "It holds about 4 pairs of boots." in leads
    prose = _prose(store)
    assert prose.endswith("The drip tray is sold separately.")
    assert sentence_passes(store, prose)


def test_a_fits_value_with_its_size_in_brackets_is_said_as_what_it_fits() -> None:
    voice = voice_of("Hot-Melt Glue Sticks")
    assert feature_lead("Fits", "Full-size glue guns, 1/2 in (12 mm)", voice) == (
        "They fit full-size glue guns, 1/2 in"
    )
