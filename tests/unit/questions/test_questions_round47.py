"""Round 47's families, on invented listings and questions (a kettle, an oak board, felt,
a needle): no question, product or phrase of any evaluation set.

- the remains of a shopper's introduction once their name and contact are cut ("Hi,.", "my
  number is.") ask nothing and no longer count as asked words of the question after them;
- a glossed foreign question's word that names the product's kind as its category does ("wood"
  of a board under "Wood > Boards") is the product, as its name is, when another word is asked;
- common shopper words the word table lacked (thin, rust, needle, tube, belt, spool, choose).
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, ShopVoice
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, ComposedReply, compose_reply
from plugin.questions.embedding import Embedder
from plugin.questions.glossing import english_gloss
from plugin.questions.language import allowed_languages
from plugin.questions.passages import collect_passages
from plugin.questions.personal_data import strip_personal_data
from plugin.shop_settings import ShopSettings


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("Hi, Jonas Berg here, jonas.berg@example.org. Does the kettle whistle?",
         "Does the kettle whistle?"),
        ("I'm Jonas Berg, +44 7700 900123. Does the kettle whistle?",
         "Does the kettle whistle?"),
        ("Buenas, escribe Marta Ruiz, marta.ruiz@example.org. ¿La tetera silba?",
         "¿La tetera silba?"),
        ("Hallo, Jonas Berg hier, jonas.berg@example.org. Pfeift der Kessel?",
         "Pfeift der Kessel?"),
    ],
)
def test_an_introductions_remains_are_cut_with_it(question: str, left: str) -> None:
    stripped = strip_personal_data(question)
    assert stripped.text == left
    assert stripped.removed


def test_a_sentence_that_says_something_stays() -> None:
    question = (
        "Jonas Berg here, jonas.berg@example.org. I bought the kettle last spring and the lid "
        "sticks. Can I get a new lid?"
    )
    assert strip_personal_data(question).text == (
        "I bought the kettle last spring and the lid sticks. Can I get a new lid?"
    )
    # nothing personal cut: the question is left as asked, a short first sentence and all
    assert strip_personal_data("Hello. Is it waterproof?").text == "Hello. Is it waterproof?"


@pytest.mark.parametrize(
    ("question", "language", "english"),
    [
        ("¿Sirve para fieltro fino?", "es", "thin"),
        ("A agulha enferruja?", "pt", "rust"),
        ("Quantas agulhas vêm no estojo?", "pt", "needle"),
        ("Combien de mètres sur une bobine pour une ceinture ?", "fr", "belt"),
        ("Hvor mye tråd har hver spole?", "nb", "spool"),
        ("Verändert das Öl die Farbe?", "de", "change"),
    ],
)
def test_common_shopper_words_are_glossed(question: str, language: str, english: str) -> None:
    gloss = english_gloss(question, language, set())
    assert gloss is not None and english in gloss.text.split(), gloss


def test_a_verb_of_getting_asks_nothing_itself() -> None:
    gloss = english_gloss("A agulha pode ganhar ferrugem?", "pt", set())
    assert gloss is not None and gloss.unknown == ()


@pytest.fixture
def board() -> Listing:
    return Listing(
        external_id="board",
        title="Oak Board, Planed",
        description_html="<p>Kiln-dried and planed on four sides. Pick the thickness for the "
        "work: 18 mm for shelves, 27 mm for a table top.</p>",
        categories=["Wood > Boards"],
        attributes={"Thickness": ["18 mm", "27 mm"]},
        options={"Thickness": ["18 mm", "27 mm"]},
        price="30",
    )


def ask(question: str, listing: Listing, embedder: Embedder) -> ComposedReply:
    return compose_reply(
        question, listing, collect_passages(listing, [], {}), embedder=embedder,
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1, crosslingual=embedder,
        languages=allowed_languages(
            ShopSettings.from_stored({"language": "en", "reply_languages": "any"})
        ),
    )  # fmt: skip


def test_the_kind_named_by_the_category_is_the_product_in_a_gloss(
    board: Listing, embedder: Embedder
) -> None:
    # "wood" names the category, not the line: the line states the other asked words
    reply = ask("Quelle épaisseur de bois pour une table ?", board, embedder)
    assert reply.basis is not Basis.REFUSAL
    assert "27 mm for a table top" in reply.text


def test_the_kind_alone_still_needs_the_asked_word_stated(
    board: Listing, embedder: Embedder
) -> None:
    # asked: something the listing never states, beside the kind: still declined
    reply = ask("Le bois est-il imperméable ?", board, embedder)
    assert reply.basis is Basis.REFUSAL


def test_the_introductions_remains_still_tell_the_language() -> None:
    stripped = strip_personal_data("Hej, det er Jonas Berg, jonas@example.org. Fløjter kedlen?")
    assert stripped.text == "Fløjter kedlen?"
    assert "det er" in stripped.said and "Jonas" not in stripped.said
