"""Round 26 (heldout28's notes, seen): reasons and purposes said of the wrong kind of product,
a part called the thing it fits, safety claims, notes read as colours, values spliced into
frames that break (a material's note, finish or description, an item's size, a care fact that
is no instruction, a two-language value with a unit slash) and a size the title already says.
Every listing here is written for these tests, never copied from a rated set."""

from __future__ import annotations

import json
import re
from importlib.resources import files

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.english_labels import in_one_language
from plugin.generation.fact_roles import sort_facts
from plugin.generation.phrasing import feature_lead
from plugin.generation.purpose import purpose_of, purpose_sentence
from plugin.generation.voice import voice_of
from plugin.guardrails import check
from tests.unit.generation.planner_drafts import draft, text_of


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r26")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _prose(listing: Listing) -> str:
    html = draft(listing, DraftKind.DESCRIPTION)
    return text_of(re.sub(r"<ul>.*", "", html, flags=re.DOTALL))


def _list(listing: Listing) -> str:
    html = draft(listing, DraftKind.DESCRIPTION)
    return text_of(re.sub(r".*?<ul>", "", html, count=1, flags=re.DOTALL).replace("<li>", "\n"))


# Family 1: a reason written for one kind of product is not said of another.


def test_an_unpasteurised_food_that_is_no_honey_gets_no_honey_reason() -> None:
    for title, kind in (("Raw Milk Tomme, 400 g", "Cheese"), ("Red Miso, 300 g", "Miso")):
        reason = benefit_for("Processing", "Unpasteurised", 0, product=f"{title} {kind}".lower())
        assert reason is None or "comb" not in reason and "bees" not in reason
        prose = _prose(_listing(title, {"Processing": "Unpasteurised"}, product_type=kind))
        assert "comb" not in prose and "bees" not in prose
    honey = benefit_for("Processing", "Unpasteurised", 1, product="wildflower honey honey")
    assert honey is not None and ("comb" in honey or "bees" in honey)


def test_a_ply_construction_is_a_deck_only_on_a_board() -> None:
    for title in ("Birch Ply Boomerang", "Plywood Step Stool"):
        prose = _prose(_listing(title, {"Material": "5-ply birch plywood"}))
        assert "deck" not in prose and "pop" not in prose
    board = benefit_for("Construction", "7-ply maple", 0, product="street skateboard deck")
    assert board is not None and "deck" in board


def test_gloves_made_for_an_activity_are_not_said_to_keep_hands_warm() -> None:
    for title in ("Bell Ringing Gloves, White", "Lambing Gloves, Pack of 50", "Sorting Gloves"):
        listing = _listing(title, {"Material": "Cotton"})
        assert purpose_of(listing) is None
        assert "warm" not in _prose(listing)
    # Plain gloves, and a describing word before the name, keep what gloves are for.
    plain = _listing("Knitted Gloves", {"Material": "Wool"})
    assert purpose_of(plain) is not None
    assert purpose_of(_listing("Sterling Gloves", {"Material": "Wool"})) is not None


# Family 2: a part on the shelf of what it fits is not called that thing.


def test_a_part_filed_on_an_instruments_shelf_is_not_called_the_instrument() -> None:
    reed = _listing(
        "Oboe Cane Reed, Soft", {"Strength": "Soft"}, categories=["Music > Oboes"], tags=["oboe"]
    )
    assert "is an oboe" not in _prose(reed)
    thin = _listing("Cane Reed, Soft", {}, categories=["Music > Oboes"])
    prose = _prose(thin)
    assert "is an oboe" not in prose
    assert "is a reed for oboes" in prose
    strings = _listing("Nylon Strings, Set of 4", {}, categories=["Ukuleles"])
    prose = _prose(strings)
    assert "are ukuleles" not in prose and "a ukulele." not in prose
    # The thing itself on its own shelf keeps its kind.
    compass = _listing("Antique Brass Pocket Compass", {}, categories=["Scientific Instruments"])
    assert "is a scientific instrument" in _prose(compass)


# Family 3: no safety claim the listing does not make.

_SAFETY = re.compile(
    r"\b(in a fall|climber falls|hold a climber|a safe place|(baby|child) safely|safe to chew)\b"
)


