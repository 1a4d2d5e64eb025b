from __future__ import annotations

import numpy as np

from plugin.domain import Listing
from plugin.questions.decision import decide, named_things
from plugin.questions.embedding import CachedEmbedder, MemoryEmbeddingStore
from plugin.questions.passages import Passage, collect_passages, policy_passages
from plugin.questions.retrieval import ScoredPassage, rank, topic_words

POLICIES = {
    "shipping": "We ship within 2 business days. Delivery in the US takes 3 to 5 days.",
    "returns": "Unworn items can be returned within 30 days.",
    "care": "",
}


def test_passages_come_from_listing_faq_and_policies(hoodie: Listing) -> None:
    texts = [p.text for p in collect_passages(hoodie, hoodie.faq, POLICIES)]
    assert "Color: Blue, Green, Red" in texts
    assert "Weight: 1.5 lbs" in texts
    assert "FAQ: Does it have a hood? Yes, it has a drawstring hood." in texts
    assert "Shipping policy: We ship within 2 business days." in texts
    assert "Returns policy: Unworn items can be returned within 30 days." in texts
    assert not [t for t in texts if t.startswith("Care policy")], "an empty policy adds nothing"


def test_policies_are_split_into_sentences() -> None:
    found = policy_passages({"shipping": "One. Two three.", "returns": "Four!"})
    assert found == [
        Passage("policy", "Shipping policy: One."),
        Passage("policy", "Shipping policy: Two three."),
        Passage("policy", "Returns policy: Four!"),
    ]


def test_rank_orders_by_similarity_and_keeps_shared_words(hoodie, embedder) -> None:
    passages = collect_passages(hoodie, hoodie.faq, POLICIES)
    ranked = rank("What colour is it? Red?", passages, embedder, k=3)
    assert ranked[0].passage.text == "Color: Blue, Green, Red"
    assert "colour" in ranked[0].shared or "red" in ranked[0].shared
    assert [r.score for r in ranked] == sorted((r.score for r in ranked), reverse=True)


def test_how_much_means_price_unless_it_is_about_weight() -> None:
    assert "cost" in topic_words("How much is it?") & topic_words("Price: 45")
    assert "cost" not in topic_words("How much does it weigh?")
    assert topic_words("How much does it weigh?") & topic_words("Weight: 1.5 lbs")


def _scored(text: str, score: float, shared: tuple[str, ...] = (), source: str = "listing"):
    return ScoredPassage(Passage(source, text), score, shared)


def test_decision_needs_a_close_fact_that_is_more_than_the_product_name() -> None:
    assert not decide([_scored("Product: Sunglasses", 0.7)]).answerable
    assert not decide([_scored("Price: 90", 0.30, ("cost",))]).answerable
    assert decide([_scored("Price: 90", 0.36, ("cost",))]).answerable
    assert decide([_scored("Weight: 0.2 lbs", 0.5)]).answerable


def test_a_name_the_facts_do_not_mention_means_no_answer() -> None:
    shipping = [_scored("Shipping policy: Delivery in the US takes 3 to 5 days.", 0.6, ("ship",))]
    assert named_things("Do you ship to Canada?") == {"canada"}
    assert not decide(shipping, "Do you ship to Canada?", "Hoodie").answerable
    assert decide(shipping, "Do you ship to the US?", "Hoodie").answerable


def test_embeddings_are_cached_by_content(embedder) -> None:
    cached = CachedEmbedder(embedder, MemoryEmbeddingStore())
    first = cached.embed(["Color: Red", "Price: 45"])
    again = cached.embed(["Price: 45", "Color: Red", "Weight: 1 lbs"])
    assert cached.computed == 3
    assert embedder.calls == [["Color: Red", "Price: 45"], ["Weight: 1 lbs"]]
    assert np.allclose(again[0], first[1]) and np.allclose(again[1], first[0])
