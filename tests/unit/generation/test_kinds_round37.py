"""Round 37: the kinds after heldout38's and heldout39's notes, on listings invented here. What
a shopper notices: a meta or a short description spends no sentence only offering the options
where the list has a fact to say; a part's value that says what it does is not pasted after
"is"; a count, a limit or a date is asked as such, not "What is the … like?"; a thin listing's
one fact in two languages still gives an FAQ."""

import json

from plugin.domain import DraftKind, Listing
from plugin.generation.faq_english import one_language
from plugin.generation.kind_again import kind_not_said_again
from plugin.generation.kinds_polish import polished
from plugin.generation.like_questions import like_question
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


def _short(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.SHORT_DESCRIPTION))


_TRAY = Listing(
    external_id="r37-tray",
    title="Enamel Seed Tray",
    product_type="Seed tray",
    options={"Colour": ["Sage", "Cream"], "Size": ["Half", "Full"]},
    attributes={
        "Material": ["Enamelled steel"],
        "Drainage": ["Six drainage holes"],
        "Origin": ["Made in Portugal"],
        "Lid": ["Keeps the compost moist"],
    },
)


def test_a_meta_says_a_fact_before_a_choice() -> None:
    paprika = Listing(
        external_id="r37-paprika",
        title="Oak-Smoked Paprika",
        product_type="Spice",
        options={"Grind": ["Fine", "Coarse"], "Tin": ["50 g", "100 g"]},
        attributes={
            "Use": ["Stews and roast potatoes"],
            "Ingredients": ["Smoked paprika 100%"],
            "Heat": ["Mild"],
            "Origin": ["Made in Spain"],
        },
    )
    meta = _meta(paprika)
    assert "Choose" not in meta and "made in Spain" in meta
    assert 120 <= len(meta) <= 160


def test_a_value_that_says_what_a_part_does_is_not_pasted_after_is() -> None:
    assert polished("The hood is keeps frost off.") == "The hood keeps frost off."
    assert polished("The cover is canvas.") == "The cover is canvas."
    answers = faq(_TRAY)
    assert not any(" is keeps " in a for a in answers.values())


def test_a_count_a_limit_and_a_date_are_asked_as_such() -> None:
    stand = Listing(
        external_id="r37-stand",
        title="Slate Pan Stand",
        product_type="Pan stand",
        attributes={
            "Material": ["Welsh slate"],
            "Feet": ["4 cork feet"],
            "Heat": ["Up to 250 °C"],
        },
    )
    answers = faq(stand)
    assert answers.get("How many feet does it have?") == "It has 4 cork feet."
    assert answers.get("How much heat can it take?") == "It takes heat up to 250 °C."
    assert like_question("pressing", "is", "Autumn 2025") == (
        "When was the pressing?",
        "The pressing was in autumn 2025.",
    )
    assert like_question("pressing", "is", "March 2025") == (
        "When was the pressing?",
        "The pressing was in March 2025.",
    )


def test_a_thin_listing_in_two_languages_still_has_an_faq() -> None:
    assert one_language("hörnäpuu / silver birch", paired=True) == "silver birch"
    assert one_language("Cotton / Elastane", paired=False) == "Cotton / Elastane"
    oats = Listing(
        external_id="r37-oats",
        title="Kaurahiutaleet / Jumbo Oat Flakes",
        attributes={"Vilja / Grain": ["täysjyväkaura / wholegrain oats"]},
    )
    answers = faq(oats)
    assert answers and "wholegrain oats" in " ".join(answers.values())


def test_a_short_description_says_a_fact_before_offering_options() -> None:
    relish = Listing(
        external_id="r37-relish",
        title="Green Chilli Relish",
        product_type="Relish",
        options={"Jar": ["200 g", "400 g"]},
        attributes={"Heat": ["Hot"], "Ingredients": ["Green chilli, lime, salt"]},
    )
    short = _short(relish)
    assert "Choose" not in short and "green chilli, lime and salt" in short


def test_a_kind_the_name_says_is_not_named_again_before_its_reason() -> None:
    title = "Felt Door Stop"
    said = kind_not_said_again("This Felt Door Stop is a door stop, so the door stays open.", title)
    assert said == "With the Felt Door Stop, the door stays open."
    assert kind_not_said_again("It is a door stop, so the door stays open.", title) == (
        "The door stays open."
    )
    # A kind the name does not say, or a clause that needs the product named, stays.
    kept = "It is a wedge, so the door stays open."
    assert kind_not_said_again(kept, title) == kept
    kept = "It is a door stop, so you can wedge it under any door."
    assert kind_not_said_again(kept, title) == kept
