"""A question in another language answered by a sentence of the English description, through
the real multilingual sentence model (``crosslingual.py``); the word-count embedder stands in
for the English one, so that nothing but the multilingual model can find the sentence."""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.answering import Basis
from plugin.questions.embedding import Embedder
from tests.unit.questions.asking import ask

FROST = "Frost-proof: it can stay outside all winter."


@pytest.fixture
def can() -> Listing:
    return Listing(
        external_id="can",
        title="Stoneware Watering Can",
        description_html="<p>Glazed stoneware with a long brass spout for reaching under leaves. "
        "The lid lifts off so it fills easily from any tap. Holds enough water for a dozen "
        f"pots. {FROST}</p>",
        price="48",
    )


@pytest.mark.parametrize(
    ("question", "lead", "sentence"),
    [
        ("Kann die Gießkanne im Winter draußen bleiben?", "Vielen Dank", FROST),
        ("L'arrosoir peut-il rester dehors en hiver ?", "Merci", FROST),
        ("Può stare fuori d'inverno?", "Grazie", FROST),
        ("¿La regadera puede quedarse fuera en invierno?", "¡Gracias", FROST),
        ("Mag de gieter in de winter buiten blijven staan?", "Bedankt", FROST),
        ("O regador pode ficar lá fora no inverno?", "Obrigado", FROST),
        ("Past de tuit onder de bladeren?", "Bedankt", "a long brass spout"),
        # Swedish is not among the model's languages (its sentences land near anything): since
        # round 23 its words are glossed in English ("ute", "vintern": outside, winter) and the
        # sentence that states both answers (glossing.py); it went to the merchant before.
        ("Kan vattenkannan stå ute på vintern?", "Tack", FROST),
    ],
)
def test_a_description_sentence_answers_a_question_in_another_language(
    question: str, lead: str, sentence: str, can: Listing, embedder: Embedder
) -> None:
    reply = ask(question, can, embedder)
    assert reply.basis is Basis.QUOTE and not reply.needs_merchant
    assert reply.text.startswith(lead) and sentence in reply.text
    assert str(reply.verdict) != "block"


@pytest.mark.parametrize(
    "question",
    [
        "Ist die Gießkanne spülmaschinenfest?",
        "Gibt es eine Garantie?",
        "È adatto ai bambini?",
    ],
)
def test_a_question_no_sentence_answers_still_goes_to_the_merchant(
    question: str, can: Listing, embedder: Embedder
) -> None:
    reply = ask(question, can, embedder)
    assert reply.basis is Basis.REFUSAL and reply.needs_merchant
    assert FROST not in reply.text



@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("¿La correa es ajustable?", "Strap: Adjustable, padded shoulder strap"),
        ("Ist der Schultergurt verstellbar?", "Strap: Adjustable, padded shoulder strap"),
    ],
)
def test_an_attribute_line_answers_a_question_in_another_language(
    question: str, line: str, embedder: Embedder
) -> None:
    # Issue 18, eighth round: the listing's attribute lines (not its options) are ranked with
    # the free text.
    bag = Listing(
        external_id="bag", title="City Roll-Top Backpack", price="95",
        description_html="<p>A roll-top backpack for city cycling.</p>",
        attributes={"Strap": ["Adjustable, padded shoulder strap"], "Capacity": ["20 L"],
                    "Closure": ["Roll-top with buckle"],
                    "Reflectors": ["Reflective strips on front and back"]},
        options={"Colour": ["Black", "Olive"]},
    )
    reply = ask(question, bag, embedder)
    assert reply.basis == Basis.QUOTE and line in reply.text
