"""Round 49: the short description's, the meta's and the FAQ's English after the round 48 notes,
on listings and sentences invented here. A stuff named by a natural part is what the whole is
made of; a stuff with its parts in one value is "made of … with …"; a metal label is the
material; a weight class is a weight, no measure; one lens has its article; a stored value's
own verb is said; a verb the value repeats is said once; one measure asks its own question;
a watt figure is a rating; a stacking ring is worn with others; tongs that lock save room."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.kinds_mend import measure_asked, mended
from plugin.generation.kinds_polish import polished
from tests.unit.generation.planner_drafts import draft, faq, text_of


def test_a_stuff_named_by_a_natural_part_is_what_it_is_made_of() -> None:
    gourd = Listing(
        external_id="r49-ladle",
        title="Carved Calabash Ladle",
        attributes={"Material": ["Calabash gourd"]},
    )
    short = text_of(draft(gourd, DraftKind.SHORT_DESCRIPTION))
    assert "has a calabash gourd" not in short, short
    assert "made of calabash gourd" in short or "from calabash gourd" in short, short
    assert faq(gourd)["What is it made of?"] == "It is made of calabash gourd."
    assert polished("It is made of walnut husk.") == "It is made of walnut husk."


def test_a_stuff_and_its_parts_in_one_value() -> None:
    said = polished("It is made of jute and cotton straps.")
    assert said == "It is made of jute with cotton straps.", said


def test_a_metal_label_is_the_material() -> None:
    cuff = Listing(
        external_id="r49-cuff",
        title="Hammered Brass Cuff",
        product_type="Cuff",
        attributes={"Metal": ["Solid brass"], "Origin": ["Kumasi, Ghana"]},
    )
    for kind in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        said = draft(cuff, kind)
        assert "for use on" not in said, said
        assert "solid brass" in said, said
    assert faq(cuff)["What is it made of?"] == "It is made of solid brass."


def test_a_weight_class_is_no_measure() -> None:
    assert mended("It weighs Aran.") == "It is Aran weight."
    assert mended("It weighs next to nothing.") == "It weighs next to nothing."
    assert mended("They weigh 2 kg.") == "They weigh 2 kg."
    wool = Listing(
        external_id="r49-wool",
        title="Plant-Dyed Merino Yarn",
        product_type="Yarn",
        attributes={"Weight": ["Chunky"], "Length": ["160 m per 100 g"]},
    )
    answers = faq(wool)
    assert answers.get("What weight is it?") == "It is chunky weight.", answers
    assert not any("weighs" in a for a in answers.values()), answers


def test_one_lens_one_verb_one_store() -> None:
    assert mended("It has scratch-proof acrylic lens.") == "It has a scratch-proof acrylic lens."
    assert mended("They contain contains sesame.") == "They contain sesame."
    said = polished("Store it in a keep in a cool, dark cupboard.")
    assert said == "Keep it in a cool, dark cupboard.", said


def test_one_measure_asks_its_own_question() -> None:
    assert measure_asked("How big is it?", "It is 3 cm thick.") == "How thick is it?"
    assert measure_asked("How big are they?", "They are 30 cm long.") == "How long are they?"
    assert measure_asked("How big is it?", "It is 20 cm high.") == "How tall is it?"
    # Two measures answer a size.
    said = "It is 20 cm high and 15 cm across."
    assert measure_asked("How big is it?", said) == "How big is it?"


def test_a_watt_figure_is_a_rating_and_a_format_a_sentence() -> None:
    lamp = Listing(
        external_id="r49-lamp",
        title="Rattan Pendant Shade",
        product_type="Lamp shade",
        attributes={"Power": ["40 W"], "Format": ["Flat-packed kit"]},
    )
    answers = faq(lamp)
    assert answers.get("What is the power rating?") == "It is rated at 40 W.", answers
    assert not any(a.startswith("It runs on") for a in answers.values()), answers
    assert answers.get("What format is it in?") == "It comes as a flat-packed kit.", answers


def test_a_stacking_ring_is_worn_with_others() -> None:
    ring = Listing(
        external_id="r49-ring",
        title="Gold Vermeil Stacking Ring",
        product_type="Ring",
        tags=["stackable"],
        attributes={"Stackable": ["Yes"], "Metal": ["Gold vermeil"]},
    )
    short = text_of(draft(ring, DraftKind.SHORT_DESCRIPTION))
    assert "cupboard" not in short, short
    box = Listing(
        external_id="r49-box",
        title="Bamboo Storage Box",
        product_type="Storage box",
        attributes={"Stackable": ["Yes"], "Material": ["Bamboo"]},
    )
    assert "cupboard" in text_of(draft(box, DraftKind.SHORT_DESCRIPTION))
