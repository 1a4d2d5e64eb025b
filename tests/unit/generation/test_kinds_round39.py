"""Round 39: the kinds after heldout40's and heldout41's notes, on listings invented here. What
a shopper notices: a connector's code and an electrical unit are written as they are ("USB-C",
"40 W"), also in a name the shop typed in lower case; a value both language sides say alike is
said once; a substance is never counted with "a"; an absent scent is no scent; a time is said
with "for" before what a process leaves out."""

import json

from plugin.domain import DraftKind, Listing
from plugin.generation.kinds_codes import said_once_of_two, span_before_lack
from plugin.generation.kinds_polish import polished
from plugin.generation.letter_case import units_raised
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _seo(listing: Listing) -> dict[str, str]:
    return dict(json.loads(draft(listing, DraftKind.SEO)))


_HUB = Listing(
    external_id="r39-hub",
    title="slim usb-c hub with hdmi",
    product_type="Computer accessories",
    attributes={"ports": ["usb-a x2, hdmi"], "power": ["up to 40 w"]},
)


def test_codes_and_units_keep_their_case() -> None:
    assert units_raised("a usb-c port, 40 w and 5 v") == "a USB-C port, 40 W and 5 V"
    assert units_raised("usb 3.0, 900 mbps, ip54") == "USB 3.0, 900 Mbps, IP54"
    assert units_raised("It comes in 2 l or 5 l") == "It comes in 2 l or 5 l"
    seo = _seo(_HUB)
    assert seo["title"] == "Slim USB-C Hub with HDMI"
    said = seo["description"] + text_of(draft(_HUB, DraftKind.SHORT_DESCRIPTION))
    assert "usb-c" not in said and "40 w" not in said


def test_a_value_said_alike_on_both_sides_is_said_once() -> None:
    assert said_once_of_two("Its salt is < 1.5 % / < 1.5 %.") == "Its salt is < 1.5 %."
    assert polished("Its fat is 2,5 % / 2.5 %.") == "Its fat is 2.5 %."
    kept = "It holds a B5 / B5 notebook."
    assert said_once_of_two(kept) == kept


def test_a_substance_is_not_counted() -> None:
    assert polished("The Oat Drink has a lactose.") == "The Oat Drink contains lactose."
    cordial = Listing(
        external_id="r39-cordial",
        title="Elderflower Cordial",
        product_type="Drinks",
        attributes={"Alcohol": ["No"], "Volume": ["500 ml"]},
    )
    asked = faq(cordial)
    assert asked.get("Does it contain alcohol?") == "No, it does not contain alcohol."
    assert not any(" an alcohol" in q for q in asked)


def test_an_absent_scent_is_no_scent() -> None:
    balm = Listing(
        external_id="r39-balm",
        title="Hand Salve Jar",
        product_type="Skin care",
        attributes={"Scent": ["None added"], "Contents": ["cocoa butter, olive oil"]},
    )
    asked = faq(balm)
    assert asked.get("Is it scented?") == "No, it is unscented."
    said = text_of(draft(balm, DraftKind.SHORT_DESCRIPTION)) + " ".join(asked.values())
    assert "smells of none" not in said.lower()


def test_a_time_is_said_with_for() -> None:
    said = span_before_lack("The herring are cured without smoke, 4 weeks.")
    assert said == "The herring are cured for 4 weeks without smoke."
