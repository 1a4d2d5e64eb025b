"""Round 29 (heldout31's raters, description): the families they marked, on listings written
here. A shop's plural value pasted after "a"; a use limited by "only"; an option value both
languages share with a two-language note, cut at its bracket; the colours of several parts
offered as one choice; a type's purpose where a trade before its name makes it another tool; a
paper's state said of the product; and a rich listing's parts left to the list."""

from __future__ import annotations

import html
import re

from plugin.domain import DraftKind, Listing, Verdict, verdict_of
from plugin.generation.agreement import agreed
from plugin.generation.compose import choose
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.guardrails import check


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r29")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _draft(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None))


def _prose(listing: Listing) -> str:
    text = re.sub(r"<ul>.*", "", _draft(listing), flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _list(listing: Listing) -> str:
    found = re.search(r"<ul>.*", _draft(listing), flags=re.DOTALL)
    return html.unescape(found.group()) if found else ""


def _passes(listing: Listing) -> bool:
    return verdict_of(check(listing, _draft(listing), DraftKind.DESCRIPTION)) is not Verdict.BLOCK


# 1. No "a" or "an" before a plural value pasted into a frame.


def test_a_plural_value_in_a_fits_frame_takes_no_article() -> None:
    blade = _listing(
        "Replacement Scraper Blade, 10 cm",
        {"Fits": "Scraper handles with a 10 cm slot", "Edge": "Bevelled"},
        product_type="Scraper blade",
    )
    prose = _prose(blade)
    assert "fits scraper handles with a 10 cm slot" in prose, prose
    assert not re.search(r"\ban? scraper handles\b", prose), prose
    assert _passes(blade)


def test_a_service_gives_plural_files_without_an_article() -> None:
    scan = _listing(
        "Slide Scanning Service",
        {"You receive": "PNG and PDF files by email", "Turnaround": "10 working days"},
        product_type="Service",
    )
    prose = _prose(scan)
    assert "a PNG and PDF files" not in prose, prose
    assert "PNG and PDF files" in prose, prose


def test_only_a_plural_head_loses_its_article() -> None:
    assert agreed("It has an unglazed feet.") == "It has unglazed feet."
    assert agreed("It has a lifetime guarantee against defects.") == (
        "It has a lifetime guarantee against defects."
    )
    assert agreed("It comes as a pack of 12 pegs.") == "It comes as a pack of 12 pegs."
    assert agreed("It has a kettle and two mugs.") == "It has a kettle and two mugs."
    assert agreed("It plays with a few chords.") == "It plays with a few chords."


# 2. A use limited by "only" reads as a use, not "It is for only on …".


def test_a_use_limited_to_a_place_reads_for_use_only() -> None:
    chalk = _listing(
        "Liquid Climbing Chalk 250 ml",
        {"Use": "Only on indoor walls", "Volume": "250 ml"},
        product_type="Climbing chalk",
    )
    prose = _prose(chalk)
    assert "for only" not in prose, prose
    assert "for use only on indoor walls" in prose, prose


# 3. A value both languages share, with a note in both, is kept whole on its English side.


def test_an_option_with_a_two_language_note_keeps_its_value() -> None:
    recorder = _listing(
        "Blockflöte aus Birnbaum / Pearwood Recorder",
        {"Holz / Wood": "Birnbaum / Pearwood", "Etui / Case": "Nicht enthalten / Not included"},
        options={"Stimmung / Tuning": ["C", "F", "A (tief / low)"]},
        product_type="Blockflöte / Recorder",
    )
    shown = f"{_prose(recorder)} {_list(recorder)}"
    assert "A (low)" in shown, shown
    assert not re.search(r"(^|[^(\w])low\)", shown), shown


def test_a_measure_with_a_two_language_note_keeps_its_number() -> None:
    nut = _listing(
        "Sattel aus Knochen / Bone Nut Blank",
        {"Breite / Width": "43 mm (ungeschliffen / unshaped)", "Material": "Knochen / Bone"},
        product_type="Sattel / Nut blank",
    )
    assert "43 mm (unshaped)" in _list(nut), _list(nut)


# 4. The colours of several parts are no choice.


def test_colours_of_several_parts_are_not_offered_as_a_choice() -> None:
    reeds = _listing(
        "Bagpipe Drone Reed Set",
        {
            "Reeds": "3 drone reeds",
            "Bass reed colour": "Black",
            "Tenor reed colour": "Green",
            "Fits": "Standard Highland pipes",
        },
        product_type="Drone reeds",
    )
    prose = _prose(reeds).lower()
    assert "black or green" not in prose, prose
    assert "choose" not in prose, prose


def test_the_colour_of_the_part_a_product_is_said_of_the_product() -> None:
    ties = _listing(
        "Garden Cable Ties, Bag of 100",
        {"Tie colour": "Black", "Length": "20 cm"},
        product_type="Cable ties",
    )
    prose = _prose(ties)
    assert "They are black." in prose, prose
    assert "a black tie" not in prose, prose


# 5. A trade before a tool's name makes it another tool than the type's general purpose.


def test_a_trade_the_listing_is_filed_under_keeps_a_general_purpose_out() -> None:
    veneer = _listing(
        "Brass Veneer Hammer",
        {"Head": "Brass, 10 cm wide", "Handle": "Beech"},
        product_type="Veneer hammer",
        tags=["veneering", "marquetry"],
        categories=["Woodworking > Veneering > Hammers"],
    )
    assert "drive nails" not in _prose(veneer), _prose(veneer)
    claw = _listing("Claw Hammer 16 oz", {"Handle": "Hickory"}, product_type="Hammer")
    assert re.search(r"drives? nails", _prose(claw)), _prose(claw)


# 6. A paper's state is the paper's.


def test_a_paper_printed_somewhere_is_said_of_the_paper() -> None:
    gloves = _listing(
        "Goalkeeper Gloves, Adult",
        {"Size chart": "Printed on the box", "Palm": "4 mm latex"},
        product_type="Goalkeeper gloves",
    )
    prose = _prose(gloves)
    assert "They are printed on the box" not in prose, prose
    assert "It is printed on the box" not in prose, prose


# 7. A rich listing's parts are said, in one sentence, not left to the list.


def test_a_rich_listing_says_its_parts_in_the_prose() -> None:
    mandolin = _listing(
        "A-Style Mandolin, Sunburst",
        {
            "Top": "Spruce",
            "Neck": "Mahogany",
            "Fretboard": "Rosewood, no inlays",
            "Strings": "Phosphor bronze, fitted",
            "Case": "Gig bag included; hard case sold separately",
            "Scale length": "13 7/8 in",
        },
        product_type="Mandolin",
    )
    prose = _prose(mandolin)
    assert "mahogany neck" in prose, prose
    assert "rosewood fretboard without inlays" in prose, prose
    assert "comes with a gig bag" in prose, prose
    assert "hard case" not in prose, prose
    assert len(prose.split()) >= 25, prose
    assert _passes(mandolin)


def test_a_label_naming_the_stuff_is_no_part() -> None:
    spoon = _listing(
        "Carved Eating Spoon",
        {"Wood": "Cherry", "Finish": "Food-safe oil", "Length": "18 cm"},
        product_type="Wooden spoon",
    )
    prose = _prose(spoon)
    assert "a cherry wood" not in prose, prose
    assert "It has a food-safe oil finish" not in prose, prose


def test_an_adjustable_part_is_said_with_its_settings() -> None:
    cube = _listing(
        "Magnetic Pyraminx Puzzle",
        {"Magnets": "24", "Tension": "Adjustable, 4 settings", "Size": "98 mm"},
        product_type="Puzzle",
    )
    prose = _prose(cube)
    assert "Its tension is adjustable, with 4 settings." in prose, prose


def test_a_value_written_in_capitals_is_said_in_lower_case() -> None:
    hurdles = _listing(
        "Agility Hurdle Set of 4",
        {"STORAGE BAG": "Included", "BARS": "4", "FEET": "Rubber"},
        product_type="Agility hurdles",
    )
    prose = _prose(hurdles)
    assert "comes with a storage bag" in prose, prose
    assert "With rubber feet" in prose, prose
