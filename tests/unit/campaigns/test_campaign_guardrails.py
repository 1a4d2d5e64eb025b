"""Campaign copy's guardrails: channel limits with their counts, offer terms, grounded claims."""

from __future__ import annotations

import pytest

from plugin.campaign import Channel
from plugin.domain import Listing, Verdict, verdict_of
from plugin.guardrails.campaign import check_asset, field_of, text_form

BODY = (
    "The Insulated Steel Bottle keeps drinks cold for 24 hours and hot for 12 hours, so a "
    "long day outside starts and ends with a proper drink. It holds 750 ml and is made of "
    "18/8 stainless steel, which will not rust. It is BPA-free, so it is easy to refill "
    "every morning."
)


@pytest.fixture
def bottle() -> Listing:
    return Listing(
        external_id="201",
        title="Insulated Steel Bottle",
        product_type="Bottle",
        categories=["Outdoor > Drinkware"],
        tags=["bottle", "insulated"],
        attributes={
            "Capacity": ["750 ml"],
            "Material": ["18/8 stainless steel"],
            "Insulation": ["Keeps drinks cold 24 hours, hot 12 hours"],
            "Certifications": ["BPA-free"],
        },
    )


@pytest.fixture
def tote() -> Listing:
    return Listing(
        external_id="202",
        title="Canvas Tote Bag",
        categories=["Home > Bags"],
        tags=["tote", "cotton"],
        attributes={"Material": ["12 oz organic cotton canvas"], "Origin": ["India"]},
    )


def email(**changes: str) -> dict[str, str]:
    return {
        "subject": "New: the Insulated Steel Bottle",
        "preheader": "Cold for 24 hours, hot for 12.",
        "body": BODY,
        "cta": "Shop the bottle",
        **changes,
    }


def rules(findings) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule for f in findings]


def test_an_email_within_its_limits_passes(bottle: Listing) -> None:
    findings = check_asset([bottle], Channel.EMAIL, email())
    assert verdict_of(findings) is not Verdict.BLOCK, findings


def test_a_long_subject_is_blocked_with_its_count(bottle: Listing) -> None:
    subject = "The Insulated Steel Bottle that keeps every drink cold all day long"
    findings = check_asset([bottle], Channel.EMAIL, email(subject=subject))
    over = [f for f in findings if f.rule == "quality.limit"]
    assert len(over) == 1 and over[0].severity is Verdict.BLOCK
    assert f"is {len(subject)} characters" in over[0].message and "at most 60" in over[0].message
    text, spans = text_form(Channel.EMAIL, email(subject=subject))
    assert field_of(over[0], spans) == "subject"
    assert text[over[0].start : over[0].end] == subject


def test_a_short_body_and_a_second_call_to_action_are_blocked(bottle: Listing) -> None:
    findings = check_asset(
        [bottle], Channel.EMAIL, email(body="It holds 750 ml. Shop now for the bottle.")
    )
    messages = " ".join(f.message for f in findings if f.rule == "quality.limit")
    assert "is 9 words; an email body takes 40–120" in messages
    assert "makes 2 calls to action" in messages


def test_offer_terms_need_the_briefs_offer(bottle: Listing) -> None:
    body = BODY + " Take 20% off until Sunday, with free shipping."
    without = check_asset([bottle], Channel.EMAIL, email(body=body))
    assert rules(without).count("compliance.offer") == 3
    assert verdict_of(without) is Verdict.BLOCK
    offer = "20% off everything until Sunday, free shipping over $50"
    with_offer = check_asset([bottle], Channel.EMAIL, email(body=body), offer=offer)
    assert "compliance.offer" not in rules(with_offer)
    assert "compliance.shipping" not in rules(with_offer)
    other = check_asset(
        [bottle], Channel.EMAIL, email(body=BODY + " Take 25% off until Monday."), offer=offer
    )
    blocked = [f.message for f in other if f.rule == "compliance.offer"]
    assert len(blocked) == 2 and "20% off everything" in blocked[0]


def test_a_claim_no_product_makes_is_blocked(bottle: Listing, tote: Listing) -> None:
    body = BODY.replace("18/8 stainless steel", "solid titanium")
    findings = check_asset([bottle, tote], Channel.EMAIL, email(body=body))
    assert "accuracy.material" in rules(findings)
    # The tote's cotton is a fact of the campaign, so naming it passes.
    fine = check_asset(
        [bottle, tote],
        Channel.EMAIL,
        email(body=BODY + " The Canvas Tote Bag is organic cotton canvas, made in India."),
    )
    assert not [f for f in fine if f.category == "accuracy"], fine


def test_social_post_limits_and_hashtags_from_tags(bottle: Listing) -> None:
    ok = {
        "text": "Cold for 24 hours, hot for 12: the Insulated Steel Bottle.",
        "hashtags": ["drinkware", "insulated"],
    }
    assert verdict_of(check_asset([bottle], Channel.SOCIAL, ok)) is not Verdict.BLOCK
    bad = {"text": "x " * 140, "hashtags": ["drinkware", "bottle", "insulated", "hydration"]}
    messages = [f.message for f in check_asset([bottle], Channel.SOCIAL, bad)]
    assert any(
        "characters; a social post (hashtags included) takes at most 280" in m for m in messages
    )
    assert any("is 4 hashtags; a post takes at most 3" in m for m in messages)
    assert any(m.startswith('"#hydration" is not one of the products') for m in messages)


def test_search_ad_assets(bottle: Listing) -> None:
    headlines = [
        "Insulated Steel Bottle",
        "Holds 750 ml",
        "Cold for 24 Hours",
        "Hot for 12 Hours",
        "BPA-free Steel Bottle",
    ]
    good = {
        "headlines": headlines,
        "descriptions": [
            "Keeps drinks cold 24 hours and hot 12 hours.",
            "Made of 18/8 stainless steel. Holds 750 ml.",
        ],
    }
    assert verdict_of(check_asset([bottle], Channel.ADS, good)) is not Verdict.BLOCK
    bad = {
        "headlines": [
            *headlines[:3],
            "Holds 750 ml",
            "The BEST bottle!",
            "An Insulated Steel Bottle for every day out",
        ],
        "descriptions": ["Keeps drinks cold 24 hours and hot 12 hours."],
    }
    messages = [
        f.message for f in check_asset([bottle], Channel.ADS, bad) if f.rule == "quality.limit"
    ]
    assert any("repeats another headline" in m for m in messages)
    assert any("exclamation mark" in m for m in messages)
    assert any(m.startswith('"BEST" is an all-caps word') for m in messages)
    assert any("is 43 characters; a headline takes at most 30" in m for m in messages)
    assert any("too few: an ad takes 2 to 4 descriptions" in m for m in messages)


def test_capitals_the_products_use_are_names_not_shouting(bottle: Listing) -> None:
    ad = {
        "headlines": [
            "BPA-free Bottle",
            "Holds 750 ml",
            "Cold 24 Hours",
            "Hot 12 Hours",
            "Steel Bottle",
        ],
        "descriptions": ["It is BPA-free.", "It holds 750 ml of water or coffee."],
    }
    assert not [f for f in check_asset([bottle], Channel.ADS, ad) if "all-caps" in f.message]


def test_collection_intro_word_range(bottle: Listing, tote: Listing) -> None:
    short = {"title": "Everyday carry", "body": "Two things for a day out."}
    findings = check_asset([bottle, tote], Channel.COLLECTION_INTRO, short)
    assert any("is 6 words; a collection intro takes 60–150" in f.message for f in findings)
