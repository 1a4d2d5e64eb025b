"""Round 35: the kinds after the blind raters' notes on heldout37's, on listings invented here.
What a shopper notices: a FAQ is never empty while the listing has a fact, and a thin one asks
what its tags state; an amount per 100 g keeps its figure; a label's value is asked as a
shopper asks it, not read back; a value in two languages is said once, in English; a shop's
capitals are said in a sentence's case."""

import json

from plugin.domain import DraftKind, FaqItem, Listing
from plugin.generation.answer_fit import fitted
from plugin.generation.kinds_polish import polished
from plugin.generation.letter_case import caps_in_sentence
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


def test_a_faq_asks_the_one_fact_the_title_names() -> None:
    wedge = Listing(
        external_id="r35-wedge", title="Brass Door Wedge", attributes={"Material": ["Brass"]}
    )
    answers = faq(wedge)
    assert list(answers) == ["What is it made of?"] and "brass" in answers["What is it made of?"]


def test_a_thin_listing_asks_what_its_tags_state() -> None:
    board = Listing(
        external_id="r35-board",
        title="Bread Board",
        tags=["kitchen", "made in estonia", "walnut"],
        attributes={"Length": ["40 cm"]},
    )
    answers = faq(board)
    assert answers.get("Where is it made?") == "It is made in Estonia."
    assert answers.get("What is it made of?") == "It is made of walnut."
    assert "It is made in Estonia." in _meta(board)
    # An origin the listing gives itself is not said again from a tag.
    given = Listing(
        external_id="r35-given",
        title="Bread Board",
        tags=["made in estonia"],
        attributes={"Length": ["40 cm"], "Origin": ["Latvia"]},
    )
    assert "Estonia" not in " ".join(faq(given).values())


def test_an_allergen_is_asked_whatever_the_ingredients_said() -> None:
    bar = Listing(
        external_id="r35-bar",
        title="Seed Bar",
        attributes={"Ingredients": ["Oats, peanuts, honey"], "Allergens": ["Peanuts"]},
    )
    assert faq(bar).get("Which allergens does it contain?") == "It contains peanuts."


def test_an_amount_per_100_g_keeps_its_figure() -> None:
    biscuits = Listing(
        external_id="r35-biscuits",
        title="Kaurakeksit / Oat Biscuits",
        attributes={
            "Ainekset / Ingredients": ["kaura, voi / oats, butter"],
            "Proteiini / Protein": ["9,1 g / 100 g"],
        },
    )
    answers = faq(biscuits)
    assert answers.get("How much protein does it have?") == "It has 9.1 g of protein per 100 g."
    assert not any(a.rstrip(".").endswith(" 100 g") and "per" not in a for a in answers.values())


def test_a_labels_value_is_asked_not_read_back() -> None:
    said = fitted(FaqItem("What is the sugar?", "The sugar is 4 g per 100 g."))
    assert said == FaqItem("How much sugar does it have?", "It has 4 g of sugar per 100 g.")
    said = fitted(FaqItem("What is the tin?", "The tin is 500 g."))
    assert said == FaqItem("How much is in a tin?", "Each tin holds 500 g.")
    said = fitted(FaqItem("What is the gluten like?", "The gluten is gluten-free."))
    assert said == FaqItem("Is it gluten-free?", "Yes, it is gluten-free.")
    assert polished("The straps are padded, adjustable.") == "The straps are padded and adjustable."
    assert polished("The handle is walnut, oiled.") == "The handle is walnut, oiled."
    assert polished("It comes in s (38–40) or m (41–43).") == "It comes in S (38–40) or M (41–43)."


def test_a_value_in_two_languages_is_said_once_in_english() -> None:
    scarf = Listing(
        external_id="r35-scarf",
        title="Écharpe tissée / Woven Scarf",
        attributes={
            "Matière / Material": ["70 % laine, 30 % soie / 70% wool, 30% silk"],
            "Couleur / Colour": ["Rouge / Red", "Vert forêt / Forest green"],
        },
    )
    short = text_of(draft(scarf, DraftKind.SHORT_DESCRIPTION))
    for text in (_meta(scarf), short, *faq(scarf).values()):
        assert "laine" not in text and "Rouge" not in text and "forêt" not in text.lower(), text


def test_a_shops_capitals_are_said_in_a_sentences_case() -> None:
    assert caps_in_sentence("It contains RYE FLOUR, OATS, MALT AND SALT.") == (
        "It contains rye flour, oats, malt and salt."
    )
    assert caps_in_sentence("The heat is MILD.") == "The heat is mild."
    assert caps_in_sentence("It is made of MDF with a PVC edge.") == (
        "It is made of MDF with a PVC edge."
    )
    assert polished("It comes in 10 IN or 12 IN.") == "It comes in 10 in or 12 in."
    assert polished("Wash at 30 °c.") == "Wash at 30 °C."


def test_a_bare_yes_or_no_is_said_by_one_reader() -> None:
    # ``answer_fit`` asks ``whole_answers.yes_no_said``: a "yes" to "does" says its verb's fact.
    assert fitted(FaqItem("Does it fold flat?", "Yes.")).answer == "Yes, it folds flat."
    assert fitted(FaqItem("Is it oven safe?", "No.")).answer == "No, it is not oven safe."
    assert fitted(FaqItem("Can they be composted?", "No.")).answer == (
        "No, they cannot be composted."
    )
