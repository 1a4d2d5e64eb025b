"""Facts are stated only in sentences their value's shape fits; the rest stay in the list."""

from plugin.generation.material_frames import build_lead
from plugin.generation.phrasing import feature_lead
from plugin.generation.value_shapes import (
    article,
    is_measure,
    is_modifier,
    names_part,
    noun_phrase,
    split_items,
    with_article,
)
from plugin.generation.voice import voice_of

IT = voice_of("Rotating Cake Stand")
THEY = voice_of("Walking Poles")


def test_shapes_of_values() -> None:
    assert is_measure("750 ml") and is_measure("up to 12 hours") and is_measure("180 kg / 400 lb")
    assert not is_measure("1 kg (4 ports) and 1.6 kg (6 ports)")
    assert is_modifier("concealed zip") and not is_modifier("legs attach with 4 bolts")
    assert split_items("Front and back leash rings") == ["Front and back leash rings"]
    assert split_items("A, B (x, y) and C") == ["A", "B (x, y)", "C"]
    assert names_part("steel ball bearing") and not names_part("tri-ply steel with aluminium core")
    assert with_article("ash wood handle") == "an ash wood handle"
    assert with_article("cork grips") == "cork grips" and with_article("linen") == "linen"
    assert article("US plug") == "a" and article("LED lamp") == "an"


def test_yes_flags_read_as_adjectives_or_parts() -> None:
    assert feature_lead("Dishwasher safe", "Yes", IT) == "It is dishwasher safe"
    assert feature_lead("Non-slip base", "Yes", IT) == "It has a non-slip base"
    assert feature_lead("Seamless", "Yes", IT) == "It is seamless"
    assert feature_lead("Vegan", "Yes", IT) == "It is vegan"
    assert feature_lead("Batteries included", "Yes", IT) == "Batteries are included"
    assert feature_lead("Assembly required", "Yes", IT) == "Assembly is required"


def test_values_no_frame_fits_stay_out_of_the_prose() -> None:
    assert feature_lead("Strength", "Major axis 24 kN, Minor axis 8 kN", IT) is None
    assert feature_lead("Feeder", "1 kg (4 ports) and 1.6 kg (6 ports)", IT) is None
    assert feature_lead("Mounting", "Hardware included", IT) is None
    assert build_lead("Finish", "Pre-seasoned with vegetable oil", 0, IT) is None


def test_materials_with_parts_name_the_parts() -> None:
    both = ["ABS plastic top", "steel ball bearing"]
    assert build_lead("Material", ", ".join(both), 0, IT, both) == (
        "It has an ABS plastic top and a steel ball bearing"
    )
    mixed = ["Borosilicate glass", "Bamboo lid"]
    assert (
        build_lead("Material", "x", 0, IT, mixed)
        == "It is made of borosilicate glass with a bamboo lid"
    )
    assert build_lead("Material", "Linen", 1, IT) == "It is made of linen"
    assert build_lead("Blade material", "Carbon steel", 0, IT) == "It has a carbon steel blade"
    assert build_lead("Material", "100% cotton, 180 g/m²", 0, IT) == "It is made of 100% cotton"


def test_named_values_read_the_way_a_person_writes_them() -> None:
    assert feature_lead("Closure", "Drawcord", IT) == "It has a drawcord closure"
    assert feature_lead("Clasp", "Lobster clasp", IT) == "It has a lobster clasp"
    assert feature_lead("Neckline", "Crew neck", IT) == "It has a crew neck"
    assert feature_lead("Lining", "Fully lined", IT) == "It is fully lined"
    assert feature_lead("Packaging", "Glass jar", IT) == "It comes in a glass jar"
    assert feature_lead("Format", "PDF", IT) == "It comes as a PDF"
    assert feature_lead("Language", "english", IT) == "It is written in English"
    assert feature_lead("Author", "Margit Ellison", IT) == "It is written by Margit Ellison"
    assert feature_lead("Care", "Rinse before use", IT) == "Rinse before use"
    assert feature_lead("Tips", "Tungsten carbide", THEY) == "They have tungsten carbide tips"
    features = ["Pull-out drawer", "Phone slot", "2 rod holders"]
    assert feature_lead("Features", "x", IT, 0, features) == (
        "It has a pull-out drawer, a phone slot and 2 rod holders"
    )


