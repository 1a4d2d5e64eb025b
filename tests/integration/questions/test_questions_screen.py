"""The questions inbox as a merchant uses it: list, read the draft with its facts, decide."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from plugin.services import questions
from plugin.storage.models import Draft, Question, Shop
from tests.fakes.engine import FakeEngine
from tests.html_form import shown_form
from tests.integration.questions.conftest import POLICIES, add_shop, screen_login


def _ask(session: Session, shop: Shop, product: str, text: str) -> Question:
    record = questions.resolve_listing(session, shop, product_id=product)
    row = questions.submit_question(session, shop, record, text, customer_ref="c-9")
    session.commit()
    return row


def test_inbox_lists_questions_and_the_page_shows_facts_and_findings(
    client: FlaskClient, token, run_jobs, session: Session, shop: Shop, engine: FakeEngine
) -> None:
    row = _ask(session, shop, "woo-cap", "What colour is the cap?")
    unanswerable = _ask(session, shop, "woo-belt", "Is it real leather?")
    run_jobs()
    session.expire_all()
    screen_login(client, token)
    inbox = client.get("/questions").get_data(as_text=True)
    assert "What colour is the cap?" in inbox and "Is it real leather?" in inbox
    needs = client.get("/questions?tab=needs_merchant").get_data(as_text=True)
    assert "Is it real leather?" in needs and "What colour is the cap?" not in needs
    page = client.get(f"/questions/{row.id}").get_data(as_text=True)
    assert "Yellow" in page, "the colour is answered from the listing's options"
    assert "Color: Yellow" in page, "the facts it rests on are shown"
    assert 'name="csrf_token"' in page
    flagged = client.get(f"/questions/{unanswerable.id}").get_data(as_text=True)
    assert "don't answer this" in flagged
    assert "Questions" in client.get("/").get_data(as_text=True), "the nav links the inbox"


def test_edit_approve_and_add_to_faq_from_the_screen(
    client: FlaskClient, token, run_jobs, session: Session, shop: Shop
) -> None:
    row = _ask(session, shop, "woo-belt", "Is it real leather?")
    run_jobs()
    session.expire_all()
    csrf = screen_login(client, token)
    no_csrf = client.post(f"/questions/{row.id}/approve", data={"content": "Yes."})
    assert no_csrf.status_code == 400
    invented = client.post(
        f"/questions/{row.id}/approve",
        data={"csrf_token": csrf, "content": "It weighs 9 lbs."},
        follow_redirects=True,
    )
    assert "blocked" in invented.get_data(as_text=True), "an edit that invents a number is blocked"
    answer = "The belt weighs 1.2 lbs; our team will confirm the material by email."
    response = client.post(
        f"/questions/{row.id}/approve",
        data={"csrf_token": csrf, "content": answer, "override_reason": "checked the belt"},
    )
    assert response.status_code == 302
    session.expire_all()
    row = session.get(Question, row.id)  # type: ignore[assignment]
    assert row.status == "answered" and not row.needs_merchant
    response = client.post(f"/questions/{row.id}/faq", data={"csrf_token": csrf})
    faq_id = int(re.search(r"/drafts/(\d+)", response.headers["Location"]).group(1))  # type: ignore[union-attr]
    faq = session.get(Draft, faq_id)
    assert faq is not None and answer in faq.content and faq.kind == "faq"


def test_another_shops_question_is_404_on_the_screen(
    client: FlaskClient, token, session: Session, shop: Shop
) -> None:
    other = add_shop(session, "other-shop")
    theirs = _ask(session, other, "woo-cap", "Colour?")
    csrf = screen_login(client, token)
    assert client.get(f"/questions/{theirs.id}").status_code == 404
    response = client.post(f"/questions/{theirs.id}/reject", data={"csrf_token": csrf})
    assert response.status_code == 404


def test_policies_and_webhook_are_set_on_the_settings_page(
    client: FlaskClient, token, session: Session, shop: Shop
) -> None:
    csrf = screen_login(client, token)
    page = client.get("/questions/settings").get_data(as_text=True)
    assert "Machine wash cold" in page
    bad = client.post(
        "/questions/settings",
        data={"csrf_token": csrf, "outgoing_webhook_url": "javascript:alert(1)"},
        follow_redirects=True,
    )
    assert "must be an http" in bad.get_data(as_text=True)
    client.post(
        "/questions/settings",
        data={
            "csrf_token": csrf,
            "policy_shipping": "<b>We ship</b> worldwide.",
            "outgoing_webhook_url": "https://hooks.example.com/replies",
        },
    )
    session.expire_all()
    settings = session.get(Shop, shop.id).settings  # type: ignore[union-attr]
    assert settings["policies"]["shipping"] == "We ship worldwide."
    assert settings["outgoing_webhook_url"] == "https://hooks.example.com/replies"


ACTION = "/questions/settings"


def _save_answer_settings(client: FlaskClient, csrf: str, **fields: str) -> None:
    form = {f"policy_{key}": text for key, text in POLICIES.items()}
    response = client.post("/questions/settings", data={"csrf_token": csrf, **form, **fields})
    assert response.status_code == 302


def test_the_answer_settings_page_shows_what_was_saved(
    client: FlaskClient, token, session: Session, shop: Shop
) -> None:
    csrf = screen_login(client, token)
    page = client.get("/questions/settings").get_data(as_text=True)
    assert 'name="reply_languages" type="text" value="any"' in page
    assert "Portuguese, Swedish, Danish, Norwegian, Finnish, Polish and Czech" in page, (
        "every one of any"
    )
    _save_answer_settings(
        client,
        csrf,
        policy_care="",
        outgoing_webhook_url=" https://hooks.example.com/replies ",
        reply_languages="en, DE",
    )
    shown = shown_form(client.get("/questions/settings").get_data(as_text=True), ACTION)
    assert shown.values == {
        "policy_shipping": [POLICIES["shipping"]],
        "policy_returns": [POLICIES["returns"]],
        "policy_care": [""],
        "outgoing_webhook_url": ["https://hooks.example.com/replies"],
        "reply_languages": ["en, de"],
    }
    _save_answer_settings(client, csrf, reply_languages="shop")
    shown = shown_form(client.get("/questions/settings").get_data(as_text=True), ACTION)
    assert shown.values["reply_languages"] == ["shop"]
    assert shown.values["outgoing_webhook_url"] == [""]


# Every field changed from what the shop saved, policies with markup as a merchant might paste.
TYPED = {
    "policy_shipping": "<b>We ship</b> to Europe only.\n",
    "policy_returns": "\nReturns within 14 days.",
    "policy_care": "Wash & dry <i>cold</i>.",
    "outgoing_webhook_url": "https://hooks.example.com/new",
    "reply_languages": "de, fr",
}


@pytest.mark.parametrize(
    ("at_fault", "bad", "message"),
    [
        ("outgoing_webhook_url", "javascript:alert(1)", "must be an http:// or https:// URL"),
        ("reply_languages", "en, xx", "no fixed replies in xx"),
    ],
)
def test_a_refused_answer_settings_form_shows_every_field_as_typed_and_saves_nothing(
    client: FlaskClient, token, session: Session, shop: Shop, at_fault: str, bad: str, message: str
) -> None:
    csrf = screen_login(client, token)
    before = dict(session.get(Shop, shop.id).settings)  # type: ignore[union-attr]
    typed = {**TYPED, at_fault: bad}
    response = client.post("/questions/settings", data={"csrf_token": csrf, **typed})

    assert response.status_code == 400
    shown = shown_form(response.get_data(as_text=True), ACTION)
    assert shown.values == {name: [value] for name, value in typed.items()}
    assert message in shown.notes[at_fault][-1], "the message is tied to the field at fault"
    assert shown.invalid == {at_fault}
    session.expire_all()
    assert session.get(Shop, shop.id).settings == before  # type: ignore[union-attr]


def test_replies_are_written_in_the_languages_the_merchant_allows(
    client: FlaskClient, token, run_jobs, session: Session, shop: Shop
) -> None:
    csrf = screen_login(client, token)

    def reply_to_a_german_question() -> str:
        row = _ask(session, shop, "woo-hoodie", "Wie viel kostet der Hoodie in Blau?")
        run_jobs()
        session.expire_all()
        draft = questions.reply_draft(session, session.get(Question, row.id))  # type: ignore[arg-type]
        assert draft is not None
        return draft.content

    _save_answer_settings(client, csrf, reply_languages="shop")
    assert reply_to_a_german_question().startswith("Thank you")
    _save_answer_settings(client, csrf, reply_languages="en, de")
    assert reply_to_a_german_question().startswith("Vielen Dank")
