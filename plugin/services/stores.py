"""Which adapter talks to which shop: each adapter package registers a factory for its platform."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask, current_app

from plugin.domain import Platform, ShopConnection
from plugin.errors import Unauthorized
from plugin.ports import CredentialChange, StoreAdapter
from plugin.storage.db import db
from plugin.storage.models import Shop


class StoredCredentials:
    """A shop's credentials in the database, handed to its adapter's factory.

    Calling it saves new credentials, for an adapter that simply replaces them. ``update`` is for
    credentials that must not be renewed twice, like Shopify's rotating refresh token: the change
    sees the credentials as stored now and runs under a lock that every process respects."""

    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def __call__(self, credentials: dict[str, str]) -> None:
        from plugin.services.shops import save_credentials

        save_credentials(db.session, self.shop, credentials)
        db.session.commit()

    def update(self, change: CredentialChange) -> dict[str, str]:
        from plugin.services.shops import update_credentials

        return update_credentials(db.session, self.shop, change)


StoreFactory = Callable[[ShopConnection, Mapping[str, Any], StoredCredentials], StoreAdapter]

EXTENSION = "copydesk.stores"


def register_store(platform: Platform, factory: StoreFactory, app: Flask | None = None) -> None:
    (app or current_app).extensions.setdefault(EXTENSION, {})[Platform(platform)] = factory


def adapter_for(shop: Shop) -> StoreAdapter:
    """The adapter for a shop, with its stored credentials to save rotated ones into."""
    from plugin.services.shops import connection_for

    if not shop.active:
        raise Unauthorized(f"shop {shop.name} has uninstalled Copydesk; no store call is made")
    factories: dict[Platform, StoreFactory] = current_app.extensions.get(EXTENSION, {})
    factory = factories[Platform(shop.platform)]
    return factory(connection_for(shop), current_app.config, StoredCredentials(shop))