def test_no_purpose_or_reason_makes_a_safety_claim() -> None:
    root = files("plugin.generation").joinpath("data")
    purposes = json.loads(root.joinpath("purposes/purposes.json").read_text(encoding="utf-8"))
    for entry in purposes:
        said = f"{entry['does']} {entry.get('so', '')}"
        assert not _SAFETY.search(said), entry["types"]
    for path in root.joinpath("reasons").iterdir():
        if path.name.endswith(".json"):
            for entry in json.loads(path.read_text(encoding="utf-8")):
                for reason in entry["reasons"]:
                    assert not _SAFETY.search(reason), (path.name, reason)


def test_a_climbing_rope_is_not_said_to_hold_a_fall() -> None:
    rope = _listing(
        "Dynamic Climbing Rope, 9.8 mm",
        {"Diameter": "9.8 mm", "Standard": "EN 892"},
        product_type="Climbing rope",
    )
    prose = _prose(rope)
    assert "fall" not in prose
    assert purpose_sentence(rope, voice_of(rope.title), 0) is None


# Family 4: values spliced into frames that break.


def test_a_note_under_a_colour_name_is_not_offered_as_a_colour() -> None:
    suit = _listing(
        "Racing Trisuit",
        {"Custom colours": "Not available – catalogue colours only"},
        options={"Colour": ["Black", "Teal"], "Size": ["S", "M"]},
    )
    facts = sort_facts(suit)
    assert all("not available" not in c.lower() for c in facts.colours)
    prose = _prose(suit)
    assert "not available" not in prose.lower()
    assert "black or teal" in prose.lower()


def test_a_materials_note_after_a_semicolon_is_not_a_second_material() -> None:
    pan = _listing("Carbon Steel Wok", {"Material": "Carbon steel, blued; season before use"})
    prose = _prose(pan)
    assert "and season" not in prose and "season before use" not in prose.split(".")[0]
    made = r"(made of|crafted from|made from)"
    assert re.search(rf"{made} (blued carbon steel|carbon steel with)", prose)
    pan = _listing("Camp Skillet", {"Material": "Mild steel, black oxide; dry after use"})
    prose = _prose(pan)
    assert "and black oxide" not in prose and "and dry" not in prose
    assert re.search(rf"{made} mild steel with a black oxide finish", prose)


def test_a_material_described_after_a_comma_is_said_as_its_description() -> None:
    cup = _listing("Antler Toggle", {"Material": "Red deer antler, a naturally shed antler"})
    prose = _prose(cup)
    assert "and a naturally shed" not in prose
    assert "red deer antler, a naturally shed antler" in prose


def test_a_finish_beside_several_materials_stays_in_the_list() -> None:
    lamp = _listing(
        "Iron Floor Lamp",
        {"Material": ["Iron stem, black paint finish", "Cast concrete base"]},
    )
    prose = _prose(lamp)
    assert "paint finish and" not in prose and "finish and cast" not in prose
    assert "black paint finish" in _list(lamp)


def test_an_items_size_in_the_contents_is_not_said_as_an_item() -> None:
    kit = _listing("Glue Stick Refills", {"Contents": "12 sticks, 7 mm x 10 cm"})
    prose = _prose(kit)
    assert "and a 7 mm" not in prose and "an 7 mm" not in prose
    assert "12 sticks (7 mm x 10 cm)" in prose


def test_a_care_fact_that_is_no_instruction_stays_in_the_list() -> None:
    for n in range(3):
        shirt = _listing(
            "Flax Work Shirt",
            {"Fabric": "Linen", "Washing": "Shrinks about 3%"},
            external_id=f"r26-{n}",
        )
        assert "shrinks" not in _prose(shirt).lower()
    apron = _listing("Canvas Apron", {"Material": "Cotton canvas", "Care": "Sponge clean only"})
    assert "sponge clean only" in _prose(apron).lower() or "Sponge clean only" in _list(apron)


def test_a_two_language_value_with_a_unit_slash_is_said_on_its_english_side() -> None:
    tunic = _listing(
        "Viking Wool Tunic",
        {
            "Tkanina / Fabric": "100% wełna, 300 g/m² / 100% wool, 300 g/m²",
            "Pranie / Washing": "30 °C; ręcznie / by hand",
            "Kolor / Colour": "Brązowy / Brown",
        },
        options={"Rozmiar / Size": ["S", "M"]},
    )
    sided = in_one_language(tunic).attributes
    assert sided["Fabric"] == ["100% wool, 300 g/m²"]
    assert sided["Washing"] == ["30 °C; by hand"]
    prose = _prose(tunic)
    assert "wełna" not in prose and "g/m² /" not in prose


