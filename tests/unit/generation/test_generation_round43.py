"""Round 43: a reason claims only the control the listing names, on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.rule_match import rule_for
from tests.unit.generation.planner_drafts import draft, text_of

_FAN = Listing(
    external_id="r43-fan",
    title="Tower Fan with Wi-Fi",
    product_type="Fan",
    tags=["app control"],
    attributes={"Control": ["App controlled"], "Speeds": ["6"]},
)


def _reason(name: str, value: str) -> str:
    rule = rule_for(name, value, product="Smart heater")
    assert rule is not None
    return " ".join(rule.reasons)


def test_app_control_alone_is_not_said_to_work_by_voice() -> None:
    assert "voice" not in _reason("Control", "App controlled")
    assert "voice" not in _reason("App control", "Yes")
    assert "from your phone" in _reason("Control", "Companion app")


def test_a_named_voice_assistant_keeps_the_voice_reason() -> None:
    assert "by voice" in _reason("Works with", "Voice assistants")
    assert "by voice" in _reason("Compatibility", "Works with Alexa")


def test_a_description_of_an_app_controlled_product_says_no_voice() -> None:
    prose = text_of(draft(_FAN, DraftKind.DESCRIPTION).split("<ul>", 1)[0])
    assert "voice" not in prose.lower()


_COVER = Listing(
    external_id="r43-cover",
    title="Wool Cushion Cover",
    product_type="Cushion cover",
    options={"Size": ["40 cm", "50 cm"]},
    attributes={"Fabric": ["Felted wool"], "Embroidery": ["By hand"], "Care": ["Cool wash"]},
)


def test_handwork_the_listing_marks_is_said_first_with_a_reason() -> None:
    prose = text_of(draft(_COVER, DraftKind.DESCRIPTION).split("<ul>", 1)[0])
    first = prose.split(". ")[0]
    # Said with its reason, in either order the opening rotation gives.
    assert "embroidered by hand" in first and "not by a machine" in first
    assert "embroidery is by hand" not in prose.lower()


def test_handwork_tags_and_values_get_their_own_reasons() -> None:
    assert "machine" in _reason("hand embroidered", "Yes")
    assert "machine" in _reason("Knitting", "By hand")
    # Round 47: said without the fact's own verb again ("painted, so … painted").
    assert "rather than a print" in _reason("Decoration", "Hand-painted")
    # Washing by hand is care, not handwork.
    assert rule_for("Care", "Hand wash only", product="Smart heater") is None
    assert rule_for("Embroidery", "Machine", product="Smart heater") is None
