"""Round 33: the FAQ after the blind raters' notes on heldout35's kinds, on listings invented
here. What a shopper notices: a FAQ is never empty while the listing has a fact, an answer is
whole sentences whatever shape the shop's value has (a caveat after ";", a state with no
subject, a bare yes or no), and a list of values is said as one, never counted or split."""

from plugin.domain import Listing
from plugin.generation.kinds_polish import polished
from tests.unit.generation.planner_drafts import faq


def _listing(
    title: str, attributes: dict[str, list[str]], options: dict[str, list[str]] | None = None
) -> Listing:
    return Listing(
        external_id=f"r33-{title[:8]}", title=title, attributes=attributes, options=options or {}
    )


def test_a_thing_whose_name_ends_like_an_adjective_is_still_asked() -> None:
    desk = _listing("Fold-Down Wall Desk", {"Table": ["Birch plywood, 60 × 40 cm"]})
    answers = faq(desk)
    assert answers, "one fact, one question at least"
    assert "birch plywood" in " ".join(answers.values()).lower()


def test_fragments_after_a_semicolon_are_said_as_sentences() -> None:
    pan = _listing(
        "Copper Jam Pan",
        {
            "Care": ["Hand wash; not for the oven"],
            "Assembly": ["Required; fixings included"],
            "Storage": ["Dry place; no need to oil"],
            "Lid": ["Not included; fits our 28 cm lid"],
        },
    )
    answers = faq(pan)
    assert answers["How do I care for it?"] == "Hand wash it. It is not for the oven."
    assert answers["How much assembly does it need?"] == (
        "Assembly is required. Fixings are included."
    )
    assert answers["How should I store it?"] == (
        "Store it in a dry place. There is no need to oil."
    )
    assert answers["Is a lid included?"].startswith("No, a lid is not included. ")


def test_a_verb_or_a_state_without_its_subject_gets_one() -> None:
    stool = _listing(
        "Oak Milking Stool",
        {
            "Assembly": ["Comes flat-packed"],
            "Age": ["Sold to adults only"],
            "Fixing": ["2 brass screws"],
        },
    )
    answers = faq(stool)
    assert answers["How much assembly does it need?"] == "It comes flat-packed."
    assert answers["How does it attach?"] == "It attaches with 2 brass screws."
    assert "It is sold to adults only." in answers.values()


def test_a_bare_yes_or_no_says_what_it_answers() -> None:
    level = _listing(
        "Torpedo Level 230 mm",
        {"Body": ["Cast aluminium"], "Carry case": ["No"], "Vials": ["2"]},
    )
    answers = faq(level)
    assert answers["Does it have a carry case?"] == "No, it does not have a carry case."


def test_a_list_of_numbers_is_values_not_a_count() -> None:
    printer = _listing(
        "Desktop Tag Printer",
        {"Tag widths": ["10, 14 and 20 mm"], "Notes per tag": ["1, 2, 3"]},
    )
    said = " ".join(f"{q} {a}" for q, a in faq(printer).items())
    assert "10 tag widths" not in said and "has 10," not in said
    assert "It has tag widths of 10, 14 and 20 mm." in said
    assert "1, 2 or 3 notes" in said


def test_a_skill_level_is_who_it_is_for() -> None:
    kit = _listing(
        "Needle Felting Fox Kit",
        {"Includes": ["Wool roving, 3 colours", "Felting needles"], "Skill level": ["Improver"]},
    )
    assert faq(kit)["Who is it for?"] == "It is for improvers."


def test_an_option_whose_values_hold_a_comma_is_one_choice_each() -> None:
    book = _listing(
        "Lino Print Pattern Pack (PDF)",
        {"File format": ["PDF"]},
        options={"Edition": ["Starter, 8 patterns", "Studio, 24 patterns"]},
    )
    answers = " ".join(faq(book).values())
    assert "starter (8 patterns) or studio (24 patterns)" in answers
    assert "8 patterns, studio" not in answers


def test_a_list_keeps_no_stray_capitals_but_a_language_keeps_its_own() -> None:
    kit = _listing(
        "Paper Marbling Starter Set",
        {"You need": ["Shallow tray and Rubber gloves"], "Language": ["English"]},
    )
    answers = faq(kit)
    assert answers["What else do I need?"] == "You need shallow tray and rubber gloves."


def test_a_value_pasted_into_a_frame_is_said_as_english_says_it() -> None:
    assert polished("It has an sturdy ash frame.") == "It has a sturdy ash frame."
    assert polished("It takes a hour to set.") == "It takes an hour to set."
    assert polished("It has an MDF top and a one-piece seat.") == (
        "It has an MDF top and a one-piece seat."
    )
    assert polished("The Crate is arrives flat-packed.") == "The Crate arrives flat-packed."
    assert polished("It is for sheds and or garages.") == "It is for sheds or garages."
    assert polished("It has a pine body (30 CM) and holds 2 L.") == (
        "It has a pine body (30 cm) and holds 2 L."
    )
    assert polished("It has 4 blade lengths, 6 and 8 in.") == (
        "It has blade lengths of 4, 6 and 8 in."
    )


def test_a_label_that_is_the_products_verb_is_asked_by_it() -> None:
    chutney = _listing(
        "Green Tomato Chutney 300 g",
        {"Jar": ["Glass, 300 g"], "Keeps": ["8 weeks once opened"], "Origin": ["Devon"]},
    )
    answers = faq(chutney)
    assert answers.get("How long does it keep?") == "It keeps for 8 weeks once opened."
    assert not any("How many keeps" in q for q in answers)


def test_a_state_alone_is_said_of_the_thing_asked() -> None:
    lathe = _listing(
        "Bench Wood Lathe 350 mm",
        {"Motor": ["370 W"], "Dust mask": ["Required; sold separately"]},
    )
    said = " ".join(faq(lathe).values())
    assert "A not is" not in said
    assert "A dust mask is required. It is sold separately." in said
