"""The content planner: what a description tells, in what order, from the listing alone."""

import re

from plugin.domain import Dimensions, Listing, Measure, Variant
from plugin.generation.compose import finish
from plugin.generation.families import family_of
from plugin.generation.material_frames import build_lead
from plugin.generation.option_choice import choice_lead
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import Role, fact_list_html, plan_description
from plugin.generation.stated_frames import stated_lead
from plugin.generation.voice import voice_of

BOTTLE = Listing(
    external_id="201",
    title="Insulated Steel Bottle 750 ml",
    vendor="Fernway",
    categories=["Outdoor > Drinkware"],
    tags=["bottle", "insulated"],
    attributes={
        "Capacity": ["750 ml"],
        "Material": ["18/8 stainless steel"],
        "Insulation": ["Keeps drinks cold 24 hours, hot 12 hours"],
        "Certifications": ["BPA-free"],
        "Origin": ["Portugal"],
        "Care": ["Hand wash"],
    },
    price="34.00",
    currency="USD",
    weight=Measure(0.93, "lbs"),
    dimensions=Dimensions(3.1, 3.1, 11.2, "in"),
)


def planned_text(listing: Listing, seed: int | None = None) -> str:
    plan = plan_description(listing, seed)
    return " ".join(s.lead for s in plan.sentences) + " " + str(plan.fact_list)


def test_a_fact_with_a_known_reason_opens_and_the_small_model_is_not_asked_for_reasons() -> None:
    plan = plan_description(BOTTLE)
    hook = plan.sentences[0]
    assert hook.role is Role.HOOK and hook.ask == "" and BOTTLE.title in hook.lead
    # The title's headline feature and its known reason make the first line, not the model's
    # guess at a use; the material's reason follows.
    assert "is insulated, so" in hook.lead
    leads = [s.lead for s in plan.sentences]
    assert any("18/8 stainless steel" in lead and "rust" in lead for lead in leads)
    # The title already says 750 ml: with no reason to give, the prose does not repeat it.
    assert "It holds 750 ml." not in leads
    assert "It keeps drinks cold 24 hours, hot 12 hours." in leads
    assert all(s.ask == "" for s in plan.sentences)
    # With reasons to give, origin and certification were left to the list (raters marked them
    # bare: "'It is made in Germany' is unexplained"). Round 53: while the prose is short of 50
    # words they stay after the reasons (heldout54's raters asked for the place); the care
    # instruction at their end is still the list's.
    details = [s for s in plan.sentences if s.role is Role.DETAIL]
    assert [s.lead.startswith("It comes from Portugal") for s in details] == [True]
    assert details[0].listed_tail and "hand wash" in details[0].listed_tail
    assert plan.sentences.index(details[0]) > 1
    assert ("Origin", "Portugal") in plan.fact_list and ("Care", "Hand wash") in plan.fact_list
    bare = Listing.from_dict(
        {
            **BOTTLE.to_dict(),
            "title": "Steel Bottle",
            "tags": [],
            "attributes": {
                "Origin": ["Portugal"],
                "Certifications": ["BPA-free"],
                "Care": ["Hand wash"],
            },
        }
    )
    details = [s.lead for s in plan_description(bare).sentences if s.role is Role.DETAIL]
    # "Origin: Portugal" says where it comes from, not that it was made there.
    # Round 22: "Care is simple: …" is gone (raters read it as spin before "dry clean only").
    assert details == ["It comes from Portugal and is BPA-free. To keep it at its best, hand wash."]
    # A larger completion model is asked why the facts no rule covers matter.
    asked = plan_description(BOTTLE, model_reasons=True)
    features = [s for s in asked.sentences if s.role is Role.FEATURE]
    assert [s.ask for s in features if s.facts != ("Insulated",)] == ["reason", "reason"]
    # The shop's "insulated" tag is a feature with a known reason: no model is asked.
    assert "is insulated, so drinks stay hot or cold for longer" in asked.sentences[0].lead


def test_a_listing_with_no_known_reason_asks_the_model_for_a_hook() -> None:
    lamp = Listing(external_id="l", title="Desk Lamp", attributes={"Bulb": ["E27"]})
    hook = plan_description(lamp).sentences[0]
    assert hook.ask == "hook" and hook.fallback


def test_price_weight_and_package_dimensions_are_never_planned() -> None:
    text = planned_text(BOTTLE)
    for stale in ("34", "$", "0.93", "lbs", "11.2", "3.1"):
        assert stale not in text
    labels = [label for label, _ in plan_description(BOTTLE).fact_list]
    assert labels == ["Capacity", "Material", "Insulation", "Certifications", "Origin", "Care"]


def test_every_planned_fact_comes_from_the_listing() -> None:
    plan = plan_description(BOTTLE)
    values = {v for values in BOTTLE.attributes.values() for v in values}
    values |= {tag.capitalize() for tag in BOTTLE.tags}
    for sentence in plan.sentences:
        for fact in sentence.facts:
            assert fact in values or fact == BOTTLE.vendor


def test_options_become_one_choice_sentence_and_plural_titles_read_as_plural() -> None:
    socks = Listing(
        external_id="s",
        title="Merino Trail Socks",
        categories=["Clothing > Socks"],
        options={"Color": ["Charcoal", "Moss Green"], "Size": ["S", "M", "L"]},
        attributes={"Material": ["Merino wool"]},
        variants=[Variant(sku="a", price="18", options={"Color": "Charcoal", "Size": "S"})],
    )
    plan = plan_description(socks)
    choice = [s.lead for s in plan.sentences if s.role is Role.CHOICE]
    assert len(choice) == 1
    assert "charcoal or moss green" in choice[0] and "S, M and L" in choice[0]
    assert voice_of(socks.title).plural and not voice_of("Glass Teapot").plural
    said = " ".join(s.lead for s in plan.sentences)
    assert "Socks are" in said or "They are" in said
    assert "Socks is" not in said and "It is" not in said


def test_a_thin_listing_gets_a_short_plan_not_padding() -> None:
    belt = Listing(external_id="b", title="Belt", categories=["Clothing > Accessories"], price="55")
    plan = plan_description(belt)
    # Round 17b: what a belt is for is said (general knowledge of the type), nothing more.
    assert [s.role for s in plan.sentences] == [Role.HOOK, Role.DETAIL]
    assert plan.sentences[1].lead == "A belt holds trousers in place."
    assert plan.fact_list == ()


def test_the_hook_offers_several_openers_that_rotate_across_a_catalogue_and_seeds() -> None:
    listings = [
        Listing(
            external_id=str(n),
            title=f"Product {n}",
            vendor="Fernway",
            attributes={"Material": ["sisal"], "Color": ["Walnut brown"]},
        )
        for n in range(40)
    ]
    hooks = [plan_description(item).sentences[0] for item in listings]
    assert all(len(hook.options) == 3 for hook in hooks)
    offered = {opener.split(" Product")[0] for hook in hooks for opener, _ in hook.options}
    assert len(offered) >= 4
    # Raters marked "From <vendor>, the …" as a stock opener: the shop's name does not open.
    assert not any(o.startswith("From") for o in offered)
    # Raters marked these stock openers as template text.
    assert not any(o.startswith(("Think of", "Presenting", "Quite simply")) for o in offered)
    assert ("Made of sisal, the Product 0 is", ("sisal",)) in [
        option
        for seed in range(8)
        for option in plan_description(listings[0], seed).sentences[0].options
    ]
    seeded = {plan_description(listings[0], seed).sentences[0].options for seed in range(1, 30)}
    assert len(seeded) >= 2


def test_the_family_picks_matching_examples() -> None:
    assert family_of(BOTTLE) == "drink"
    assert family_of(Listing(external_id="x", title="Dog Lead", categories=["Pets"])) == "pets"
    assert family_of(Listing(external_id="y", title="Thing")) == "general"


