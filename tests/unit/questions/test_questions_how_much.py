"""A bare "how much" is no price question: "Hoeveel stuks zitten erin?" asks a quantity and
must not be answered with the price. A price needs a price word, a currency or a verb of costing
("Hoeveel kost het?"). Listings and questions are written for these tests."""

from __future__ import annotations

import pytest

from plugin.domain import Listing, Variant
from plugin.questions.slot_replies import slot_reply
from plugin.questions.slots import find_slot

SAMPLER = Listing(
    external_id="tea",
    title="Loose Leaf Tea Sampler",
    price="18.00",
    currency="EUR",
    options={"Size": ["Small", "Large"]},
    attributes={"Blends": ["Earl Grey", "Peppermint", "Rooibos"]},
    variants=[
        Variant(sku="tea-s", price="18.00", options={"Size": "Small"}),
        Variant(sku="tea-l", price="28.00", options={"Size": "Large"}),
    ],
)
JAR = Listing(external_id="jar", title="Glass Storage Jar", price="12.50", currency="EUR")


def _reply(question: str, listing: Listing, language: str) -> str:
    answer = find_slot(question, listing, language)
    return slot_reply(answer, language) if answer else ""


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("nl", "Hoeveel stuks zitten erin?"),
        ("nl", "Hoeveel liter past erin?"),
        ("nl", "Hoeveel zakjes zitten in de grote?"),
        ("de", "Wie viele Beutel sind in der Packung?"),
        ("de", "Wie viel Tee ist in der großen?"),
        ("fr", "Combien de sachets dans la grande ?"),
        ("es", "¿Cuántas bolsitas trae?"),
        ("es", "¿Cuánto té trae la grande?"),
        ("it", "Quanto tè c'è nella grande?"),
        ("pt", "Quanto chá vem na grande?"),
        ("sv", "Hur mycket te får man?"),
        ("sv", "Hur många påsar ingår?"),
        ("pl", "Ile herbaty jest w dużym?"),
        ("pl", "Ile torebek jest w zestawie?"),
        ("en", "How much does it hold?"),
    ],
)
def test_how_much_alone_is_not_answered_with_the_price(language: str, question: str) -> None:
    for listing in (SAMPLER, JAR):
        reply = _reply(question, listing, language)
        assert not any(amount in reply for amount in ("18", "28", "12,50", "12.50")), reply


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("nl", "Hoeveel kost het?"),
        ("de", "Wie viel kostet das Glas?"),
        ("fr", "Combien coûte le bocal ?"),
        ("es", "¿Cuánto cuesta?"),
        ("it", "Quanto costa?"),
        ("pt", "Quanto custa?"),
        ("sv", "Hur mycket kostar den?"),
        ("pl", "Ile kosztuje?"),
        ("en", "How much is it?"),
        ("en", "What is the price in euros?"),
    ],
)
def test_a_price_word_or_a_verb_of_costing_still_asks_the_price(
    language: str, question: str
) -> None:
    answer = find_slot(question, JAR, language)
    assert answer is not None and answer.intent == "price"
    assert "12.50" in slot_reply(answer, language)


def test_how_much_with_a_variant_named_is_its_price_in_english() -> None:
    answer = find_slot("How much is the large?", SAMPLER, "en")
    assert answer is not None and answer.intent == "variant_price"
    assert "28.00" in slot_reply(answer, "en")


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("nl", "Hoeveel liter past erin?"),
        ("es", "¿Cuántos litros caben?"),
        ("de", "Wie viele Liter passen hinein?"),
        ("pt", "Quantos litros tem?"),
        ("en", "How many litres is it?"),
    ],
)
def test_how_much_with_litres_asks_the_capacity(language: str, question: str) -> None:
    pack = Listing(
        external_id="pack",
        title="Trail Pack",
        price="64.00",
        currency="EUR",
        attributes={"Capacity": ["22 l"], "Material": ["Nylon"]},
    )
    answer = find_slot(question, pack, language)
    assert answer is not None
    reply = slot_reply(answer, language)
    assert "22 l" in reply and "64" not in reply
