"""Fifty-eighth round of issue 12 (holdout_v56 read after its one blind score): false alarms on
listings written abroad, in how a measure is read: a unit a Bengali, Gujarati, Kannada or Tamil
listing writes with vowel signs ("সেমি", "செமீ"), which ``str.isalpha`` refused, so the number
before it was bare. Listings and drafts here are written for these tests; none is taken from an
eval set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from plugin.guardrails.units_abroad import _is_word
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"


def test_a_unit_with_vowel_signs_is_a_word():
    assert _is_word("সেমি")
    assert _is_word("கிராம்")
    assert not _is_word("ি")
    assert not _is_word("5 cm")


def test_a_bengali_listings_measures_are_read():
    cover = listing(
        title="সুতির কুশন কভার",
        description_html="<p>মাপ ৪৮ x ৪৮ সেমি, ওজন ২ কেজি।</p>",
    )
    assert found(cover, "A cushion cover of 48 x 48 cm that weighs 2 kg.", NUMBER) == []
    assert [t for t, _ in found(cover, "A cushion cover of 48 x 48 cm that weighs 7 kg.", NUMBER)]


def test_a_tamil_listings_everyday_centimetre_is_read():
    lamp = listing(title="பித்தளை விளக்கு", description_html="<p>உயரம் 27 செமீ.</p>")
    assert found(lamp, "A brass lamp 27 cm tall.", NUMBER) == []
    assert [t for t, _ in found(lamp, "A brass lamp 33 cm tall.", NUMBER)]