def test_money_values_stay_out_and_verb_values_read_as_sentences() -> None:
    card = Listing(
        external_id="g",
        title="Digital Gift Card",
        attributes={
            "Amount": ["$25", "$50"],
            "Validity": ["Does not expire"],
            "Delivery": ["Sent by email"],
        },
    )
    plan = plan_description(card)
    leads = [s.lead for s in plan.sentences]
    text = " ".join(leads)
    assert "does not expire" in text and "is sent by email" in text
    # Sent by e-mail means the buyer has it at once: the reason says so.
    assert "nothing to wait for in the post" in text
    assert "$" not in " ".join(leads) and all("$" not in v for _, v in plan.fact_list)


def test_one_size_is_a_choice_and_an_origin_is_not_made_twice() -> None:
    beanie = Listing(
        external_id="b2",
        title="Rib Beanie",
        attributes={"Size": ["One size"], "Origin": ["Made in Scotland"]},
    )
    leads = [s.lead for s in plan_description(beanie).sentences]
    assert "It comes in one size." in leads
    assert any("made in Scotland" in lead or "Made in Scotland." in lead for lead in leads)
    assert not any("Made in Made in" in lead or "made in Made in" in lead for lead in leads)


def test_yes_no_values_and_dimensions_read_as_a_buyer_expects() -> None:
    bowl = Listing(
        external_id="bw",
        title="Stoneware Bowl",
        attributes={
            "Dishwasher safe": ["Yes"],
            "Microwave safe": ["No"],
            "Diameter": ["15 cm"],
            "Closure": ["Press stud"],
        },
    )
    plan = plan_description(bowl)
    leads = [s.lead for s in plan.sentences]
    assert any("dishwasher safe" in lead and "takes no effort" in lead for lead in leads)
    assert not any("microwave" in lead.lower() or "15 cm" in lead for lead in leads)
    # A fact with no reason to give is for the list (COPY.md): "It has a press stud closure."
    # alone in the prose is a restated spec.
    assert not any("closure" in lead for lead in leads)
    assert ("Closure", "Press stud") in plan.fact_list
    assert ("Diameter", "15 cm") in plan.fact_list


def test_plural_care_and_marks_that_already_say_certified() -> None:
    towels = Listing(
        external_id="t",
        title="Waffle Towels",
        attributes={"Care": ["Machine wash warm"], "Certifications": ["OEKO-TEX certified"]},
    )
    details = " ".join(s.lead for s in plan_description(towels, seed=1).sentences)
    assert "certified certified" not in details and "OEKO-TEX certified" in details
    for seed in range(6):
        text = " ".join(s.lead for s in plan_description(towels, seed).sentences)
        assert "keep they" not in text


def test_a_yes_with_detail_and_an_origin_phrase_read_as_sentences() -> None:
    tea = Listing(
        external_id="tea",
        title="Mountain Tea Blend",
        attributes={"Resealable": ["Yes, zip pouch"], "Origin": ["Blended and packed in Austria"]},
    )
    leads = [s.lead for s in plan_description(tea).sentences]
    assert any(
        "is resealable (zip pouch)" in lead and "fresh once opened" in lead for lead in leads
    )
    # With a reason given, the origin is for the list; told alone, it reads as written.
    assert ("Origin", "Blended and packed in Austria") in plan_description(tea).fact_list
    alone = Listing(
        external_id="t2",
        title="Mountain Tea",
        attributes={"Origin": ["Blended and packed in Austria"]},
    )
    told = [s.lead for s in plan_description(alone).sentences]
    # Said of the product (round 17: the fragment alone read as broken).
    assert any("is blended and packed in Austria." in lead for lead in told)
    assert not any("made in Blended" in lead or "Made in Blended" in lead for lead in told)


def test_names_that_are_half_a_sentence_and_parts_not_included() -> None:
    socks = Listing(
        external_id="sx",
        title="Running Sock",
        attributes={
            "Sold as": ["One pair"],
            "Works with": ["Most trainers"],
            "Grip tape": ["Not included"],
        },
    )
    plan = plan_description(socks)
    leads = [s.lead for s in plan.sentences]
    assert "It works with most trainers." in leads
    assert (
        not any("sold as" in lead for lead in leads) and ("Sold as", "One pair") in plan.fact_list
    )
    # Never "It has a not included grip tape"; since round 25 (heldout27's raters asked for
    # what is left out in the prose) a closing line says it plainly.
    assert [lead for lead in leads if "not included" in lead.lower()] == [
        "The grip tape is not included."
    ]
    assert ("Grip tape", "Not included") in plan.fact_list


def test_a_noun_name_ending_in_a_preposition_is_not_read_as_a_verb() -> None:
    glasses = Listing(external_id="gl", title="Reader", attributes={"Glasses for": ["Reading"]})
    leads = [s.lead for s in plan_description(glasses).sentences]
    assert not any("It glasses" in lead for lead in leads)


def test_a_care_text_of_several_sentences_is_told_once_and_listed_whole() -> None:
    knife = Listing(
        external_id="k1",
        title="Paring Knife",
        attributes={"Care": ["Hand wash only. Dry straight after washing."]},
    )
    details = " ".join(s.lead for s in plan_description(knife).sentences if s.role is Role.DETAIL)
    assert "hand wash only" in details.lower() and "Dry straight after" not in details


def test_what_a_set_includes_and_what_a_single_thing_comes_with() -> None:
    knife = Listing(
        external_id="k2",
        title="Chef's Knife",
        attributes={
            "Included": ["Blade guard, gift box"],
            "Batteries included": ["Yes (built-in)"],
            "Colour temperature": ["2700K warm", "4000K neutral"],
        },
    )
    said = " ".join(s.lead for s in plan_description(knife).sentences)
    assert "It comes with a blade guard and a gift box, so it is ready to give." in said
    # A yes with a note is the list's, and a colour temperature is not a colour to choose.
    assert "yes" not in said.lower() and "Choose from" not in said and "Pick from" not in said
    kit = Listing(
        external_id="k3",
        title="Cheese-Making Kit",
        attributes={"Includes": ["Thermometer, recipe card"], "Spoon included": ["Yes"]},
    )
    said = " ".join(s.lead for s in plan_description(kit).sentences)
    assert "The kit includes a thermometer, a recipe card and a spoon." in said


def test_known_reasons_follow_the_fact_and_a_failed_hook_gives_way_to_a_fact() -> None:
    pen = Listing(
        external_id="p",
        title="Dip Pen Ink",
        attributes={"Ink": ["Water-based"], "Refills available": ["Yes"]},
    )
    plan = plan_description(pen)
    said = " ".join(s.lead for s in plan.sentences)
    assert "has a water-based ink, so it cleans up with water." in said
    assert "Refills are available, so you top it up rather than buy it again." in said
    set_of_knives = Listing(
        external_id="pk",
        title="Paring Knife Set",
        attributes={"Includes": ["3 paring knives, 3 sheaths"]},
    )
    hook = plan_description(set_of_knives).sentences[0]
    # No model hook passing, the product is named with what it includes, said once.
    assert hook.fallback == "The Paring Knife Set includes 3 paring knives and 3 sheaths."
    assert plan_description(set_of_knives).sentences[hook.replaces].role is Role.DETAIL


def test_a_plural_product_gets_its_reason_in_the_plural_and_head_nouns_decide() -> None:
    rings = Listing(
        external_id="r", title="Jump Rings, Pack of 50", attributes={"Nickel-free": ["Yes"]}
    )
    said = " ".join(s.lead for s in plan_description(rings).sentences)
    assert "so they are kinder to sensitive skin" in said
    assert not voice_of("Camping Hammock with Tree Straps").plural
    assert voice_of("Over-Ear Headphones with Noise Cancelling").plural


