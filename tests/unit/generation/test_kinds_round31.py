"""Round 31: the FAQ, the SEO title and meta and the short description after the blind raters'
notes on heldout33's kinds, on listings invented here. What a shopper or a merchant notices: no
question built from a label that is part of a sentence ("What is the for pipe?", "Does it have
a can be trimmed?"), a count per item asked "How many …", a two-language name too long for a
title said in English rather than cut off, and no value in the shop's capitals."""

from plugin.domain import DraftKind, Listing, seo_from_text
from plugin.generation.faq_flags import flag_question
from plugin.generation.letter_case import caps_in_sentence
from plugin.generation.pitch import says_use
from plugin.generation.plan import plan_description
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of

RACK = Listing(
    external_id="r31-rack",
    title="Wall Spice Rack, Oak",
    product_type="Spice rack",
    attributes={
        "Jars per shelf": ["8"],
        "For jars": ["Up to 60 mm diameter"],
        "Each shelf": ["Two rails, a lip at the front"],
        "Price covers": ["The rack only"],
        "Refill or swap": ["Any time from our shop"],
        "Can be trimmed": ["Yes, with a fine saw"],
    },
)
BOXES = Listing(
    external_id="r31-boxes",
    title="Kraft Gift Boxes, Pack of 50",
    product_type="Gift box",
    attributes={"MATERIAL": ["RECYCLED KRAFT PAPER"], "FREEZER": ["YES, UP TO 3 MONTHS"]},
)
LAMP = Listing(
    external_id="r31-lamp",
    title="Lampa stołowa z mosiądzu z abażurem lnianym / Brass Table Lamp with Linen Shade",
    product_type="Table lamp",
    attributes={"Material": ["Brass"], "Height": ["48 cm"]},
)


def test_a_label_that_is_part_of_a_sentence_is_not_asked() -> None:
    questions = faq(RACK)
    for question in questions:
        for pasted in ("the for jars", "of each shelf", "price covers", "refill or swap", "a can"):
            assert pasted not in question.lower()


def test_a_modal_label_is_asked_as_a_question() -> None:
    one, two = voice_of("Curtain Track"), voice_of("Garden Shears")
    assert flag_question("Can be trimmed", one) == "Can it be trimmed?"
    assert flag_question("Will fit most hoses", two) == "Will they fit most hoses?"
    assert flag_question("For pipe", one) is None


def test_a_count_per_item_is_asked_how_many() -> None:
    questions = faq(RACK)
    assert questions.get("How many jars are on each shelf?") == "Each shelf has 8 jars."
    assert not any(question.startswith("How much jars") for question in questions)


def test_a_two_language_name_too_long_for_a_title_is_said_in_english() -> None:
    title = seo_from_text(draft(LAMP, DraftKind.SEO)).title
    assert title.startswith("Brass Table Lamp with Linen Shade")
    assert "…" not in title and len(title) <= 70


def test_values_in_capitals_are_said_in_a_sentences_case() -> None:
    assert caps_in_sentence("They are made of RECYCLED KRAFT PAPER.") == (
        "They are made of recycled kraft paper."
    )
    assert caps_in_sentence("Yes, UP TO 3 MONTHS.") == "Yes, up to 3 months."
    assert caps_in_sentence("It meets EN ISO 20345 and has UV LED lights.") == (
        "It meets EN ISO 20345 and has UV LED lights."
    )
    assert caps_in_sentence("It is printed On demand.") == "It is printed on demand."
    assert "RECYCLED" not in seo_from_text(draft(BOXES, DraftKind.SEO)).title
    for text in [
        seo_from_text(draft(BOXES, DraftKind.SEO)).description,
        text_of(draft(BOXES, DraftKind.SHORT_DESCRIPTION)),
        *faq(BOXES).values(),
    ]:
        assert "RECYCLED" not in text and "MONTHS" not in text


FLOAT = Listing(
    external_id="r31-float",
    title="Plastering Float, Stainless",
    product_type="Float",
    attributes={
        "Use": ["For smoothing lime and gypsum plaster"],
        "Blade": ["Stainless steel, 0.6 mm, flexible"],
        "Handle": ["Cork, glued and riveted"],
    },
)


def test_what_it_is_for_leads_the_short_description() -> None:
    text = text_of(draft(FLOAT, DraftKind.SHORT_DESCRIPTION))
    assert text.index("is for smoothing") < text.index("blade")
    plan = plan_description(FLOAT)
    assert says_use("It is for smoothing plaster.", plan)
    assert says_use("They fit 22 mm pipe.", plan)
    assert not says_use("It is for indoor use only.", plan)
