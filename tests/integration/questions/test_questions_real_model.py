"""The embedded Gemma 3 270M answering shoppers through the whole questions pipeline.

Shares the converted model with ``make run``: ``COPYDESK_TEST_MODEL_CACHE`` or
``<repo>/instance/models`` (converted there on first use, about a minute).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from plugin.generation import EngineSettings, build_engine
from plugin.services import questions
from plugin.storage.models import Question, Shop

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def real_engine(app: Flask) -> None:
    cache = os.environ.get("COPYDESK_TEST_MODEL_CACHE") or str(REPO / "instance" / "models")
    engine = build_engine(EngineSettings.from_mapping({"MODEL_CACHE_DIR": cache, "DEVICE": "cpu"}))
    app.extensions["copydesk.engine"].use(engine)


def _answer(session: Session, shop: Shop, product: str, text: str) -> tuple[Question, str]:
    record = questions.resolve_listing(session, shop, product_id=product)
    row = questions.submit_question(session, shop, record, text)
    draft = questions.answer_question(session, row)
    session.commit()
    return row, draft.content


def test_real_model_answers_from_the_facts_and_hands_over_what_they_do_not_say(
    real_engine: None, session: Session, shop: Shop
) -> None:
    row, reply = _answer(session, shop, "woo-hoodie-with-logo", "What colour is this hoodie?")
    assert not row.needs_merchant and row.basis in ("model", "quote")
    assert "blue" in reply.lower()
    draft = questions.reply_draft(session, row)
    assert draft is not None and draft.verdict != "block"

    row, reply = _answer(session, shop, "woo-hoodie-with-logo", "Is it made of organic cotton?")
    assert row.needs_merchant and row.basis == "refusal"
    assert "cotton" not in reply.lower() and "don't cover this" in reply