def test_a_certification_is_explained_and_a_bean_origin_is_not_where_it_is_made() -> None:
    bar = Listing(
        external_id="c",
        title="Dark Chocolate",
        attributes={"Bean origin": ["Ecuador"], "Made in": ["Belgium"]},
    )
    said = " ".join(s.lead for s in plan_description(bar).sentences)
    assert "made in Belgium" in said and "made in Ecuador" not in said
    towels = Listing(
        external_id="t2",
        title="Bath Towel",
        attributes={"Certifications": ["OEKO-TEX Standard 100"]},
    )
    said = " ".join(s.lead for s in plan_description(towels).sentences)
    assert (
        "OEKO-TEX Standard 100 certified, so the fabric has been tested for harmful substances"
        in said
    )


def test_facts_that_already_say_what_a_product_does_or_is_like_read_as_sentences() -> None:
    coffee = Listing(
        external_id="cf",
        title="Coffee Beans",
        attributes={
            "Tasting notes": ["Red apple, panela, milk chocolate"],
            "Roasted": ["Weekly in small batches"],
            "Note": ["Contains traces of nuts"],
        },
    )
    said = " ".join(s.lead for s in plan_description(coffee).sentences)
    assert "tasting notes are red apple, panela and milk chocolate" in said
    assert "roasted weekly in small batches" in said
    # A warning is the list's to show as written, never rephrased.
    assert (
        "nuts" not in said
        and ("Note", "Contains traces of nuts") in plan_description(coffee).fact_list
    )
    knife = Listing(
        external_id="hh",
        title="Garden Knife",
        attributes={
            "Uses": ["Weeding, planting bulbs, cutting twine"],
            "Holds": ["2 spare blades"],
        },
    )
    said = " ".join(s.lead for s in plan_description(knife).sentences)
    assert "made for weeding, planting bulbs and cutting twine" in said
    assert "holds 2 spare blades" in said


def test_a_listing_with_no_reason_to_give_still_gets_its_facts_said_and_no_category() -> None:
    puzzle = Listing(
        external_id="pz",
        title="Jigsaw Puzzle",
        categories=["Toys > Puzzles"],
        attributes={"Pieces": ["1000"], "Power": ["Plug-in"]},
    )
    plan = plan_description(puzzle)
    assert plan.sentences[0].fallback.endswith(" Jigsaw Puzzle has 1000 pieces.")
    assert "puzzles" not in plan.sentences[0].fallback.lower()
    assert not any("plug-in power" in s.lead for s in plan.sentences)


def test_a_fallback_says_a_possessed_fact_or_a_choice_of_the_product_by_name() -> None:
    gauge = Listing(external_id="tg", title="Tyre Gauge", attributes={"Range": ["0-150 PSI"]})
    assert (
        plan_description(gauge).sentences[0].fallback == "The Tyre Gauge has a range of 0-150 PSI."
    )
    lights = Listing(external_id="fl", title="Fairy Lights", attributes={"Bulbs": ["100 mini"]})
    assert plan_description(lights).sentences[0].fallback == "The Fairy Lights have 100 mini bulbs."
    clay = Listing(external_id="pc", title="Clay Set", attributes={"Colours": ["24"]})
    assert plan_description(clay).sentences[0].fallback == "The Clay Set has 24 colours."


def test_a_tag_naming_a_feature_becomes_a_reason_unless_an_attribute_already_gives_it() -> None:
    stand = Listing(
        external_id="st",
        title="Charging Stand",
        tags=["foldable", "GOTS certified", "ergonomic", "desk"],
        attributes={"Certification": ["GOTS"]},
    )
    text = " ".join(s.lead for s in plan_description(stand).sentences)
    assert "is foldable, so it stores away in little space." in text
    # The certification's reason is said once, from the attribute; "ergonomic" on a stand is
    # not about a handle, and "desk" names no feature.
    assert text.count("certified organic") <= 1
    assert "in the hand" not in text and "desk" not in text.lower()


def test_warranties_units_levels_and_a_shop_s_own_sentence_read_as_copy() -> None:
    gauge = Listing(
        external_id="gg",
        title="Trail Gauge",
        attributes={
            "Units": ["PSI / BAR / kPa"],
            "Warranty": ["2 years limited"],
            "Resistance levels": ["Light (2-4 kg), Medium (4-7 kg), Heavy (7-11 kg)"],
            "Set up": ["Each gauge is set up and checked by hand before dispatch"],
        },
    )
    text = " ".join(s.lead for s in plan_description(gauge).sentences)
    assert "reads in PSI, BAR or kPa, so you can use the unit you know" in text
    assert "a 2-year limited warranty" in text and "warranty of 2 years" not in text
    assert "3 resistance levels, from light (2-4 kg) to heavy (7-11 kg)" in text
    assert "Each gauge is set up and checked by hand before dispatch, so it plays well" in text
    # The warranty is reassurance, not the first thing a buyer reads.
    assert "warranty" not in plan_description(gauge).sentences[0].lead


def test_a_fabric_s_warmth_is_a_reason_for_what_is_worn_not_for_dryer_balls() -> None:
    balls = Listing(
        external_id="db",
        title="Wool Dryer Balls, Set of 6",
        categories=["Home > Laundry"],
        attributes={"Material": ["100% New Zealand wool"]},
    )
    beanie = Listing(
        external_id="bn",
        title="Rib Beanie",
        categories=["Clothing > Accessories"],
        attributes={"Material": ["100% wool"]},
    )
    assert "warmth" not in " ".join(s.lead for s in plan_description(balls).sentences)
    assert "keeps the warmth in" in " ".join(s.lead for s in plan_description(beanie).sentences)


def test_fact_shapes_that_read_as_pasted_specs_are_said_plainly_or_left_to_the_list() -> None:
    said = {
        ("Assembly", "Delivered fully assembled"): "It is delivered fully assembled",
        ("Capacity", "2 person"): "It is for 2 people",
        ("Warranty", "12 months"): "It comes with a 12-month warranty",
        ("Can be chilled", "Yes, in a freezer bag"): "It can be chilled (in a freezer bag)",
    }
    for (name, value), lead in said.items():
        assert feature_lead(name, value, voice_of("Pack")) == lead
    assert stated_lead("Type", "Water-based dye ink", voice_of("Ink")) == (
        "It is a water-based dye ink"
    )
    # A material value that labels its parts stays in the list.
    assert (
        build_lead("Material", "Outer: recycled webbing. Lining: air mesh", 0, voice_of("Harness"))
        is None
    )
    # Bare numbers are sizes, and a pack count after the noun keeps the noun plural.
    assert choice_lead([], ["7", "8", "9"], 0, voice_of("Boots")).endswith("sizes 7, 8 and 9")
    # Four or more with none left out read as a range.
    sizes = ["7", "8", "9", "10", "11"]
    assert choice_lead([], sizes, 0, voice_of("Boots")).endswith("sizes 7 to 11")
    assert choice_lead([], ["XS", "S", "M", "L"], 0, voice_of("Harness")).endswith("XS to L")
    assert choice_lead([], ["XS", "M", "L", "XL"], 0, voice_of("Harness")).endswith("M, L and XL")
    assert voice_of("Cable clips 10pk").plural and voice_of("Muslin squares x3").plural
    run = Listing(
        external_id="mr",
        title="Marble Run",
        attributes={"Pieces": ["62 (48 wooden blocks, 14 glass marbles)"]},
    )
    text = " ".join(s.lead for s in plan_description(run).sentences)
    assert "48 wooden blocks and 14 glass marbles" in text and "with 62" not in text


