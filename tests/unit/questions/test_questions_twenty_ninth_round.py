"""Round 29's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a solar lamp, a garden hose, a glass cabinet, grass seed, a puzzle mat, knitting
patterns and a clay pot.
"""

from __future__ import annotations

import pytest

from plugin.domain import Dimensions, Listing, Measure
from plugin.questions.embedding import Embedder
from plugin.questions.language import SUPPORTED, reply_language
from plugin.questions.lexicon import CUES, fold, has_cue
from plugin.questions.screening import Flag, screen
from plugin.questions.slots import find_slot
from tests.unit.questions.asking import ask

LAMP = Listing(
    external_id="lamp",
    title="Garden Solar Lamp",
    description_html="<p>A solar lamp with a warm LED.</p>",
    price="25",
    in_stock=True,
    stock_quantity=4,
)
HOSE = Listing(
    external_id="hose",
    title="Garden Hose 1/2 inch, 25 m",
    description_html="",
    price="30",
)
WIRE = Listing(
    external_id="wire",
    title="Copper Wire 0.5 mm2, 20 m",
    description_html="",
    price="14",
)
CABINET = Listing(
    external_id="cabinet",
    title="Glass Cabinet 50 cm",
    description_html="<p>A glass cabinet with an oak base. Holds a vase up to 30 cm tall.</p>",
    price="145",
    weight=Measure(3.1, "lbs"),
    dimensions=Dimensions(20, 12, 14, "in"),
)
SEED = Listing(
    external_id="seed",
    title="Lawn Seed 1 kg",
    description_html="<p>A hardwearing lawn mix. One 1 kg box sows about 30 square metres.</p>",
    price="12",
)
MAT = Listing(
    external_id="mat",
    title="Puzzle Mat",
    description_html=(
        "<p>A felt mat to roll a puzzle up in. Unrolled it lies flat at about 120 x 80 cm.</p>"
    ),
    price="22",
)
PATTERNS = Listing(
    external_id="patterns",
    title="Sock Knitting Patterns (PDF)",
    description_html="<p>Twelve sock patterns with charts. German and Polish in one file.</p>",
    price="9",
)
POT = Listing(
    external_id="pot",
    title="Clay Flower Pot",
    description_html="<p>A hand-thrown clay pot.</p>",
    price="12",
)
CLOSED = {
    "shipping": "We ship only to Spain, Portugal and France; we do not ship anywhere else. "
    "Parcel rates: Spain 5 euros, Portugal and France 9 euros.",
    "returns": "You can return unused items within 30 days.",
}
ANY = ("en", *(code for code in SUPPORTED if code != "en"))


# --- which of two is cheaper is a price question ---


@pytest.mark.parametrize(
    "question",
    [
        "The red lamp or the blue one, which is cheaper?",
        "which one is cheaper, small or large?",
        "which of the two costs less",
        "Welches ist billiger, rot oder blau?",
        "Który jest tańszy, czerwony czy niebieski?",
        "Kumpi on halvempi, iso vai pieni?",
    ],
)
def test_which_of_two_is_cheaper_is_no_discount_request(question: str) -> None:
    assert screen(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "can you make it cheaper",
        "is there any way to get it cheaper",
        "which is cheaper? give me a discount on the other",
    ],
)
def test_asking_for_it_cheaper_is_still_a_discount_request(question: str) -> None:
    assert screen(question) == Flag.DISCOUNT


# --- how many are left ---


@pytest.mark.parametrize(
    "question",
    ["how many lamps have you got left", "How many of these do you have left?",
     "how many are left?"],
)  # fmt: skip
def test_how_many_are_left_asks_the_stock(question: str, embedder: Embedder) -> None:
    assert has_cue(fold(question), CUES["stock"])
    reply = ask(question, LAMP, embedder, crosslingual=False)
    assert not reply.needs_merchant and "4 available" in reply.text


def test_left_handed_is_no_stock_question() -> None:
    assert not has_cue(fold("Is the lamp fine for a left-handed person?"), CUES["stock"])


# --- a length or a weight in the name, asked by its adjective ---


@pytest.mark.parametrize(
    ("question", "listing", "length"),
    [
        ("How long is the garden hose?", HOSE, "25 m"),
        ("how long is the roll of copper wire", WIRE, "20 m"),
        ("how long is a spool of the wire?", WIRE, "20 m"),
    ],
)
def test_a_length_in_the_name_answers_how_long(
    question: str, listing: Listing, length: str, embedder: Embedder
) -> None:
    reply = ask(question, listing, embedder, crosslingual=False)
    assert not reply.needs_merchant and length in reply.text


@pytest.mark.parametrize(
    "question",
    ["How long is delivery for the hose?", "how long is the warranty on the hose",
     "how long is the hose's connector?"],
)  # fmt: skip
def test_how_long_of_something_else_is_not_the_names_length(
    question: str, embedder: Embedder
) -> None:
    reply = ask(question, HOSE, embedder, crosslingual=False)
    assert "25 m" not in reply.text


