"""The content planner: what a description tells, in what order, from the listing alone."""

from plugin.domain import Dimensions, Listing, Measure, Variant
from plugin.generation.families import family_of
from plugin.generation.phrasing import voice_of
from plugin.generation.plan import Role, plan_description

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


def test_the_hook_names_the_product_and_facts_follow_with_a_reason_asked_for() -> None:
    plan = plan_description(BOTTLE)
    roles = [s.role for s in plan.sentences]
    assert roles[0] is Role.HOOK and plan.sentences[0].ask == "hook"
    assert BOTTLE.title in plan.sentences[0].lead
    leads = [s.lead for s in plan.sentences]
    assert "It holds 750 ml" in leads
    assert "It keeps drinks cold 24 hours, hot 12 hours" in leads
    assert [s.ask for s in plan.sentences if s.role is Role.FEATURE] == ["reason", "reason"]
    details = [s.lead for s in plan.sentences if s.role is Role.DETAIL]
    assert details == ["It is made in Portugal and BPA-free. Care is simple: hand wash."]


def test_price_weight_and_package_dimensions_are_never_planned() -> None:
    text = planned_text(BOTTLE)
    for stale in ("34", "$", "0.93", "lbs", "11.2", "3.1"):
        assert stale not in text
    labels = [label for label, _ in plan_description(BOTTLE).fact_list]
    assert labels == ["Capacity", "Material", "Insulation", "Certifications", "Origin", "Care"]


def test_every_planned_fact_comes_from_the_listing() -> None:
    plan = plan_description(BOTTLE)
    values = {v for values in BOTTLE.attributes.values() for v in values}
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
    assert any(s.lead.startswith("They are") for s in plan.sentences if s.role is Role.BUILD)


def test_a_thin_listing_gets_a_short_plan_not_padding() -> None:
    belt = Listing(external_id="b", title="Belt", categories=["Clothing > Accessories"], price="55")
    plan = plan_description(belt)
    assert [s.role for s in plan.sentences] == [Role.HOOK]
    assert plan.fact_list == ()


def test_the_hook_offers_several_openers_that_rotate_across_a_catalogue_and_seeds() -> None:
    listings = [
        Listing(
            external_id=str(n),
            title=f"Product {n}",
            vendor="Fernway",
            attributes={"Material": ["oak"], "Color": ["Walnut brown"]},
        )
        for n in range(40)
    ]
    hooks = [plan_description(item).sentences[0] for item in listings]
    assert all(len(hook.options) == 3 for hook in hooks)
    offered = {opener.split(" Product")[0] for hook in hooks for opener, _ in hook.options}
    assert len(offered) >= 8
    assert ("Made of oak, the Product 0 is", ("oak",)) in [
        option
        for seed in range(8)
        for option in plan_description(listings[0], seed).sentences[0].options
    ]
    seeded = {plan_description(listings[0], seed).sentences[0].options for seed in range(1, 30)}
    assert len(seeded) >= 3


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
    assert "It does not expire." in leads and "It is sent by email." in leads
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
            "Closure": ["Concealed zip"],
        },
    )
    plan = plan_description(bowl)
    leads = [s.lead for s in plan.sentences]
    assert "It is dishwasher safe, so cleaning up takes no effort." in leads
    assert not any("microwave" in lead.lower() or "15 cm" in lead for lead in leads)
    # A fact with no reason to give is for the list (COPY.md): "It has a concealed zip
    # closure." alone in the prose is a restated spec.
    assert not any("closure" in lead for lead in leads)
    assert ("Closure", "Concealed zip") in plan.fact_list
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
    assert "It is resealable (zip pouch)" in leads
    assert "Blended and packed in Austria." in leads
    assert not any("made in Blended" in lead or "Made in Blended" in lead for lead in leads)


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
    assert not any("not included" in lead.lower() for lead in leads)
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