def test_thin_listings_say_size_and_filling_and_promotions_links_and_lead_times_stay_out() -> None:
    candles = Listing(
        external_id="c", title="Beeswax taper candles, pair", attributes={"Height": ["25cm"]}
    )
    squares = Listing(external_id="q", title="Muslin squares x3", attributes={"Size": ["70x70cm"]})
    toy = Listing(
        external_id="t", title="Kicker Toy", attributes={"Filling": ["catnip + fibrefill"]}
    )
    assert "They stand 25cm tall." in leads_of(candles)
    assert "They measure 70 x 70 cm." in leads_of(squares)
    assert "It is filled with catnip and fibrefill." in leads_of(toy)
    bench = Listing(
        external_id="b",
        title="Oak Bench - SALE",
        attributes={
            "Lead time": ["Made to order - ships in 3-4 weeks"],
            "Product URL": ["https://maker.example/bench"],
            "Button text": ["Buy at Maker"],
            "Finish": ["Water-based lacquer"],
        },
    )
    plan = plan_description(bench)
    text = " ".join(s.lead for s in plan.sentences)
    assert "SALE" not in text and plan.listing_title == "Oak Bench"
    assert "ships in" not in text and "example" not in str(plan.fact_list)
    assert "Button text" not in str(plan.fact_list)
    # Water-based lacquer on a bench does not make the bench clean up with water.
    assert "cleans up with water" not in text


def leads_of(listing: Listing) -> list[str]:
    return [s.lead for s in plan_description(listing).sentences] + [
        s.fallback for s in plan_description(listing).sentences if s.fallback
    ]


def test_frames_never_double_a_word_a_certification_is_not_upgraded_and_slugs_read_as_names() -> (
    None
):
    fox = Listing(
        external_id="f",
        title="The Lighthouse Fox",
        product_type="Jigsaw puzzle",
        attributes={
            "pa_finished-size": ["50 x 70 cm"],
            "Origin": ["Made in Estonia"],
            "Certification": ["Tested to EN 71-1"],
        },
    )
    plan = plan_description(fox)
    text = " ".join(finish(s, None) if not s.ask else s.fallback for s in plan.sentences)
    assert "The The" not in text and "the The" not in text and "made in made in" not in text
    assert "tested to EN 71-1" in text and "EN 71-1 certified" not in text
    assert ("Finished size", "50 x 70 cm") in plan.fact_list


def test_a_grouped_product_says_what_it_brings_together_and_that_each_is_sold_on_its_own() -> None:
    grouped = Listing(
        external_id="gp",
        title="Pour-Over Starter Set",
        kind="grouped",
        children=["Ceramic dripper, size 02 (DR-02)", "Glass server 600 ml", "Paper filters"],
    )
    first = plan_description(grouped).sentences[0].lead
    assert first.startswith("The Pour-Over Starter Set brings together a ceramic dripper,")
    assert "a glass server and paper filters, each sold on its own" in first
    assert "DR-02" not in first and "600 ml" not in first  # the list keeps codes and specs
    simple = Listing(external_id="sp", title="Ceramic Dripper", attributes={"Size": ["02"]})
    assert "brings together" not in " ".join(s.lead for s in plan_description(simple).sentences)


def test_a_warranty_never_opens_and_comes_after_the_product_s_own_features() -> None:
    stand = Listing(
        external_id="ls",
        title="Laptop Stand",
        tags=["foldable"],
        attributes={"Warranty": ["12 months"]},
    )
    leads = [s.lead for s in plan_description(stand).sentences]
    assert "foldable" in leads[0] and "warranty" not in leads[0]
    assert any("warranty" in lead for lead in leads[1:])


def test_a_product_type_that_only_renames_the_title_is_not_said() -> None:
    bat = Listing(external_id="tt", title="Table Tennis Bat", product_type="Table tennis paddle")
    feeder = Listing(external_id="bf", title="Hanging Seed Feeder", product_type="Bird feeder")
    assert "paddle" not in " ".join(s.lead for s in plan_description(bat).sentences)
    # Round 33: with what a bird feeder is for.
    assert (
        plan_description(feeder)
        .sentences[0]
        .lead.endswith("Hanging Seed Feeder is a bird feeder that brings birds to the garden.")
    )


def test_a_thin_listing_s_one_colour_is_said_rather_than_nothing() -> None:
    mug = Listing(
        external_id="em", title="Camping Mug", attributes={"Colour": ["white w/ blue rim"]}
    )
    assert "It is white with a blue rim." in [s.lead for s in plan_description(mug).sentences]
    paints = Listing(
        external_id="wp", title="Paint Tin", attributes={"Colour": ["Six muted colours"]}
    )
    assert not any("six" in s.lead.lower() for s in plan_description(paints).sentences)


def test_when_the_model_s_hook_fails_a_certified_fact_with_its_care_opens_instead_of_a_stub() -> (
    None
):
    bag = Listing(
        external_id="sb",
        title="Baby Sleeping Bag",
        product_type="Sleeping bag",
        attributes={"Certified": ["GOTS"], "Care": ["machine washable 40 degrees"]},
    )
    # Round 33: what a sleeping bag is for opens, in the plan's own words; the certified fact
    # with its reason comes next, not a stub.
    hook, fact, *_ = plan_description(bag).sentences
    assert not hook.ask and "keeps a baby warm" in hook.lead
    assert re.match(r"It is GOTS certified, so ", fact.lead)
    assert "Introducing" not in hook.lead


def test_named_sizes_read_smallest_first_and_a_choice_can_open_a_thin_listing() -> None:
    tee = Listing(
        external_id="vt",
        title="V-Neck T-Shirt",
        options={"Color": ["Blue", "Green", "Red"], "Size": ["Large", "Medium", "Small"]},
    )
    hook = plan_description(tee).sentences[0]
    # "The" or "This" by the listing's turn (round 21: openings vary across a catalogue).
    assert hook.fallback.split(" ", 1)[1] == (
        "V-Neck T-Shirt comes in blue, green or red, in sizes Small, Medium and Large."
    )


def test_letter_sizes_listed_out_of_order_read_smallest_first_as_one_range() -> None:
    sizes = ["XXL", "M", "XS", "XL", "S", "L"]
    assert choice_lead([], sizes, 0, voice_of("Hoodie")).endswith("sizes XS to XXL")
    # Named and lettered sizes share one order, but only letters read as a range.
    named = ["Extra large", "Small", "M", "Large"]
    assert choice_lead([], named, 0, voice_of("Hoodie")).endswith("Small, M, Large and Extra large")


def test_a_name_that_repeats_a_word_keeps_it_and_a_warranty_is_never_the_fallback() -> None:
    knife = Listing(
        external_id="hh",
        title="Hori Hori Garden Knife",
        attributes={"Warranty": ["Lifetime"], "Blade length": ["7 in"]},
    )
    plan = plan_description(knife)
    assert "warranty" not in plan.sentences[0].fallback
    written = finish(plan.sentences[0], "a garden knife for weeding")
    assert "Hori Hori Garden Knife" in written


def test_a_fallback_made_from_a_sentence_left_open_for_a_reason_ends_with_a_full_stop() -> None:
    # A larger model is asked for reasons, so the fact's lead has no full stop of its own;
    # said as the opener it must still end one ("… (European flax) It comes in …" read as one).
    shirt = Listing(
        external_id="ls",
        title="Camp Shirt",
        attributes={"Material": ["100% linen (European flax)"], "Origin": ["Lithuania"]},
    )
    fallback = plan_description(shirt, model_reasons=True).sentences[0].fallback
    assert fallback.endswith(".") and not fallback.endswith("..")


