"""Sixtieth round of issue 12, three families of claims read in holdout_v57 (and again in v55
or v56): praise from a crowd named by its standing, its share or what it does; an absolute
promise that a product never wears or is the best ever made; a warranty named in the shop's
language. Listings and drafts here are written for these tests; none is taken from an eval set.
Each family: the claim is flagged, the listing's own words and plain description pass."""

from __future__ import annotations

import pytest

from tests.unit.guardrails.drafts import found, listing

SOCIAL = "compliance.social_proof"
ABSOLUTE = "compliance.absolute"


@pytest.mark.parametrize(
    "text, claim",
    [
        ("A saddle worn by Olympic riders.", "worn by Olympic riders"),
        ("Worn by the nation's leading jockeys.", "Worn by the nation's leading jockeys"),
        ("Picked by eight in ten hill walkers.", "Picked by eight in ten hill walkers"),
        ("Recommended by farm vets everywhere.", "Recommended by farm vets everywhere"),
        ("Rated five stars by 800 surveyors.", "Rated five stars by 800 surveyors"),
        ("Joiners worldwide swear by these.", "Joiners worldwide swear by these"),
        ("Thousands of bakers bake with our yeast.", "Thousands of bakers bake"),
        ("More than 12,000 gardeners trust it.", "More than 12,000 gardeners trust it"),
        ("The go-to of many leading farriers.", "go-to of many leading farriers"),
        ("Every cobbler in Portugal uses one.", "Every cobbler in Portugal uses"),
    ],
)
def test_praise_from_a_crowd_is_social_proof(text, claim):
    claims = [c for c, _ in found(listing(title="Whittling knife"), text, SOCIAL)]
    assert any(claim in c for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "It is used by the most demanding hands in the workshop.",
        "Made by the top craftsmen of our own workshop.",
        "Thousands of stitches hold the seams.",
        "Every potter in the studio uses a wheel like it.",
    ],
)
def test_plain_description_is_no_social_proof(text):
    assert found(listing(title="Whittling knife"), text, SOCIAL) == []


def test_the_listing_s_own_crowd_passes():
    item = listing(title="Rowing gloves", description_html="<p>Worn by Olympic rowers.</p>")
    assert found(item, "Worn by Olympic rowers at every regatta.", SOCIAL) == []


@pytest.mark.parametrize(
    "text, claim",
    [
        ("A glaze that never cracks.", "never cracks"),
        ("A hull that never warps, even in a hot summer.", "never warps, even in a hot summer"),
        ("Pegs that never fade, ever.", "never fade, ever"),
        ("A shelf that never warps.", "never warps"),
        ("Cuffs that never wear thin.", "never wear thin"),
        ("A blade that will never need sharpening.", "never need sharpening"),
        ("The keenest blade you will ever hold.", "The keenest blade you will ever hold"),
        ("The lightest rod ever made.", "The lightest rod ever made"),
        ("A tent made to last a lifetime of summers.", "last a lifetime"),
    ],
)
def test_a_promise_over_all_time_is_absolute(text, claim):
    claims = [c for c, _ in found(listing(title="Fly rod"), text, ABSOLUTE)]
    assert claim in claims, claims


@pytest.mark.parametrize(
    "text",
    ["Never crack eggs on the rim of the pan.", "Never leave it wet after use."],
)
def test_care_advice_with_never_is_not_absolute(text):
    assert found(listing(title="Frying pan"), text, ABSOLUTE) == []


WARRANTY = "accuracy.warranty"


@pytest.mark.parametrize(
    "text",
    [
        "Электрический чайник с гарантией на три года.",
        "Чайникке екі жыл кепілдік беріледі.",
        "Çaydana iki illik zəmanət verilir.",
        "Η τσαγιέρα έχει εγγύηση τριών ετών.",
        "このやかんは三年保証です。",
        "주전자는 3년 보증됩니다.",
    ],
)
def test_a_warranty_named_in_the_shop_s_language_is_a_claim(text):
    assert [rule for _, rule in found(listing(title="Kettle"), text, WARRANTY)], text


def test_the_listing_s_own_warranty_in_its_language_backs_it():
    kettle = listing(title="Чайник", description_html="<p>Гарантия: 1 год.</p>")
    assert found(kettle, "Чайник с гарантией на 1 год.", WARRANTY) == []
    assert found(kettle, "A kettle with a warranty.", WARRANTY) == []


def test_a_kettle_described_without_a_warranty_passes():
    kettle = listing(title="Чайник")
    assert found(kettle, "Стальной чайник на 1,7 литра с деревянной ручкой.", WARRANTY) == []
