"""Round 32: the short description, the meta and the FAQ after the blind raters' notes on
heldout34's kinds, on sentences and listings invented here. What a shopper notices: the first
words of a catalogue's short descriptions and metas are not all "The <name> …", what a fact does
for the buyer is said first where the listing says it, and a FAQ is never empty while the listing
has a fact."""

from plugin.domain import Listing
from plugin.generation.varied_opening import varied_opening
from tests.unit.generation.planner_drafts import faq

NAME = "Walnut Desk Tidy"
REASONED = [f"The {NAME} has a cork base, so it stays put on glass.", "It comes in 2 sizes."]


def _openings(texts: list[str], name: str = NAME) -> set[str]:
    return {varied_opening(texts, (name,), turn, 200)[0] for turn in range(6)}


def test_a_reason_leads_in_several_shapes_across_a_catalogue() -> None:
    openings = _openings(REASONED)
    assert f"With its cork base, the {NAME} stays put on glass." in openings
    assert f"Thanks to its cork base, the {NAME} stays put on glass." in openings
    assert f"Because it has a cork base, the {NAME} stays put on glass." in openings
    assert REASONED[0] not in openings  # what it does for the buyer always leads


def test_a_material_with_what_it_does_leads_with_the_material() -> None:
    texts = [f"The {NAME} is made of walnut, which darkens with age."]
    assert f"Made of walnut, the {NAME} darkens with age." in _openings(texts)
    # One shape: it and the line as written take turns, so the meta and the short differ.
    assert varied_opening(texts, (NAME,), 0, 200) != varied_opening(texts, (NAME,), 1, 200)
    plural = ["The Walnut Coasters are made of walnut, which darkens with age."]
    assert _openings(plural, "Walnut Coasters") == {plural[0]}


def test_a_plural_name_takes_their() -> None:
    texts = ["The Felt Coasters have a cork back, so they stay put."]
    assert "With their cork back, the Felt Coasters stay put." in _openings(texts, "Felt Coasters")


def test_a_consequence_without_a_pronoun_stays_after_its_fact() -> None:
    # Round 51: the colon shape ("Desks stay unmarked: the … has felt feet.") read as a template
    # to round 52's raters; the line is said as written.
    texts = [f"The {NAME} has felt feet, so desks stay unmarked."]
    assert _openings(texts) == {texts[0]}


def test_a_consequence_that_says_their_before_the_name_is_left() -> None:
    texts = [f"The {NAME} has a hallmark, so their maker is known."]
    assert _openings(texts) == {texts[0]}


def test_a_reason_said_second_leads_and_the_first_line_follows_with_it() -> None:
    texts = [f"The {NAME} comes in 2 sizes.", "It is made of walnut, so it ages well."]
    varied = {tuple(varied_opening(texts, (NAME,), turn, 200)) for turn in range(4)}
    assert (f"Made of walnut, the {NAME} ages well.", "It comes in 2 sizes.") in varied


def test_a_material_fronts_the_next_plain_statement() -> None:
    texts = [f"The {NAME} is made of walnut.", "It comes in 2 sizes."]
    assert f"Made of walnut, the {NAME} comes in 2 sizes." in _openings(texts)


def test_what_it_is_for_fronts_the_next_plain_statement() -> None:
    texts = [f"The {NAME} is for pens and cables.", "It comes in 2 sizes."]
    assert f"For pens and cables, the {NAME} comes in 2 sizes." in _openings(texts)
    assert _openings([f"The {NAME} is for indoor use only.", "It comes in 2 sizes."]) == {
        f"The {NAME} is for indoor use only."
    }


def test_a_varied_opening_never_passes_the_limit() -> None:
    limit = len(" ".join(REASONED))
    for turn in range(6):
        assert len(" ".join(varied_opening(REASONED, (NAME,), turn, limit))) <= limit


def test_a_listing_whose_only_fact_is_a_label_left_open_gets_a_question() -> None:
    rammer = Listing(
        external_id="r32-rammer",
        title="Fence Rammer 4 in",
        attributes={"Fits stakes up to": ["4 in (100 mm)"]},
    )
    assert faq(rammer) == {"What does it fit?": "It fits stakes up to 4 in (100 mm)."}


def test_a_unit_said_as_a_word_in_a_key_is_said_after_the_number() -> None:
    press = Listing(
        external_id="r32-press",
        title="Hydraulic Shop Press",
        attributes={"press_force_tons": ["12"], "stroke_time_seconds": ["8"]},
    )
    answers = faq(press)
    assert answers.get("What is the press force?") == "The press force is 12 tons."
    assert answers.get("What is the stroke time?") == "The stroke time is 8 seconds."


def test_a_use_that_is_a_limit_is_not_said_as_what_it_is_for() -> None:
    sandals = Listing(
        external_id="r32-sandals",
        title="Woven Rope Sandals",
        attributes={"Use": ["Not for use in the sea"], "Upper": ["Cotton rope"]},
    )
    answers = faq(sandals)
    assert "They are for not for use in the sea." not in answers.values()
    assert answers.get("What should I not use them for?") == "They are not for use in the sea."


def _pot(label: str, value: str) -> dict[str, str]:
    return faq(
        Listing(
            external_id="r32-pot",
            title="Terracotta Bean Pot",
            attributes={label: [value], "Capacity": ["2 litres"]},
        )
    )


def test_an_instruction_a_time_or_a_name_is_not_asked_what_it_is_like() -> None:
    first = _pot("First use", "Soak in cold water overnight")
    assert first.get("What should I know about the first use?") == ("Soak in cold water overnight.")
    made = _pot("Curing period", "About 10 days")
    assert made.get("How long is the curing period?") == "The curing period is about 10 days."
    named = _pot("Pottery name", "Casa Olla")
    assert named.get("What is the pottery name?") == "The pottery name is Casa Olla."


def test_a_value_naming_what_a_part_has_is_not_said_as_a_kind_of_part() -> None:
    answers = _pot("Handles", "Raised grip ridges")
    assert answers.get("What kind of handles does it have?") == (
        "The handles have raised grip ridges."
    )


def test_an_option_of_bare_counts_says_what_it_counts() -> None:
    answers = faq(
        Listing(
            external_id="r32-rack",
            title="Wall Peg Rack",
            attributes={"Material": ["Beech"]},
            options={"Pegs": ["4", "6"]},
        )
    )
    assert answers.get("How many pegs does it come with?") == "It comes with 4 or 6 pegs."
