"""Round 24 (heldout26's notes, seen): broken values, labels pasted as words, invented uses, a
grouped product said as "a set", and thin prose. Every listing here is written for these tests,
never copied from a rated set."""

from __future__ import annotations

import re

from plugin.domain import Listing, Variant
from plugin.generation.benefits import benefit_for
from plugin.generation.compose import choose
from plugin.generation.english_labels import english_side, in_one_language
from plugin.generation.material_frames import build_lead
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.generation.value_shapes import frame_fault
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import text_of


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r24")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _html(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None))


def _prose(listing: Listing) -> str:
    return text_of(re.sub(r"<ul>.*", "", _html(listing), flags=re.DOTALL))


# Family 2: labels in two languages.


def _glue() -> Listing:
    return _listing(
        "Fast-Set Wood Glue, 100 ml",
        {
            "Czas schnięcia / Drying time": "20 minutes",
            "Klei / Bonds": ["Oak", "Pine", "Plywood"],
            "Kolor / Colour": "Clear",
        },
        product_type="Klej do drewna / Wood glue",
    )


def test_the_english_side_of_two_language_labels_is_read_from_the_product_type() -> None:
    assert english_side(_glue()) == 1
    said = in_one_language(_glue())
    assert list(said.attributes) == ["Drying time", "Bonds", "Colour"]


def test_a_two_language_label_never_reaches_the_prose_or_the_list_half_foreign() -> None:
    html = _html(_glue())
    prose = _prose(_glue())
    assert "/" not in prose
    assert "klei" not in html.lower() and "schnięcia" not in html
    assert "bonds oak, pine and plywood" in prose


def test_two_language_option_values_keep_the_english_side() -> None:
    listing = _listing(
        "Carbon Field Hockey Stick, 36 in",
        {"Length / Longueur": "36 in", "Grip / Poignée": "Cushioned wrap"},
        product_type="Hockey stick / Crosse",
        options={"Hand / Main": ["Left / Gauche", "Right / Droite"]},
        variants=[
            Variant(sku="L", options={"Hand / Main": "Left / Gauche"}),
            Variant(sku="R", options={"Hand / Main": "Right / Droite"}),
        ],
    )
    said = in_one_language(listing)
    assert said.options == {"Hand": ["Left", "Right"]}
    assert said.variants[0].options == {"Hand": "Left"}
    assert "Gauche" not in _html(listing)


def test_a_two_language_label_with_no_english_side_told_stays_in_the_list() -> None:
    listing = _listing(
        "Glass Measuring Jug Set",
        {"Verre / Glas": "Soda-lime", "Forme / Form": "Tall, with handle"},
        product_type="Pichet / Krug",
    )
    assert english_side(listing) is None
    assert "/" not in _prose(listing)


def test_a_value_that_opens_with_a_verb_is_said_with_it() -> None:
    it = voice_of("Cedar Shoe Tree")
    assert feature_lead("Fit", "Takes most shoe sizes 6 to 9", it) == (
        "It takes most shoe sizes 6 to 9"
    )
    assert feature_lead("Bonds", "Leather, Canvas", it) == "It bonds leather and canvas"


def test_a_material_with_its_finish_or_facing_is_said_as_one_material() -> None:
    it = voice_of("Copper Bowl")
    assert build_lead("Material", "Solid copper, hammered finish", 0, it) == (
        "It is made of solid copper with a hammered finish"
    )
    assert build_lead("Material", "Seagrass, smooth side up", 0, it) == "It is made of seagrass"


# Family 1: a negated or limiting value read as its opposite.


def test_a_value_limited_to_the_opposite_gives_no_reason_and_no_sentence() -> None:
    assert benefit_for("Outdoor use", "Indoors only", 0) is None
    assert benefit_for("Outdoor use", "Yes", 0) is not None
    assert frame_fault("Its outdoor use is indoors only.") == "limit"
    prose = _prose(_listing("Zinc Lantern", {"Outdoor use": "Indoors only", "Material": "Zinc"}))
    assert "outdoor" not in prose.lower()


# Family 5: what a product is for, said plainly.


def test_what_it_is_for_is_said_as_a_sentence() -> None:
    it = voice_of("Pond Liner Tape")
    assert feature_lead("Use", "Behind skirting boards in damp rooms", it) == (
        "It is for use behind skirting boards in damp rooms"
    )
    assert feature_lead("Best for", "Thick wool yarns", it) == "It is best for thick wool yarns"
    assert feature_lead("For", "Oak, ash, beech; not softwoods", it) == (
        "It is for oak, ash and beech, not softwoods"
    )
    assert feature_lead("Use", "Sprinkle over the bed; water in", it) is None