def test_frames_that_read_as_pasted_specs_read_as_sentences() -> None:
    def said(title: str, attributes: dict[str, str]) -> str:
        listing = Listing(
            external_id="f", title=title, attributes={k: [v] for k, v in attributes.items()}
        )
        plan = plan_description(listing)
        return " ".join([plan.sentences[0].fallback, *(s.lead for s in plan.sentences)])

    # A standard that comes with its verb keeps it; one named with a part names the part.
    assert "It complies with EN 1888." in said("Pushchair", {"Standard": "Complies with EN 1888"})
    assert "is complies" not in said("Pushchair", {"Standard": "Complies with EN 1888"})
    cushion = said("Floor Cushion", {"Certification": "OEKO-TEX certified filling"})
    assert "has an OEKO-TEX certified filling" in cushion and "filling certified" not in cushion
    # The value is the name's state, not a kind of it.
    assert "are fully hardy" in said("Lavender Plugs", {"Hardiness": "Fully hardy"})
    # A thing's measure is not "a paper of 100gsm"; a warranty is named once.
    pad = said("Sketch Pad", {"Paper": "100gsm"})
    assert "a paper of" not in pad and "paper is 100gsm" in pad
    heater = said("Pond Heater", {"Warranty": "3 year replacement warranty"})
    assert "warranty warranty" not in heater and "3-year replacement warranty" in heater
    assert "is delivered assembled" in said("Potting Bench", {"Delivery": "Delivered assembled"})
    # "Hinges 40mm" is plural: the size after the noun is not the noun.
    assert "have a brushed steel finish" in said("Drawer Hinges 40mm", {"Finish": "Brushed steel"})


def test_a_spec_is_left_open_for_a_model_s_reason_only_in_a_frame_that_reads() -> None:
    def open_leads(attributes: dict[str, str]) -> list[str]:
        listing = Listing(
            external_id="s", title="Trail Lamp", attributes={k: [v] for k, v in attributes.items()}
        )
        plan = plan_description(listing, model_reasons=True)
        return [s.lead for s in plan.sentences if s.optional]

    assert open_leads({"Crank": "Folding"}) == ["It has a folding crank"]
    assert open_leads({"Span": "3 m"}) in (["Its span is 3 m"], ["It has a span of 3 m"])
    # A value and a name that do not make one noun phrase, a material with an article, or a
    # frame that ends on a describing word are left to the list.
    assert open_leads({"Edges": "Stitched ends"}) == []
    assert open_leads({"Shell": "Brushed copper"}) == []
    assert open_leads({"Finish": "Anodised"}) == []
    # Never with a plain plan: the embedded model is not asked for reasons.
    plain = plan_description(
        Listing(external_id="p", title="Lamp", attributes={"Crank": ["Folding"]})
    )
    assert not any(s.optional for s in plain.sentences)


def test_a_name_keeps_its_capital_an_ordinary_word_does_not() -> None:
    from plugin.generation.said_values import lower_first

    assert lower_first("Vibram Megagrip outsole") == "Vibram Megagrip outsole"
    assert lower_first("May-September flowering") == "May-September flowering"
    assert lower_first("Thick EVA pad") == "thick EVA pad"
    assert lower_first("Folding crank") == "folding crank"
    # A short day or month name before a date is a name too (raters: "lower-cased weekdays").
    assert lower_first("Sat 16 Jan 2027, 10:00 GMT") == "Sat 16 Jan 2027, 10:00 GMT"
    assert lower_first("Sun hat") == "sun hat"


def test_brackets_stay_closed_and_a_verb_value_says_its_first_clause() -> None:
    listing = Listing(
        external_id="b",
        title="Sleeve",
        attributes={
            "Recyclable": ["Yes (kerbside recyclable (check locally))"],
            "Fits": ['Fits up to 14" laptops; lined, zipped'],
        },
    )
    text = " ".join(s.lead for s in plan_description(listing).sentences)
    assert text.count("(") == text.count(")")
    assert 'fits up to 14" laptops.' in text.lower() and "lined, zipped" not in text


def test_platform_flags_and_exclusions_stay_in_the_list() -> None:
    service = Listing(
        external_id="sv",
        title="Scissor Sharpening Service",
        attributes={
            "Virtual": ["Yes"],
            "Downloadable": ["No"],
            "Not accepted": ["Pinking shears"],
            "Turnaround": ["3 working days"],
        },
    )
    plan = plan_description(service)
    prose = " ".join([plan.sentences[0].fallback, *(s.lead for s in plan.sentences)]).lower()
    assert "virtual" not in prose and "not accepted" not in prose and "pinking" not in prose
    # A size code after the noun does not make "Needles" one needle.
    needles = Listing(
        external_id="nd", title="Quilting Needles 75/11", product_type="Machine Needles"
    )
    text = " ".join(s.lead for s in plan_description(needles).sentences)
    assert "is a machine needles" not in text


def test_what_does_not_come_with_it_is_never_said_to_and_an_option_is_a_choice() -> None:
    smoker = Listing(
        external_id="sm",
        title="Stainless Bee Smoker",
        options={"Material": ["Resin", "Zinc alloy", "Walnut wood"]},
        attributes={
            "Fuel (not included)": ["Pine needles", "Burlap"],
            "Country of manufacture": ["Poland"],
        },
    )
    plan = plan_description(smoker)
    prose = " ".join(s.lead for s in plan.sentences)
    assert "pine needles" not in prose.lower() and "burlap" not in prose.lower()
    assert ("Fuel (not included)", "Pine needles and Burlap") in plan.fact_list
    assert "It comes in three materials: resin, zinc alloy or walnut wood." in prose  # round 37
    assert "made of resin" not in prose.lower()


def test_an_origin_says_where_it_comes_from_and_made_in_where_it_is_made() -> None:
    tea = Listing(external_id="t", title="Oolong Tea", attributes={"Origin": ["Anxi, China"]})
    mug = Listing(external_id="m", title="Mug", attributes={"Made in": ["Stoke-on-Trent"]})
    assert any("It comes from Anxi, China." in s.lead for s in plan_description(tea).sentences)
    assert any("made in Stoke-on-Trent." in s.lead for s in plan_description(mug).sentences)


def test_a_titled_work_keeps_its_own_article_and_a_rating_reads_as_one() -> None:
    book = Listing(
        external_id="bk",
        title="The Salt Road - paperback",
        product_type="Book",
        attributes={"Pages": ["384"]},
    )
    for seed in range(6):
        said = " ".join(finish(s, None) for s in plan_description(book, seed).sentences)
        assert "This The" not in said and "The The" not in said and "The Salt Road" in said
    light = Listing(external_id="bl", title="Rear Bike Light", attributes={"Waterproof": ["IPX6"]})
    leads = " ".join(s.lead for s in plan_description(light).sentences)
    assert "is waterproof (IPX6)" in leads and "Its waterproof" not in leads


def test_a_titles_headline_feature_is_explained_when_a_rule_knows_it() -> None:
    kettle = Listing(external_id="k", title="Pour-Over Kettle with Gooseneck Spout")
    said = " ".join(finish(s, None) for s in plan_description(kettle).sentences)
    assert "has a gooseneck spout, so" in said
    assert "is a Gooseneck Spout" not in said
    mat = Listing(external_id="y", title="Rubber Yoga Mat 4mm", tags=["yoga", "non slip"])
    assert "is non-slip, so" in " ".join(finish(s, None) for s in plan_description(mat).sentences)
    # A size or a code after the name is not a feature.
    reel = Listing(external_id="r", title="Fly Reel - 5/6 wt, 3.5 in")
    assert "5/6" not in " ".join(s.lead for s in plan_description(reel).sentences[1:])


def test_an_attribute_named_in_another_language_stays_in_the_list() -> None:
    jar = Listing(external_id="j", title="Spice Jar", attributes={"Füllmenge": ["60 g"]})
    plan = plan_description(jar)
    assert not any("füllmenge" in s.lead.lower() for s in plan.sentences)
    assert ("Füllmenge", "60 g") in plan.fact_list


