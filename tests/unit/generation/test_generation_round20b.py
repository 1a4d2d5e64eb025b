"""Round 20b: reasons and purposes said of the wrong product, or promising more than the fact.

Heldout22's raters marked invented claims and silly lines that came from a rule firing on a
product it was not written for, or on a fact that denies it. The listings here are written for
the tests; none is a rated one.
"""

from plugin.domain import Listing
from plugin.generation.benefits import benefit_for, contradicted
from plugin.generation.compose import finish
from plugin.generation.plan import plan_description
from plugin.generation.purpose import purpose_of
from plugin.generation.scoring import listing_words


def _said(listing: Listing) -> str:
    return " ".join(finish(s, None) for s in plan_description(listing).sentences)


def test_a_denial_inside_what_a_rule_matched_denies_it() -> None:
    """ "^mounting: .*included" matched "… wall bracket not included"."""
    assert benefit_for("Mounting", "Two screw holes; bracket not included", 0) is None
    assert benefit_for("Hanging", "Keyhole slots, screws not supplied", 0) is None
    assert benefit_for("Mounting", "Screws and wall plugs included", 0) is not None


def test_a_reason_that_promises_nothing_else_is_needed_is_not_said_when_the_fact_withholds() -> (
    None
):
    """ "Needle included, pump not included, so it can be pumped up straight away"."""
    assert benefit_for("Supplied", "Inflation needle included, pump not included", 0) is None
    assert benefit_for("Supplied", "Inflation needle included", 0) is not None
    # "No assembly required" withholds nothing.
    assert benefit_for("Assembly", "No assembly required", 0) is not None


def test_a_value_that_denies_its_own_name_gets_no_reason() -> None:
    """ "Collar: Crew neck, no collar" is no collar with a reason about it."""
    assert benefit_for("Neckline", "Crew neck, no neckline trim", 0) is None
    assert benefit_for("Collar", "Round neck, no collar", 0) is None
    assert benefit_for("Neckline", "Crew neck", 0) is not None
    jersey = Listing(
        external_id="j",
        title="Team Training Top",
        product_type="Training top",
        attributes={"Collar": ["Crew neck, no collar"]},
    )
    assert "layers neatly" not in _said(jersey)


def test_a_water_claim_on_one_part_is_not_said_of_the_whole_product() -> None:
    """ "Waterproof receiver and servo" does not make the whole model waterproof."""
    assert benefit_for("Electronics", "Waterproof receiver and servo", 0) is None
    zip_reason = benefit_for("Features", "Water-resistant zip", 0) or ""
    assert "splash" not in zip_reason and "wet" not in zip_reason
    assert benefit_for("Waterproof", "Yes", 0) == "so water stays on the outside"
    assert benefit_for("Shell", "Waterproof nylon", 0) == "so water stays on the outside"


def test_rust_is_resisted_not_ruled_out() -> None:
    for name, value in (
        ("Frame", "Galvanised steel"),
        ("Material", "Stainless steel"),
        ("Finish", "Rust-resistant coating"),
    ):
        reason = benefit_for(name, value, 0, product="storage rack")
        assert reason and "will not rust" not in reason and "outdoors" not in reason
    shelves = Listing(
        external_id="s",
        title="Garage Shelf Unit, 4 Tiers",
        product_type="Shelving",
        attributes={"Frame": ["Galvanised steel"]},
    )
    said = _said(shelves)
    assert "resists rust" in said or "keeps rust at bay" in said
    assert "outdoors" not in said and "outside" not in said


def test_a_hobby_rule_is_kept_to_its_products() -> None:
    """A metal detector's notch discrimination is not a notched spreader's tag."""
    spreader = Listing(external_id="n", title="Notched Adhesive Spreader", tags=["notched"])
    assert "junk metal" not in _said(spreader).lower()
    assert benefit_for("Notch discrimination", "Yes", 0, product="metal detector")


def test_an_adjustable_fact_is_said_plainly() -> None:
    """ "So you can set it just right" was filler on many kinds of product."""
    assert benefit_for("Adjustable", "Yes", 0) is None
    stand = Listing(external_id="a", title="Music Stand", attributes={"Adjustable": ["Yes"]})
    assert "just right" not in _said(stand)


def test_a_clear_coating_keeps_no_colours() -> None:
    assert benefit_for("UV resistant", "Yes", 0, product="clear casting resin") == (
        "so it resists yellowing in the sun"
    )
    assert benefit_for("UV resistant", "Yes", 0, product="braided fishing line") == (
        "so it holds up in the sun"
    )
    assert benefit_for("UV resistant", "Yes", 0, product="garden flag") == (
        "so colours hold up in the sun"
    )


def test_a_reason_the_listing_contradicts_is_not_given() -> None:
    """High-density foam is not "light and cushioned"; a heavy-duty ladder may be light."""
    assert contradicted("which is light and cushioned", "high-density foam board")
    assert not contradicted("so it is light to carry", "heavy-duty ladder")
    assert not contradicted("so you can set the light to suit the moment", "heavy base lamp")
    assert benefit_for("Material", "EVA foam", 0, product="high density foam tiles") is None
    assert benefit_for("Material", "EVA foam", 0, product="foam tiles") is not None