def test_a_listing_says_what_it_is_for_beside_its_reason() -> None:
    prose = _prose(
        _listing(
            "Wood Rasp Set, 3 Pieces",
            {"For": "Walnut, cherry, maple; not MDF", "Roll": "Canvas tool roll included"},
        )
    )
    assert "for walnut, cherry and maple, not MDF" in prose


# Family 3: a reason kept to the product it is true of.


def test_a_towbar_is_not_said_to_carry_bikes() -> None:
    assert benefit_for("Tags", "towbar", 0, product="fixed towbar kit") is None
    assert benefit_for("Mounting", "Towbar mounted", 0, product="bike carrier") is not None
    it = voice_of("Swan Neck Towbar")
    assert feature_lead("Towing capacity", "1,500 kg", it) == "It is rated to tow up to 1,500 kg"


# Family 4: a grouped product says what it brings together.


def test_a_grouped_set_names_its_children_not_only_that_it_is_a_set() -> None:
    listing = _listing(
        "Pickle Jar Trio",
        {},
        product_type="Grouped product",
        categories=["Pickles > Sets"],
        children=[
            "Pickled Onions, 350 g, price 3.20, Ingredients: Onions, malt vinegar",
            "Pickled Beetroot, 350 g, price 3.40, Ingredients: Beetroot, vinegar",
            "Piccalilli, 350 g, price 3.60, Ingredients: Cauliflower, mustard",
        ],
    )
    prose = _prose(listing)
    assert "is a set" not in prose
    assert "brings together Pickled Onions, Pickled Beetroot and Piccalilli, 350 g each" in prose


# Families 2 and 5: origins, thin listings and colours said as sentences.


def test_an_origin_that_names_what_comes_from_where_is_said_of_that_thing() -> None:
    prose = _prose(_listing("Lamb Stock Pot, 28 g", {"Origin": "Lamb from Welsh hill farms"}))
    assert "Its lamb comes from Welsh hill farms." in prose
    assert "comes from Lamb" not in prose


def test_a_thin_listing_says_its_size_or_weight_each_instead_of_introducing_it() -> None:
    heart = _prose(_listing("Keepsake star, painted", {"Size": "approx. 8 cm across"}))
    assert "Introducing" not in heart and "is about 8 cm across" in heart
    balls = _prose(_listing("Practice hurling balls (pack of 6)", {"Weight each": "110 g"}))
    assert "Introducing" not in balls and "are 110 g each" in balls


def test_a_single_colour_with_a_plural_detail_takes_no_article() -> None:
    prose = _prose(_listing("Soapstone block, approx. 2 kg", {"Colour": "Green with white flecks"}))
    assert "with white flecks" in prose and "a white flecks" not in prose


def test_a_dose_or_a_count_under_use_is_not_said_as_what_it_is_for() -> None:
    it = voice_of("Plant Food Drops")
    assert feature_lead("Use", "One drop per plant, twice a week", it) is None
    assert feature_lead("Use", "About 200 feeds", it) is None


# Family 1 and 5: a "None" under a free-from name is said as what it contains none of.


def test_none_under_a_free_from_name_is_said_as_contains_no() -> None:
    prose = _prose(
        _listing(
            "Dried Pear Rings, 150 g",
            {"added_sugar": "None", "Sulphites": "None", "Origin": "Anjou, France"},
        )
    )
    assert "contain no added sugar and no sulphites" in prose
    assert "None" not in prose


def test_none_under_another_name_is_never_said() -> None:
    prose = _prose(
        _listing("Pear Chutney, 200 g", {"Certification": "None – home kitchen", "Heat": "Mild"})
    )
    assert "None" not in prose and "certified" not in prose


def test_what_a_product_is_not_for_is_said_plainly() -> None:
    it = voice_of("Tile Grout")
    assert feature_lead(
        "Not for", "Marble, Swimming pools", it, 0, ["Marble", "Swimming pools"]
    ) == ("It is not for marble or swimming pools")
    assert feature_lead("Does not bond", "Nylon, Teflon", it, 0, ["Nylon", "Teflon"]) == (
        "It does not bond nylon or teflon"
    )
    prose = _prose(
        _listing("Fast Grout, 1 kg", {"Colour": "Grey", "Not for": ["Marble", "Swimming pools"]})
    )
    assert "It is not for marble or swimming pools." in prose


def test_two_language_colours_keep_both_sides_for_the_guardrails() -> None:
    listing = _listing(
        "Glass Tile Sheet, 20 mm",
        {"Kleur / Colour": ["Blauw / Blue", "Groen / Green"], "Vorm / Shape": "Vierkant / Square"},
        product_type="Tegel / Tile",
    )
    said = in_one_language(listing)
    assert said.attributes["Colour"] == ["Blauw / Blue", "Groen / Green"]
    assert said.attributes["Shape"] == ["Square"]
