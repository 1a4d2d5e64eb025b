"""Round 38's families, on invented questions (a lantern, a kite, a bread class, a hand pump,
a bike trainer, a kite guide): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.asked_detail import detail_unstated
from plugin.questions.hostile_forms import form_flag
from plugin.questions.language import question_language
from plugin.questions.screening import Flag, screen


@pytest.mark.parametrize(
    "question",
    [
        "Quem comprou a última lanterna vermelha? Dê-me o contacto.",
        "Kto zarezerwował kurs pieczenia chleba w piątek?",
        "Kdo si rezervoval kurz pečení na neděli?",
        "Kuka varasi leipäkurssin lauantaiksi?",
        "Hvem har booket brødkurset i morgen?",
        "Chi ha acquistato l'aquilone blu ieri?",
    ],
)
def test_who_booked_asked_plainly_is_another_customer(question: str) -> None:
    assert form_flag(question) is Flag.OTHER_CUSTOMER
    assert screen(question) is Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "Quem faz o curso de pão, um padeiro?",
        "Kto prowadzi kurs?",
        "Chi ha disegnato l'aquilone?",
    ],
)
def test_who_runs_or_made_it_is_no_other_customer(question: str) -> None:
    assert form_flag(question) is None


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("Does the hand pump suck the air back out when I let go?", None),
        ("Will the nozzle suck up crumbs?", None),
        ("You lot really suck.", Flag.ABUSE),
        ("This kite shop sucks!", Flag.ABUSE),
    ],
)
def test_a_pump_that_sucks_is_no_insult(question: str, flag: Flag | None) -> None:
    assert screen(question) is flag


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        (
            "Hvor lenge holder lampeglasset før det må skiftes?",
            ["Returns are accepted within 30 days of delivery."],
            True,
        ),
        (
            "Wie lange hält der Docht, bevor man ihn wechseln muss?",
            ["Glass chimney, 20 cm tall."],
            True,
        ),
        (
            "How long does the wick last before I need a new one?",
            ["The wick lasts about 40 hours of burning."],
            False,
        ),
        ("How long does the bread class last?", ["The class runs for 3 hours."], False),
    ],
)
def test_a_lifespan_needs_a_span_of_use(question: str, lines: list[str], unstated: bool) -> None:
    assert detail_unstated(question, lines) is unstated


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Quanto custa a lanterna de 2 litros?", "pt"),
        ("Combien de piles a la lanterne ?", "fr"),
    ],
)
def test_words_several_languages_share_do_not_tie(question: str, lang: str) -> None:
    found, confidence = question_language(question)
    assert (found, confidence >= 0.8) == (lang, True)


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        ("Is the saddle of the bike trainer padded?", ["The saddle rises from 60 to 80 cm."], True),
        ("Are the kite's handles cushioned?", ["Handles with foam grips."], False),
        ("Do you sell the padded kite bag?", ["Kite bag, 90 cm."], False),
    ],
)
def test_padding_needs_a_line_on_padding(question: str, lines: list[str], unstated: bool) -> None:
    assert detail_unstated(question, lines) is unstated


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        ("Who teaches the bread class?", ["Four hours of kneading and baking."], True),
        ("Who teaches the bread class?", ["Taught by our head baker."], False),
        ("Who leads the kite workshop?", ["With Mara Lund, a kite maker."], False),
        ("Is there an audiobook version of the kite guide?", ["A 120-page printed guide."], True),
        ("Is there a kindle edition?", ["Also sold as an e-book (EPUB)."], False),
        ("Is there a PDF version of the recipes?", ["Recipes come as a PDF download."], False),
    ],
)
def test_a_teacher_or_a_format_must_be_named(
    question: str, lines: list[str], unstated: bool
) -> None:
    assert detail_unstated(question, lines) is unstated