def test_a_download_and_an_external_product_say_how_the_buyer_gets_them() -> None:
    pattern = Listing(external_id="p", title="Wrap Dress Sewing Pattern", downloadable=True)
    flagged = Listing(
        external_id="q", title="Crochet Pattern", attributes={"Downloadable": ["Yes"]}
    )
    bike = Listing(
        external_id="b", title="City E-Bike", kind="external", external_url="https://x.example"
    )
    for listing in (pattern, flagged):
        leads = [s.lead for s in plan_description(listing).sentences]
        assert "It is a download, so there is nothing to wait for in the post." in leads
    leads = [s.lead for s in plan_description(bike).sentences]
    assert "It is sold on another site, where you place your order." in leads
    plain = Listing(external_id="m", title="Mug", attributes={"Capacity": ["350 ml"]})
    assert not any(
        "download" in s.lead or "another site" in s.lead for s in plan_description(plain).sentences
    )


def test_a_number_the_title_already_gives_is_not_said_again_without_a_reason() -> None:
    ink = Listing(external_id="i", title="Fountain Pen Ink 50ml", attributes={"Volume": ["50 ml"]})
    assert not any("50 ml" in s.lead for s in plan_description(ink).sentences[1:])
    assert ("Volume", "50 ml") in plan_description(ink).fact_list
    mug = Listing(external_id="m", title="Camp Mug", attributes={"Capacity": ["350 ml"]})
    assert any("350 ml" in s.lead for s in plan_description(mug).sentences)


def test_what_a_buyer_cannot_choose_is_not_offered_and_store_fields_stay_out() -> None:
    """Round 12's raters: sizes a set holds and one flower's two colours read as choices, and
    the list carried "Product type: Grouped", "Virtual: Yes" and "Ships: Mon-Wed only"."""
    chisels = Listing(
        external_id="c",
        title="Bevel Edge Chisel Set 4pc",
        attributes={
            "Sizes": ["6mm", "12mm", "18mm", "25mm"],
            "Product type": ["Grouped"],
            "Virtual": ["Yes"],
            "Ships": ["Mon-Wed only"],
            "UV protection": ["Yes - UPF 50"],
        },
    )
    plan = plan_description(chisels)
    leads = " ".join(s.lead for s in plan.sentences)
    assert "Choose from" not in leads and "Pick from" not in leads
    assert "has UV protection (UPF 50)" in leads
    assert [label for label, _ in plan.fact_list] == ["Sizes", "UV protection"]
    orchid = Listing(
        external_id="o", title="Moth Orchid", attributes={"Flower colour": ["Apricot", "Pink edge"]}
    )
    assert not any(
        "Pick from" in s.lead or "Choose from" in s.lead for s in plan_description(orchid).sentences
    )
    tee = Listing(external_id="t", title="Tee", options={"Colour": ["Oat", "Forest"]})
    assert any("oat or forest" in s.lead for s in plan_description(tee).sentences)


def test_a_reason_is_given_once_and_a_tag_does_not_restate_what_the_first_line_says() -> None:
    anchor = Listing(
        external_id="a",
        title="Plough Anchor 7.5kg",
        attributes={"Material": ["Hot dip galvanised steel"], "Finish": ["Galvanised"]},
    )
    reasons = [
        s.lead.split(", so ")[-1] for s in plan_description(anchor).sentences if ", so " in s.lead
    ]
    assert len(reasons) == len(set(reasons))
    rug = Listing(
        external_id="r", title="Lightweight Fly Rug", product_type="Horse rug", tags=["fly rug"]
    )
    leads = [s.lead for s in plan_description(rug).sentences]
    assert not any("is a fly rug" in lead for lead in leads[1:])


def test_any_option_with_several_values_is_a_choice_and_a_coffee_is_not_sown() -> None:
    coffee = Listing(
        external_id="c",
        title="Single-Origin Coffee Beans",
        options={"Grind": ["Whole bean", "Filter grind"], "Logo": ["Yes", "No"]},
        attributes={"Variety": ["Ethiopian heirloom"]},
    )
    leads = " ".join(finish(s, None) for s in plan_description(coffee).sentences)
    assert "Choose the grind: whole bean or filter grind." in leads
    assert "ground fresh" not in leads and "save seeds" not in leads
    assert "yes or no" not in leads


def test_a_reason_follows_the_feature_it_is_for_and_denying_values_stay_listed() -> None:
    inflator = Listing(
        external_id="i",
        title="Tyre Inflator",
        attributes={
            "Features": ["Auto shut-off at preset pressure", "LED light", "Units: psi, bar"]
        },
    )
    said = " ".join(finish(s, None) for s in plan_description(inflator).sentences)
    assert "auto shut-off at preset pressure, so it stops by itself at the pressure you set" in said
    assert "units:" not in said.lower()
    board = Listing(
        external_id="b",
        title="Paddle Board",
        attributes={"Warranty": ["2 years, handled by Kelpline"], "Lining": ["Unlined"]},
    )
    said = " ".join(finish(s, None) for s in plan_description(board).sentences)
    assert "handled by" not in said and "unlined lining" not in said


def test_a_set_is_described_once_and_a_candle_is_made_with_its_wax() -> None:
    candle = Listing(external_id="c", title="Soy Candle", attributes={"Wax": ["Soy wax"]})
    said = " ".join(finish(s, None) for s in plan_description(candle).sentences)
    assert "made with soy wax" in said and "has soy wax" not in said
    grouped = Listing(
        external_id="g",
        title="Coffee Outdoors Set",
        kind="grouped",
        children=["Pour-Over Dripper", "Hand Coffee Grinder"],
        attributes={"Includes": ["Pour-Over Dripper", "Hand Coffee Grinder"]},
    )
    said = " ".join(finish(s, None) for s in plan_description(grouped).sentences)
    assert said.count("Hand Coffee Grinder") == 1


def test_a_thin_listings_title_words_are_explained_when_a_rule_knows_them() -> None:
    """A thin listing's title is most of what the shop says: "Galvanised" and a material before
    the product's noun get their reasons instead of "Introducing the …" (round 12's raters)."""
    bath = Listing(external_id="g", title="Galvanised Bird Bath")
    said = " ".join(finish(s, None) for s in plan_description(bath).sentences)
    # Round 18: the reason is said of the product, not after "is galvanised" (heldout20's
    # raters marked "The Collapsible … is collapsible" as stating the obvious).
    assert "resists rust" in said and "is galvanised" not in said
    assert "Introducing" not in said
    coasters = Listing(external_id="c", title="Cork Coaster Set")
    plan = plan_description(coasters)
    said = " ".join(finish(s, None) for s in plan.sentences)
    assert "cork, which" in said
    assert plan.fact_list == ()  # the title's material is said, not listed as an attribute
    torch = Listing(external_id="t", title="Mini Rechargeable Torch")
    said = " ".join(finish(s, None) for s in plan_description(torch).sentences)
    assert "is rechargeable, so" in said and " is mini rechargeable" not in said.lower()


def test_a_title_material_an_attribute_already_gives_is_not_said_twice() -> None:
    board = Listing(
        external_id="b", title="Oak Chopping Board", attributes={"Wood": ["Solid oak, oiled"]}
    )
    said = " ".join(finish(s, None) for s in plan_description(board).sentences).lower()
    assert said.count("oak,") + said.count("oak.") <= 1
    # Nor when the material is in an attribute the planner files elsewhere ("Fibre").
    yarn = Listing(external_id="y", title="Merino Yarn", attributes={"Fibre": ["100% merino"]})
    said = " ".join(finish(s, None) for s in plan_description(yarn).sentences).lower()
    assert "crafted from merino" not in said and "made of merino" not in said


