"""Round 31's families on invented questions (issue 18).

No question, product or phrase of any holdout set is used here: the questions are invented for
a teapot, a kettle and a lamp.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.language import question_language
from plugin.questions.screening import Flag, screen
from plugin.questions.support_checks import still_answers
from plugin.questions.trait_checks import states_colour

WALLET = Listing(
    external_id="wallet",
    title="Card Wallet",
    description_html=(
        "<p>A slim card wallet with four slots.</p><p>Sewn from waxed canvas, mustard colour.</p>"
    ),
    price="35",
)

# --- a price of the shopper's own, with the sale promised for it ---


@pytest.mark.parametrize(
    "question",
    [
        "the blue teapot costs too much, let us have the pair for 40 and we will order right now",
        "would you sell the large kettle for 25 and I'll take two",
        "let us have the small lamp for 12?",
        "let me have the lamp for 12.50 please",
        "can I have the teapot for 30 & we'll buy it this week",
    ],
)
def test_a_price_of_ones_own_for_a_promised_sale_goes_to_the_merchant(question: str) -> None:
    assert screen(question) is Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "let us have the pair for 3 days to try",
        "can you let me have it for 2 weeks before I decide",
        "can I get the mug for my son and I will buy two",
        "do you have it for 5 year olds",
        "let us have the lamp for 6 people on the terrace",
    ],
)
def test_a_time_an_age_or_a_person_is_no_price(question: str) -> None:
    assert screen(question) is None


# --- Norwegian told from Danish by a feminine noun's definite "-a" ---


@pytest.mark.parametrize(
    "question", ["hvor mange sider har kokeboka?", "hvor mange oppskrifter har dagboka?"]
)
def test_a_norwegian_noun_with_its_definite_a_tells_norwegian(question: str) -> None:
    assert question_language(question)[0] == "nb"


@pytest.mark.parametrize(
    "question", ["hvor mange sider har kogebogen?", "Hvad koster en ekstra pakke pasta?"]
)
def test_danish_without_that_ending_stays_danish(question: str) -> None:
    assert question_language(question)[0] == "da"


# --- a colour the listing calls one, a name the colour list lacks ---


def test_a_colour_the_listing_calls_one_answers_what_colour() -> None:
    line = "Current description: Sewn from waxed canvas, mustard colour."
    assert still_answers("what colour is the card wallet?", WALLET, [line])
    assert not still_answers(
        "what colour is the card wallet?", WALLET, ["Current description: A slim card wallet."]
    )


@pytest.mark.parametrize(
    "line",
    ["Comes in 12 colours.", "A set of water colour paints.", "Mix any colour you like.",
     "It keeps its warm colour.", "A colour chart of 40 shades.", "SKU: AB-LIGHT-COLOR"],
)  # fmt: skip
def test_counts_paints_open_or_described_colours_name_none(line: str) -> None:
    assert not states_colour(line)