def test_quantities_read_as_what_they_do() -> None:
    assert feature_lead("Capacity", "750 ml", IT) == "It holds 750 ml"
    assert feature_lead("Max load", "15 kg", IT) == "It takes up to 15 kg"
    assert feature_lead("Battery life", "Up to 40 hours", IT) == "It runs for up to 40 hours"
    assert feature_lead("Pages", "64", IT) == "It has 64 pages"
    assert feature_lead("Quantity", "3 blankets", THEY) == "They come as a pack of 3 blankets"
    assert feature_lead("Age", "3+ years", IT) == "It is for ages 3+ years"
    assert feature_lead("Heat resistant", "Up to 230 °C", IT) == "It is heat resistant up to 230 °C"


def test_yes_values_that_are_about_a_part_or_a_verb() -> None:
    assert feature_lead("Tray dishwasher safe", "Yes (top rack)", IT) == (
        "The tray is dishwasher safe (top rack)"
    )
    assert feature_lead("Folds flat", "Yes", IT) == "It folds flat"
    assert feature_lead("Anti-collision", "Yes", IT) is None
    assert feature_lead("Assembly required", "Yes, about an hour", IT) == (
        "Assembly is required (about an hour)"
    )


def test_an_abbreviation_before_a_number_does_not_end_the_sentence() -> None:
    """ "Its power reserve is approx." / "40 hours." was split at the abbreviation's stop."""
    from plugin.generation.fact_words import spelled
    from plugin.generation.phrasing import feature_lead
    from plugin.generation.voice import voice_of

    assert spelled("Approx. 40 hours") == "about 40 hours"
    assert spelled("Max. 5 kg") == "up to 5 kg"
    lead = feature_lead("Power reserve", "approx. 40 hours", voice_of("Watch"))
    assert lead is not None and "." not in lead.replace("0.", "")


def test_heldout15s_frames_read_as_sentences() -> None:
    """Round 13's raters on heldout15: "has a standard double-edge blades blade type", "It is
    printed on the bag" (the roast date), "comes in 5 tuning modes", "suitable for fountain
    pens, Glass pens"."""
    from plugin.generation.phrasing import feature_lead
    from plugin.generation.voice import voice_of

    it = voice_of("Razor")
    assert feature_lead("Blade type", "Standard double-edge blades", it) == (
        "It takes standard double-edge blades"
    )
    assert feature_lead("Roast date", "Printed on the bag", it) == (
        "Its roast date is printed on the bag"
    )
    modes = ["Chromatic", "Guitar", "Bass"]
    assert feature_lead("Tuning modes", ", ".join(modes), it, 0, modes) == (
        "It has 3 tuning modes, from chromatic to bass"
    )
    assert feature_lead("Suitable for", "Fountain pens, Glass pens and Dip pens", it) == (
        "It is suitable for fountain pens, glass pens and dip pens"
    )
    assert feature_lead("Dyed in", "Cornwall, UK", it) == "It is dyed in Cornwall, UK"
    assert voice_of("Barbless Dry Fly Hooks Size 14 x25").plural


def test_a_part_led_by_a_number_that_is_not_a_count_takes_its_article() -> None:
    # A rater: "'has 14k gold-filled cable chain' lacks an article".
    assert with_article("14k gold-filled cable chain") == "a 14k gold-filled cable chain"
    assert with_article("18ct gold clasp") == "an 18ct gold clasp"
    assert noun_phrase("8 mm bead") == "an 8 mm bead"
    assert with_article("2 rod holders") == "2 rod holders"
    assert with_article("1 zip pocket") == "1 zip pocket"
    assert noun_phrase("120 latex balloons + 5 m garland strip + tying tool").startswith("120 ")


def test_a_centre_is_a_part_of_what_the_material_makes() -> None:
    # Raters: "'crafted from laminated card and riveted centre' is ungrammatical".
    said = build_lead("Material", "Laminated card, riveted centre", 0, IT)
    assert said == "It is made of laminated card with a riveted centre"


def test_a_participle_named_yes_with_a_note_keeps_the_note_in_brackets() -> None:
    # heldout18 (seen): "is assembled yes – ready to ride", "are pre-lubricated yes, speed oil".
    assert feature_lead("assembled", "Yes – ready to ride", IT) == "It is assembled (ready to ride)"
    assert feature_lead("Pre-lubricated", "Yes, speed oil", THEY) == (
        "They are pre-lubricated (speed oil)"
    )
    assert feature_lead("Roasted", "Weekly in small batches", IT) == (
        "It is roasted weekly in small batches"
    )


def test_a_noun_ending_in_s_that_names_one_thing_is_singular() -> None:
    assert not voice_of("Stretched Cotton Canvas – Triple Primed").plural
    assert not voice_of("Camera Lens 50mm").plural
    assert not voice_of("Lo-Fi Keys & Tape Textures – Sample Pack").plural
    assert voice_of("Swaddle Blankets - Set of 3").plural
