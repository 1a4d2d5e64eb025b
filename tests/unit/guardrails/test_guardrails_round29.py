"""Twenty-ninth round of issue 12 (holdout_v26 read after its one blind score; its misses and
its clean drafts' claim findings sorted into families and fixed by the mechanism that failed:
false alarms on clean copy, care steps called unneeded, inclusions, finishes, wear, health,
uses ruled out, another kind of the product's noun). Listings and drafts here are written for
these tests; none is taken from an eval set. Each family: an invented claim is flagged with its
span (and the listing's fact where the rule gives one); the true claim is not."""

from __future__ import annotations

from plugin.domain import Listing, Variant
from plugin.guardrails import check
from plugin.guardrails.quantities import find_quantities
from tests.unit.guardrails.drafts import found, listing

CARE = "accuracy.care"
CATEGORY = "accuracy.category"
COLOUR = "accuracy.colour"
COMPATIBILITY = "accuracy.compatibility"
FEATURE = "accuracy.feature"
HEALTH = "compliance.health"
MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
ORIGIN = "accuracy.origin"


def _claims(item: Listing, text: str) -> list[str]:
    body = f"<p>{text}</p>"
    return [
        f.rule
        for f in check(item, body, "description")
        if f.rule.startswith(("accuracy.", "compliance."))
    ]


# --- false alarms on clean copy ------------------------------------------------------------


def test_a_colour_after_in_is_no_inch():
    boots = listing(
        title="Felt Boots",
        description_html="<p>Felt boots in sizes 38 to 46.</p>",
        options={"Colour": ("Olive", "Black")},
    )
    assert found(boots, "Sizes 38 to 46 in olive or black.", NUMBER) == []
    assert found(boots, "Sizes 38 to 48 in olive or black.", NUMBER) != []


def test_a_minus_before_a_range_whose_unit_is_a_temperature():
    assert [q.value for q in find_quantities("from -40 to 120 °F")] == [-40.0, 120.0]
    assert [q.value for q in find_quantities("from 10-20 °C")] == [10.0, 20.0]
    probe = listing(title="Probe", description_html="<p>Reads from -40 to 50 °C.</p>")
    assert found(probe, "It reads from -40 to 122 °F, or -40 to 50 °C.", NUMBER) == []
    assert found(probe, "It reads from 40 to 50 °C.", NUMBER) != []


def test_across_is_an_axis_and_a_hyphenated_kind_of_material_no_part():
    lid = listing(
        title="Tin Lid 80 mm",
        description_html="<p>A tin-plate lid, 80 mm across, for jars 70 mm to 75 mm across.</p>",
        attributes={"Diameter": ("80 mm",)},
    )
    assert found(lid, "A plain tin lid 80 mm across.", NUMBER) == []
    assert found(lid, "A plain tin lid 90 mm across.", NUMBER) != []
    rasp = listing(
        title="Wood Rasp 200 mm",
        attributes={"Material": ("carbon steel",), "Length": ("200 mm",)},
    )
    assert found(rasp, "A 200 mm carbon-steel wood rasp.", NUMBER) == []


def test_each_in_another_sentence_makes_no_figure_per_item():
    chopsticks = listing(
        title="Ebony Chopsticks, Pair",
        description_html="<p>A pair of ebony chopsticks, 24 cm long. Each pair is hand-sanded.</p>",
    )
    assert found(chopsticks, "A pair of ebony chopsticks, 24 cm long.", NUMBER) == []


def test_a_region_two_countries_name_gives_either_unless_the_listing_names_one():
    jug = listing(title="Clay Jug", attributes={"Origin": ("Lucena, Córdoba",)})
    assert found(jug, "Made in Córdoba, Spain. A clay jug.", ORIGIN) == []
    assert found(jug, "Made in Portugal. A clay jug.", ORIGIN) != []
    named = listing(title="Clay Jug", attributes={"Origin": ("Lucena, Córdoba, Spain",)})
    assert found(named, "Made in Argentina. A clay jug.", ORIGIN) != []


def test_materials_it_is_not_used_on_or_may_hold_traces_of_are_no_claim():
    service = listing(
        title="Shoe Shine Service",
        description_html="<p>We polish smooth leather only; no suede or nubuck.</p>",
    )
    assert found(service, "We polish smooth leather, not on suede or nubuck.", MATERIAL) == []
    crackers = listing(
        title="Oat Crackers",
        description_html="<p>Oats, butter, salt. Made where sesame is handled.</p>",
    )
    assert found(crackers, "Oats, butter and salt; may contain traces of sesame.", MATERIAL) == []


