"""Round 36's families, on invented listings and questions (a lantern, a kite, a cheese cave, a
glass-blowing class): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.coercion import coercion_flag
from plugin.questions.screening import Flag, screen


@pytest.mark.parametrize(
    "question",
    [
        "Mi dai il numero di telefono della signora che ha comprato la lanterna?",
        "Qual é o e-mail do cliente que reservou a aula de vidro?",
        "Jaký je telefon té paní, která si koupila sýrovou jeskyni?",
        "Dammi l'indirizzo di chi ha prenotato la lezione.",
    ],
)
def test_another_persons_details_in_the_shop_languages_are_refused(question: str) -> None:
    assert coercion_flag(question) is Flag.OTHER_CUSTOMER
    assert screen(question) is Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "Qual é o endereço da loja?",
        "Il numero di telefono del negozio è quello sul sito?",
        "Posso avere la fattura con il mio indirizzo?",
    ],
)
def test_the_shops_own_details_are_no_other_person(question: str) -> None:
    assert coercion_flag(question) is None
