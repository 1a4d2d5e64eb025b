"""Approved replies posted to the shop's webhook: signed, retried on 5xx, never retried on 4xx.
The receiver is a real HTTP server on localhost."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy.orm import Session

from plugin.services import questions
from plugin.services.reply_delivery import SIGNATURE_HEADER, delivery_secret, verify
from plugin.services.shops import update_settings
from plugin.storage.models import Question, ReplyDelivery, Shop
from tests.integration.questions.conftest import POLICIES, screen_login


class Receiver:
    def __init__(self) -> None:
        self.statuses: list[int] = []
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/replies?key=s3cret"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    thread = threading.Thread(target=found.server.serve_forever, daemon=True)
    thread.start()
    yield found
    found.server.shutdown()
    found.server.server_close()


def _answered(session: Session, shop: Shop, run_jobs, url: str) -> Question:  # type: ignore[no-untyped-def]
    update_settings(session, shop, {"outgoing_webhook_url": url})
    record = questions.resolve_listing(session, shop, product_id="woo-hoodie")
    row = questions.submit_question(
        session, shop, record, "Can I return it?", customer_ref="cust-7", channel="email"
    )
    session.commit()
    run_jobs()
    session.expire_all()
    questions.approve_reply(session, row, "test")
    session.commit()
    return row


def test_an_approved_reply_is_posted_signed_and_retried_after_server_errors(
    session: Session, shop: Shop, run_jobs, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503]
    row = _answered(session, shop, run_jobs, receiver.url)
    run_jobs()
    session.expire_all()
    delivery = session.query(ReplyDelivery).one()
    assert delivery.status == "success" and delivery.attempts == 3
    assert delivery.response_status == 200
    headers, body = receiver.received[-1]
    assert verify(body, delivery_secret(session, shop), headers[SIGNATURE_HEADER])
    assert not verify(body + b" ", delivery_secret(session, shop), headers[SIGNATURE_HEADER])
    payload = json.loads(body)
    assert payload["event"] == "question.answered"
    assert payload["question_id"] == row.id and payload["product_id"] == "woo-hoodie"
    assert payload["customer_ref"] == "cust-7"
    assert "30 days" in payload["reply"]
    assert len({b for _, b in receiver.received}) == 1, "every attempt sends the same body"


def test_a_4xx_answer_is_final(session: Session, shop: Shop, run_jobs, receiver: Receiver) -> None:
    receiver.statuses = [410]
    _answered(session, shop, run_jobs, receiver.url)
    run_jobs()
    session.expire_all()
    delivery = session.query(ReplyDelivery).one()
    assert delivery.status == "failed" and delivery.attempts == 1
    assert "not retried" in (delivery.last_error or "")
    assert "s3cret" not in (delivery.last_error or ""), "the URL's query never reaches errors"


def test_deliveries_give_up_after_the_attempt_limit(
    app, session: Session, shop: Shop, run_jobs, receiver: Receiver
) -> None:
    receiver.statuses = [502] * 10
    _answered(session, shop, run_jobs, receiver.url)
    run_jobs()
    session.expire_all()
    delivery = session.query(ReplyDelivery).one()
    assert delivery.status == "failed"
    assert delivery.attempts == app.config["JOB_MAX_ATTEMPTS"] == len(receiver.received)


def test_no_webhook_url_means_no_delivery(session: Session, shop: Shop, run_jobs) -> None:
    _answered(session, shop, run_jobs, "")
    run_jobs()
    assert session.query(ReplyDelivery).count() == 0


def test_a_webhook_url_saved_on_the_answer_settings_receives_approved_replies(
    client, token, session: Session, shop: Shop, run_jobs, receiver: Receiver
) -> None:
    csrf = screen_login(client, token)
    form = {f"policy_{key}": text for key, text in POLICIES.items()}
    client.post(
        "/questions/settings",
        data={"csrf_token": csrf, **form, "outgoing_webhook_url": receiver.url},
    )
    record = questions.resolve_listing(session, shop, product_id="woo-hoodie")
    row = questions.submit_question(session, shop, record, "Can I return it?")
    session.commit()
    run_jobs()
    session.expire_all()
    questions.approve_reply(session, row, "test")
    session.commit()
    run_jobs()
    [(_, body)] = receiver.received
    assert json.loads(body)["question_id"] == row.id
    assert "30 days" in json.loads(body)["reply"], "the returns policy saved with it is quoted"
