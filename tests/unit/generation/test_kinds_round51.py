"""Round 51: the FAQ, the short description and the meta after the round 52 notes, on listings
invented here. A label whose value is a place, "included", a fuel, a technique, an age or a bare
count of people is asked as a shopper asks it; the consequence-first opening ("<reason>: the …
has …") is no longer written; a set is not called one thing in an aside; "has 2 sleeps" and "has a
… fuel" are said with their verbs."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.kinds_final import finished
from plugin.generation.kinds_mend import mended
from plugin.generation.label_shapes import shaped_question
from plugin.generation.varied_opening import varied_opening
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of


def test_label_values_are_asked_as_a_shopper_asks() -> None:
    one, many = voice_of("Ridge Tent"), voice_of("Linen Napkins, Set of 6")
    assert shaped_question("guy lines", "are", "top and bottom", one) == (
        "Where are the guy lines?",
        "The guy lines are on the top and bottom.",
    )
    assert shaped_question("wall plugs", "are", "included", one) == (
        "Are the wall plugs included?",
        "Yes, the wall plugs are included.",
    )
    assert shaped_question("screws", "are", "brass wood screws, included", one) == (
        "Are the screws included?",
        "Yes, the screws are included: brass wood screws.",
    )
    assert shaped_question("wick", "is", "cotton, included", one) == (
        "Is the wick included?",
        "Yes, the cotton wick is included.",
    )
    assert shaped_question("fuel", "is", "paraffin or lamp oil", one) == (
        "What fuel does it use?",
        "It uses paraffin or lamp oil.",
    )
    assert shaped_question("technique", "is", "ikat weaving", many) == (
        "How are they made?",
        "They are made with the ikat weaving technique.",
    )
    assert shaped_question("year levels", "are", "Years 3–5", one) == (
        "Who is it for?",
        "It is for years 3–5.",
    )
    assert shaped_question("suitable ages", "are", "6–10", one) == (
        "Who is it for?",
        "It is for ages 6–10.",
    )
    assert shaped_question("sleeps", "are", "1", one) == (
        "How many people does it sleep?",
        "It sleeps one person.",
    )
    assert shaped_question("poles", "are", "3 x fibreglass", one) == (
        "How many poles does it have?",
        "It has 3 fibreglass poles.",
    )
    assert shaped_question("canvas", "are", "300 gsm cotton canvas", one) == (
        "What is the canvas made of?",
        "The canvas is 300 gsm cotton canvas.",
    )
    assert shaped_question("motor", "is", "350 W mid drive", one) == (
        "What motor does it have?",
        "It has a 350 W mid drive motor.",
    )
    assert shaped_question("connectivity", "is", "Bluetooth, USB-C", one) == (
        "How does it connect?",
        "It connects via Bluetooth or USB-C.",
    )
    # A quality's grade is not who it is for; a value of another shape keeps its question.
    assert shaped_question("grade", "is", "Extra Virgin", one) is None
    assert shaped_question("lining", "is", "quilted satin", one) is None


def test_a_planned_faq_asks_the_shapes() -> None:
    tent = Listing(
        external_id="r51-tent",
        title="Ridge Tent for Two",
        product_type="Tent",
        attributes={"Sleeps": ["2"], "Guy lines": ["top and bottom"], "Pegs": ["included"]},
    )
    answers = faq(tent)
    assert answers.get("How many people does it sleep?") == "It sleeps 2 people.", answers
    assert "Where are the guy lines?" in answers, answers
    assert not any(q.endswith(" like?") or "sleeps does" in q for q in answers), answers


def test_the_reason_first_colon_opening_is_not_written() -> None:
    name = "Felt Shelf Liner"
    first = f"The {name} has felt pads, so shelves stay unmarked."
    for turn in range(8):
        said = varied_opening([first], (name,), turn, 200)
        assert not said[0].startswith("Shelves stay unmarked:"), said


def test_a_set_is_not_called_one_thing_and_pasted_verbs_read() -> None:
    title = "Clay Oil Lamp Set of 3"
    assert finished(f"The {title}, an oil lamp, is handmade. It is 6 cm high.", title) == (
        f"The {title} is handmade. It is 6 cm high."
    )
    tent = "Ridge Tent for Two"
    assert finished(f"The {tent} has 2 sleeps. It has a sesame oil fuel.", tent) == (
        f"The {tent} sleeps 2 people. It uses sesame oil."
    )
    lamp = Listing(
        external_id="r51-lamp",
        title=title,
        product_type="Oil lamp",
        attributes={"Material": ["terracotta"], "Fuel": ["sesame oil"]},
    )
    for kind in (DraftKind.SEO, DraftKind.SHORT_DESCRIPTION):
        text = text_of(draft(lamp, kind))
        assert "oil fuel" not in text and "Its fuel" not in text, text


def test_what_is_it_is_left_out_beside_other_questions() -> None:
    trike = Listing(
        external_id="r51-trike",
        title="Cargo Trike 250 W",
        product_type="Electric bike",
        attributes={"Motor": ["250 W mid drive"], "Battery": ["500 Wh"], "Frame": ["aluminium"]},
    )
    answers = faq(trike)
    assert "What is it?" not in answers, answers
    assert answers.get("What motor does it have?") == "It has a 250 W mid drive motor.", answers


def test_a_part_sold_as_stuff_takes_no_article() -> None:
    assert mended("It has a polyester webbing.") == "It has polyester webbing."
    assert mended("It has a foam padding and a zip.") == "It has foam padding and a zip."
    # A countable part after the stuff keeps its article.
    assert mended("It has a polyester webbing strap.") == "It has a polyester webbing strap."
