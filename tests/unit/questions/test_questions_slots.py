"""Decide from structure first: questions mapped to a listing's structured facts (intent and
slot), on WooCommerce's sample catalogue and the demo catalogue (in-sample questions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.catalog.parse import parse_catalog
from plugin.domain import Listing
from plugin.questions.slot_replies import SENTENCES, slot_reply
from plugin.questions.slots import find_slot

ROOT = Path(__file__).resolve().parents[3]
CATALOGUES = (
    ROOT / "tests" / "fixtures" / "woocommerce" / "sample_products.csv",
    ROOT / "plugin" / "demo" / "demo_catalog.csv",
)


@pytest.fixture(scope="module")
def listings() -> dict[str, Listing]:
    return {
        item.external_id: item
        for path in CATALOGUES
        for item in parse_catalog(path.read_bytes()).listings
    }


@pytest.mark.parametrize(
    ("sku", "question", "intent", "says"),
    [
        ("woo-vneck-tee", "Which sizes can I get the V-neck in?", "option", "Large, Medium, Small"),
        ("woo-hoodie", "How much does the red hoodie cost?", "variant_price", "42"),
        ("woo-long-sleeve-tee", "Can I get the long sleeve tee in black?", "option", "Green"),
        ("woo-album", "Is the album a CD that gets mailed to me?", "download", "Single 1"),
        ("woo-vneck-tee", "What does the blue one cost?", "variant_price", "15"),
        ("woo-beanie", "What was the price before the sale?", "price", "20"),
        ("logo-collection", "What's included in the collection?", "grouped", "Hoodie with Logo"),
        ("wp-pennant", "Where can I buy the pennant?", "external", "mercantile.wordpress.org"),
        ("woo-cap", "What category is the cap in?", "category", "Clothing > Accessories"),
        ("woo-belt", "How heavy is the belt?", "weight", "1.2 lbs"),
        ("woo-belt", "What are the dimensions?", "dimensions", "12 x 2 x 1.5 in"),
        ("FW-CNDL-CDR", "What is the burn time?", "option", "45 hours"),
        ("FW-TOTE-NAT", "Where is it made?", "option", "India"),
        ("FW-SOCK", "How much is the L?", "variant_price", "19.00"),
        ("FW-TEE", "Is it in stock?", "stock", "in stock"),
        ("woo-hoodie", "Gibt es den Hoodie auch in Schwarz?", "option", "Blue, Green, Red"),
        ("woo-cap", "¿Cuánto pesa la gorra?", "weight", "0.6 lbs"),
    ],
)
def test_a_question_is_answered_from_its_slot(
    listings: dict[str, Listing], sku: str, question: str, intent: str, says: str
) -> None:
    answer = find_slot(question, listings[sku])
    assert answer is not None
    assert answer.intent == intent
    assert says in slot_reply(answer, "en")
    assert any(says.split(",")[0] in line for line in answer.lines)


@pytest.mark.parametrize(
    ("sku", "question"),
    [
        ("woo-vneck-tee", "Does the large run small?"),
        ("woo-hoodie", "Do you ship to Canada?"),
        ("woo-vneck-tee", "Is the red one machine washable?"),
        ("woo-polo", "Is the polo made of cotton?"),
        ("FW-BTL-750", "Is it dishwasher safe?"),
        ("woo-album", "Can I play it on Spotify?"),
        ("woo-cap", "When will the cap be back in stock?"),
    ],
)
def test_a_question_structure_cannot_settle_goes_to_retrieval(
    listings: dict[str, Listing], sku: str, question: str
) -> None:
    assert find_slot(question, listings[sku]) is None


def test_a_value_not_offered_is_answered_with_what_is_offered_without_naming_it(
    listings: dict[str, Listing],
) -> None:
    answer = find_slot("Do you have the long sleeve tee in black?", listings["woo-long-sleeve-tee"])
    assert answer is not None
    text = slot_reply(answer, "en")
    assert "Green" in text and "black" not in text.lower()


def test_every_language_frames_every_sentence() -> None:
    keys = set(SENTENCES["en"])
    for language, table in SENTENCES.items():
        assert set(table) == keys, language


def test_facts_are_quoted_as_the_listing_has_them_in_every_language(
    listings: dict[str, Listing],
) -> None:
    answer = find_slot("Welche Farben gibt es?", listings["woo-vneck-tee"])
    assert answer is not None
    assert "Blue, Green, Red" in slot_reply(answer, "de")
    assert slot_reply(answer, "de").startswith("Vielen Dank")
