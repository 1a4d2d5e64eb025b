"""A customer's questions exported and erased (``customers/data_request`` and ``/redact``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.services import questions
from plugin.storage.models import AuditEntry, Draft, Question, Shop
from tests.integration.questions.conftest import add_shop


def _ask(session: Session, shop: Shop, customer: str, text: str) -> Question:
    record = questions.resolve_listing(session, shop, product_id="woo-cap")
    return questions.submit_question(session, shop, record, text, customer_ref=customer)


def test_export_then_erase_one_customer_only(session: Session, shop: Shop, run_jobs) -> None:
    other_shop = add_shop(session, "other-shop")
    mine = _ask(session, shop, "cust-1", "What colour is the cap?")
    _ask(session, shop, "cust-1", "Is it waterproof?")
    _ask(session, shop, "cust-2", "How much is it?")
    _ask(session, other_shop, "cust-1", "How heavy is it?")
    session.commit()
    run_jobs()
    session.expire_all()
    questions.approve_reply(session, mine, "test")
    session.commit()

    export = questions.export_customer(session, shop, "cust-1")
    assert export["customer_ref"] == "cust-1"
    assert [q["question"] for q in export["questions"]] == [
        "What colour is the cap?",
        "Is it waterproof?",
    ]
    assert "Yellow" in export["questions"][0]["reply"]
    assert export["questions"][1]["reply"] is None, "an unapproved draft is not the shop's reply"

    assert questions.erase_customer(session, shop, "cust-1") == 2
    session.commit()
    left = session.scalars(select(Question.customer_ref, Question.shop_id)).all()
    assert sorted(left) == sorted(["cust-2", "cust-1"])  # cust-2 here, cust-1 in the other shop
    assert session.scalars(select(Draft).where(Draft.question_id == mine.id)).all() == []
    assert session.scalars(select(AuditEntry).where(AuditEntry.action == "approve")).all() == []
    assert questions.export_customer(session, shop, "cust-1")["questions"] == []
    assert questions.erase_customer(session, shop, "") == 0