def test_a_capitalised_colour_after_a_verb_of_making_is_a_place():
    cider = listing(title="Dry Cider", options={"Size": ("500 ml",)})
    assert found(cider, "A dry cider made in Orange from Orange-grown apples.", COLOUR) == []
    cushion = listing(title="Cushion", options={"Colour": ("Sand", "Moss")})
    assert found(cushion, "A cushion painted in Orange.", COLOUR) != []


def test_a_colour_value_abroad_and_recycled_abroad():
    sandals = listing(title="Sandalias", options={"Color": ("Marino", "Rojo")})
    assert found(sandals, "Sandals in navy or red.", COLOUR) == []
    pad = listing(title="Bloco A4", attributes={"Papel": ("reciclado 80 g/m²",)})
    assert found(pad, "An A4 pad of recycled paper.", "compliance.environmental") == []


# --- care: a step called unneeded ------------------------------------------------------------


def test_no_need_to_chill_of_a_listing_that_keeps_it_cold():
    relish = listing(title="Relish", description_html="<p>Keep in the fridge once opened.</p>")
    assert [s for s, _ in found(relish, "No need to refrigerate it after opening.", CARE)] == [
        "No need to refrigerate it after opening"
    ]
    assert found(relish, "No need to chill it once open.", CARE) != []
    shelf = listing(title="Relish", description_html="<p>Keeps in the cupboard.</p>")
    assert found(shelf, "No need to refrigerate it after opening.", CARE) == []


def test_a_colon_ends_the_clause_of_a_not():
    knife = listing(
        title="Carbon Knife",
        description_html="<p>Not stainless: wipe it dry and oil the blade.</p>",
    )
    assert found(knife, "No oiling needed, ever.", CARE) != []


def test_hand_washing_cool_backs_no_machine():
    socks = listing(title="Wool Socks", description_html="<p>Hand wash cool, dry flat.</p>")
    assert found(socks, "Machine washable.", CARE) != []
    assert found(socks, "Hand wash cool and dry flat.", CARE) == []


# --- features ---------------------------------------------------------------------------------


def test_what_it_comes_filled_or_fitted_with_that_the_listing_leaves_out():
    lamp = listing(
        title="Oil Lamp",
        description_html="<p>A brass oil lamp with a glass chimney. Lamp oil and wick are not "
        "included.</p>",
    )
    assert [s for s, _ in found(lamp, "It comes filled with 200 ml of lamp oil.", FEATURE)] == [
        "200 ml of lamp oil"
    ]
    assert found(lamp, "The wick comes already fitted.", FEATURE) != []
    assert found(lamp, "The chimney comes already fitted.", FEATURE) == []


def test_a_thing_the_listing_says_no_to_on_its_line_of_what_is_included():
    scope = listing(
        title="Spotting Scope",
        description_html="<p>Case and cap included; no phone mount.</p>",
    )
    assert found(scope, "A phone mount comes in the box.", FEATURE) != []
    assert found(scope, "A case comes in the box.", FEATURE) == []


def test_included_before_its_purpose():
    puzzle = listing(title="Puzzle", description_html="<p>A box of 500 pieces.</p>")
    assert [s for s, _ in found(puzzle, "Frame clips included to hang it.", FEATURE)] == [
        "Frame clips"
    ]


def test_bluetooth_said_with_over_or_via():
    scale = listing(title="Kitchen Scale", description_html="<p>Weighs up to 5 kg.</p>")
    assert [s for s, _ in found(scale, "It syncs with your tablet via Bluetooth.", FEATURE)] == [
        "syncs with your tablet via Bluetooth"
    ]
    paired = listing(title="Scale", description_html="<p>Bluetooth: pairs with the app.</p>")
    assert found(paired, "It syncs with your tablet via Bluetooth.", FEATURE) == []


def test_the_prefixed_opposite_of_the_listings_finish():
    spoon = listing(title="Walnut Spoon", description_html="<p>Walnut, waxed.</p>")
    assert [s for s, _ in found(spoon, "Left unwaxed for a natural feel.", FEATURE)] == [
        "Left unwaxed"
    ]
    assert found(spoon, "Waxed walnut.", FEATURE) == []


def test_wear_the_listing_says_happens_promised_never_to():
    wok = listing(title="Wok", description_html="<p>Carbon steel rusts if left wet.</p>")
    assert [s for s, _ in found(wok, "A wok that never rusts.", FEATURE)] == ["never rusts"]
    assert found(wok, "Dry it well so it does not rust.", FEATURE) == []
    steel = listing(title="Wok", description_html="<p>Rust-resistant stainless steel.</p>")
    assert found(steel, "A wok that never rusts.", FEATURE) == []


# --- health ---------------------------------------------------------------------------------


