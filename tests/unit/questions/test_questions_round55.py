"""Round 55's families, on invented questions (a kettle, a garden hose, a reading lamp, a
glove): no question, product or phrase of any evaluation set.

- a name is cut only before a contact label that starts a word: a question with a word that
  ends in "tel" or "mail" ("Hotel", "Chainmail") names nobody;
- what asked to be written to or called back just before the contact ("you can write to me at
  …", "phone me back at …", "mi número es …") and a bare sign-off word left by a cut name
  ("…?, cheers") go with the contact, so they are not asked of the listing;
- a second use asked with "too", "also" or "as well" (or "auch", "también", "også" …) is not
  answered by a line that states only the first.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.embedding import Embedder
from plugin.questions.passages import collect_passages
from plugin.questions.personal_data import strip_personal_data
from plugin.questions.second_use import asks_second_use, second_use_unstated
from tests.unit.questions.asking import ask

# --- personal data ---


@pytest.mark.parametrize(
    "question",
    [
        "Is the Big Chainmail Glove washable?",
        "Passt der Große Bastel Zeichenblock in A4?",
        "Does the Grand Hotel Lamp dim?",
    ],
)
def test_a_word_ending_in_a_contact_label_names_nobody(question: str) -> None:
    stripped = strip_personal_data(question)
    assert stripped.text == question
    assert stripped.removed == ()


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "how long is the garden hose? you can write to me at pia.lund@mail.example, cheers Pia",
            "how long is the garden hose?",
        ),
        (
            "Does the reading lamp dim? Phone me back at 0470 55 12 98",
            "Does the reading lamp dim?",
        ),
        (
            "Hola, soy Marta Gil, mi número es 611 555 372. ¿Cuánto mide la manguera?",
            "¿Cuánto mide la manguera?",
        ),
        (
            "Hallo, hier ist Uwe Brandt, meine Nummer ist 0171 5553 1290. Wie lang ist er?",
            "Wie lang ist er?",
        ),
        (
            "Ravi Shah, 07700 900 118, or phone me if it is easier: is the kettle enamel?",
            "is the kettle enamel?",
        ),
    ],
)
def test_a_request_to_be_contacted_goes_with_the_contact(question: str, kept: str) -> None:
    stripped = strip_personal_data(question)
    assert stripped.text == kept
    assert stripped.removed


def test_a_sign_off_without_a_contact_is_still_cut() -> None:
    stripped = strip_personal_data("Is the kettle enamel? Thanks, Lena Vogt")
    assert stripped.text == "Is the kettle enamel?"
    assert stripped.removed == ("Lena Vogt",)


# --- a second use asked with "too" or "also" ---

KETTLE = Listing(
    external_id="KT-55",
    title="Copper stovetop kettle",
    description_html=(
        "<p>A 1.2 litre kettle with a whistling spout. Suitable for gas and electric hobs. "
        "The handle is wrapped in cork.</p>"
    ),
    price="64",
)


@pytest.mark.parametrize(
    ("question", "language", "asks"),
    [
        ("Does the kettle work on induction too?", "en", True),
        ("can I use it on a camping stove as well", "en", True),
        ("Is the handle also heat-proof?", "en", True),
        ("Funktioniert der Kessel auch auf Induktion?", "de", True),
        ("¿Sirve también para inducción?", "es", True),
        ("Virker kedlen også på induktion?", "da", True),
        ("Does the kettle work on induction?", "en", False),
        ("the handle got too hot, can I return the kettle?", "en", False),
        ("Is the kettle too heavy for a child to lift?", "en", False),
        ("Funktioniert der Kessel auf Induktion?", "de", False),
    ],
)
def test_asks_second_use(question: str, language: str, asks: bool) -> None:
    assert asks_second_use(question, language) is asks


def test_a_second_use_the_line_leaves_out_is_unstated() -> None:
    passages = collect_passages(KETTLE, [], {})
    line = ["Suitable for gas and electric hobs."]
    assert second_use_unstated(
        "Does the kettle work on induction too?", "en", KETTLE, passages, line
    )
    assert not second_use_unstated(
        "Does the kettle work on gas too?", "en", KETTLE, passages, line
    )
    # no "too": left to the other checks
    assert not second_use_unstated(
        "Does the kettle work on induction?", "en", KETTLE, passages, line
    )


def test_a_second_use_is_not_answered_by_the_first(embedder: Embedder) -> None:
    reply = ask("Is the kettle suitable for induction hobs too?", KETTLE, embedder)
    assert reply.needs_merchant
    assert "gas" not in reply.text


def test_a_second_use_the_line_states_is_answered(embedder: Embedder) -> None:
    reply = ask("Is the kettle suitable for electric hobs too?", KETTLE, embedder)
    assert not reply.needs_merchant
    assert "electric" in reply.text
