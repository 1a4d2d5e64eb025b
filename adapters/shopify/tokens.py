"""An expiring offline token kept fresh: refreshed before expiry, once at a time per shop.

Shopify rotates the refresh token on every refresh, and a spent refresh token is refused for good.
Every worker process builds its adapters from the database, so a process may hold credentials
another process has already refreshed. A refresh therefore runs inside the credential store's
``update``, which holds a lock every process respects and hands over the credentials as stored
now: when a sibling has refreshed already its token is taken, and otherwise the stored (newest)
refresh token is spent and the rotated pair saved before the lock is released.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from plugin.errors import StoreError
from plugin.ports import CredentialChange

RefreshFn = Callable[[str], dict[str, str]]

_registry_lock = threading.Lock()
_shop_locks: dict[str, threading.Lock] = {}


class CredentialStore(Protocol):
    def update(self, change: CredentialChange) -> dict[str, str]:
        """Apply ``change`` to the stored credentials under a lock all processes respect;
        return what is stored afterwards."""
        ...


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
        store: CredentialStore,
        margin_seconds: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.shop = shop
        self.credentials = dict(credentials)
        self._refresh = refresh
        self._store = store
        self.margin = margin_seconds
        self.clock = clock

    def access_token(self, *, force_refresh: bool = False) -> str:
        if not self.credentials.get("access_token"):
            raise StoreError(
                f"{self.shop} has no Shopify token (uninstalled?)", code="unauthorized"
            )
        if force_refresh or self._expiring(self.credentials):
            stale = self.credentials["access_token"]
            # Threads of this process queue here rather than each holding a database
            # connection while it waits for the shop's lock.
            with _lock_for(self.shop):
                self.credentials = self._store.update(lambda stored: self._renewed(stored, stale))
        return self.credentials["access_token"]

    def _expiring(self, credentials: dict[str, str]) -> bool:
        return self.clock() >= _expiry(credentials) - self.margin

    def _renewed(self, stored: dict[str, str], stale_token: str) -> dict[str, str] | None:
        """Under the store's lock: refreshed credentials, or None when ``stored`` will do."""
        if not stored.get("access_token"):
            raise StoreError(
                f"{self.shop} has no Shopify token (uninstalled?)", code="unauthorized"
            )
        if stored["access_token"] != stale_token and not self._expiring(stored):
            return None  # another process or adapter refreshed already
        refresh_token = stored.get("refresh_token")
        if not refresh_token:
            if self._expiring(stored) and "expires_at" in stored:
                raise StoreError(
                    f"{self.shop}'s token expired and there is no refresh token",
                    code="unauthorized",
                )
            return None  # a non-expiring token: nothing to refresh
        return {**stored, **self._refresh(refresh_token)}
