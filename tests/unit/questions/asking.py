"""How the question tests that reach for the multilingual model ask: a shop that writes in
English and replies in any language, with two short policies."""

from __future__ import annotations

from plugin.domain import Listing, ShopVoice
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import ComposedReply, compose_reply
from plugin.questions.crosslingual import UseEmbedder
from plugin.questions.embedding import Embedder
from plugin.questions.language import allowed_languages
from plugin.questions.passages import collect_passages
from plugin.shop_settings import ShopSettings

POLICIES = {"shipping": "We ship within 2 business days.",
            "returns": "You can return unused items within 30 days."}  # fmt: skip


def ask(
    question: str,
    listing: Listing,
    embedder: Embedder,
    policies: dict[str, str] = POLICIES,
    *,
    crosslingual: bool = True,
) -> ComposedReply:
    """The reply, with the multilingual model beside the English one unless ``crosslingual``
    is off."""
    return compose_reply(
        question, listing, collect_passages(listing, [], policies), embedder=embedder,
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,
        crosslingual=UseEmbedder() if crosslingual else None,
        languages=allowed_languages(
            ShopSettings.from_stored({"language": "en", "reply_languages": "any"})
        ),
    )  # fmt: skip
