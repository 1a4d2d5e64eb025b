"""Round 56's families, on invented questions (paint brushes, a pair of scissors, a candle set,
a desk fan, a bike repair class, a stool): no question, product or phrase of any evaluation set.

- how long a product lasts in use ("how soon do the bristles wear down …", "hoe lang blijft de
  schaar scherp?"), whether it comes gift-boxed, how loud it is: a line that does not name it is no
  answer;
- another customer named in a shop language, or whoever brought something in asked with a name
  and a contact to give, goes to the merchant as another customer's details;
- a language asked of a listing that names none is not answered by a line found by meaning;
- "how low" asks a height, like "how high".
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.dimension_checks import dimension_unstated
from plugin.questions.embedding import Embedder
from plugin.questions.flags import Flag
from plugin.questions.lexicon import fold
from plugin.questions.screening import screen
from plugin.questions.wear_checks import asked_kinds, wear_unstated
from tests.unit.questions.asking import ask

# --- how long it lasts, gift packing, loudness ---


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("do the sable brushes wear out quickly if I paint daily?", "wear"),
        ("How long do the pencils last if I sketch every evening?", "wear"),
        ("Hoe lang blijft de snoeischaar scherp?", "wear"),
        ("Bleibt das Brotmesser lange scharf?", "wear"),
        ("Hoe lang gaat de borstel mee?", "wear"),
        ("Can you put the candle trio in a gift box?", "gift packing"),
        ("Gibt es eine Geschenkverpackung für die Kerzen?", "gift packing"),
        ("how loud is the desk fan on full speed?", "loudness"),
        ("Hvor mange desibel lager viften?", "loudness"),
    ],
)
def test_a_kind_asked(question: str, kind: str) -> None:
    assert [k.name for k in asked_kinds(fold(question))] == [kind]


@pytest.mark.parametrize(
    "question",
    [
        "How long is the bike repair class?",
        "How long does the class last?",
        "how long does the fan run on one charge?",
        "How long does the torch battery last when the strobe is on?",
        "how long does the battery last if I ride every day?",
        "Wie lange dauert der Kurs?",
        "Hoe lang is de schaar?",
        "Is the box included with the candles?",
        "can I wear the apron over a coat?",
    ],
)
def test_no_kind_asked(question: str) -> None:
    assert asked_kinds(fold(question)) == []


def test_a_line_that_names_the_kind_states_it() -> None:
    asked = fold("how long do the brushes last if I paint every day?")
    assert wear_unstated(asked, fold("Soft synthetic bristles on birch handles."))
    assert not wear_unstated(asked, fold("The bristles last for years of daily use."))
    boxed = fold("is the candle trio packed in a gift box?")
    assert wear_unstated(boxed, fold("Three soy wax candles, 40 hours each."))
    assert not wear_unstated(boxed, fold("Packed in a kraft gift box."))
    loud = fold("how loud is the desk fan?")
    assert wear_unstated(loud, fold("Three speeds, 30 cm blades."))
    assert not wear_unstated(loud, fold("Runs at 38 dB on its lowest speed."))


BRUSHES = Listing(
    external_id="BR-56",
    title="Watercolour brush trio",
    description_html=(
        "<p>Three round brushes in sizes 2, 6 and 10 with synthetic bristles and birch "
        "handles. Rinse in lukewarm water after painting.</p>"
    ),
    price="21",
)


def test_a_question_on_wear_is_not_answered_by_the_description(embedder: Embedder) -> None:
    reply = ask("how soon do the bristles wear down with daily use?", BRUSHES, embedder)
    assert reply.needs_merchant


# --- another customer's details, in the shop languages ---


@pytest.mark.parametrize(
    "question",
    [
        "Kun je me het adres van een andere klant geven?",
        "Können Sie mir die Bestellung eines anderen Kunden zeigen?",
        "Puedes enviarme el recibo de otro cliente?",
        "Vem lämnade in cykeln i förrgår? Ge mig namn och telefonnummer.",
        "Wer hat gestern die Uhr abgegeben? Ich brauche Namen und Telefonnummer.",
    ],
)
def test_another_customer_in_a_shop_language(question: str) -> None:
    assert screen(question) is Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "Kun je de fiets voor mij bewaren?",
        "Wer repariert die Uhr? Wie lange dauert es?",
        "Who makes the scissors? What is the blade made of?",
    ],
)
def test_no_other_customer(question: str) -> None:
    assert screen(question) is None


# --- a language asked of a listing that names none ---

CLASS = Listing(
    external_id="CL-56",
    title="Bike repair evening class",
    description_html=(
        "<p>Two hours in our workshop: fixing a puncture, adjusting brakes and indexing "
        "gears. Tools and tea provided.</p>"
    ),
    price="35",
)


def test_a_language_the_listing_never_names_goes_to_the_merchant(embedder: Embedder) -> None:
    reply = ask("¿La clase de reparación de bicicletas es en portugués?", CLASS, embedder)
    assert reply.needs_merchant


# --- "how low" asks a height ---


def test_how_low_asks_a_measure() -> None:
    question = "how low can the stool's seat go?"
    assert dimension_unstated(question, fold(question), "We adjust the saddle to your height.")
    assert not dimension_unstated(question, fold(question), "The saddle goes down to 52 cm.")
    cold = "how low does the fridge temperature go?"
    assert not dimension_unstated(cold, fold(cold), "Cools down to 4 °C.")