def test_a_purpose_is_not_said_when_the_title_names_another_thing() -> None:
    """The type "Falconry glove" on a "Gauntlet"; a band's name before a record's type."""
    gauntlet = Listing(
        external_id="g", title="Hawking Gauntlet, Suede", product_type="Hawking glove"
    )
    assert purpose_of(gauntlet) is None
    record = Listing(
        external_id="r", title="The Candles of Sorrow - Debut LP", product_type="Vinyl record"
    )
    assert purpose_of(record) is None
    gloves = Listing(external_id="l", title="Leather Gloves", product_type="Gloves")
    assert purpose_of(gloves) is not None


def test_a_word_the_listing_denies_is_no_ground_for_a_hook() -> None:
    """Kraft boxes tagged "plastic free" are not "plastic mailers"."""
    boxes = Listing(
        external_id="b",
        title="Kraft Shipping Boxes",
        tags=["plastic free", "recyclable"],
        attributes={"Tape": ["No tape needed"], "Board": ["Kraft, plastic-free"]},
    )
    words = listing_words(boxes)
    assert "plastic" not in words and "recyclable" in words and "kraft" in words
    # A word said both ways is still the listing's.
    both = Listing(external_id="c", title="Plastic Tray", tags=["BPA free", "no BPA"])
    assert "plastic" in listing_words(both)


def test_rules_read_across_the_catalogues_are_kept_to_their_products() -> None:
    """Rules `bench/reasons_coverage.py --rules` showed on unrelated products."""
    # A bare-metal base is not a paint scheme to come; a model kit's is.
    assert benefit_for("Base", "Flat, unpainted", 0, product="cast iron kettlebell") is None
    assert benefit_for("Finish", "Unpainted", 0, product="resin figure kit")
    # A walking pole's rubber feet grip the ground; a board's keep it put on the worktop.
    assert benefit_for("Tips", "Rubber feet", 0, product="walking poles") is None
    assert benefit_for("Feet", "Rubber feet", 0, product="chopping board")
    # A lining's warmth is for what is worn, not a tablet case.
    assert benefit_for("Lining", "Faux fur lining", 0, product="tablet sleeve") is None
    assert benefit_for("Lining", "Faux fur lining", 0, product="slippers")
    # A glove is worn on the hand a lanyard would free.
    assert benefit_for("Loop", "Lanyard loop", 0, product="hawking glove") is None
    assert benefit_for("Features", "Wrist strap", 0, product="torch")


def test_a_purpose_entry_is_not_said_of_a_near_namesake() -> None:
    for title, kind in (
        ("Overdrive Effects Pedal", "Guitar pedal"),
        ("Colouring Book for Adults", "Colouring book"),
        ("Pricking Chisel Set 4 mm", "Leather chisel"),
        ("Oat Cleansing Balm", "Cleansing balm"),
        ("Falconry Glove, Suede", "Falconry glove"),
    ):
        assert purpose_of(Listing(external_id="x", title=title, product_type=kind)) is None, title
    for title, kind in (("SPD Pedals", "Bike pedals"), ("Bevel Edge Chisel", "Chisel")):
        assert purpose_of(Listing(external_id="y", title=title, product_type=kind)), title


def test_a_shelf_names_a_type_only_in_the_plural_and_never_a_service() -> None:
    """ "Kitchen > Coffee" holds drippers and grinders; a repairs shelf holds no product."""
    dripper = Listing(
        external_id="d", title="Glass Pour-Over Cone", categories=["Kitchen > Coffee"]
    )
    assert purpose_of(dripper) is None
    service = Listing(external_id="s", title="Clock Overhaul", categories=["Services > Clocks"])
    assert purpose_of(service) is None
    weed = Listing(
        external_id="w", title="Vallisneria Bunch", categories=["Pets > Aquarium > Live Plants"]
    )
    assert purpose_of(weed) is None
    fern = Listing(external_id="f", title="Boston Fern, 12 cm", categories=["Home > Live Plants"])
    assert purpose_of(fern) is not None


def test_the_guardrails_do_not_take_a_denied_material_as_the_listings() -> None:
    """A hook's "plastic mailers" on kraft boxes tagged "plastic free" is not confirmed."""
    from plugin.domain import DraftKind
    from plugin.guardrails import check
    from plugin.guardrails.listing_facts import listing_facts

    boxes = Listing(
        external_id="b",
        title="Kraft Shipping Boxes",
        tags=["plastic free", "recyclable"],
        attributes={"Board": ["Corrugated cardboard"]},
    )
    assert "plastic" not in listing_facts(boxes).materials
    text = "<p>The Kraft Shipping Boxes are recyclable plastic mailers for small shops.</p>"
    assert any(f.rule == "accuracy.material" for f in check(boxes, text, DraftKind.DESCRIPTION))
    stated = Listing(external_id="c", title="Plastic Crate", tags=["BPA free"])
    assert not any(
        f.rule == "accuracy.material"
        for f in check(stated, "<p>A plastic crate for the shed.</p>", DraftKind.DESCRIPTION)
    )


def test_tool_free_says_what_needs_no_tools() -> None:
    """A tool-free setting is not a fitting that "goes on and comes off" (a compass's
    declination, heldout23, rated after round 20)."""
    setting = benefit_for("Declination", "Adjustable, tool-free", 0)
    assert setting == "so it can be set without tools"
    assert benefit_for("Setup", "Tool-free", 0) == "so it goes together without tools"
    assert benefit_for("Mounting", "Tool-free bracket", 0) == (
        "so it goes on and comes off without tools"
    )
    assert benefit_for("Features", "Tool-free blade change", 0) == "so no tools are needed"