def test_a_named_works_noun_and_a_size_after_the_noun_set_the_number() -> None:
    """Round 12's raters: "The … - Cooperative Tile Laying Game are", "… LP are", "Treats 100 g
    is"."""
    assert not voice_of("Salt Marsh Tales - Family Card Game").plural
    assert not voice_of("The Night Herons - 'Slow Water' LP").plural
    assert voice_of("Dried Apple Chews 150 g").plural
    # A set of blankets is still blankets.
    assert voice_of("Cotton Cot Sheets - Set of 2").plural


def test_a_list_of_values_keeps_one_case() -> None:
    from plugin.generation.said_values import lower_values

    assert lower_values(["Adams", "Parachute Caddis", "Klinkhamer"]) == [
        "Adams",
        "Parachute Caddis",
        "Klinkhamer",
    ]
    assert lower_values(["Cast iron", "enamel painted"]) == ["cast iron", "enamel painted"]
    pot = Listing(
        external_id="p", title="Tea Tin", options={"Colourway": ["Moss", "Storm Cloud", "Rust"]}
    )
    said = " ".join(s.lead for s in plan_description(pot).sentences)
    assert "Moss, Storm Cloud or Rust" in said


def test_a_thin_listings_activity_tags_say_what_it_is_for() -> None:
    bag = Listing(external_id="b", title="Rope Bag with Tarp", tags=["climbing", "rope"])
    hook = plan_description(bag).sentences[0]
    assert hook.fallback == "The Rope Bag with Tarp is made for climbing."
    # An activity the title already names is not said again ("made for measuring").
    tape = Listing(external_id="t", title="Steel Measuring Tape", tags=["measuring"])
    assert "made for" not in (plan_description(tape).sentences[0].fallback or "")


def test_a_feature_the_title_names_opens_before_other_reasons() -> None:
    """Round 12's raters: "leads with the hanging loop rather than the stainless blade"."""
    trowel = Listing(
        external_id="t",
        title="Stainless Steel Garden Fork",
        tags=["garden"],
        attributes={"Hanging": ["Leather hanging loop"], "Material": ["Stainless steel"]},
    )
    hook = plan_description(trowel).sentences[0]
    assert "stainless steel" in hook.lead.lower() and "loop" not in hook.lead


def test_what_the_tags_say_a_product_is_for_is_no_sentence_of_its_own() -> None:
    """Heldout16's raters marked "Use it for climbing and bouldering." as template filler in
    ten drafts; a thin listing's stand-in first line still says it ("is made for …")."""
    hook_led = Listing(
        external_id="h",
        title="Quick-Dry Towel",
        tags=["hiking", "camping", "flowering"],
        attributes={"Foldable": ["Yes"]},
    )
    leads = [s.lead + s.fallback for s in plan_description(hook_led).sentences]
    assert not any("Use it for" in lead or "flowering" in lead for lead in leads)
    thin = Listing(external_id="t", title="Chalk Bucket", tags=["climbing", "bouldering"])
    assert "made for climbing and bouldering" in plan_description(thin).sentences[0].fallback


def test_an_option_names_what_is_chosen_and_an_included_item_is_what_it_comes_with() -> None:
    chuck = Listing(external_id="c", title="Lathe Chuck", options={"Thread": ["M30", "M33"]})
    leads = [s.lead for s in plan_description(chuck).sentences]
    assert "Choose the thread: M30 or M33." in leads
    soap = Listing(external_id="s", title="Soap", options={"Scent": ["Lavender", "Rose"]})
    # Round 37: the label says what the values are ("two scents").
    leads = [s.lead for s in plan_description(soap).sentences]
    assert any("comes in two scents: lavender or rose" in lead for lead in leads)
    kit = Listing(
        external_id="k",
        title="Herb Grow Kit",
        attributes={"Seed packets": ["Included"], "Use with lamp": ["Always"]},
    )
    said = " ".join(s.lead for s in plan_description(kit).sentences)
    assert "Seed packets is included" not in said and "use with lamp is" not in said.lower()


def test_a_size_in_inches_the_title_gives_is_not_said_again() -> None:
    from plugin.generation.title_reading import in_title

    assert in_title("1.25 inch", 'Eyepiece 32mm 1.25"') and in_title("12 in", "Skillet 12in")
    assert not in_title("2 in", "Brush 25mm")


def test_a_place_named_united_is_a_place_and_none_needed_says_no() -> None:
    """Heldout15's raters: "United Kingdom." as a fragment, "It has a none needed assembly"."""
    kit = Listing(
        external_id="k",
        title="Card Model Kit",
        attributes={"Made in": ["United Kingdom"], "Assembly": ["None needed"]},
    )
    said = " ".join(finish(s, None) for s in plan_description(kit).sentences)
    assert "none needed" not in said.lower() and "No assembly is needed" in said
    made = Listing(
        external_id="m", title="Card Model Kit", attributes={"Made in": ["United Kingdom"]}
    )
    said = " ".join(finish(s, None) for s in plan_description(made).sentences)
    assert "made in the United Kingdom" in said
    shirt = Listing(external_id="s", title="Shirt", attributes={"Labels": ["Yes"]})
    tin = Listing(external_id="t", title="Tea Tin", attributes={"cups_per_tin": ["40"]})
    assert ("Cups per tin", "40") in plan_description(tin).fact_list
    assert plan_description(shirt).fact_list


def test_what_a_candle_smells_of_is_said() -> None:
    """Heldout15's raters: "the scent, the main reason to buy a candle, is missing"."""
    candle = Listing(
        external_id="c",
        title="Soy Candle",
        attributes={"Fragrance notes": ["Pear", "Oakmoss"], "Burn time": ["30 hours"]},
    )
    said = " ".join(finish(s, None) for s in plan_description(candle).sentences)
    assert "The scent brings together pear and oakmoss." in said
    plain = Listing(external_id="p", title="Soy Candle", attributes={"Scent": ["Unscented"]})
    said = " ".join(finish(s, None) for s in plan_description(plain).sentences)
    assert "brings together unscented" not in said


def test_once_the_prose_gives_a_reason_bare_specs_come_after_the_reasons() -> None:
    """Heldout16's raters: "'It has a fleece lining' is a bare spec"; drafts of reasons alone
    rated higher. Round 53: heldout54's raters marked such drafts too short, the lining left
    out, so while the prose is short a part stays, after the reasons. A listing with no reason
    to give still says its facts."""
    bag = Listing(
        external_id="b",
        title="Chalk Bag",
        attributes={"Lining": ["Fleece"], "Closure": ["Drawstring"], "Dishwasher safe": ["Yes"]},
    )
    plan = plan_description(bag)
    prose = " ".join(s.lead for s in plan.sentences)
    assert "dishwasher safe, so" in prose
    assert prose.index("dishwasher safe, so") < prose.lower().index("fleece lining")
    assert ("Lining", "Fleece") in plan.fact_list
    plain = Listing(external_id="p", title="Chalk Bag", attributes={"Lining": ["Fleece lining"]})
    assert "fleece" in " ".join(s.lead for s in plan_description(plain).sentences).lower()


def test_a_long_name_takes_no_possessive_and_a_lathes_spigot_jaws_are_no_fermenters_tap() -> None:
    bowl = Listing(
        external_id="g", title="Pressed Glass Fruit Bowl, Amber", attributes={"Era": ["1970s"]}
    )
    assert "Amber's" not in " ".join(s.lead + s.fallback for s in plan_description(bowl).sentences)
    jaws = Listing(
        external_id="j", title="Spigot Jaw Set 50 mm", tags=["spigot jaws"], attributes={}
    )
    said = " ".join(s.lead for s in plan_description(jaws).sentences)
    assert "bottled" not in said and "siphon" not in said


