"""Round 43's families on invented questions.

No question, product or phrase of any holdout set is used here: the questions are invented for
a bar of soap and a bag of barley malt.
"""

from __future__ import annotations

from plugin.domain import Listing
from plugin.questions.embedding import Embedder
from plugin.questions.passages import collect_passages
from plugin.questions.retrieval import rank
from plugin.questions.sentence_choice import _with_naming_sentence

SOAP = Listing(
    external_id="s1",
    title="Olive and lavender bar soap",
    description_html="<p>Cold-pressed olive oil soap scented with lavender. Vegan, with no palm "
    "oil. Cured for six weeks.</p>",
    tags=["soap", "vegan", "lavender"],
)


def _first(question: str, listing: Listing, embedder: Embedder) -> str:
    passages = collect_passages(listing, [], {})
    ranked = rank(question, passages, embedder, 6)
    return _with_naming_sentence(question, listing, passages, ranked, embedder)[0].passage.text


def test_the_one_sentence_stating_a_claim_comes_first(embedder: Embedder) -> None:
    """A claim word ("vegan") is no focus word; the one free-text sentence that names it is
    brought first, though the tags name it too."""
    assert "Vegan, with no palm oil" in _first("is your lavender soap vegan?", SOAP, embedder)


def test_a_claim_no_sentence_states_brings_nothing_forward(embedder: Embedder) -> None:
    """A claim no sentence names ("organic") moves nothing: the ranking stands as it was."""
    passages = collect_passages(SOAP, [], {})
    question = "is your lavender soap organic?"
    ranked = rank(question, passages, embedder, 6)
    assert _with_naming_sentence(question, SOAP, passages, ranked, embedder) == ranked


def test_a_claim_in_the_title_is_no_claim_to_find(embedder: Embedder) -> None:
    """A claim word that is the product's own name ("Organic barley malt") names it, not a
    sentence to bring forward."""
    malt = Listing(
        external_id="m1",
        title="Organic barley malt",
        description_html="<p>Malted barley for home brewing. Organic farming keeps the soil "
        "alive.</p>",
    )
    passages = collect_passages(malt, [], {})
    question = "is the organic barley malt crushed?"
    ranked = rank(question, passages, embedder, 6)
    assert _with_naming_sentence(question, malt, passages, ranked, embedder) == ranked
