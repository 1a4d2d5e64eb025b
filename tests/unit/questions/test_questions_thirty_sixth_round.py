"""Round 36's families, on invented listings and questions (a lantern, a kite, a cheese cave, a
glass-blowing class, a kiln and a wheel): no question, product or phrase of any evaluation
set."""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.ages import asks_age
from plugin.questions.coercion import coercion_flag
from plugin.questions.glossing import english_gloss
from plugin.questions.language import question_language
from plugin.questions.material_kinds import names_material_kind
from plugin.questions.qualified_value import qualifier_unstated
from plugin.questions.screening import Flag, screen
from plugin.questions.support_checks import still_answers


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


@pytest.fixture
def lantern() -> Listing:
    return Listing(
        external_id="woo-lantern",
        title="Storm lantern",
        description_html="<p>A storm lantern with a cherry handle.</p>",
        categories=["Outdoor > Lights"],
        attributes={},
        price="30",
    )


def test_a_load_it_bears_is_no_weight_of_its_own(lantern: Listing) -> None:
    question = "How much does the lantern weigh?"
    assert not still_answers(question, lantern, ["A hook for up to 12 kg of gear."])
    assert not still_answers(question, lantern, ["The bail takes up to 2.5 kg."])
    assert still_answers(question, lantern, ["It weighs 1.2 kg with the glass."])
    assert still_answers(question, lantern, ["Weight: 800 g"])


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("What wood is the handle made of?", "Handle: solid cherry, oiled."),
        ("What hair is the brush made of?", "Soft squirrel hair in a tin ferrule."),
    ],
)
def test_a_kind_of_the_material_asked_answers_it(
    lantern: Listing, question: str, line: str
) -> None:
    assert names_material_kind(question, line)
    assert still_answers(question, lantern, [line])


def test_a_kind_of_stone_names_the_stone() -> None:
    assert names_material_kind("Which stone is the base made of?", "The base is marble.")


def test_a_line_without_the_material_asked_does_not_answer_it(lantern: Listing) -> None:
    question = "What wood is the handle made of?"
    assert not names_material_kind(question, "The handle folds flat.")
    assert not still_answers(question, lantern, ["The handle folds flat."])


def test_a_material_asked_with_a_qualifier_needs_the_qualifier() -> None:
    question = "Is the kite's tail recycled polyester?"
    assert qualifier_unstated(question, ["Tail: ripstop polyester, 3 m."])
    assert not qualifier_unstated(question, ["Tail: recycled ripstop polyester, 3 m."])


@pytest.mark.parametrize(
    ("question", "language", "english"),
    [
        ("O forno aguenta que temperatura?", "pt", "kiln"),
        ("Czy szkliwo jest bezpieczne?", "pl", "glaze"),
        ("Jaká je hlina v balení?", "cs", "clay"),
        ("Il tornio è silenzioso?", "it", "wheel"),
        ("Er glasuren blyfri?", "nb", "glaze"),
    ],
)
def test_the_potters_trade_words_are_glossed(question: str, language: str, english: str) -> None:
    gloss = english_gloss(question, language, set())
    assert gloss is not None
    assert english in {w for t in gloss.translated for w in gloss.options(t)}


@pytest.mark.parametrize(
    "question",
    [
        "Hvor mange ganger kan jeg se filmen?",
        "Hvor mange ganger må jeg vaske den?",
    ],
)
def test_norwegian_words_danish_writes_otherwise_tell_norwegian(question: str) -> None:
    assert question_language(question)[0] == "nb"


@pytest.mark.parametrize(
    "question",
    [
        "My 15 year old wants to join the glass-blowing evening, is that allowed?",
        "Can my 8-year-old do the kite workshop with me?",
        "Our 11-year-old daughter would like to try the cheese course, ok?",
    ],
)
def test_a_child_of_an_age_taking_part_asks_the_age_limit(question: str) -> None:
    assert asks_age(question)


def test_a_gift_for_a_child_of_an_age_asks_no_age_limit() -> None:
    assert not asks_age("Is the kite a good gift for my 7-year-old?")


def test_a_metal_named_as_a_finish_does_not_say_which_metal() -> None:
    assert not names_material_kind("What metal is the lantern made of?", "In copper or silver.")