def test_heldout17s_families_a_rule_keeps_to_its_product_and_values_read_as_sentences() -> None:
    """Heldout17's raters: a planter's cotton wick 'so the flame burns steadily', a
    planisphere's laminated card 'so pages resist spills', a pottery wheel's reverse 'so
    either side can face out', raw clay 'feels solid in the hand', 'The scent brings together
    cherry', 'Its assembly is none – arrives assembled'."""

    def said(title: str, **attributes: str) -> str:
        listing = Listing(
            external_id="x", title=title, attributes={k: [v] for k, v in attributes.items()}
        )
        return " ".join(s.lead + s.fallback for s in plan_description(listing).sentences)

    assert "flame" not in said("Self-Watering Planter", Material="Ceramic pot with cotton wick")
    assert "flame burns steadily" in said("Soy Candle", Wick="Cotton wick")
    assert "spills" not in said("Planisphere", Material="Laminated card, riveted centre")
    assert "face out" not in said("Electric Pottery Wheel", Reversible="Yes")
    assert "either side can face out" in said("Reversible Fleece Jacket", Reversible="Yes")
    assert "solid in the hand" not in said("Buff Stoneware Clay 12.5 kg", Material="Stoneware")
    assert "It smells of cherry." in said("Snow Foam 1L", Scent="Cherry")
    bistro = said("Bistro Set", Assembly="None – arrives assembled")
    assert "No assembly is needed" in bistro and "none –" not in bistro


def test_a_fact_with_the_products_own_reason_can_stand_before_the_name() -> None:
    # "The … has X, so it Y" → "With X, the … Y": a catalogue's first lines need more shapes
    # than "The … is" (heldout17: 41 % of first lines opened "The/This … is").
    frame = Listing(
        external_id="w",
        title="Sit-Stand Desk Frame",
        attributes={"Motor": ["Dual motor"], "Colour": ["White"]},
    )
    hooks = {plan_description(frame, seed).sentences[0].lead for seed in range(12)}
    assert any(h.startswith("With a dual motor, the Sit-Stand Desk Frame ") for h in hooks)
    assert any(h.startswith("The Sit-Stand Desk Frame has a dual motor, so it ") for h in hooks)
    # Not where the fact names the product's own noun again ("With a water-based ink, the Ink").
    ink = Listing(external_id="i", title="Dip Pen Ink", attributes={"Ink": ["Water-based"]})
    leads = {plan_description(ink, seed).sentences[0].lead for seed in range(12)}
    assert not any(lead.startswith("With ") for lead in leads)


def test_a_plain_fact_still_opens_when_no_reason_can_and_a_caution_never_opens() -> None:
    # heldout18 (seen after round 15's rating): "Introducing the Belt-Drive Turntable …" once the
    # dust cover gave way to a reason only its preamp could give; "The Beard Oil contains nuts"
    # first; "UV400, so colours hold up in the sun" on goggles.
    deck = Listing(
        external_id="t",
        title="Belt-Drive Turntable",
        attributes={"Phono preamp": ["Built-in, switchable"], "Dust cover": ["Yes"]},
    )
    assert plan_description(deck).sentences[0].fallback.endswith("has a dust cover.")
    oil = Listing(
        external_id="b",
        title="Beard Oil",
        attributes={"Contains nut oil": ["Yes (sweet almond)"], "Vegan": ["Yes"]},
    )
    first = plan_description(oil).sentences[0]
    assert "nut" not in (first.fallback or first.lead)
    goggles = Listing(
        external_id="g",
        title="Mirrored Goggles",
        product_type="Swim goggles",
        attributes={"UV protection": ["UV400"]},
    )
    assert "colours hold up" not in planned_text(goggles)


def test_the_list_shows_a_shops_labels_and_yes_or_no_in_sentence_case() -> None:
    # heldout18's raters: "the list keeps raw field names (HANDLE LENGTH, Warranty months …)".
    razor = Listing(
        external_id="r",
        title="Safety Razor",
        attributes={
            "HANDLE LENGTH": ["9 cm"],
            "warranty_months": ["24"],
            "UV PROTECTION": ["YES"],
            "pH": ["7"],
        },
    )
    shown = fact_list_html(plan_description(razor))
    assert "<li>Handle length: 9 cm</li>" in shown
    assert "<li>Warranty months: 24</li>" in shown
    assert "<li>pH: 7</li>" in shown
    assert "HANDLE" not in shown and "YES" not in shown


def test_variants_with_their_own_names_and_no_options_are_the_sets_parts() -> None:
    # heldout18 (seen): "the cocktail kit never says what is in it"; its items were variants.
    kit = Listing(
        external_id="ck",
        title="Cocktail Starter Kit",
        product_type="Bar set",
        variants=[
            Variant(sku="a", title="Weighted Shaker Tins 28 oz / 18 oz", price="29.00"),
            Variant(sku="b", title="Stepped Jigger 30 / 60 ml", price="14.00"),
            Variant(sku="c", title="Hawthorne Strainer", price="16.00"),
        ],
    )
    said = planned_text(kit)
    assert "brings together Weighted Shaker Tins, a Stepped Jigger and a Hawthorne Strainer" in said
    # Variants that differ by an option are one product's versions, not parts.
    mug = Listing(
        external_id="m",
        title="Camp Mug",
        options={"Colour": ["Red", "Blue"]},
        variants=[
            Variant(sku="r", title="Camp Mug – Red", price="9", options={"Colour": "Red"}),
            Variant(sku="b", title="Camp Mug – Blue", price="9", options={"Colour": "Blue"}),
        ],
    )
    assert "brings together" not in planned_text(mug)


def test_the_titles_headline_features_get_their_reasons_first() -> None:
    # heldout18 (seen): "noise cancelling, the headline, gets no reason", "the demister … left
    # to the list", "the water saving is never explained".
    phones = Listing(
        external_id="h",
        title="Over-Ear Headphones with Active Noise Cancelling",
        attributes={
            "Battery life": ["Up to 40 h"],
            "Foldable": ["Yes"],
            "Wireless": ["Yes"],
            "Multipoint": ["Yes, 2 devices"],
            "Wired mode": ["Yes – cable included"],
            "Case": ["Hard-shell case included"],
        },
    )
    assert "active noise cancelling, so" in planned_text(phones)
    cabinet = Listing(
        external_id="c",
        title="Mirror Cabinet with Demister",
        attributes={"Demister pad": ["Yes"]},
    )
    # Said either way round: a yes fact with its reason may open (round 17).
    said = planned_text(cabinet).lower()
    assert "demister pad" in said and "the mirror stays clear" in said
    shower = Listing(
        external_id="s",
        title="Rainfall Shower Head, Low-Flow",
        attributes={"Flow rate": ["8 L/min"]},
    )
    # Round 18: "… Low-Flow is low-flow, so it uses less water" said the title again.
    said = planned_text(shower)
    assert "uses less water" in said and "is low-flow" not in said


def test_a_reason_for_one_kind_of_product_is_not_given_to_another() -> None:
    # heldout19 (seen after round 16's rating): a hot tub's lid "stays dust-free between burns"
    # and "is comfortable to hold when hot"; a filter jug "takes hot and cold drinks alike"; an
    # indoor clock's hands "shrug off knocks and weather".
    tub = Listing(
        external_id="t",
        title="Inflatable Hot Tub",
        attributes={"Cover": ["Insulated lid included"], "Lid": ["Lid included"]},
    )
    said = planned_text(tub)
    assert "between burns" not in said and "comfortable to hold" not in said
    jug = Listing(
        external_id="j",
        title="Glass Water Filter Jug",
        attributes={"Material": ["Borosilicate glass"]},
    )
    assert "hot and cold drinks" not in planned_text(jug)
    clock = Listing(
        external_id="c", title="Wall Clock", attributes={"Hands": ["Powder-coated aluminium"]}
    )
    assert "weather" not in planned_text(clock)
