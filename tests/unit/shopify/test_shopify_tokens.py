"""Expiring offline tokens: refreshed before expiry, once per shop at a time, rotation persisted.

The database side (a lock shared by processes) is tested in
tests/integration/shopify/test_shopify_token_refresh.py."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from adapters.shopify.tokens import CredentialChange, ShopTokens
from plugin.errors import StoreError


class Refresher:
    """Plays Shopify's token endpoint: each refresh token works once and is replaced."""

    def __init__(self, first_refresh: str) -> None:
        self.valid = {first_refresh}
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, refresh_token: str) -> dict[str, str]:
        with self.lock:
            self.calls += 1
            if refresh_token not in self.valid:
                raise StoreError("invalid_grant", code="unauthorized")
            self.valid.discard(refresh_token)
            new = f"r-{uuid.uuid4().hex[:6]}"
            self.valid.add(new)
        time.sleep(0.05)  # a slow token endpoint widens any race
        return {
            "access_token": f"a-{uuid.uuid4().hex[:6]}",
            "refresh_token": new,
            "expires_at": str(int(time.time()) + 3600),
        }


class Stored:
    """Plays the database: one copy of the credentials, changed under a lock, saves recorded."""

    def __init__(self, credentials: dict[str, str]) -> None:
        self.credentials = dict(credentials)
        self.saved: list[dict[str, str]] = []
        self.lock = threading.Lock()

    def update(self, change: CredentialChange) -> dict[str, str]:
        with self.lock:
            changed = change(dict(self.credentials))
            if changed is not None:
                self.credentials = dict(changed)
                self.saved.append(dict(changed))
            return dict(self.credentials)


def creds(expires_in: float, refresh: str = "r-0") -> dict[str, str]:
    return {
        "access_token": "a-0",
        "refresh_token": refresh,
        "expires_at": str(int(time.time() + expires_in)),
    }


def test_fresh_token_is_used_as_is() -> None:
    stored = Stored(creds(3600))
    tokens = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com",
        stored.credentials,
        refresh=Refresher("r-0"),
        store=stored,
    )
    assert tokens.access_token() == "a-0"
    assert stored.saved == []


def test_token_near_expiry_is_refreshed_and_rotation_persisted() -> None:
    stored = Stored(creds(60))
    refresher = Refresher("r-0")
    tokens = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com",
        stored.credentials,
        refresh=refresher,
        store=stored,
    )
    token = tokens.access_token()
    assert token != "a-0" and refresher.calls == 1
    assert stored.saved[-1]["access_token"] == token
    assert stored.saved[-1]["refresh_token"] in refresher.valid  # the rotated one


def test_concurrent_adapters_refresh_once() -> None:
    shop = f"{uuid.uuid4().hex}.myshopify.com"
    refresher = Refresher("r-0")
    stored = Stored(creds(10))
    # several adapters built from the same stored (stale) credentials, as jobs would
    keepers = [
        ShopTokens(shop, stored.credentials, refresh=refresher, store=stored) for _ in range(5)
    ]
    results: list[str] = []
    errors: list[Exception] = []

    def use(k: ShopTokens) -> None:
        try:
            results.append(k.access_token())
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=use, args=(k,)) for k in keepers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert refresher.calls == 1
    assert len(set(results)) == 1 and len(stored.saved) == 1


def test_a_token_another_process_refreshed_is_taken_not_refreshed_again() -> None:
    refresher = Refresher("r-0")
    stored = Stored(creds(10))
    ours = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com", creds(10), refresh=refresher, store=stored
    )
    # another process refreshed: the database holds the new pair, r-0 is spent
    stored.credentials = {**creds(3600, refresh="r-1"), "access_token": "a-1"}
    refresher.valid = {"r-1"}

    assert ours.access_token() == "a-1"
    assert refresher.calls == 0 and stored.saved == []


def test_a_refresh_spends_the_stored_refresh_token_not_the_one_in_memory() -> None:
    refresher = Refresher("r-1")
    # another process refreshed long ago: its token is expiring again, and r-0 is spent
    stored = Stored({**creds(10, refresh="r-1"), "access_token": "a-1"})
    ours = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com", creds(10), refresh=refresher, store=stored
    )

    token = ours.access_token()
    assert token not in ("a-0", "a-1")
    assert stored.credentials["access_token"] == token


def test_no_token_means_no_call() -> None:
    tokens = ShopTokens("x.myshopify.com", {}, refresh=Refresher("r"), store=Stored({}))
    with pytest.raises(StoreError) as err:
        tokens.access_token()
    assert err.value.code == "unauthorized"


def test_expired_without_refresh_token_is_unauthorized() -> None:
    c = creds(-10)
    del c["refresh_token"]
    tokens = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com", c, refresh=Refresher("r"), store=Stored(c)
    )
    with pytest.raises(StoreError):
        tokens.access_token()


def test_non_expiring_token_is_not_refreshed() -> None:
    refresher = Refresher("r")
    stored = Stored({"access_token": "a"})
    tokens = ShopTokens("y.myshopify.com", stored.credentials, refresh=refresher, store=stored)
    assert tokens.access_token() == "a"
    assert refresher.calls == 0
