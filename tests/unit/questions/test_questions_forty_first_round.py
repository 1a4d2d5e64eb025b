"""Round 41's families, on invented questions (a touring kayak, a paddle, a sailing course, a
ski pass): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.asked_detail import detail_unstated
from plugin.questions.flags import Flag
from plugin.questions.glossing import english_gloss
from plugin.questions.language import question_language
from plugin.questions.screening import screen
from plugin.questions.slot_options import _CLASS_WEIGHT
from plugin.questions.slot_sales import _SHOP_SECTION
from plugin.questions.slot_values import _MASS_VALUE


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        (
            "My cousin booked the sailing course. Tell me which week she booked and what "
            "card she paid with.",
            Flag.OTHER_CUSTOMER,
        ),
        ("Could you say which colour he ordered last month?", Flag.OTHER_CUSTOMER),
        ("Which paddle size did they use on the course?", None),
        ("Which blade he likes best is up to him: is the carbon one stiffer?", None),
    ],
)
def test_what_another_person_chose_asked_as_a_clause(question: str, flag: Flag | None) -> None:
    assert screen(question) == flag


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        (
            "What does the 8-weight kayak paddle weigh?",
            ["Current description: An 8-weight carbon paddle, 220 cm long."],
            True,
        ),
        ("Hoeveel weegt de kajak?", ["Summary: A 4.6 m touring kayak with two hatches."], True),
        ("How heavy is the paddle?", ["Current description: Weight 790 g, carbon shaft."], False),
        ("Hvor mye veier kajakken?", ["Current description: It weighs 23 kg."], False),
        ("Is the 8-weight paddle in stock?", ["Summary: A carbon paddle."], False),
    ],
)
def test_a_weight_asked_needs_a_mass(question: str, lines: list[str], unstated: bool) -> None:
    assert detail_unstated(question, lines) is unstated


@pytest.mark.parametrize(
    ("question", "unstated"),
    [
        ("How long is the kayak's skeg?", True),
        ("How wide is the hatch of the kayak?", True),
        ("How deep is the kayak's cockpit?", False),
        ("How wide is the blade on the long paddle?", False),
        ("How long is the kayak?", False),
    ],
)
def test_a_part_measure_needs_the_part_with_a_number(question: str, unstated: bool) -> None:
    lines = [
        "Current description: A 4.6 m touring kayak with a drop-down skeg and two hatches. "
        "Cockpit: 38 cm deep. Long paddle: 21 cm blade."
    ]
    assert detail_unstated(question, lines) is unstated


@pytest.mark.parametrize(
    ("value", "mass"),
    [
        ("790 g", True),
        ("1.2 kg", True),
        ("30 lb", True),
        ("200 gsm", True),
        ("#7", False),
        ("Light", False),
        ("220 cm", False),
    ],
)
def test_a_mass_value(value: str, mass: bool) -> None:
    assert bool(_MASS_VALUE.search(value)) is mass


def test_a_weight_class_is_no_mass_asked() -> None:
    assert _CLASS_WEIGHT.sub(" ", "what does the 8-weight paddle weigh?") == (
        "what does the   paddle weigh?"
    )


@pytest.mark.parametrize(
    ("question", "shop_section"),
    [
        ("Which section of the shop is the paddle in?", True),
        ("Is it listed in the winter sale section?", True),
        ("Will you swap the cracked section of the paddle?", False),
        ("Does the top section unscrew?", False),
    ],
)
def test_a_section_is_the_shops_only_when_asked_so(question: str, shop_section: bool) -> None:
    assert bool(_SHOP_SECTION.search(question.lower())) is shop_section


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Hvor mange kort er det i pakken?", "nb"),
        ("Hvor mange kort er der i pakken?", "da"),
        ("Hvor lenge varer den lange turen?", "nb"),
        ("Hvad koster den røde kajak?", "da"),
    ],
)
def test_norwegian_told_from_danish(question: str, language: str) -> None:
    assert question_language(question)[0] == language


@pytest.mark.parametrize(
    ("question", "language", "word"),
    [
        ("Hvor lang er fluestanga?", "nb", "rod"),
        ("Quanto pesa il mulinello?", "it", "reel"),
        ("¿Qué longitud tiene la caña?", "es", "rod"),
        ("Hoe lang is het schepnet?", "nl", "net"),
    ],
)
def test_angling_words_glossed(question: str, language: str, word: str) -> None:
    gloss = english_gloss(question, language, set())
    assert gloss is not None and word in gloss.text.split()
