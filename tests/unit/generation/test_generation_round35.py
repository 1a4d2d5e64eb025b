"""Round 35: reasons tied to the product they are said of, figures said with their scope, and
values in two languages or in capitals said as prose, on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.colour_labels import colour_name
from plugin.generation.english_labels import in_one_language, per_unit
from plugin.generation.letter_case import shouted_lowered
from plugin.generation.scoped_figures import scoped_figures
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>")[0])


def _list(listing: Listing) -> str:
    html = draft(listing, DraftKind.DESCRIPTION)
    return text_of(html[html.find("<ul>") :].replace("</li>", "\n"))


def test_a_material_reason_that_fits_anything_made_of_it_is_left_out() -> None:
    stop = Listing(
        external_id="r35-stop", title="Iron Door Wedge", attributes={"Material": ["Cast iron"]}
    )
    assert "built to last" not in _prose(stop) and "cast iron" in _prose(stop).lower()
    assert benefit_for("Material", "Cast iron", 0, product="door wedge") is None
    # Where it cooks, what the iron does is hold heat.
    assert "heat" in (benefit_for("Material", "Cast iron", 0, product="frying pan") or "")
    # A fibre's feel the listing never claims is not said of it.
    assert benefit_for("Fabric", "100% cotton", 0, product="shirt") is None
    merino = benefit_for("Material", "100% merino wool", 0, product="scarf") or ""
    assert "warm" in merino and "itch" not in merino


def test_a_reason_says_nothing_one_kind_of_product_alone_would_need() -> None:
    # Felt pads guard what the product stands on, a table as much as a floor.
    pads = benefit_for("Feet", "Four felt pads", 0, product="slate cheese board") or ""
    assert "floor" not in pads and "scratch" in pads
    # Hi-vis is seen, on a road or on the water.
    seen = benefit_for("Features", "Hi-vis panels", 0, product="kayak buoyancy aid") or ""
    assert "traffic" not in seen and "see" in seen
    # A hammered finish glints as a worn piece moves; a bowl or a bell gets no such reason.
    assert benefit_for("Finish", "Hand-hammered", 0, product="brass bell") is None
    assert benefit_for("Finish", "Hand-hammered", 0, product="silver bangle")


def test_what_a_product_makes_lends_it_no_reason_of_its_own() -> None:
    press = Listing(
        external_id="r35-press",
        title="Beech Patch Press",
        product_type="Patch press",
        attributes={"Makes": ["Waterproof patches"], "Body": ["Beech"]},
    )
    assert "wet" not in _prose(press)
    assert benefit_for("Makes", "Waterproof patches", 0) is None
    assert benefit_for("Features", "Waterproof patches", 0)


def test_a_figure_given_per_variant_is_never_said_as_the_products() -> None:
    assert scoped_figures("1 in (10 in), 1-1/2 in (14 in), 2 in (20 in)") == ["1", "1-1/2", "2"]
    assert scoped_figures("3–4 hours (small); 10+ hours (large)") == ["3–4", "10+"]
    assert scoped_figures("Small 12 m; Large 20 m") == ["12", "20"]
    assert scoped_figures("40–50 cm") == []
    assert scoped_figures("Oak, 30 cm (top)") == []
    grip = Listing(
        external_id="r35-grip",
        title="Forged Pipe Grip",
        product_type="Pipe grip",
        attributes={"Grip range": ["1 in (10 in), 1-1/2 in (14 in), 2 in (20 in)"]},
        options={"Size": ["10 in", "14 in", "20 in"]},
    )
    prose = _prose(grip)
    assert "range" not in prose and "of 1 in" not in prose, prose
    assert "1 in (10 in), 1-1/2 in (14 in), 2 in (20 in)" in _list(grip)


def test_a_figure_per_a_quantity_keeps_its_base() -> None:
    assert per_unit("9,5 g / 100 g") == "9,5 g per 100 g"
    assert per_unit("3 ml / kg") == "3 ml per kg"
    assert per_unit("30 m / 100 ft") == "30 m / 100 ft"
    assert per_unit("Grob / Coarse") is None
    biscuits = Listing(
        external_id="r35-oat",
        title="Oat Biscuits",
        product_type="Biscuits",
        attributes={"Proteiini / Protein": ["9,5 g / 100 g"], "Kaura / Oats": ["60 %"]},
        options={"Pakkaus / Pack": ["200 g", "2 × 200 g"]},
    )
    assert "Protein: 9,5 g per 100 g" in _list(biscuits)


def test_a_value_in_two_languages_is_said_on_its_english_half() -> None:
    assert colour_name("Rojo oscuro / Dark red") == "dark red"
    assert colour_name("Black / Gold") == "black / gold"
    scarf = Listing(
        external_id="r35-scarf",
        title="Knitted Wool Scarf",
        product_type="Scarf",
        attributes={
            "Material": ["70 % lana merino, 30 % seda / 70% merino wool, 30% silk"],
            "Talla / Size": ["Única / One size"],
        },
        options={"Color / Colour": ["Rojo oscuro / Dark red", "Azul / Blue"]},
    )
    prose = _prose(scarf)
    assert "lana" not in prose and "rojo" not in prose.lower(), prose
    assert "merino wool" in prose and "dark red" in prose
    said = in_one_language(scarf).attributes["Material"]
    assert said == ["70% merino wool, 30% silk"]
    # A blend's two materials are one value, not two languages.
    blend = Listing(
        external_id="r35-b",
        title="Rug",
        attributes={"Kolor / Colour": ["Szary / Grey"], "Pile": ["Wool / nylon"]},
    )
    assert in_one_language(blend).attributes["Pile"] == ["Wool / nylon"]


def test_a_value_written_in_capitals_is_said_in_sentence_case() -> None:
    assert shouted_lowered("SOYBEANS, RICE KOJI, ROCK SALT") == "Soybeans, rice koji, rock salt"
    assert shouted_lowered("KEEP COOL; USE WITHIN 3 MONTHS") == "Keep cool; use within 3 months"
    assert shouted_lowered("HDPE, UV-STABILISED") == "HDPE, UV-stabilised"
    assert shouted_lowered("9 G IN EVERY 75 G") == "9 g in every 75 g"
    assert shouted_lowered("Sea salt") == "Sea salt"
    paste = Listing(
        external_id="r35-miso",
        title="Chilli Miso Paste",
        product_type="Condiment",
        attributes={
            "INGREDIENTS": ["SOYBEANS, RICE KOJI, RED CHILLI, ROCK SALT"],
            "HEAT": ["MILD"],
        },
        options={"JAR": ["100 G", "200 G"]},
    )
    prose = _prose(paste)
    assert "KOJI" not in prose and "ROCK" not in prose and "100 G" not in prose, prose
    assert "100 G" not in _list(paste)


def test_an_option_of_packs_is_said_as_the_packs_the_product_comes_in() -> None:
    honey = Listing(
        external_id="r35-honey",
        title="Heather Honey",
        product_type="Honey",
        attributes={"Origin": ["Scotland"]},
        options={"Jar": ["227 g", "454 g"]},
    )
    prose = _prose(honey)
    assert "comes in 227 g and 454 g jars." in prose and "the jar:" not in prose, prose
    beans = Listing(
        external_id="r35-beans",
        title="Coffee Beans",
        product_type="Coffee",
        attributes={"Origin": ["Colombia"]},
        options={"Bag": ["250 g", "1 kg"]},
    )
    assert "They come in 250 g and 1 kg bags." in _prose(beans)
    # An option whose values are not amounts keeps its choice line.
    kit = Listing(external_id="r35-kit", title="Glaze Kit", options={"Box": ["Starter", "Studio"]})
    assert "comes in starter" not in _prose(kit).lower()