def test_a_cue_ending_belongs_to_its_last_word() -> None:
    assert not has_cue(fold("How much area does one box cover?"), CUES["price"])
    assert has_cue(fold("How much are the seeds?"), CUES["price"])


# --- size and weight asked together ---


def test_size_and_weight_asked_together_get_both() -> None:
    slot = find_slot("what are the dimensions of the cabinet and how heavy is it", CABINET, "en")
    assert slot is not None
    assert any("20 x 12 x 14" in line for line in slot.lines)
    assert any("3.1 lbs" in line for line in slot.lines)


def test_a_weight_alone_is_still_the_weight() -> None:
    slot = find_slot("how heavy is it?", CABINET, "en")
    assert slot is not None and slot.lines == ("Weight: 3.1 lbs",)


# --- an area or a space asked ---


@pytest.mark.parametrize(
    ("question", "listing", "figure"),
    [
        ("How much area does one box of lawn seed cover?", SEED, "30 square metres"),
        ("how much space does the puzzle mat take on the table", MAT, "120 x 80 cm"),
        ("how much room does the mat need?", MAT, "120 x 80 cm"),
    ],
)
def test_an_area_asked_is_answered_by_the_sentence_that_states_one(
    question: str, listing: Listing, figure: str, embedder: Embedder
) -> None:
    reply = ask(question, listing, embedder, crosslingual=False)
    assert not reply.needs_merchant and figure in reply.text
    assert "costs" not in reply.text


def test_an_area_no_sentence_states_goes_to_the_merchant(embedder: Embedder) -> None:
    reply = ask("How much area does the pot need on a windowsill?", POT, embedder,
                crosslingual=False)
    assert reply.needs_merchant


# --- a two-word question the detector is all but certain of ---


@pytest.mark.parametrize(
    ("question", "language"),
    [("Toimitatteko Ruotsiin?", "fi"), ("Lähetättekö Viroon?", "fi"),
     ("Wysyłacie do Niemiec?", "pl")],
)  # fmt: skip
def test_a_two_word_question_the_detector_is_sure_of(question: str, language: str) -> None:
    assert reply_language(question, ANY) == language


@pytest.mark.parametrize(
    "question", ["Return window?", "waterproof?", "lamp price?", "Versenden Sie?"]
)
def test_other_two_word_questions_stay_in_the_shops_language(question: str) -> None:
    assert reply_language(question, ANY) == "en"


# --- a language's name inflected ---


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Je ten návod i v němčině?", "cs"),
        ("Jsou ty vzory v polštině?", "cs"),
        ("Millä kielillä ohjeet ovat?", "fi"),
        ("Onko ohje saksaksi?", "fi"),
    ],
)
def test_a_languages_name_inflected_is_answered_by_the_line_naming_languages(
    question: str, language: str, embedder: Embedder
) -> None:
    reply = ask(question, PATTERNS, embedder)
    assert not reply.needs_merchant and "German and Polish" in reply.text
    assert reply_language(question, ANY) == language


def test_an_inflected_language_no_line_names_goes_to_the_merchant(embedder: Embedder) -> None:
    reply = ask("Je ten květináč popsaný v němčině?", POT, embedder)
    assert reply.needs_merchant


def test_an_english_question_on_a_translation_is_no_language_question(
    embedder: Embedder,
) -> None:
    reply = ask("is a german translation of the patterns coming out", PATTERNS, embedder,
                crosslingual=False)
    assert reply.needs_merchant


# --- a country outside the policy's closed list ---


@pytest.mark.parametrize(
    "question",
    ["can you ship it to Norway?", "do you deliver to Oslo?", "kan dere sende pakken til Bergen?",
     "kan dere sende den til Sverige?"],
)  # fmt: skip
def test_a_country_outside_the_closed_list_gets_the_only_sentence(
    question: str, embedder: Embedder
) -> None:
    reply = ask(question, POT, embedder, CLOSED)
    assert not reply.needs_merchant and "only to Spain, Portugal and France" in reply.text


def test_an_open_policy_still_does_not_answer_a_country_it_lacks(embedder: Embedder) -> None:
    policies = {"shipping": "We ship to Spain, Portugal and France. Parcel rates: Spain 5 euros.",
                "returns": "You can return unused items within 30 days."}
    reply = ask("can you ship it to Norway?", POT, embedder, policies)
    assert reply.needs_merchant


def test_an_english_language_name_is_left_to_the_fixed_lists(embedder: Embedder) -> None:
    reply = ask("Will the charts have Portuguese captions?", PATTERNS, embedder,
                crosslingual=False)
    assert reply.needs_merchant


def test_not_outside_a_region_is_no_closed_list(embedder: Embedder) -> None:
    policies = {"shipping": "We do not ship outside Europe. Parcels leave within 2 days.",
                "returns": "You can return unused items within 30 days."}
    reply = ask("Do you ship to Ukraine?", POT, embedder, policies)
    assert "outside Europe" not in reply.text
