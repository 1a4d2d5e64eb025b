"""Round 30's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a ceramic teapot and a partner's live worms, with a shop in Denmark.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.embedding import Embedder
from plugin.questions.language import SUPPORTED, reply_language
from plugin.questions.places import places_named
from tests.unit.questions.asking import ask

TEAPOT = Listing(
    external_id="teapot",
    title="Ceramic Teapot 1 l",
    description_html="<p>A stoneware teapot with a steel strainer.</p>",
    price="320",
)
WORMS = Listing(
    external_id="worms",
    title="Compost Worms, 500 g",
    description_html=(
        "<p>Live compost worms from a partner farm. They are shipped in a breathing box, "
        "within Denmark only.</p>"
    ),
    price="150",
)
SHOP = {
    "shipping": "We ship from Aarhus. Denmark: 49 DKK. Other EU countries: 129 DKK "
    "(4-7 working days). We do not ship outside the EU. Parcels leave within 2 days.",
    "returns": "You can return unused items within 30 days.",
}
ANY = ("en", *(code for code in SUPPORTED if code != "en"))


# --- a country of the EU: the rate for "other EU countries", in an amount with its code ---


@pytest.mark.parametrize(
    "question",
    ["how much is shipping to Belgium?", "Livrez-vous en Belgique ? Combien coûte la livraison ?",
     "Wysyłacie do Poznania?", "Liefert ihr auch nach Köln?",
     "Quanto costa la spedizione in Irlanda?"],
)  # fmt: skip
def test_an_eu_country_or_town_gets_the_eu_rate(question: str, embedder: Embedder) -> None:
    reply = ask(question, TEAPOT, embedder, SHOP)
    assert not reply.needs_merchant and "129 DKK" in reply.text


def test_a_country_outside_the_eu_gets_the_sentence_that_leaves_it_out(
    embedder: Embedder,
) -> None:
    reply = ask("Do you ship to Canada?", TEAPOT, embedder, SHOP)
    assert not reply.needs_merchant and "do not ship outside the EU" in reply.text


def test_not_outside_the_eu_does_not_answer_a_country_named_nowhere_in_an_open_policy(
    embedder: Embedder,
) -> None:
    policies = {
        "shipping": "We ship from Aarhus. Denmark: 49 DKK. Parcels leave within 2 days.",
        "returns": "You can return unused items within 30 days.",
    }
    reply = ask("Do you ship to Canada?", TEAPOT, embedder, policies)
    assert reply.needs_merchant


# --- the listing's own sentence that closes where the product goes ---


@pytest.mark.parametrize(
    "question", ["Do you ship the worms to Germany?", "Posíláte červy do Německa?"]
)
def test_the_listings_own_closed_list_answers_before_the_shops_rates(
    question: str, embedder: Embedder
) -> None:
    reply = ask(question, WORMS, embedder, SHOP)
    assert not reply.needs_merchant
    assert "within Denmark only" in reply.text and "129 DKK" not in reply.text


# --- towns by their other names, and inflected ---


@pytest.mark.parametrize(
    ("question", "language", "country"),
    [("Liefert ihr nach Köln?", "de", "DE"), ("Wysyłacie do Gdańska?", "pl", "PL"),
     ("Czy dostarczacie do Poznania?", "pl", "PL"), ("Toimitatteko Helsinkiin?", "fi", "FI")],
)  # fmt: skip
def test_a_town_by_another_name_or_inflected(question: str, language: str, country: str) -> None:
    assert country in {place.country for place in places_named(question, language)}


def test_a_word_opening_the_sentence_is_not_read_as_an_inflected_town() -> None:
    assert places_named("Plants for a balcony?", "pl") == []


# --- a word only one language's table has, where the detector leans to it ---


@pytest.mark.parametrize(
    ("question", "language"),
    [("consegnate in Irlanda?", "it"), ("il faut du gaz?", "fr")],
)
def test_a_word_of_one_languages_table_settles_a_lean(question: str, language: str) -> None:
    assert reply_language(question, ANY) == language


@pytest.mark.parametrize("question", ["does the water stay hot?", "price for two teapots?"])
def test_english_questions_stay_english(question: str) -> None:
    assert reply_language(question, ANY) == "en"


def test_a_policy_rule_for_some_goods_within_one_country_is_no_closed_list(
    embedder: Embedder,
) -> None:
    policies = {
        "shipping": "Denmark: 49 DKK. Garden furniture goes by freight within Denmark only.",
        "returns": "You can return unused items within 30 days.",
    }
    reply = ask("Do you ship to Canada?", TEAPOT, embedder, policies)
    assert reply.needs_merchant


def test_a_country_with_its_own_rate_is_not_answered_by_the_rest_of_the_eu(
    embedder: Embedder,
) -> None:
    reply = ask("Hvad koster fragt til Danmark?", TEAPOT, embedder, SHOP)
    assert not reply.needs_merchant
    assert "49 DKK" in reply.text and "129 DKK" not in reply.text
