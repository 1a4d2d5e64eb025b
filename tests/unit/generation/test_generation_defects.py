"""Round 17's defect families (from heldout19's rater notes, a seen set): each test plans a small
listing and checks what the draft does or does not say, never its exact wording."""

from plugin.domain import Listing
from plugin.generation.compose import choose
from plugin.generation.plan import fact_list_html, plan_description
from plugin.generation.render import render_description


def drafted(listing: Listing, seed: int | None = None) -> str:
    plan = plan_description(listing, seed)
    return render_description(plan, choose(plan, listing, {}, None))


def prose(listing: Listing, seed: int | None = None) -> str:
    return drafted(listing, seed).split("<ul>")[0]


def test_list_labels_in_capitals_read_as_words_and_lower_case_codes_as_codes() -> None:
    # "AGE", "MAX user weight" and "Sold AS" were marked half-cased; "Uv protection", "otg" raw.
    scooter = Listing(
        external_id="s",
        title="Kick Scooter",
        attributes={
            "AGE": ["3-5 years"],
            "MAX_USER_WEIGHT": ["20 kg"],
            "SOLD AS": ["Pair"],
            "otg": ["Yes"],
            "uv_protection": ["UV400"],
            "length_cm": ["60"],
            "TOG": ["2.5"],
        },
    )
    shown = fact_list_html(plan_description(scooter))
    labels = ("Age", "Max user weight", "Sold as", "OTG", "UV protection", "Length (cm)", "TOG")
    for label in labels:
        assert f"<li>{label}: " in shown, label
    assert "AGE" not in shown and "MAX" not in shown and "Uv" not in shown


def test_values_that_broke_their_frame_read_as_english_or_stay_in_the_list() -> None:
    # "They have an oak chips smoked over", "Its cover is insulated lid included", "It has a
    # fibreglass rods frame", "It has a beginner skill level" (heldout19's notes).
    almonds = Listing(
        external_id="a", title="Smoked Almonds", attributes={"Smoked over": ["Oak chips"]}
    )
    assert "smoked over oak chips" in prose(almonds)
    assert "an oak chips" not in prose(almonds)
    tub = Listing(
        external_id="t",
        title="Inflatable Hot Tub",
        product_type="Hot tub",
        attributes={"Cover": ["Insulated lid included"], "Heater": ["2,000 W, built in"]},
    )
    assert "comes with an insulated lid" in prose(tub)
    assert "lid included" not in prose(tub) and "candle" not in prose(tub)
    kite = Listing(
        external_id="k",
        title="Stunt Kite",
        attributes={"Frame": ["Fibreglass rods"], "Skill level": ["Beginner"]},
    )
    said = prose(kite)
    assert "fibreglass rods frame" not in said and "beginner skill level" not in said
    assert "suits beginners" in said


def test_a_kits_stuff_takes_no_article() -> None:
    # "The kit includes … a food colouring (3 colours)" was marked for its odd articles.
    kit = Listing(
        external_id="c",
        title="Crystal Growing Science Kit",
        attributes={
            "contents": ["Crystal powder (4 x 40 g), food colouring (3 colours), 2 cups, magnifier"]
        },
    )
    said = prose(kit)
    assert "food colouring (3 colours)" in said and "a food colouring" not in said
    assert "a crystal powder" not in said and "a magnifier" in said


def test_a_first_line_does_not_say_the_titles_own_age_or_size_again() -> None:
    # "The … Scooter – Ages 3–5 is a kids' scooter for ages 3–5 years" only repeats the title;
    # "has a volume of 3 litres" on a "… 3 L Tin" too.
    scooter = Listing(
        external_id="s",
        title="Three-Wheel Scooter – Ages 3–5",
        product_type="Kids' scooter",
        attributes={"AGE": ["3–5 years"], "Brake": ["Rear foot brake"]},
    )
    for seed in range(6):
        assert "for ages 3–5" not in prose(scooter, seed)
    oil = Listing(
        external_id="o",
        title="Extra Virgin Olive Oil 3 L Tin",
        product_type="Olive oil",
        attributes={"Volume": ["3 litres"], "Olive variety": ["Koroneiki"]},
    )
    assert "3 litres" not in prose(oil)


def test_a_bare_kind_does_not_stand_before_the_name() -> None:
    # "A dressing gown, the … Bathrobe has …", "A digital download, the … is printable".
    robe = Listing(
        external_id="r",
        title="Waffle Weave Cotton Bathrobe",
        product_type="Dressing gown",
        attributes={"pockets": ["2 patch pockets"], "material": ["100% cotton waffle weave"]},
    )
    for seed in range(12):
        assert not prose(robe, seed).startswith("<p>A dressing gown, the")


def test_a_reason_fits_the_product_it_is_given_to() -> None:
    # "lightweight, so it is easy to carry" on a bathrobe; a magnet that "clicks into place".
    robe = Listing(
        external_id="r",
        title="Waffle Weave Cotton Bathrobe",
        product_type="Dressing gown",
        tags=["lightweight"],
        attributes={"pockets": ["2 patch pockets"]},
    )
    assert "easy to carry" not in prose(robe)
    chair = Listing(
        external_id="c", title="Folding Camp Chair", attributes={"Lightweight": ["Yes"]}
    )
    assert "easy to carry" in prose(chair)
    thermometer = Listing(
        external_id="t",
        title="Magnetic Stove Pipe Thermometer",
        categories=["Fireplace & Stove"],
        attributes={"range": ["100–900 °F"]},
    )
    said = prose(thermometer)
    assert "clicks into place" not in said
    assert "no screws or clips" in said.lower()


