"""Issue 18, eighth round: the failure families read on holdout_v6 (seen since holdout_v7 was
being written), each tested on invented listings and questions (none copied from any set).

- a quoted listing sentence that the guardrails read as contradicting another line of the same
  listing is a warning, not a block: the reply repeats the listing word for word.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, ShopVoice, Verdict
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, ComposedReply, compose_reply
from plugin.questions.language import SUPPORTED
from plugin.questions.passages import collect_passages

POLICIES = {
    "shipping": "Parcels leave our Bergen studio within 3 business days. Delivery within Norway "
    "costs 89 NOK.",
    "returns": "Unused items can be returned within 21 days of delivery for a refund.",
    "care": "",
}


def ask(question: str, listing: Listing, embedder, policies: dict[str, str] = POLICIES
        ) -> ComposedReply:
    return compose_reply(question, listing, collect_passages(listing, [], policies),
                         embedder=embedder, voice=ShopVoice(), policy=GuardrailPolicy(),
                         max_tries=1, languages=SUPPORTED)


@pytest.fixture
def towels() -> Listing:
    return Listing(
        external_id="towels", title="Waffle Towel Bundle", kind="variable",
        description_html="<p>Each bundle has two bath towels and three hand towels (the guest "
        "bundle has one bath towel).</p>",
        options={"Size": ["Guest", "Family"]},
        price="48",
    )


def test_a_quoted_listing_sentence_is_never_blocked_for_its_own_words(
    towels: Listing, embedder
) -> None:
    reply = ask("how many hand towels does each bundle have", towels, embedder)
    assert reply.basis == Basis.QUOTE
    assert "three hand towels" in reply.text
    assert reply.verdict != Verdict.BLOCK
