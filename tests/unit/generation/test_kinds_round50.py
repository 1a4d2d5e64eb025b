"""Round 50: the short description's, the meta's and the FAQ's English after the round 49 notes,
on listings and sentences invented here. A part's measure is said of the part (each of the
parts the name counts); a part whose value is a stuff is asked what it is made of, an "outer"
is the outside and a closure is asked how it closes; care orders, a fit and a file format are
sentences; an aside or a "<kind> for" line that only says the name's own noun again is left
out; stuffs then parts are "made of … with …", one part after "with" with its article, and a
fit pasted into "has a … fit" is what it fits."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.faq_care_said import said_whole
from plugin.generation.faq_parts_asked import part_asked
from plugin.generation.kinds_final import finished
from plugin.generation.kinds_part_measures import measured_part, part_measure_asked
from plugin.generation.kinds_polish import polished
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of


def test_a_part_measure_is_said_of_the_part() -> None:
    title = "Cedar Bird Table with Roof"
    assert measured_part("It has a post height of 120 cm.", title) == "The post is 120 cm high."
    assert measured_part("Its roof width is 40 cm.", title) == "The roof is 40 cm wide."
    # The name counts the parts: each one is meant.
    beads = "Glass Seed Beads, 300"
    assert measured_part("Its bead size is 3 x 2 mm.", beads) == "Each bead measures 3 x 2 mm."
    assert measured_part("The bead is 3 mm long.", beads) == "Each bead is 3 mm long."
    # A size of one figure is a grade, the whole is no part, a name's sentence stays.
    assert measured_part("Its hook size is 5 mm.", title) == "Its hook size is 5 mm."
    assert measured_part("Its overall length is 2 m.", title) == "Its overall length is 2 m."
    said = "The Cedar Bird Table has a post height of 120 cm."
    assert measured_part(said, title) == said


def test_a_part_measure_is_asked_of_the_part() -> None:
    asked = part_measure_asked(
        "What is the handle length?", "The handle length is 14 cm.", "Bamboo Dish Brush"
    )
    assert asked == ("How long is the handle?", "The handle is 14 cm long.")
    asked = part_measure_asked(
        "What is the leaf diameter?", "The leaf diameter is 8 cm.", "Pressed Fern Leaves, 12"
    )
    assert asked == ("How wide is each leaf?", "Each leaf is 8 cm across.")
    kept = ("What is the total length?", "The total length is 3 m.")
    assert part_measure_asked(*kept, "Garden Hose") == kept


def test_a_part_measure_in_a_planned_faq_and_meta() -> None:
    table = Listing(
        external_id="r50-table",
        title="Oak Side Table with Drawer",
        product_type="Side table",
        attributes={"Material": ["solid oak"], "Leg height": ["55 cm"]},
    )
    answers = faq(table)
    assert "What is the leg height?" not in answers, answers
    assert answers.get("How tall is the leg?") == "The leg is 55 cm high.", answers
    meta = draft(table, DraftKind.SEO)
    assert "leg height of" not in meta and "Its leg height" not in meta, meta


def test_a_part_of_a_stuff_is_asked_what_it_is_made_of() -> None:
    one, pair = voice_of("Beech Step Stool"), voice_of("Walking Poles, Pair")
    assert part_asked("What kind of top does it have?", "It has a solid beech top.", one) == (
        "What is the top made of?",
        "The top is made of solid beech.",
    )
    assert part_asked("What kind of outer does it have?", "It has a waxed linen outer.", one) == (
        "What is the outside made of?",
        "The outside is made of waxed linen.",
    )
    assert part_asked("What kind of grips do they have?", "They have cork grips.", pair) == (
        "What are the grips made of?",
        "The grips are made of cork.",
    )
    assert part_asked(
        "What kind of closure does it have?", "It has a drawstring closure.", one
    ) == ("How does it close?", "It closes with a drawstring.")
    # A kind of part with its stuff inside, a size or a technology keeps its question.
    for kept in (
        ("What kind of hooks do they have?", "They have carbon steel barbed hooks."),
        ("What kind of brim does it have?", "It has a 7 cm brim."),
        ("What kind of cell does it have?", "It has a nickel metal hydride cell."),
        ("What kind of blades does it have?", "It has serrated steel blades."),
    ):
        assert part_asked(*kept, pair) == kept


def test_fragments_said_as_sentences() -> None:
    one, many = voice_of("Felted Wool Cushion"), voice_of("Cotton Tea Towels, Set of 3")
    care = "How do I care for it?"
    assert said_whole(care, "Brush off, air dry.", one) == (care, "Brush it off and air dry it.")
    assert said_whole(care, "Hand wash cool.", one) == (care, "Hand wash it cool.")
    assert said_whole(care, "Machine wash 30 °C, dry flat.", one)[1] == (
        "Machine wash it at 30 °C and dry it flat."
    )
    assert said_whole(care, "Wipe clean, not machine washable.", one)[1] == (
        "Wipe it clean; it is not machine washable."
    )
    assert said_whole(care, "Steam or dry clean.", one)[1] == "Steam or dry clean it."
    them = "How do I care for them?"
    assert said_whole(them, "Line dry.", many) == (them, "Line dry them.")
    # An order the table does not know, or "only", stays as the shop wrote it.
    for kept in ("Spot clean only.", "Keep away from frost; re-oil yearly."):
        assert said_whole(care, kept, one) == (care, kept)
    assert said_whole("How does it fit?", "Most single beds.", one) == (
        "What does it fit?",
        "It fits most single beds.",
    )
    assert said_whole("What format is it in?", "EPUB.", one)[1] == "It comes as an EPUB file."
    assert said_whole("What format is it in?", "DXF and SVG.", one)[1] == (
        "It comes as DXF and SVG files."
    )
    paged = ("What format is it in?", "PDF, 30 pages.")
    assert said_whole(*paged, one) == paged


def test_an_aside_or_a_kind_that_says_the_name_again_is_left_out() -> None:
    title = "Folding Beech Drying Rack"
    said = finished(f"The {title}, a laundry rack, holds a full load. It folds flat.", title)
    assert said == f"The {title} holds a full load. It folds flat.", said
    # An aside of another noun tells the kind the name does not, and stays.
    title = "Tiny Brass Bell"
    said = finished(f"The {title}, a shop doorbell, rings clearly. It is solid brass.", title)
    assert ", a shop doorbell," in said, said
    title = "Paper Kite Kit, Diamond"
    said = finished(f"The {title} has bamboo spars. It is a kite kit for ages 8+.", title)
    assert said == f"The {title} has bamboo spars. It is for ages 8+.", said
    # A use that says the name's word too: the line says nothing new and goes.
    title = "Leather Guitar Strap"
    said = finished(f"The {title} is 6 cm wide. It is a guitar strap for a guitar.", title)
    assert said == f"The {title} is 6 cm wide.", said


def test_stuffs_then_parts_and_one_part_with_its_article() -> None:
    assert polished("It is made of oak and elm, copper hinges.") == (
        "It is made of oak and elm with copper hinges."
    )
    assert polished("It is made of canvas with leather strap.") == (
        "It is made of canvas with a leather strap."
    )
    assert polished("It has a most single beds fit.") == "It fits most single beds."
    assert polished("They have a all 5 cm poles fit.") == "They fit all 5 cm poles."
    # A part said as stuff, or a list that goes on after its part, stays.
    assert polished("It is made of felt with copper wire.") == (
        "It is made of felt with copper wire."
    )
    kit = Listing(
        external_id="r50-kit",
        title="Balsa Glider Kit",
        product_type="Model kit",
        attributes={"Materials": ["balsa and basswood, steel pins"]},
    )
    assert text_of(faq(kit)["What is it made of?"]) == (
        "It is made of balsa and basswood with steel pins."
    )
