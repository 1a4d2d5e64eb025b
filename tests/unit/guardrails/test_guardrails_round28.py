"""Twenty-eighth round of issue 12 (holdout_v25 read after its one blind score; its misses
sorted into families and fixed by the mechanism that failed: care steps, uses ruled out,
second uses, grade numbers, inclusions, health). Listings and drafts here are written for these
tests; none is taken from an eval set. Each family: an invented claim is flagged with its span
and the listing's fact; the true claim is not."""

from __future__ import annotations

from plugin.domain import Finding, Listing
from plugin.guardrails import check
from tests.unit.guardrails.drafts import found, listing

CARE = "accuracy.care"
COMPATIBILITY = "accuracy.compatibility"
NUMBER = "accuracy.number"
FEATURE = "accuracy.feature"
HEALTH = "compliance.health"


def _findings(item: Listing, text: str, rule: str) -> list[tuple[str, Finding]]:
    body = f"<p>{text}</p>"
    return [(body[f.start : f.end], f) for f in check(item, body, "description") if f.rule == rule]


# --- care: appliances, soap, soaking, storage, unneeded steps ------------------------------


def _mug() -> Listing:
    return listing(
        title="Enamel camping mug",
        description_html="<p>A 300 ml enamel mug. Keep it in the cupboard, never the "
        "microwave. Rinse with warm water, no detergent.</p>",
    )


def test_an_appliance_the_listing_names_only_after_its_not_is_a_contradicted_care_step():
    hits = _findings(_mug(), "Heat your tea in the microwave.", CARE)
    assert [span for span, _ in hits] == ["Heat your tea in the microwave"]
    assert "never the microwave" in hits[0][1].fact
    assert found(_mug(), "Keep it out of the microwave.", CARE) == []


def test_an_appliance_the_listing_never_names_is_care_it_does_not_give():
    board = listing(title="Oak serving board", description_html="<p>Oiled oak, 40 cm.</p>")
    assert found(board, "Pop it in the dishwasher after dinner.", CARE) != []
    assert found(board, "It is not for the dishwasher.", CARE) == []
    shirt = listing(title="Shirt", description_html="<p>Cotton. Machine wash at 30 °C.</p>")
    assert found(shirt, "Machine wash it at 30 °C.", CARE) == []


def test_a_washing_machine_in_a_shop_language_of_a_hand_wash_listing():
    throw = listing(title="Uldplaid", description_html="<p>Uld. Håndvask i koldt vand.</p>")
    assert found(throw, "Den kan vaskes i maskine.", CARE) != []
    assert found(throw, "Håndvask i koldt vand.", CARE) == []


def test_soap_and_soaking_the_listing_rules_out():
    assert [s for s, _ in _findings(_mug(), "Scrub it with detergent.", CARE)] == [
        "Scrub it with detergent"
    ]
    assert found(_mug(), "Rinse it in warm water, without detergent.", CARE) == []
    bowl = listing(title="Wooden bowl", description_html="<p>Wipe clean; do not soak.</p>")
    assert found(bowl, "Leave it to soak overnight.", CARE) != []
    assert found(bowl, "The dishwasher and soaking are off limits.", CARE) == []


def test_hot_water_only_in_a_washing_clause():
    wrap = listing(title="Cotton wrap")
    assert found(wrap, "Wash it in hot water.", CARE) != []
    press = listing(title="Coffee press")
    assert found(press, "Add coffee, pour hot water and wait.", CARE) == []


def test_a_storage_place_against_the_listing_s():
    jam = listing(title="Plum jam", description_html="<p>Keep refrigerated once opened.</p>")
    hits = _findings(jam, "Store it in the pantry once opened.", CARE)
    assert hits and "refrigerated" in hits[0][1].fact
    assert found(jam, "A jam from our pantry range.", CARE) == []
    bulbs = listing(title="Tulip bulbs", description_html="<p>Store indoors until planting.</p>")
    assert found(bulbs, "Keep them outside over winter.", CARE) != []


def test_a_step_the_draft_calls_unneeded_that_the_listing_gives():
    pan = listing(title="Carbon steel pan", description_html="<p>Season before first use.</p>")
    assert found(pan, "It never needs seasoning.", CARE) != []
    assert found(pan, "Season it before first use.", CARE) == []
    plain = listing(title="Steel pan", description_html="<p>Ready to cook.</p>")
    assert found(plain, "It never needs seasoning.", CARE) == []


def test_colourfast_is_care_the_listing_must_give():
    scarf = listing(title="Silk scarf", description_html="<p>Hand-dyed silk; dry clean.</p>")
    assert found(scarf, "Colourfast in every wash.", CARE) != []
    dyed = listing(title="Silk scarf", description_html="<p>Colourfast dyes.</p>")
    assert found(dyed, "Colourfast in every wash.", CARE) == []


# --- compatibility: uses ruled out, second uses ---------------------------------------------