def test_a_healthy_substitute_and_people_named_by_a_condition():
    syrup = listing(title="Date Syrup", description_html="<p>Pure date syrup.</p>")
    assert found(syrup, "A healthier sweetener for your porridge.", HEALTH) != []
    assert found(syrup, "Date syrup, ideal for diabetics.", HEALTH) != []
    assert found(syrup, "Date syrup; not for diabetics.", HEALTH) == []
    band = listing(title="Copper Band", description_html="<p>A copper band.</p>")
    assert [s for s, _ in found(band, "It eases gout in the wrist.", HEALTH)] == ["eases gout"]


# --- compatibility -----------------------------------------------------------------------


def test_a_second_use_the_listing_rules_out():
    tote = listing(title="Canvas Tote", description_html="<p>Not for boat use: not waterproof.</p>")
    hits = found(tote, "A tote that doubles as a boat bag.", COMPATIBILITY)
    assert [s for s, _ in hits] == ["doubles as a boat bag"]


def test_a_use_ruled_out_in_polish():
    jug = listing(title="Dzbanek", description_html="<p>Nie stawiać na kuchence ani na grillu.</p>")
    assert found(jug, "Można go stawiać na grillu.", COMPATIBILITY) != []
    assert found(jug, "Nie stawiać na grillu.", COMPATIBILITY) == []


# --- category: another kind of the product's noun -------------------------------------------


def test_a_material_or_colour_before_the_titles_noun_that_the_listing_does_not_give():
    ink = listing(title="Walnut Ink 30 ml", description_html="<p>Walnut ink for dip pens.</p>")
    assert [s for s, _ in found(ink, "An india ink for dip pens.", CATEGORY)] == ["india ink"]
    assert found(ink, "A walnut ink for dip pens.", CATEGORY) == []
    salt = listing(title="Flaky White Sea Salt", description_html="<p>Sea salt flakes.</p>")
    assert found(salt, "Pink Cornish salt flakes.", CATEGORY) != []
    assert found(salt, "Saltier than a grey salt.", CATEGORY) == []


def test_a_class_of_material_is_left_to_the_material_rule():
    pin = listing(title="Enamel Pin", description_html="<p>A hard enamel pin.</p>")
    assert found(pin, "A metal pin with a butterfly clutch.", CATEGORY) == []


def test_clean_copy_of_an_invented_listing_has_no_claim_finding():
    kettle = listing(
        title="Cast Iron Kettle 0.8 L",
        description_html="<p>A cast iron kettle, 0.8 litres, made in Morioka, Japan. Not for "
        "induction: dry it on the warm hob after use.</p>",
        options={"Colour": ("Black",)},
    )
    assert _claims(kettle, "A black cast iron kettle made in Morioka, Japan, 0.8 litres.") == []


# --- grounding ------------------------------------------------------------------------------


def test_a_region_after_from_opening_the_sentence():
    honey = listing(title="Heather Honey", attributes={"Origin": ("Perthshire, Scotland",)})
    assert [s for s, _ in found(honey, "From Oregon. A heather honey.", ORIGIN)] == ["Oregon"]
    assert found(honey, "From Scotland. A heather honey.", ORIGIN) == []


def test_both_options_said_to_cost_one_price_the_listing_gives_one_of():
    mug = listing(
        title="Mug",
        options={"Colour": ["Sand", "Slate"]},
        price="20.00",
        currency="USD",
        variants=[
            Variant(title="Sand", price="20.00", options={"Colour": "Sand"}),
            Variant(title="Slate", price="24.00", options={"Colour": "Slate"}),
        ],
    )
    assert found(mug, "Both colours cost $20.", "accuracy.price") != []


def test_working_days_are_days():
    assert [q.text for q in find_quantities("ready in 4 working days")] == ["4 working days"]
    repair = listing(
        title="Clock Repair",
        description_html="<p>Up to 4 hands replaced. Back to you in 10 working days.</p>",
    )
    assert found(repair, "Back to you in 4 working days.", NUMBER) != []
    assert found(repair, "Back to you in 10 working days.", NUMBER) == []


def test_an_english_word_colour_after_a_shade_prefix():
    shoes = listing(title="Hausschuhe", options={"Farbe": ("Grau", "Natur")})
    assert [s for s, _ in found(shoes, "Auch in Hellrot.", COLOUR)] == ["Hellrot"]


def test_free_of_what_the_listing_says_it_contains_in_its_own_language():
    fusilli = listing(
        title="Fusilli 500 g", description_html="<p>Semola di grano duro. Contiene glutine.</p>"
    )
    assert [s for s, _ in found(fusilli, "Gluten-free fusilli.", HEALTH)] == ["Gluten-free"]
    rice = listing(title="Fusilli 500 g", description_html="<p>Farina di riso. Senza glutine.</p>")
    assert found(rice, "Gluten-free fusilli.", HEALTH) == []
