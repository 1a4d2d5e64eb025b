"""Round 23's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a garden shop's watering can.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plugin.domain import Listing
from plugin.questions.answering import Basis
from plugin.questions.asked_attribute import asked_attribute, states_asked_attribute
from plugin.questions.embedding import Embedder
from plugin.questions.glossing import english_gloss
from plugin.questions.lexicon import fold
from plugin.questions.replies import TEMPLATES
from plugin.questions.screening import Flag, screen
from tests.unit.questions.asking import ask

FROST = "Frost-proof: it can stay outside all winter."
LID = "The lid is included and clips onto the handle."


@pytest.fixture
def can() -> Listing:
    return Listing(
        external_id="can",
        title="Stoneware Watering Can",
        description_html=f"<p>Glazed stoneware with a long brass spout. {LID} {FROST}</p>",
        price="48",
    )


# --- the table ---


def test_the_table_has_every_language_copydesk_answers_in_and_folded_keys() -> None:
    data = json.loads(
        (Path(__file__).parents[3] / "plugin/questions/data/question_words.json").read_text()
    )
    languages = {"de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs"}
    assert set(data["words"]) == languages and set(data["function"]) == languages
    for table in data["words"].values():
        assert all(key == fold(key) for key in table)
        assert all(english == english.lower() for english in table.values())


@pytest.mark.parametrize(
    ("question", "language", "translated"),
    [
        ("Ist die Gießkanne wasserdicht?", "de", ("waterproof",)),
        ("Voiko kastelukannu olla ulkona talvella?", "fi", ("outside", "winter")),
        ("Czy pokrywka jest w zestawie?", "pl", ("included", "lid")),
        ("Er låget inkluderet?", "da", ("lid", "included")),
        ("Tåler den oppvaskmaskin?", "nb", ("dishwasher",)),
        ("Est-ce que le bec est amovible ?", "fr", ("removable",)),
    ],
)
def test_content_words_are_glossed_in_english(
    question: str, language: str, translated: tuple[str, ...]
) -> None:
    gloss = english_gloss(question, language, {"outside", "winter"})
    assert gloss is not None and set(gloss.translated) == set(translated)


def test_an_alternative_the_listing_uses_is_taken() -> None:
    # "buiten" is outdoor or outside: the listing's own word is taken
    gloss = english_gloss("Kan hij buiten staan?", "nl", {"outdoors"})
    assert gloss is not None and gloss.translated == ("outdoors",)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # two words the table does not know: what is asked is not known
        ("Ist die Kanne bleifrei und frostfest?", "de"),
        # no word of the table at all
        ("Wo ist der Haken?", "de"),
        # English has no table: it takes the English path
        ("Is it waterproof?", "en"),
    ],
)
def test_no_gloss_without_enough_known_words(question: str, language: str) -> None:
    assert english_gloss(question, language, set()) is None


# --- answered in the shopper's language, the line quoted as the listing has it ---


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("Voiko kastelukannu olla ulkona talvella?", "fi", FROST),
        ("Czy pokrywka jest w zestawie?", "pl", LID),
    ],
)
def test_a_glossed_question_is_answered_by_the_sentence_that_states_it(
    question: str, language: str, line: str, can: Listing, embedder: Embedder
) -> None:
    reply = ask(question, can, embedder, crosslingual=False)
    assert reply.basis is Basis.QUOTE and not reply.needs_merchant
    assert line.rstrip(".") in reply.text
    assert reply.text.startswith(TEMPLATES[language]["quote"])


@pytest.mark.parametrize(
    "question",
    [
        # the dishwasher is glossed, and no line states it
        "Kestääkö kastelukannu astianpesukoneen?",
        # a word the table does not know beside the product's name: not glossed
        "Onko kastelukannu lyijytön?",
        # the line shares "winter" but not "garden"
        "Kann die Kanne im Winter im Garten bleiben?",
    ],
)
def test_a_glossed_question_no_line_states_goes_to_the_merchant(
    question: str, can: Listing, embedder: Embedder
) -> None:
    reply = ask(question, can, embedder, crosslingual=False)
    assert reply.basis is Basis.REFUSAL and reply.needs_merchant


# --- hostile requests ---


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("Only a cretin would pay that much. Are you lot greedy or what?", Flag.ABUSE),
        ("Answer me, nitwit: does it leak?", Flag.ABUSE),
        ("Chi ha prenotato il corso di giardinaggio di domenica?", Flag.OTHER_CUSTOMER),
        ("Wer hat den Workshop am Montag gebucht?", Flag.OTHER_CUSTOMER),
    ],
)
def test_insults_and_other_peoples_bookings_are_screened(question: str, flag: Flag) -> None:
    assert screen(question) == flag


@pytest.mark.parametrize(
    "question",
    [
        "Are you open on Sundays?",
        "Is the can thick enough not to crack in frost?",
        "Chi ha disegnato la forma?",
        "Wer hat die Kanne entworfen?",
    ],
)
def test_ordinary_questions_are_not_screened(question: str) -> None:
    assert screen(question) is None


# --- "can the X be VERBed?" and "is Name Name ADJ?" ask the action and the adjective ---


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Can the spout be replaced if it bends?", ["replaced"]),
        ("Could the handle be swapped for a wooden one?", ["swapped"]),
        ("Can it be recycled?", ["recycled"]),
        # getting it is left to the slots and the policies
        ("Can the can be shipped to Oslo?", []),
        ("Can the watering can be collected from the shop?", []),
        ("Is Greenhouse Loft wheelchair accessible?", ["accessible"]),
        # "is there …" keeps its own rule
        ("Is there parking at Greenhouse Loft?", ["parking"]),
    ],
)
def test_can_the_x_be_verbed_and_a_named_subject_ask_their_word(
    question: str, asked: list[str]
) -> None:
    assert asked_attribute(question, "Stoneware Watering Can") == asked


def test_a_line_that_only_names_the_part_does_not_say_it_can_be_replaced() -> None:
    lines = ["Current description: A long brass spout for reaching under leaves."]
    assert not states_asked_attribute("Can the spout be replaced?", "Watering Can", lines)
    lines.append("Current description: A spare spout can be ordered and is replaced in minutes.")
    assert states_asked_attribute("Can the spout be replaced?", "Watering Can", lines)


def test_asking_a_duration_is_carried_but_not_required_of_the_line() -> None:
    # "combien de temps" is how long (not "combien", how many); "dure" asks the duration, which
    # the line states as a time, not by the word "last"
    gloss = english_gloss("Combien de temps dure l'atelier ?", "fr", set())
    assert gloss is not None
    assert gloss.translated == ("workshop",)
    assert "how long" in gloss.text and "how many" not in gloss.text


def test_a_word_the_table_does_not_know_may_be_what_is_asked(embedder: Embedder) -> None:
    # "todistuksen" (a certificate) is unknown; "kurssilta" (course) only names the product's
    # kind, which its summary states: no line says anything of a certificate
    course = Listing(
        external_id="weave", title="Weaving Weekend", price="180",
        short_description_html="<p>A weekend course in our loom room.</p>",
        description_html="<p>Two days at the loom. Lunch is included.</p>",
    )
    reply = ask("Saako kurssilta todistuksen?", course, embedder, crosslingual=False)
    assert reply.basis is Basis.REFUSAL and reply.needs_merchant


def test_asking_a_time_of_day_is_read_whole() -> None:
    # "à quelle heure" asks a time of day, not "hours": a line on how many hours it lasts is
    # no answer, and the line must state a clock time
    gloss = english_gloss("L'atelier commence à quelle heure ?", "fr", set())
    assert gloss is not None and "what time" in gloss.text and "hours" not in gloss.text


def test_a_model_code_the_sentence_lacks_is_not_answered_by_a_gloss(embedder: Embedder) -> None:
    strap = Listing(
        external_id="strap", title="Leather Camera Strap", price="35",
        description_html="<p>Fits cameras with strap lugs.</p>",
    )
    reply = ask("Past de riem aan een Pentax K3?", strap, embedder, crosslingual=False)
    assert reply.basis is Basis.REFUSAL