def test_not_with_and_does_not_fit_rule_a_use_out():
    bulb = listing(
        title="Smart bulb", description_html="<p>Works with Google Home; not with Zigbee hubs.</p>"
    )
    hits = _findings(bulb, "It works with Zigbee hubs.", COMPATIBILITY)
    assert hits and "not with Zigbee hubs" in hits[0][1].fact
    assert found(bulb, "It works with Google Home.", COMPATIBILITY) == []
    blade = listing(title="Saw blade", description_html="<p>It does not fit the DS-90 saw.</p>")
    assert found(blade, "It will fit the DS-90 saw.", COMPATIBILITY) != []


def test_a_use_before_a_list_and_a_compound_abroad():
    food = listing(title="Fish flakes", description_html="<p>Not for pond or marine fish.</p>")
    assert found(food, "Good for marine and pond fish.", COMPATIBILITY) != []
    pan = listing(title="Pfanne", description_html="<p>Nicht für Induktion geeignet.</p>")
    assert found(pan, "Ideal für Induktionskochfelder.", COMPATIBILITY) != []
    assert found(pan, "Nicht für Induktionskochfelder.", COMPATIBILITY) == []


def test_a_second_use_the_listing_does_not_name():
    tray = listing(title="Slate tray", description_html="<p>A slate tray for cheese.</p>")
    hits = _findings(tray, "It doubles as a coaster for hot pans.", COMPATIBILITY)
    assert [s for s, _ in hits] == ["doubles as a coaster"]
    lidded = listing(title="Paint tin", description_html="<p>The lid is a mixing tray.</p>")
    assert found(lidded, "Its lid doubles as a mixing palette.", COMPATIBILITY) == []


# --- numbers: a grade beside its word -------------------------------------------------------


def test_a_grade_number_outside_the_listings_for_that_word():
    glaze = listing(title="Glaze", attributes={"Firing": ["cone 4-6"]})
    hits = _findings(glaze, "It fires at cone 9.", NUMBER)
    assert hits and hits[0][0] == "cone 9"
    assert found(glaze, "It fires at cone 6.", NUMBER) == []
    watch = listing(title="Watch", description_html="<p>From CHF 245 with a canvas strap.</p>")
    assert not [s for s, _ in _findings(watch, "Leather at CHF 275.", NUMBER) if "CHF" in s]


# --- features: what comes in the box --------------------------------------------------------


def test_a_thing_said_to_come_in_the_box():
    lamp = listing(
        title="Head torch",
        description_html="<p>Runs on three AAA batteries (not included). Strap included.</p>",
    )
    hits = _findings(lamp, "Three AAA batteries come in the box.", FEATURE)
    assert hits and "not included" in hits[0][1].fact
    assert found(lamp, "A strap comes with it.", FEATURE) == []
    assert found(lamp, "No batteries come in the box.", FEATURE) == []
    kettle = listing(title="Kettle", description_html="<p>Cast iron, 1 l.</p>")
    assert found(kettle, "A tea strainer comes with it.", FEATURE) != []


def test_a_listing_lists_up_to_six_words_before_included():
    board = listing(
        title="Kayak", description_html="<p>Seat, pump and two-part paddle included.</p>"
    )
    assert found(board, "A seat, a pump and a two-part paddle come with it.", FEATURE) == []


# --- health ---------------------------------------------------------------------------------


def test_health_claims_of_removing_contaminants_conditions_and_harm_promised_away():
    jug = listing(title="Filter jug", description_html="<p>Reduces chlorine taste.</p>")
    assert found(jug, "It removes lead, bacteria and germs.", HEALTH) != []
    assert found(jug, "It reduces the taste of chlorine.", HEALTH) == []
    yarn = listing(title="Alpaca yarn")
    assert found(yarn, "Soft enough for knitters with a wool allergy.", HEALTH) != []
    gloves = listing(title="Oven gloves")
    assert found(gloves, "You will never be burned again.", HEALTH) != []
    assert found(gloves, "Cotton gloves, 30 cm long.", HEALTH) == []


# --- warranties said with a verb; materials abroad in their cases ---------------------------


def test_a_warranty_said_with_a_verb_and_a_length():
    pump = listing(title="Garden pump", description_html="<p>Two-year warranty on the motor.</p>")
    hits = _findings(pump, "The motor is covered for four years.", "accuracy.warranty")
    assert hits and "Two-year warranty" in hits[0][1].fact
    assert found(pump, "The motor is covered for two years.", "accuracy.warranty") == []


def test_finnish_pine_and_czech_aluminium_in_their_cases():
    tray = listing(title="Tarjotin", attributes={"Materiaali": ["koivu"]})
    assert found(tray, "Tarjotin on valmistettu männystä.", "accuracy.material") != []
    bell = listing(title="Zvonek", attributes={"Materiál": ["sklo"]})
    assert found(bell, "Zvonek z hliníků.", "accuracy.material") != []
    assert found(bell, "Zvonek ze skla.", "accuracy.material") == []