def test_a_brand_and_a_nationality_keep_their_capitals_in_prose() -> None:
    # "fit clearbrook glass and plastic jugs", "made of japanese paper" (heldout19's notes).
    cartridges = Listing(
        external_id="c",
        title="Replacement Filter Cartridges",
        vendor="Clearbrook Water",
        attributes={"Fits": ["Clearbrook glass and plastic jugs"], "Shelf life": ["3 years"]},
    )
    assert "fit Clearbrook glass" in prose(cartridges)
    tape = Listing(
        external_id="w",
        title="Washi Tape Set",
        attributes={"Material": ["Japanese paper"], "Repositionable": ["Yes"]},
    )
    said = prose(tape)
    assert "japanese" not in said


def test_an_origin_that_names_a_place_of_its_own_takes_its_article() -> None:
    oil = Listing(
        external_id="o",
        title="Olive Oil Tin",
        attributes={"Origin": ["Single estate in Messinia, Greece"]},
    )
    said = prose(oil)
    assert "from single estate" not in said
    assert "a single estate in Messinia" in said


def test_a_yes_fact_with_its_reason_opens_rather_than_a_model_hook() -> None:
    # Round 16 asked the model for a hook when the only reasoned fact was a yes ("Resealable
    # bag: Yes"), and it wrote "a vegan mix of maple and salt" for a nut-and-raisin mix.
    mix = Listing(
        external_id="m",
        title="Salted Maple Trail Mix",
        product_type="Trail mix",
        tags=["vegan"],
        attributes={"Resealable bag": ["Yes"], "Ingredients": ["Peanuts, raisins, sea salt"]},
        options={"Bag size": ["250 g", "500 g"]},
    )
    for seed in range(6):
        hook, *rest = plan_description(mix, seed).sentences
        # Round 33: the first line may say what a trail mix is for, the fact said next.
        opening = f"{hook.lead} {rest[0].lead}".lower()
        assert not hook.ask and "resealable" in opening


def test_a_foods_title_words_are_flavours_not_materials() -> None:
    # A "Salted Maple Trail Mix" was "crafted from maple, which shows the grain of real wood".
    mix = Listing(external_id="m", title="Salted Maple Trail Mix", product_type="Trail mix")
    assert "grain" not in prose(mix) and "crafted from maple" not in prose(mix)
    board = Listing(external_id="b", title="Maple Chopping Board", product_type="Chopping board")
    assert "maple" in prose(board).lower()


def test_a_thin_listing_opens_with_its_own_fact_not_introducing() -> None:
    # "Introducing the Crystal Glass Nail File." was the whole prose; a duck thermometer's
    # scale and a perfume's notes had a first line to give too (heldout19's notes).
    nail_file = Listing(
        external_id="n",
        title="Crystal Glass Nail File",
        categories=["Nail care"],
        attributes={"Length": ["14 cm"], "Case": ["Included"]},
    )
    thermometer = Listing(
        external_id="p",
        title="Floating Pool Thermometer – Duck",
        categories=["Pool & Hot Tub"],
        attributes={"Scale": ["°C and °F"]},
    )
    perfume = Listing(
        external_id="f",
        title="Fig Leaf & Vetiver Eau de Parfum",
        product_type="Eau de parfum",
        attributes={"Top notes": ["Fig leaf, bergamot"], "Heart notes": ["Black tea, orris"]},
    )
    for listing in (nail_file, thermometer, perfume):
        assert "Introducing" not in prose(listing), listing.title
    assert "comes with a case" in prose(nail_file)
    assert "reads in °C and °F" in prose(thermometer)
    assert "top notes" in prose(perfume) and "fig leaf and bergamot" in prose(perfume)


def test_an_origin_written_as_a_fragment_and_a_pair_of_parts_read_as_sentences() -> None:
    # "Grown in Bulgaria, packed in the UK." and "Its interior is zip divider and compression
    # straps" (heldout18's notes, seen).
    seed = Listing(
        external_id="s",
        title="Sunflower Hearts",
        attributes={"Origin": ["Grown in Bulgaria, packed in the UK"], "Husk-free": ["Yes"]},
    )
    assert "are grown in Bulgaria and packed in the UK" in prose(seed)
    case = Listing(
        external_id="c",
        title="Carry-On Spinner",
        attributes={"Interior": ["Zip divider and compression straps"]},
    )
    from plugin.generation.stated_frames import stated_lead
    from plugin.generation.voice import voice_of

    said = stated_lead("Interior", "Zip divider and compression straps", voice_of(case.title))
    assert said == "Its interior has a zip divider and compression straps"


def test_a_decanter_is_for_drinks_not_for_eating() -> None:
    # "lead-free crystal glass, so no lead touches what you eat or drink" on a whisky decanter.
    decanter = Listing(
        external_id="d",
        title="Hand-Blown Whisky Decanter with Stopper",
        attributes={"Material": ["Lead-free crystal glass"]},
    )
    said = prose(decanter)
    assert "what you eat" not in said and "what you drink" in said


def test_a_limit_never_opens_and_an_age_reads_as_english() -> None:
    # "The … Leotard is lined front only." (an odd first line, heldout18 and 19) and "is for
    # ages 10 years and up".
    leotard = Listing(
        external_id="l",
        title="Cap-Sleeve Cotton Ballet Leotard",
        attributes={"Lined": ["Front only"], "Material": ["90% cotton, 10% elastane"]},
    )
    assert not prose(leotard).split("</strong>")[1].startswith(" is lined front only")
    kit = Listing(
        external_id="k", title="Crystal Science Kit", attributes={"age_range": ["10 years and up"]}
    )
    assert "for ages 10 and up" in prose(kit)