def test_a_finished_size_is_not_said_of_the_plans_it_comes_from() -> None:
    plans = _listing(
        "Rocking Horse Plans (PDF)",
        {"Finished height": "90 cm", "Includes": ["Templates", "Cutting list"]},
        product_type="Downloadable plans",
    )
    prose = _prose(plans)
    assert "finished height" not in prose
    assert "90 cm" in _list(plans)


# Family 5: the first line does not repeat the title.


def test_a_size_the_title_gives_is_not_said_again_in_the_first_line() -> None:
    board = _listing(
        "Sorting Board, 120 x 80 cm",
        {"Size": "120 x 80 cm", "Material": "Recycled HDPE"},
        product_type="Sorting board",
    )
    assert "measuring 120 x 80 cm" not in _prose(board)


# Family 6 (more true prose): the shop's own reason, and a part with its size.


def test_a_value_given_with_what_it_does_is_said_with_that_reason() -> None:
    sticks = _listing(
        "Glue Sticks, Pack of 20", {"Type": "Flexible – flexes in the cold without snapping"}
    )
    assert "are flexible, so they flex in the cold without snapping" in _prose(sticks)
    cord = _listing("Jute Cord, 50 m", {"Twist": "Loose twist – unravels into a soft tassel"})
    assert "has a loose twist, which unravels into a soft tassel" in _prose(cord)


def test_a_dash_note_that_is_a_need_a_noun_or_a_limit_gets_no_reason() -> None:
    board = _listing("Primed Pine Board", {"Finish": "Primed – needs a top coat before use"})
    assert "so it needs" not in _prose(board)
    globe = _listing("Desk Globe", {"View": "Physical – countries in colour"})
    assert "which countries" not in _prose(globe)


def test_a_part_with_its_size_after_a_comma_reaches_the_prose_with_its_reason() -> None:
    line = _listing("Canicross Lead", {"Shock absorber": "Bungee section, 40 cm"})
    prose = _prose(line)
    assert "bungee section shock absorber (40 cm)" in prose
    assert ", so " in prose
    # A grade or a type is no part: the value stays in the list.
    salt = _listing("Gritting Salt, 25 kg", {"Grade": "White rock salt, 8 mm"})
    assert "salt grade (8 mm)" not in _prose(salt)


def test_what_a_food_is_served_with_and_what_a_service_gives_are_said() -> None:
    relish = _listing(
        "Beetroot Relish, 200 g",
        {"Serve with": ["Goat cheese", "Cold meats"], "Allergens": "Mustard"},
        product_type="Relish",
    )
    assert "Serve it with goat cheese and cold meats." in _prose(relish)
    review = _listing(
        "Online Coin Grading",
        {"You get": "A written grade and a photo report", "Delivery": "By email"},
        product_type="Online service",
    )
    assert "It gives you a written grade and a photo report." in _prose(review)
    # Said in other words than the list's "You get: …" line: no repeated sentence.
    html = draft(review, DraftKind.DESCRIPTION)
    assert "quality.repetition" not in [f.rule for f in check(review, html, DraftKind.DESCRIPTION)]


def test_a_label_with_one_side_in_another_script_is_said_on_its_latin_side() -> None:
    tea = _listing(
        "Roasted Barley Tea, 300 g",
        {"原材料 / Ingredients": "大麦 / Barley", "産地 / Origin": "日本 / Japan"},
        product_type="Barley tea",
    )
    sided = in_one_language(tea).attributes
    assert sided.get("Ingredients") == ["Barley"]
    assert "原材料" not in _list(tea)


def test_a_share_of_a_food_is_said_as_what_it_is_made_of() -> None:
    voice = voice_of("Brown Rice Miso")
    assert feature_lead("Salt", "12%", voice) == "It is 12% salt"
    assert feature_lead("Cocoa solids", "70%", voice) == "It is 70% cocoa solids"
    assert feature_lead("Salt", "12%", voice) != "Its salt is 12%"
    flour = _listing("Strong Bread Flour, 1.5 kg", {"Protein": "14%"}, product_type="Flour")
    assert "is 14% protein." in _prose(flour)
