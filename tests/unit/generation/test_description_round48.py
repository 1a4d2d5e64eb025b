"""Round 48: reasons kept to the product they are for, no drying or toughness claim a listing
never makes, the same point said once, a blend counted and a place said with its preposition;
on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.plan import _reasons_once
from plugin.generation.sentence import Role, Sentence
from plugin.generation.sound_prose import sound
from plugin.generation.value_shapes import one_blend
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[0])


def test_a_safety_toe_reason_is_kept_to_footwear() -> None:
    boots = benefit_for("Toe", "Steel toe cap", 0, product="Site safety boots") or ""
    assert "toes are protected" in boots
    for product in ("Backcountry snowshoes", "Ice traction cleats", ""):
        reason = benefit_for("Traction", "Steel toe and heel spikes", 0, product=product) or ""
        assert "toes are protected" not in reason


def test_waxed_thread_is_a_reason_for_the_one_sewing_not_the_one_wearing() -> None:
    kit = benefit_for("Thread", "Waxed linen thread", 0, product="Bookbinding kit") or ""
    assert "pulls through" in kit
    belt = benefit_for("Stitching", "Saddle-stitched in waxed cotton thread", 0, product="Belt")
    assert "pulls through" not in (belt or "")


def test_a_product_named_printable_is_not_told_it_can_be_printed() -> None:
    named = benefit_for("Format", "Printable PDF", 0, product="Printable garden journal")
    assert "print it at home" not in (named or "")
    plain = benefit_for("Format", "Printable PDF", 0, product="Garden journal") or ""
    assert "print it at home" in plain


def test_no_drying_or_toughness_claim_from_a_material_alone() -> None:
    for value, product in (
        ("85% recycled polyester, 15% elastane", "Swim shirt"),
        ("Polyester", "Rain jacket"),
        ("Nylon", "Day pack"),
        ("Natural rubber", "Garden kneeler"),
    ):
        assert benefit_for("Material", value, 0, product=product) is None
    # A listing that says it dries fast still gets what that does.
    assert benefit_for("Features", "Quick-dry fabric", 0, product="Swim shirt")
    shirt = Listing(
        external_id="r48-shirt",
        title="Tidepool Swim Shirt",
        product_type="Swim shirt",
        attributes={
            "Fabric": ["85% recycled polyester, 15% elastane"],
            "Sun protection": ["UPF 50"],
        },
    )
    assert "dries" not in _prose(shirt)


def _said(lead: str) -> Sentence:
    return Sentence(role=Role.FEATURE, lead=lead, ask="", facts=(lead,))


def test_the_same_point_in_other_words_is_said_once() -> None:
    kept = _reasons_once(
        [
            _said("It works on gas and electric hobs, so any cooker top suits it."),
            _said("It is gas compatible, so a gas cooker top is no trouble."),
            _said("It is pre-seasoned, so it is ready for the first meal."),
        ]
    )
    assert [s.lead for s in kept] == [
        "It works on gas and electric hobs, so any cooker top suits it.",
        "It is pre-seasoned, so it is ready for the first meal.",
    ]


def test_a_blend_is_counted_and_a_mass_noun_is_not() -> None:
    assert one_blend("wool and silk blend") == "a wool and silk blend"
    assert one_blend("a cotton blend") == "a cotton blend"
    assert one_blend("wool and silk") == "wool and silk"
    assert sound("It is made of a hemp and cotton blend.", "X") == (
        "It is made of a hemp and cotton blend."
    )
    assert sound("With a full-grain leather from Spain, the X lasts.", "X") == (
        "With full-grain leather from Spain, the X lasts."
    )
    scarf = Listing(
        external_id="r48-scarf",
        title="Heather Wrap Scarf",
        product_type="Scarf",
        attributes={"Material": ["Hemp and cotton blend"], "Width": ["30 cm"]},
    )
    assert "a hemp and cotton blend" in _prose(scarf)


def test_a_voucher_said_with_its_prepositions() -> None:
    voucher = Listing(
        external_id="r48-voucher",
        title="Quayside Books Gift Card",
        product_type="Gift card",
        attributes={
            "Delivery": ["Sent by email within 2 hours"],
            "Validity": ["18 months from day of issue"],
            "Redeemable": ["Online shop and the market stall"],
        },
    )
    prose = _prose(voucher)
    assert "from the day of issue" in prose
    assert "redeemable online shop" not in prose


_SYRUP = Listing(
    external_id="r48-syrup",
    title="Cedar Hollow Birch Syrup",
    product_type="Syrup",
    options={"Size": ["200 ml", "500 ml"], "Grade": ["Light, Mild Taste", "Dark, Bold Taste"]},
    attributes={"Origin": ["Northern Ontario"]},
)


def test_a_thin_listing_keeps_the_choice_a_buyer_chooses_by_not_its_sizes() -> None:
    prose = _prose(_SYRUP)
    assert "200 ml" not in prose and "500 ml" not in prose
    assert "light (mild taste) or dark (bold taste)" in prose


def test_values_with_a_short_description_are_said_with_it_in_brackets() -> None:
    from plugin.generation.plan import _described_values

    assert _described_values(["Pale, Soft Taste", "Deep, Strong Taste"]) == [
        "Pale (soft taste)",
        "Deep (strong taste)",
    ]
    # A value with a number, or only one described, stays as it is.
    assert _described_values(["Long side 12 cm, short side 8 cm", "Short"]) == [
        "Long side 12 cm, short side 8 cm",
        "Short",
    ]


def test_a_scent_named_as_a_scent_is_had_not_smelt_of() -> None:
    from plugin.generation.naming_frames import named
    from plugin.generation.voice import Voice

    assert named("scent", "Warm woody scent", ["Warm woody scent"], Voice(False)) == (
        "It has a warm woody scent"
    )
    assert named("scent", "Cedar", ["Cedar"], Voice(False)) == "It smells of cedar"
