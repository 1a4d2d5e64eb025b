"""Round 49: fact sentences said as what the value is (a metal made of, a part's measure said of
the part, needles a yarn suits), "each <unit>" for "each one", an article before a
bare part, no storage reason on a stacking ring and no shelf as wide as "music" as a use; on
listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.label_frames import label_lead
from plugin.generation.material_frames import build_lead
from plugin.generation.measure_frames import measured
from plugin.generation.prose_facts import joined
from plugin.generation.sound_prose import sound
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[0])


def test_a_plain_metal_is_what_the_product_is_made_of() -> None:
    cuff = voice_of("Hammered Brass Cuff")
    assert label_lead("Metal", "Solid brass", cuff) == "It is made of solid brass"
    # A welding rod's base metal is still what it is used on.
    rods = voice_of("Mild Steel Welding Rods")
    assert label_lead("Base metal", "Mild steel", rods) == "They are for use on mild steel"


def test_a_natural_part_alone_as_the_material_is_what_it_is_made_from() -> None:
    cup = voice_of("Carved Gourd Shell Cup")
    assert build_lead("Material", "Gourd shell", 0, cup) == "It is made of gourd shell"
    # A frame named in the material is still a part the product has.
    easel = voice_of("Folding Easel")
    assert build_lead("Material", "Aluminium frame", 0, easel) == "It has an aluminium frame"


def test_a_yarns_needle_size_is_the_needles_it_suits() -> None:
    yarn = voice_of("Merino Sock Yarn")
    assert measured("needle size", "3 mm", yarn, 0) == "It suits 3 mm needles"
    assert measured("hook size", "5 mm", yarn, 1) == "It suits a 5 mm hook"


def test_a_parts_measure_is_said_of_the_part() -> None:
    drum = voice_of("Walnut Frame Drum")
    assert measured("head diameter", "14 in", drum, 0) == "Its head is 14 in across"
    assert (
        joined("It has a calfskin head.", "Its head diameter is 14 in.")
        == "It has a calfskin head 14 in across."
    )


def test_each_one_names_the_unit_and_a_bare_part_gets_its_article() -> None:
    yarn = Listing(external_id="r49-yarn", title="Merino Sock Yarn", product_type="Yarn")
    said = sound("It is hand-dyed, so each one has its own colour.", yarn.title, yarn)
    assert said == "It is hand-dyed, so each skein has its own colour."
    drum = Listing(external_id="r49-drum", title="Walnut Frame Drum", product_type="Frame drum")
    said = sound("It is handmade, so each one differs.", drum.title, drum)
    assert said == "It is handmade, so each drum differs."
    # A set or a plural keeps "each one": no single unit has a name.
    kit = Listing(external_id="r49-kit", title="Felting Kit", product_type="Craft kit")
    assert "each one" in (sound("It is handmade, so each one differs.", kit.title, kit) or "")
    goggles = Listing(external_id="r49-gog", title="Diving Goggles", product_type="Goggles")
    said = sound("They have polycarbonate lens.", goggles.title, goggles)
    assert said == "They have a polycarbonate lens."
    assert sound("They have a silicone strap.", goggles.title, goggles) == (
        "They have a silicone strap."
    )


def test_a_stacking_ring_gets_no_cupboard_reason() -> None:
    ring = benefit_for("Stackable", "Yes", 0, product="stacking pewter ring ring")
    assert "cupboard" not in (ring or "")
    bowls = benefit_for("Stackable", "Yes", 0, product="enamel mixing bowls") or ""
    assert "cupboard" in bowls


def test_a_drum_on_a_music_shelf_is_not_made_for_music() -> None:
    drum = Listing(
        external_id="r49-drum2",
        title="Walnut Frame Drum",
        product_type="Frame drum",
        categories=["Music > Percussion > Frame drums"],
        attributes={"Frame": ["Walnut"], "Head": ["Calfskin"], "Head diameter": ["14 in"]},
    )
    prose = _prose(drum)
    assert "made for music" not in prose.lower()
    assert "head diameter of" not in prose


def test_a_patterns_finished_size_is_not_its_own() -> None:
    pattern = Listing(
        external_id="r49-pattern",
        title="Embroidery Pattern, Printed Booklet",
        product_type="Embroidery pattern",
        categories=["Crafts > Patterns"],
        attributes={"Finished size": ["30 × 30 cm"], "Pages": ["12"]},
    )
    prose = _prose(pattern)
    assert "measuring 30 × 30 cm" not in prose
    assert "finished size of 30 × 30 cm" in prose
