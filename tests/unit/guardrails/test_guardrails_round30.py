"""Thirtieth round of issue 12 (holdout_v27 read after its one blind score; its clean drafts'
claim findings and its misses sorted into families and fixed by the mechanism that failed:
materials and colours named in Turkish and Finnish, a percent sign before its number, a
material a listing rules out or that names what the product works on, durations said in words,
summed counts, romanised names, brackets around "included", uses ruled out in another form,
health claims, and another size said to exist). Listings and drafts here are written for these
tests; none is taken from an eval set. Each family: an invented claim is flagged with its span
where the rule gives one; the true claim is not."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.guardrails import check
from plugin.guardrails.quantities import find_quantities
from tests.unit.guardrails.drafts import found, listing

BRAND = "accuracy.brand"
COLOUR = "accuracy.colour"
COMPATIBILITY = "accuracy.compatibility"
FEATURE = "accuracy.feature"
HEALTH = "compliance.health"
MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
SIZE = "accuracy.size"


def _claims(item: Listing, text: str) -> list[str]:
    body = f"<p>{text}</p>"
    return [
        f.rule
        for f in check(item, body, "description")
        if f.rule.startswith(("accuracy.", "compliance."))
    ]


# --- false alarms on clean copy: materials and colours abroad --------------------------------


def test_materials_named_in_turkish_back_the_english_names():
    throw = listing(
        title="Battaniye, yün-ipek",
        description_html="<p>Battaniye: yün ve ipek, elde dokunmuş.</p>",
        attributes={"Malzeme": ("yün, ipek",)},
    )
    assert found(throw, "A hand-woven blanket of wool and silk.", MATERIAL) == []
    assert found(throw, "A hand-woven blanket of polyester.", MATERIAL) != []


def test_materials_named_in_finnish_cases_back_the_english_names():
    spoon = listing(
        title="Puulusikka",
        description_html="<p>Lusikka, jonka varsi on koivua ja kuppi haapaa.</p>",
        attributes={"Varsi": ("Koivu",), "Kuppi": ("Haapa",)},
    )
    assert found(spoon, "A spoon with a birch handle and an aspen bowl.", MATERIAL) == []
    assert found(spoon, "A spoon with a teak handle.", MATERIAL) != []


def test_swedish_lin_is_linen_but_no_compound_ends_in_it():
    towel = listing(title="Handduk i lin", attributes={"Material": ("100 % lin",)})
    assert found(towel, "A woven linen towel.", MATERIAL) == []
    assert found(towel, "A woven cotton towel.", MATERIAL) != []
    violin = listing(title="Violin Case", attributes={"Material": ("Plywood",)})
    assert found(violin, "A violin case in plywood.", MATERIAL) == []


def test_colours_named_in_turkish_and_finnish():
    scarf = listing(title="Atkı", options={"Renk": ("Lacivert", "Beyaz")})
    assert found(scarf, "A scarf in navy or white.", COLOUR) == []
    assert found(scarf, "A scarf in navy or red.", COLOUR) != []
    mug = listing(title="Muki", options={"Väri": ("Musta", "Harmaa")})
    assert found(mug, "A mug in black or grey.", COLOUR) == []


def test_a_percent_sign_before_its_number():
    assert [(q.text, q.value, q.unit) for q in find_quantities("Malzeme: %60 yün, %40 ipek")] == [
        ("60%", 60.0, "%"),
        ("40%", 40.0, "%"),
    ]
    throw = listing(title="Battaniye", attributes={"Malzeme": ("%60 yün, %40 ipek",)})
    assert found(throw, "A blanket of 60 % wool and 40 % silk.", NUMBER) == []
    assert found(throw, "A blanket of 70 % wool and 30 % silk.", NUMBER) != []


def test_a_decimal_without_its_zero_before_a_comma_or_a_stop():
    assert [q.text for q in find_quantities("Gauges: .010, .014, .023.")] == [
        ".010",
        ".014",
        ".023",
    ]
    strings = listing(title="Banjo Strings", description_html="<p>Gauges: .010, .014, .023.</p>")
    assert found(strings, "Gauges from .010 to .023.", NUMBER) == []
    assert found(strings, "Gauges from .011 to .023.", NUMBER) != []


# --- false alarms: materials that are no part's material -------------------------------------


def test_a_material_the_listing_rules_out_in_brackets_is_no_part_of_it():
    strings = listing(
        title="Silk and Steel Strings",
        description_html=(
            "<p>Silver-plated copper wound on a steel core.</p>"
            "<p>Not for classical (gut-string) harps.</p>"
        ),
        attributes={"Wrap": ("Silver-plated copper",)},
    )
    assert found(strings, "Copper-wound strings for lever harps.", MATERIAL) == []


def test_a_material_after_never_is_ruled_out_not_claimed():
    knife = listing(
        title="Leather Knife",
        description_html="<p>Carbon steel. For leather only, not cardboard or plastic.</p>",
        attributes={"Material": ("Carbon steel",)},
    )
    assert found(knife, "Keep it for leather, never cardboard or plastic.", MATERIAL) == []


def test_a_material_that_names_what_the_product_works_on():
    needles = listing(
        title="Glover's Needles",
        product_type="Needles",
        description_html="<p>Hardened steel needles for sewing leather.</p>",
        attributes={"Material": ("Steel",)},
    )
    assert found(needles, "Leather needles in hardened steel.", MATERIAL) == []
    assert found(needles, "Brass needles for leather.", MATERIAL) != []


def test_a_part_word_that_qualifies_the_next_noun_of_a_kit_item():
    kit = Listing(
        external_id="k",
        title="Pickling Kit",
        attributes={},
        children=["Pickle jar, 2 litre, glass with a wire lid", "Dried pickle spice, 30 g"],
    )
    assert found(kit, "A glass pickle jar and a pouch of spice.", MATERIAL) == []


# --- false alarms: numbers --------------------------------------------------------------------


def test_a_duration_the_listing_says_in_words():
    tea = listing(
        title="Green Tea",
        description_html=(
            "<p>Steamed in Shizuoka within a week of picking.</p>"
            "<p>Best within 4 months of opening.</p>"
        ),
    )
    assert found(tea, "Steamed within a week of picking.", NUMBER) == []


def test_second_before_a_hyphened_word_is_an_ordinal():
    assert [(q.text, q.unit) for q in find_quantities("the 2025 second-pressing oil")] == [
        ("2025", "")
    ]
    assert [q.unit for q in find_quantities("a 30 second rinse")] == ["second"]


def test_two_counts_joined_by_and_total_the_first_noun():
    tiles = listing(
        title="Word Tiles",
        description_html="<p>A bag of 98 letter tiles and two blank tiles, 19 mm square.</p>",
    )
    assert found(tiles, "A bag of 100 tiles.", NUMBER) == []
    assert found(tiles, "A bag of 120 tiles.", NUMBER) != []


# --- false alarms: names and inclusions ----------------------------------------------------


def test_a_name_the_listing_writes_in_greek_letters_with_a_case_ending():
    honey = listing(
        title="Θυμαρίσιο μέλι 450 g",
        vendor="Μελισσοκομείο",
        description_html="<p>Θυμαρίσιο μέλι από τη Νάξου.</p>",
    )
    assert found(honey, "Thyme honey from the island of Naxou, 450 g.", BRAND) == []


def test_a_thing_included_in_brackets():
    lamp = listing(
        title="Desk Lamp",
        description_html="<p>Runs on three AAA batteries (included).</p>",
    )
    assert found(lamp, "Three AAA batteries included.", FEATURE) == []


# --- misses: uses ruled out, health, sizes ----------------------------------------------------


def test_a_use_ruled_out_in_ing_and_a_word_before_the_thing():
    watch = listing(
        title="Field Watch",
        description_html="<p>Splash resistant, not for swimming or skating.</p>",
    )
    assert found(watch, "Great for pool swims.", COMPATIBILITY) == [
        ("Great for pool swims", "block")
    ]
    assert found(watch, "Fine for rink skates.", COMPATIBILITY) != []
    assert found(watch, "Splash resistant, but not for swimming.", COMPATIBILITY) == []


def test_health_claims_of_the_round():
    tea = listing(title="Herbal Tea", description_html="<p>Peppermint and fennel.</p>")
    assert found(tea, "Kind on the tummy after dinner.", HEALTH) != []
    assert found(tea, "A tea to stimulate nail growth.", HEALTH) != []
    assert found(tea, "Μειώνει τη χοληστερίνη.", HEALTH) != []
    bike = listing(title="Exercise Bike", description_html="<p>Eight resistance levels.</p>")
    assert found(bike, "Burns up to 600 kcal in a session.", HEALTH) != []
    blocks = listing(title="Wooden Blocks", description_html="<p>Beech blocks.</p>")
    assert found(blocks, "Safe for babies to chew.", HEALTH) != []
    assert found(blocks, "Are they suitable for babies? Ask us.", HEALTH) == []


def test_another_size_said_to_exist():
    towel = listing(
        title="Bath Towel",
        description_html="<p>A bath towel, 70 x 140 cm. Also sold as a hand towel.</p>",
    )
    assert found(towel, "Also in a guest size.", SIZE) == [("Also in a guest size", "block")]
    assert found(towel, "It comes in a 30 x 50 cm travel size too.", SIZE) != []
    assert found(towel, "Also in a hand towel size.", SIZE) == []
