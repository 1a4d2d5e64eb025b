"""Invented uses and features: what the draft says the product is for, what comes with it and
what is built in, against what the listing gives. A use the listing cannot confirm warns; a
feature it contradicts, or an invented part or inclusion, blocks. Listings and drafts here are
written for these tests."""

from __future__ import annotations

from plugin.domain import Listing, Verdict
from plugin.guardrails import check

BOOTS = Listing(
    external_id="boots",
    title="Fellside Leather Walking Boots",
    product_type="Walking boots",
    tags=["hiking"],
    attributes={"Upper": ["Nubuck leather"], "Sole": ["Rubber lugged"]},
)
STRINGS = Listing(
    external_id="strings",
    title="Mandolin Strings, Light Gauge",
    product_type="Instrument strings",
    attributes={"Gauge": ["Light, 10-34"], "Tuning": ["GDAE, high E"]},
)
COMB = Listing(
    external_id="comb",
    title="Wide-Tooth Detangling Comb",
    product_type="Pet comb",
    attributes={"Suitable for": ["Long coats"]},
)
UKULELE = Listing(
    external_id="uke",
    title="Spruce Tenor Ukulele",
    product_type="Ukulele",
    attributes={"In the box": ["Padded gig bag, Clip-on tuner"], "Top": ["Solid spruce"]},
)
HOOK = Listing(
    external_id="hook",
    title="Cast Iron Coat Hook",
    product_type="Hook",
    attributes={"Mounting": ["Wall-mounted, screws included"]},
)


def found(item: Listing, text: str, rule: str = "accuracy.feature") -> list[tuple]:
    """(severity, claimed text, fact) of each finding of ``rule``."""
    html = f"<p>{text}</p>"
    return [
        (f.severity, html[f.start : f.end], f.fact)
        for f in check(item, html, "description")
        if f.rule == rule
    ]


def test_a_use_the_listing_never_gives_warns_and_names_it():
    [(severity, claim, fact)] = found(BOOTS, "Ideal for rock climbing and mountaineering.")
    assert (severity, claim, fact) == (
        Verdict.WARN,
        "Ideal for rock climbing and mountaineering",
        "",
    )
    message = next(
        f.message
        for f in check(BOOTS, "<p>Ideal for rock climbing and mountaineering.</p>", "description")
        if f.rule == "accuracy.feature"
    )
    assert "rock climbing" in message and "cannot be confirmed" in message


def test_the_listing_own_uses_in_other_words_pass():
    assert found(BOOTS, "Built for hiking in the hills.") == []
    assert found(BOOTS, "Made for long hikes and walks.") == []  # hike, walk: the listing's


def test_a_narrower_use_than_the_listing_gives_is_not_confirmed():
    assert [c for _, c, _ in found(BOOTS, "Perfect for fell running.")] == [
        "Perfect for fell running"
    ]


def test_occasions_people_and_places_are_not_uses():
    for text in (
        "Perfect for birthdays and weddings.",
        "A great choice for any kitchen.",
        "Ideal for dads who love a long walk.",
        "Made for children aged 8 and up.",
    ):
        assert found(BOOTS, text) == [], text


def test_a_modifier_the_listing_gives_the_opposite_of_blocks():
    assert found(STRINGS, "Tuned GDAE with a low E.") == [
        (Verdict.BLOCK, "low E", "Tuning: GDAE, high E")
    ]
    assert found(COMB, "Made for short coats and tangles.") == [
        (Verdict.BLOCK, "short coats", "Suitable for: Long coats")
    ]
    assert found(COMB, "Made for long coats and tangles.") == []
    assert found(STRINGS, "A light gauge with a high E.") == []


def test_an_inclusion_outside_the_box_blocks_with_the_box_as_the_fact():
    assert found(UKULELE, "Comes with a hard case and a clip-on tuner.") == [
        (Verdict.BLOCK, "hard case", "In the box: Padded gig bag, Clip-on tuner")
    ]
    assert found(UKULELE, "Comes with a padded gig bag and a tuner.") == []
    assert found(UKULELE, "It comes with a bag for the road.") == []  # a gig bag is a bag
    assert found(HOOK, "Screws included.") == []
    assert [c for _, c, _ in found(HOOK, "Hook rail included.")] == ["Hook rail"]


def test_an_inclusion_or_a_built_in_part_the_listing_never_names_blocks():
    lamp = Listing(external_id="l", title="Brass Desk Lamp", attributes={"Bulb": ["E27"]})
    assert [(s, c) for s, c, _ in found(lamp, "It has a built-in USB port.")] == [
        (Verdict.BLOCK, "built-in USB port")
    ]
    assert [c for _, c, _ in found(lamp, "Comes with a spare bulb.")] == []  # the bulb is named
    assert [c for _, c, _ in found(lamp, "Comes with a dimmer switch.")] == ["dimmer switch"]
    assert found(lamp, "Comes with a two-year warranty.") == []


def test_a_protection_beyond_the_listing_rating_is_a_blocking_feature():
    lantern = Listing(
        external_id="lantern",
        title="Garden Lantern",
        attributes={"Features": ["IP44, splash-proof"]},
    )
    assert found(lantern, "Splash-proof and fully waterproof.") == [
        (Verdict.BLOCK, "waterproof", "Features: IP44, splash-proof")
    ]
    assert found(lantern, "Water-resistant enough for a rainy terrace.") == []


def test_any_label_that_says_what_comes_with_it_is_the_box():
    kit = Listing(
        external_id="kit",
        title="Inflatable Kayak Kit",
        attributes={"Kit includes": ["kayak, 2-piece paddle, hand pump, repair patch"]},
    )
    assert found(kit, "The kit includes a 2-piece paddle, a hand pump and a repair patch.") == []
    assert [c for _, c, _ in found(kit, "The kit includes a spray skirt.")] == ["spray skirt"]
    blocks = Listing(
        external_id="blocks",
        title="Wooden Block Set",
        attributes={"Pieces": ["40 blocks and 6 arches"], "Storage": ["Canvas bag included"]},
    )
    assert found(blocks, "It comes with 40 blocks, 6 arches and a canvas bag.") == []
