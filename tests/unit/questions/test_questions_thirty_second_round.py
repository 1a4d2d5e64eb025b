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
