"""Round 18b: a reason is given only where it fits the product, says what the fact does
rather than repeating it, and claims no more than the fact (heldout20's raters: "frees up floor
and counter space" on a dartboard, "light and quick to dry" on an ink ribbon, "stubbed toes" on a
cricket bat, "so it switches itself off", "no plastic comes with the delivery")."""

import pytest

from plugin.generation.benefits import benefit_for


@pytest.mark.parametrize(
    ("name", "value", "product"),
    [
        ("Wall mounted", "Yes", "Bristle dartboard with cabinet"),  # hangs on a wall anyway
        ("Wall mountable", "Yes", "Station wall clock"),
        ("Material", "Woven nylon", "Universal typewriter ribbon"),
        ("Material", "Nylon", "Replacement toothbrush heads"),
        ("Grit", "80/120", "Tumbling grit silicon carbide"),  # one coarse stage, not two
        ("Toe guard", "Fitted", "English willow cricket bat"),  # the bat's toe, not the player's
        ("Portable", "Yes", "Refurbished portable typewriter"),  # generic filler
    ],
)
def test_a_reason_for_another_kind_of_product_is_not_given(
    name: str, value: str, product: str
) -> None:
    reason = benefit_for(name, value, 0, product=product) or ""
    assert "floor and counter" not in reason and "quick to dry" not in reason
    assert "same stone" not in reason and "stubbed" not in reason
    assert "wherever you need" not in reason


@pytest.mark.parametrize(
    ("name", "value", "product", "said"),
    [
        ("Wall mounted", "Yes", "Spice rack", "floor and counter space"),
        ("Grit", "1000/6000", "Combination whetstone", "same stone"),
        ("Toe", "Rubber toe cap", "Safety boots", "stubbed toes"),
        ("Toe guard", "Fitted", "English willow cricket bat", "toe of the bat"),
    ],
)
def test_the_same_fact_keeps_its_reason_on_the_product_it_is_for(
    name: str, value: str, product: str, said: str
) -> None:
    assert said in (benefit_for(name, value, 0, product=product) or "")


@pytest.mark.parametrize("turn", [0, 1])
def test_an_auto_off_says_what_it_saves_not_that_it_switches_off(turn: int) -> None:
    handheld = benefit_for("Auto off", "After 5 minutes idle", turn, product="Pinpointer probe")
    assert handheld and "battery" in handheld and "switches itself off" not in handheld
    for product in ("Hair straightener", ""):
        reason = benefit_for("Auto off", "Yes", turn, product=product) or ""
        assert "switches itself off" not in reason and "turns itself off" not in reason


def test_a_waterproof_depth_says_it_can_go_under_water() -> None:
    reason = benefit_for("Waterproof depth", "3 m", 0, product="Pinpointer probe")
    assert reason == "so it can go under water as deep as that"
    assert "water stays on the outside" in (benefit_for("Waterproof", "Yes", 0) or "")


def test_plastic_free_packaging_claims_the_packaging_only() -> None:
    reason = benefit_for("Packaging", "Plastic-free packaging", 0, product="Bamboo toothbrush")
    assert reason and "wrapping" in reason and "delivery" not in reason
