"""A campaign about several products: a fact of one said of another is caught.

The drafts here are the ones the campaign writer writes for three products; the tests move a
material, a colour, a size or a price from one product's sentence to another's, as a model's
slip or a merchant's hurried edit would, and the guardrails block it at the sentence that
says it, naming the product it was said of. The drafts as written pass.
"""

from __future__ import annotations

import pytest

from plugin.campaign import Audience, Brief, Channel, Goal
from plugin.domain import Finding, Listing, Verdict, verdict_of
from plugin.guardrails import GuardrailPolicy
from plugin.guardrails.campaign import check_asset, field_of, text_form
from plugin.services.campaign_writing import Checked, checked_assets

BOTTLE = Listing(
    external_id="201",
    title="Insulated Steel Bottle 750 ml",
    price="34.00",
    categories=["Outdoor > Drinkware"],
    tags=["bottle"],
    attributes={"Capacity": ["750 ml"], "Material": ["18/8 stainless steel"], "Color": ["Sage"]},
)
TOTE = Listing(
    external_id="202",
    title="Canvas Tote Bag",
    price="24.00",
    categories=["Home > Bags"],
    tags=["tote"],
    attributes={
        "Material": ["12 oz organic cotton canvas"],
        "Color": ["Natural"],
        "Origin": ["India"],
    },
)
NAPKINS = Listing(
    external_id="215",
    title="Linen Napkins, Set of 4",
    price="36.00",
    categories=["Home > Table"],
    tags=["linen"],
    attributes={
        "Material": ["100% linen"],
        "Color": ["Rust"],
        "Size": ["18 x 18 in"],
        "Origin": ["Lithuania"],
    },
)
PRODUCTS = [BOTTLE, TOTE, NAPKINS]
GIFTS = Audience("gift buyers", "shopping for someone else")
PARENTS = Audience("new parents", "setting up a home around a baby")
BRIEF = Brief(
    goal=Goal.LAUNCH, channels=tuple(Channel), collection="Everyday", audiences=(GIFTS, PARENTS)
)


def drafts(audience: Audience) -> dict[Channel, Checked]:
    items = checked_assets(BRIEF, PRODUCTS, audience, None, GuardrailPolicy())
    return {item.asset.channel: item for item in items}


def moved(findings: list[Finding], channel: Channel, content: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    _, spans = text_form(channel, content)
    return [
        (f.rule, field_of(f, spans))
        for f in findings
        if f.category == "accuracy" and f.severity is Verdict.BLOCK
    ]


@pytest.mark.parametrize("audience", [GIFTS, PARENTS])
def test_the_drafts_as_written_pass(audience: Audience) -> None:
    for channel, item in drafts(audience).items():
        assert verdict_of(item.findings) is Verdict.PASS, (channel, item.findings)


def test_a_material_moved_between_products_is_blocked() -> None:
    email = drafts(GIFTS)[Channel.EMAIL].asset.content
    body = email["body"]
    assert "The Canvas Tote Bag is made of 12 oz organic cotton canvas" in body
    assert "18/8 stainless steel" in body
    # The bottle's steel and the tote's canvas swap places.
    swapped = (
        body.replace("18/8 stainless steel", "§")
        .replace("12 oz organic cotton canvas", "18/8 stainless steel")
        .replace("§", "12 oz organic cotton canvas")
    )
    content = {**email, "body": swapped}
    findings = check_asset(PRODUCTS, Channel.EMAIL, content)
    assert ("accuracy.material", "body") in moved(findings, Channel.EMAIL, content)
    said_of = {f.message.rsplit("(said of the ", 1)[-1] for f in findings if "said of" in f.message}
    assert said_of == {"Insulated Steel Bottle 750 ml)", "Canvas Tote Bag)"}


def test_a_colour_said_of_the_product_named_before_it_is_blocked() -> None:
    """ "It comes in sage." after the tote's sentence speaks of the tote, not the bottle."""
    intro = drafts(GIFTS)[Channel.COLLECTION_INTRO].asset.content
    tote = "The Canvas Tote Bag is made of 12 oz organic cotton canvas"
    assert tote in intro["body"]
    stop = intro["body"].find(". ", intro["body"].index(tote))
    end = len(intro["body"]) if stop < 0 else stop + 1  # the tote's sentence may end the body
    body = f"{intro['body'][:end]} It comes in sage.{intro['body'][end:]}"
    content = {**intro, "body": body}
    findings = check_asset(PRODUCTS, Channel.COLLECTION_INTRO, content)
    assert ("accuracy.colour", "body") in moved(findings, Channel.COLLECTION_INTRO, content)
    # Said of the bottle, where it belongs, the same colour passes.
    fine = {**intro, "body": intro["body"] + " The Insulated Steel Bottle 750 ml comes in sage."}
    findings = check_asset(PRODUCTS, Channel.COLLECTION_INTRO, fine)
    assert not moved(findings, Channel.COLLECTION_INTRO, fine)


def test_a_size_moved_into_a_headline_and_a_description_is_blocked() -> None:
    ads = drafts(PARENTS)[Channel.ADS].asset.content
    assert any("18 x 18 in" in h for h in ads["headlines"])
    content = {
        **ads,
        "descriptions": [*ads["descriptions"][:3], "The Canvas Tote Bag measures 18 x 18 in."],
    }
    findings = check_asset(PRODUCTS, Channel.ADS, content)
    assert ("accuracy.number", "descriptions[3]") in moved(findings, Channel.ADS, content)
    # The napkins' own size, said of them, passes.
    fine = {
        **ads,
        "descriptions": [*ads["descriptions"][:3], "The Linen Napkins measure 18 x 18 in."],
    }
    assert not moved(check_asset(PRODUCTS, Channel.ADS, fine), Channel.ADS, fine)


def test_a_price_moved_between_products_is_blocked_and_the_right_one_passes() -> None:
    """The merged check knew only the first product's price: the tote's own $24 was taken
    for a wrong price, and the bottle's $34 said of the tote passed."""
    post = drafts(GIFTS)[Channel.SOCIAL].asset.content
    wrong = {**post, "text": post["text"] + " The Canvas Tote Bag is $34."}
    right = {**post, "text": post["text"] + " The Canvas Tote Bag is $24."}
    assert ("accuracy.price", "post") in moved(
        check_asset(PRODUCTS, Channel.SOCIAL, wrong), Channel.SOCIAL, wrong
    )
    assert not moved(check_asset(PRODUCTS, Channel.SOCIAL, right), Channel.SOCIAL, right)


def test_a_sentence_naming_several_products_is_checked_against_them_all() -> None:
    email = drafts(GIFTS)[Channel.EMAIL].asset.content
    both = " The Canvas Tote Bag and the Linen Napkins come in natural and rust."
    content = {**email, "body": email["body"] + both}
    assert not moved(check_asset(PRODUCTS, Channel.EMAIL, content), Channel.EMAIL, content)
