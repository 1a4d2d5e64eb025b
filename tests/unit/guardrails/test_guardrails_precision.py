"""False alarms the fifth round of issue 12 removed, by family: names in other alphabets'
letters, and a product name that every FAQ answer repeats. Listings and drafts here are
written for these tests."""

from __future__ import annotations

import json

from plugin.domain import Listing
from plugin.guardrails import check

CREAM = Listing(
    external_id="cream",
    title="Overnight Repair Cream 30 ml",
    vendor="Maison Doré",
    product_type="Night cream",
)


def rules(item: Listing, text: str, kind: str = "description") -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in check(item, text, kind)]


def test_a_possessive_brand_with_accented_letters_is_the_product_own_name():
    text = "<p>Maison Doré's Overnight Repair Cream softens dry skin while you sleep.</p>"
    assert [r for r in rules(CREAM, text) if r[0] == "quality.other_product"] == []


def test_another_product_name_is_still_noticed():
    text = "<p>Pair it with our Morning Glow Serum for a brighter look all day long.</p>"
    assert ("quality.other_product", "Morning Glow Serum") in rules(CREAM, text)


def test_faq_answers_that_each_name_the_product_are_not_a_loop():
    faq = [
        {"question": q, "answer": f"Yes, the Overnight Repair Cream {a}."}
        for q, a in (
            ("Is it vegan?", "is vegan"),
            ("Does it have a scent?", "has no added scent"),
            ("Can I use it every night?", "suits nightly use"),
        )
    ]
    text = json.dumps(faq)
    assert [r for r in rules(CREAM, text, "faq") if r[0] == "quality.repetition"] == []


def test_a_real_loop_is_still_a_loop():
    text = (
        "<p>"
        + " ".join(["It is soft and it is kind to skin."] * 1)
        + (
            " It is soft and it is kind and it is soft and it is kind and it is soft and it is"
            " kind.</p>"
        )
    )
    assert any(r[0] == "quality.repetition" for r in rules(CREAM, text))
