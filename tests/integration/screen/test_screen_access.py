"""Who may see and do what on the screen: login, CSRF, and shops kept apart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from plugin.storage.models import Draft, Shop
from tests.conftest import make_app
from tests.fakes.engine import FakeEngine
from tests.integration.screen.conftest import HOODIE, csrf_of, import_shop, log_in

GET_PAGES = ["/", "/drafts/{draft}", "/listings/{listing}/history", "/settings", "/bulk-approve"]
POST_ACTIONS = [
    ("/drafts/{draft}/approve", {"override_reason": "checked by hand"}),
    ("/drafts/{draft}/reject", {"reason": "no"}),
    ("/drafts/{draft}/edit", {"content": "<p>Changed.</p>"}),
    ("/drafts/{draft}/regenerate", {"tone": "playful"}),
    ("/drafts/{draft}/revert", {}),
    ("/drafts/{draft}/resolve", {"choice": "store"}),
]


def _fill(url: str, draft: Draft) -> str:
    return url.format(draft=draft.id, listing=draft.listing_id)


@pytest.mark.parametrize("page", GET_PAGES)
def test_pages_send_a_visitor_without_a_session_to_the_login(
    client: FlaskClient, shop_a: Shop, drafts_of: Callable[..., list[Draft]], page: str
) -> None:
    url = _fill(page, drafts_of(shop_a)[0])
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize(("action", "form"), POST_ACTIONS)
def test_actions_without_a_session_change_nothing(
    client: FlaskClient,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    action: str,
    form: dict[str, str],
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    response = client.post(_fill(action, draft), data={**form, "csrf_token": csrf_of(client)})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    after = drafts_of(shop_a, HOODIE)[0]
    assert (after.status, after.content) == (draft.status, draft.content)


@pytest.mark.parametrize("csrf_token", [None, "forged"])
@pytest.mark.parametrize(("action", "form"), POST_ACTIONS)
def test_actions_without_the_session_csrf_token_are_refused(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    action: str,
    form: dict[str, str],
    csrf_token: str | None,
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    data = dict(form) if csrf_token is None else {**form, "csrf_token": csrf_token}
    response = client.post(_fill(action, draft), data=data)
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)
    after = drafts_of(shop_a, HOODIE)[0]
    assert (after.status, after.content, after.verdict) == (draft.status, draft.content, "block")


def test_settings_and_bulk_approval_need_the_csrf_token_too(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    assert client.post("/settings", data={"language": "de", "tone": "calm"}).status_code == 400
    assert client.post("/bulk-approve", data={"expected": "17"}).status_code == 400
    assert client.post("/logout").status_code == 400
    assert drafts_of(shop_a, status="approved") == []


@pytest.mark.parametrize("page", ["/drafts/{draft}", "/listings/{listing}/history"])
def test_shop_a_cannot_read_shop_b_by_guessing_ids(
    app: Flask,
    client: FlaskClient,
    shop_a: Shop,
    shop_b: Shop,
    drafts_of: Callable[..., list[Draft]],
    page: str,
) -> None:
    log_in(app, client, shop_a)
    theirs = drafts_of(shop_b, HOODIE)[0]
    response = client.get(_fill(page, theirs))
    assert response.status_code == 404
    assert theirs.content not in response.get_data(as_text=True)
    assert client.get(f"/api/drafts/{theirs.id}").status_code == 404


@pytest.mark.parametrize(("action", "form"), POST_ACTIONS)
def test_shop_a_cannot_act_on_shop_b_drafts(
    app: Flask,
    client: FlaskClient,
    shop_a: Shop,
    shop_b: Shop,
    drafts_of: Callable[..., list[Draft]],
    action: str,
    form: dict[str, str],
) -> None:
    csrf = log_in(app, client, shop_a)
    theirs = drafts_of(shop_b, HOODIE)[0]
    response = client.post(_fill(action, theirs), data={**form, "csrf_token": csrf})
    assert response.status_code == 404
    after = drafts_of(shop_b, HOODIE)[0]
    assert (after.status, after.content) == (theirs.status, theirs.content)


def test_the_queue_and_bulk_approval_only_see_the_own_shop(
    app: Flask,
    client: FlaskClient,
    shop_a: Shop,
    shop_b: Shop,
    drafts_of: Callable[..., list[Draft]],
) -> None:
    csrf = log_in(app, client, shop_a)
    page = client.get("/?per_page=100").get_data(as_text=True)
    ours = {f'href="/drafts/{d.id}?' for d in drafts_of(shop_a)}
    theirs = {f'href="/drafts/{d.id}?' for d in drafts_of(shop_b)}
    assert all(link in page for link in ours)
    assert not any(link in page for link in theirs)
    response = client.post("/bulk-approve", data={"csrf_token": csrf, "expected": "17"})
    assert response.status_code == 302
    assert len(drafts_of(shop_a, status="approved")) == 17
    assert drafts_of(shop_b, status="approved") == []


def test_login_with_a_wrong_token_is_refused(client: FlaskClient, shop_a: Shop) -> None:
    response = client.post("/login", data={"token": "cd_wrong", "csrf_token": csrf_of(client)})
    assert response.status_code == 401
    assert "not valid" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_login_sets_a_safe_session_cookie_and_returns_to_the_page_asked_for(
    app: Flask, client: FlaskClient, shop_a: Shop
) -> None:
    from plugin.services.shops import issue_api_token
    from plugin.storage.db import db

    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shop_a.id))
        db.session.commit()
    response = client.post(
        "/login", data={"token": token, "csrf_token": csrf_of(client), "next": "/settings"}
    )
    assert response.headers["Location"] == "/settings"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert client.get("/settings").status_code == 200


def test_login_never_redirects_to_another_site(
    app: Flask, client: FlaskClient, shop_a: Shop
) -> None:
    from plugin.services.shops import issue_api_token
    from plugin.storage.db import db

    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shop_a.id))
        db.session.commit()
    for target in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        "/\n/evil.example",
        " //evil.example",
        "javascript:alert(1)",
        "evil.example",
    ]:
        data = {"token": token, "csrf_token": csrf_of(client), "next": target}
        assert client.post("/login", data=data).headers["Location"] == "/", target
    data = {"token": token, "csrf_token": csrf_of(client), "next": "/drafts/3?tab=history"}
    assert client.post("/login", data=data).headers["Location"] == "/drafts/3?tab=history"


def test_the_session_cookie_is_secure_behind_https_and_lasts_the_configured_time(
    tmp_path: Path, engine: FakeEngine
) -> None:
    app = make_app(tmp_path, PUBLIC_URL="https://copydesk.example", SESSION_LIFETIME_SECONDS=3600)
    app.extensions["copydesk.engine"].use(engine)
    shop = import_shop(app, "shop-a")
    client = app.test_client()
    response = client.post(
        "/login", data={"token": _token(app, shop), "csrf_token": csrf_of(client)}
    )
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie
    expires = parsedate_to_datetime(cookie.split("Expires=")[1].split(";")[0])
    assert abs((expires - datetime.now(UTC)).total_seconds() - 3600) < 60


def test_the_session_lasts_twelve_hours_by_default(client: FlaskClient, csrf: str) -> None:
    with client.session_transaction() as sess:
        assert sess.permanent
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.expires is not None
    left = (cookie.expires - datetime.now(UTC)).total_seconds()
    assert abs(left - 12 * 3600) < 60


def test_a_bearer_header_does_not_excuse_a_cookie_session_from_csrf(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    shop_b: Shop,
    drafts_of: Callable[..., list[Draft]],
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    form = {"override_reason": "checked by hand"}
    for header in ["Bearer ", "Bearer cd_wrong", f"Bearer {_token(app, shop_b)}"]:
        response = client.post(
            f"/drafts/{draft.id}/approve", data=form, headers={"Authorization": header}
        )
        assert response.status_code == 400, header
        assert "CSRF" in response.get_data(as_text=True)
    # The API acts for a bearer token alone: one that proves nothing is refused, the cookie unused.
    for header in ["Bearer ", "Bearer cd_wrong"]:
        response = client.post(
            f"/api/drafts/{draft.id}/approve", json=form, headers={"Authorization": header}
        )
        assert response.status_code == 401, header
    assert drafts_of(shop_a, HOODIE)[0].status == draft.status


def test_an_api_call_its_token_authenticates_needs_no_csrf_token(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    response = client.post(
        f"/api/drafts/{draft.id}/reject",
        json={"reason": "not for us"},
        headers={"Authorization": f"Bearer {_token(app, shop_a)}"},
    )
    assert response.status_code == 200
    assert drafts_of(shop_a, HOODIE)[0].status == "rejected"


@pytest.mark.parametrize("sent", ["jalapeño", "\u2603" * 43])
def test_a_non_ascii_csrf_token_is_refused_not_a_crash(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]], sent: str
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    response = client.post(f"/drafts/{draft.id}/reject", data={"reason": "no", "csrf_token": sent})
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)
    response = client.post(
        f"/drafts/{draft.id}/reject", data={"reason": "no"}, headers={"X-CSRF-Token": "ü"}
    )
    assert response.status_code == 400
    assert drafts_of(shop_a, HOODIE)[0].status == draft.status


def _token(app: Flask, shop: Shop) -> str:
    from plugin.services.shops import issue_api_token
    from plugin.storage.db import db

    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shop.id))
        db.session.commit()
    return token


def test_logout_ends_the_session(client: FlaskClient, csrf: str) -> None:
    assert client.get("/").status_code == 200
    response = client.post("/logout", data={"csrf_token": csrf})
    assert response.headers["Location"] == "/login"
    assert client.get("/").status_code == 302


def test_screen_pages_carry_a_content_security_policy(client: FlaskClient, csrf: str) -> None:
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.parametrize(
    ("url", "form"),
    [("/settings", {"language": "de", "tone": "calm"}), ("/bulk-approve", {"expected": "17"})],
)
def test_shop_wide_actions_without_a_session_change_nothing(
    app: Flask,
    client: FlaskClient,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    url: str,
    form: dict[str, str],
) -> None:
    from plugin.services.shops import settings_for
    from plugin.storage.db import db

    response = client.post(url, data={**form, "csrf_token": csrf_of(client)})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    assert drafts_of(shop_a, status="approved") == []
    with app.app_context():
        assert settings_for(db.session.get(Shop, shop_a.id)).language == "en"
