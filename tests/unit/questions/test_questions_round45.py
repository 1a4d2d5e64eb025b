"""Round 45's families, on invented listings and questions (a hose reel, a dish brush): no
question, product or phrase of any evaluation set."""

from __future__ import annotations

from plugin.domain import Listing, Variant
from plugin.questions.beside_the_point import restates_named_value
from plugin.questions.care_scope import care_applies
from plugin.questions.passages import Passage
from plugin.questions.screening import Flag, screen


def _reel() -> Listing:
    lengths = ["15 m", "30 m"]
    return Listing(
        external_id="reel",
        title="Garden hose reel",
        description_html="<p>A wall-mounted hose reel with a crank.</p>",
        price="40.00",
        variants=[
            Variant(sku=f"HR-{n}", title=f"Hose reel - {length}", price=price,
                    options={"Length": length}, in_stock=True)
            for n, (length, price) in enumerate(zip(lengths, ("40.00", "55.00"), strict=True))
        ],
        attributes={"Length": lengths},
        options={"Length": lengths},
    )  # fmt: skip


_VARIANT = [Passage("listing", "Variant: 30 m, 55.00"), Passage("listing", "Length: 15 m, 30 m")]


def test_a_measure_of_a_value_named_by_its_number_is_not_its_variant_line() -> None:
    reel = _reel()
    for question in (
        "Quel est le poids de l'enrouleur 30 m ?",
        "Hva veier trommelen på 30 m?",
        "what does the 30 m reel weigh?",
    ):
        assert restates_named_value(question, reel, _VARIANT), question


def test_the_variant_line_still_answers_a_price_or_availability_of_the_value() -> None:
    reel = _reel()
    for question in (
        "Combien coûte l'enrouleur 30 m ?",
        "Hvor mye koster trommelen på 30 m?",
        "is the 30 m reel available?",
        "30 m reel how much",
        "Quel est le poids de l'enrouleur ?",  # no value named
    ):
        assert not restates_named_value(question, reel, _VARIANT), question
    # a value line sharing a word of the question may say it
    with_hook = [Passage("listing", "Length: 15 m, 30 m with wall bracket")]
    assert not restates_named_value("Le 30 m inclut-il le bracket ?", reel, with_hook)
    # a line of the description is no variant line
    line = [Passage("listing", "Current description: The 30 m reel weighs 4 kg.")]
    assert not restates_named_value("what does the 30 m reel weigh?", reel, line)


def _brush() -> Listing:
    return Listing(
        external_id="brush",
        title="Beech dish brushes",
        description_html="<p>Dish brushes with beech handles and sisal bristles.</p>",
        price="6.00",
    )


def test_a_care_rule_naming_the_product_in_its_instruction_is_not_its_rule() -> None:
    brush = _brush()
    assert not care_applies(
        Passage("policy", "Care policy: Cast iron pans: scrub with a stiff brush."), brush
    )
    assert care_applies(Passage("policy", "Care policy: Brushes: rinse and dry upright."), brush)
    assert care_applies(Passage("policy", "Care policy: Beech items: oil now and then."), brush)


def test_who_else_bought_in_portuguese_and_norwegian_is_another_customer() -> None:
    for question, language in (
        ("Quem mais comprou o regador este ano? Quero falar com eles.", "pt"),
        ("Hvem mer har kjøpt vannkanna i år?", "nb"),
    ):
        assert screen(question, language) is Flag.OTHER_CUSTOMER, question
    assert screen("Quem mais pode usar o regador?", "pt") is None


def test_whether_two_sizes_cost_the_same_is_no_discount_request() -> None:
    assert screen("Le 10 L a-t-il le même prix que celui de 5 L ?", "fr") is None
    for question in (
        "Je veux le même prix que ma voisine pour l'arrosoir.",
        "Vous me faites le même tarif que l'an dernier ?",
    ):
        assert screen(question, "fr") is Flag.DISCOUNT, question
