"""The embedded Gemma 3 270M answering shoppers through the whole questions pipeline, through
each local engine (the llama.cpp one when llama-cpp-python is installed).

Shares the converted model with ``make run``: ``COPYDESK_TEST_MODEL_CACHE`` or
``<repo>/instance/models`` (converted there on first use, about a minute).
"""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from plugin.services import questions
from plugin.storage.models import Question, Shop
from tests.engines import LOCAL_ENGINES
from tests.engines import real_engine as build_real_engine

pytestmark = pytest.mark.model


@pytest.fixture(params=LOCAL_ENGINES)
def real_engine(app: Flask, request: pytest.FixtureRequest) -> None:
    app.extensions["copydesk.engine"].use(build_real_engine(request.param))


def _answer(session: Session, shop: Shop, product: str, text: str) -> tuple[Question, str]:
    record = questions.resolve_listing(session, shop, product_id=product)
    row = questions.submit_question(session, shop, record, text)
    draft = questions.answer_question(session, row)
    session.commit()
    return row, draft.content


def test_real_model_answers_from_the_facts_and_hands_over_what_they_do_not_say(
    real_engine: None, app: Flask, session: Session, shop: Shop
) -> None:
    app.config["REPLY_WORDING"] = "model"  # the model words replies, not only quotes
    row, reply = _answer(session, shop, "woo-hoodie-with-logo", "What colour is this hoodie?")
    assert not row.needs_merchant and row.basis in ("model", "quote", "structure")
    assert "blue" in reply.lower()
    draft = questions.reply_draft(session, row)
    assert draft is not None and draft.verdict != "block"

    row, reply = _answer(session, shop, "woo-hoodie-with-logo", "Is it made of organic cotton?")
    assert row.needs_merchant and row.basis == "refusal"
    assert "cotton" not in reply.lower() and "don't cover this" in reply


def test_the_api_answers_from_structure_in_the_shoppers_language_with_the_real_model(
    real_engine: None, client, auth, run_jobs, session: Session, shop: Shop
) -> None:
    """Structure, not wording: through ``POST /api/questions``, the issue's questions are
    answered from their slots, a German one in German, and the shopper's e-mail address is
    neither in the reply nor in what the model was given."""
    cases = [
        ("woo-vneck-tee", "Which sizes can I get the V-neck in?", ["Small", "Medium", "Large"]),
        ("woo-hoodie", "How much does the red hoodie cost?", ["42", "45"]),
        ("woo-long-sleeve-tee", "Can I get the long sleeve tee in black?", ["Green"]),
        ("woo-album", "Is the album a CD that gets mailed to me? me@mail.example", ["Single 1"]),
        ("woo-hoodie", "Wie viel kostet der Hoodie in Blau?", ["45"]),
    ]
    ids = []
    for product, text, _ in cases:
        response = client.post(
            "/api/questions", json={"product_id": product, "question": text}, headers=auth
        )
        assert response.status_code == 202
        ids.append(response.get_json()["id"])
    run_jobs()
    session.expire_all()
    for question_id, (_, text, expected) in zip(ids, cases, strict=True):
        row = session.get(Question, question_id)
        draft = questions.reply_draft(session, row)  # type: ignore[arg-type]
        assert row is not None and draft is not None
        assert row.basis == "structure" and not row.needs_merchant, (text, draft.content)
        assert all(value in draft.content for value in expected), draft.content
        assert draft.verdict != "block"
        assert "me@mail.example" not in draft.content
    german = questions.reply_draft(session, session.get(Question, ids[-1]))  # type: ignore[arg-type]
    assert german is not None and german.content.startswith("Vielen Dank")
