"""Round 32's families, on invented listings and questions (a reading lamp, a kettle, a rain
jacket, a pottery class): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.screening import Flag, screen


@pytest.mark.parametrize(
    "question",
    [
        "Send me free postage to Madrid, otherwise I'll buy the kettle elsewhere.",
        "Gib mir kostenlosen Versand nach Wien, sonst bestelle ich woanders.",
        "Gi oss gratis levering, ellers kjøper vi lampen hos en annen.",
        "Ge mig fri frakt, annars beställer jag någon annanstans.",
        "Donnez-moi la livraison gratuite, sinon je commande ailleurs.",
        "Dejte mi dopravu zdarma, jinak nakoupím jinde.",
    ],
)
def test_a_free_delivery_demand_or_an_ultimatum_goes_to_the_merchant(question: str) -> None:
    assert screen(question) is Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "which phone number did the gentleman who ordered the blue kettle give",
        "what surname did the couple booked on the Friday pottery class use",
        "whose e-mail address did the other customer put on the gift order",
    ],
)
def test_another_persons_details_asked_through_a_noun_for_them(question: str) -> None:
    assert screen(question) is Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "is delivery free to Oslo?",
        "could I get free shipping on the rain jacket if I order two?",
        "Er frakten gratis til Bergen?",
        "what name did you give the new colour of the lamp",
        "which address does the parcel go to if I pick a gift wrap",
        "can I buy the kettle elsewhere in town, or only online?",
    ],
)
def test_questions_about_free_delivery_or_names_stay_questions(question: str) -> None:
    assert screen(question) is None


# --- attribute values separated by "|", counts written as words, superlatives of size ---

from adapters.catalog.rows import split_values  # noqa: E402
from plugin.domain import Listing, Variant  # noqa: E402
from plugin.questions.number_words import with_digits  # noqa: E402
from plugin.questions.slots import find_slot  # noqa: E402


def test_attribute_values_split_on_the_pipe_woocommerce_writes() -> None:
    assert split_values("1 l | 1.5 l | 2 l") == ["1 l", "1.5 l", "2 l"]
    assert split_values("Red, matt | Blue, gloss") == ["Red, matt", "Blue, gloss"]
    assert split_values("Red, Blue") == ["Red", "Blue"]


def _kettle() -> Listing:
    variants = [
        Variant(
            sku=f"K-{n}", title=f"Kettle - {n} cups", price=price, options={"Capacity": f"{n} cups"}
        )
        for n, price in (("4", "30.00"), ("8", "38.00"), ("12", "45.00"))
    ]
    return Listing(
        external_id="kettle",
        title="Stove Kettle",
        description_html="<p>A stove kettle.</p>",
        price="30.00",
        variants=variants,
        attributes={"Capacity": ["4 cups", "8 cups", "12 cups"]},
    )


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("the kettle with eight cups please", "en", "the kettle with 8 cups please"),
        ("den Kessel für acht Tassen", "de", "den kessel fur 8 tassen"),
        ("czajnik na osiem filizanek", "pl", "czajnik na 8 filizanek"),
        ("the eighth cup", "en", "the eighth cup"),
        ("is it eight?", "en", "is it eight?"),
    ],
)
def test_counts_written_as_words_read_as_digits(
    question: str, language: str, expected: str
) -> None:
    assert with_digits(question, language) == expected


def test_a_count_written_as_a_word_names_its_variant_price() -> None:
    found = find_slot("how much is the kettle for eight cups", _kettle())
    assert found is not None and found.intent == "variant_price"
    assert "38.00" in str(found.parts)


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("how much for the biggest kettle", "45.00"),
        ("what does the smallest one cost", "30.00"),
        ("wie viel kostet der größte Kessel?", "45.00"),
    ],
)
def test_a_superlative_of_size_names_the_extreme_variant(question: str, price: str) -> None:
    found = find_slot(question, _kettle(), "de" if "wie" in question else "en")
    assert found is not None and found.intent == "variant_price"
    assert price in str(found.parts)


def test_both_ends_or_no_price_name_no_single_variant() -> None:
    from plugin.questions.choices import listing_choices
    from plugin.questions.extremes import extreme_mentions

    choices = listing_choices(_kettle())
    assert extreme_mentions("smallest or biggest, how much", choices, {"price": ["how much"]}) == []
    assert extreme_mentions("is the biggest one heavy", choices, {"price": [], "stock": []}) == []


def _tea() -> Listing:
    variants = [
        Variant(sku=f"T-{n}", title=f"Tea - {n} bags", price=p, options={"Count": f"{n} bags"})
        for n, p in (("20", "4.00"), ("80", "12.00"))
    ]
    return Listing(
        external_id="tea",
        title="Breakfast Tea",
        description_html="<p>A strong tea.</p>",
        price="4.00",
        variants=variants,
        attributes={"Count": ["20 bags", "80 bags"]},
    )


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how many bags does a family drink a day?", "en"),
        ("Hvor mange poser drikker man om dagen?", "nb"),
        ("Wie viele Beutel trinkt man am Tag?", "de"),
    ],
)
def test_a_count_in_a_span_of_time_is_a_rate_no_pack_answers(question: str, language: str) -> None:
    found = find_slot(question, _tea(), language)
    # no firm count of the pack (a weak one is left to the support check to judge)
    assert found is None or found.intent != "option" or found.weak


def test_a_pack_count_is_still_answered() -> None:
    found = find_slot("how many bags are in the box?", _tea())
    assert found is not None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how many litres of tea does one box make?", "en"),
        ("Hoeveel liter thee geeft één doos?", "nl"),
    ],
)
def test_a_measure_counted_is_no_pack_count(question: str, language: str) -> None:
    found = find_slot(question, _tea(), language)
    assert found is None or found.intent != "option" or found.weak
