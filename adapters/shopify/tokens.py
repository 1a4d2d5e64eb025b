"""An expiring offline token kept fresh: refreshed before expiry, once at a time per shop.

Shopify rotates the refresh token on every refresh, so two refreshes racing with the same refresh
token would leave one of them holding a dead token. A per-shop lock serialises them, and the
newest credentials are remembered per shop so an adapter built earlier picks up its sibling's
refresh instead of refreshing again with a spent refresh token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from plugin.errors import StoreError

RefreshFn = Callable[[str], dict[str, str]]

_registry_lock = threading.Lock()
_shop_locks: dict[str, threading.Lock] = {}
_newest: dict[str, dict[str, str]] = {}


def _lock_for(shop: str) -> threading.Lock:
    with _registry_lock:
        return _shop_locks.setdefault(shop, threading.Lock())


def _expiry(credentials: dict[str, str]) -> float:
    return float(credentials.get("expires_at") or "inf")


class ShopTokens:
    """Hands out a valid access token for one shop (implements ``TokenSource``)."""

    def __init__(
        self,
        shop: str,
        credentials: dict[str, str],
        *,
        refresh: RefreshFn,
        save_credentials: Callable[[dict[str, str]], None],
        margin_seconds: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.shop = shop
        self.credentials = dict(credentials)
        self._refresh = refresh
        self._save = save_credentials
        self.margin = margin_seconds
        self.clock = clock

    def access_token(self, *, force_refresh: bool = False) -> str:
        if not self.credentials.get("access_token"):
            raise StoreError(
                f"{self.shop} has no Shopify token (uninstalled?)", code="unauthorized"
            )
        if force_refresh or self._expiring(self.credentials):
            self._refresh_now(stale_token=self.credentials["access_token"])
        return self.credentials["access_token"]

    def _expiring(self, credentials: dict[str, str]) -> bool:
        return self.clock() >= _expiry(credentials) - self.margin

    def _refresh_now(self, stale_token: str) -> None:
        with _lock_for(self.shop):
            newest = _newest.get(self.shop)
            if (
                newest
                and newest.get("access_token") != stale_token
                and _expiry(newest) > _expiry(self.credentials)
                and not self._expiring(newest)
            ):
                self.credentials = dict(newest)  # a sibling already refreshed
                return
            refresh_token = self.credentials.get("refresh_token")
            if not refresh_token:
                if self._expiring(self.credentials) and "expires_at" in self.credentials:
                    raise StoreError(
                        f"{self.shop}'s token expired and there is no refresh token",
                        code="unauthorized",
                    )
                return  # a non-expiring token: nothing to refresh
            fresh = self._refresh(refresh_token)
            self.credentials = {**self.credentials, **fresh}
            _newest[self.shop] = dict(self.credentials)
            self._save(dict(self.credentials))


def forget_shop(shop: str) -> None:
    """Drop what we remember of a shop's tokens (on uninstall)."""
    with _registry_lock:
        _newest.pop(shop, None)
