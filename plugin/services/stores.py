"""Which adapter talks to which shop: each adapter package registers a factory for its platform."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask, current_app

from plugin.domain import Platform, ShopConnection
from plugin.errors import Unauthorized
from plugin.ports import StoreAdapter
from plugin.storage.db import db
from plugin.storage.models import Shop

SaveCredentials = Callable[[dict[str, str]], None]
StoreFactory = Callable[[ShopConnection, Mapping[str, Any], SaveCredentials], StoreAdapter]

EXTENSION = "copydesk.stores"


def register_store(platform: Platform, factory: StoreFactory, app: Flask | None = None) -> None:
    (app or current_app).extensions.setdefault(EXTENSION, {})[Platform(platform)] = factory


def adapter_for(shop: Shop) -> StoreAdapter:
    """The adapter for a shop, with a callback that persists rotated credentials."""
    from plugin.services.shops import connection_for, save_credentials

    if not shop.active:
        raise Unauthorized(f"shop {shop.name} has uninstalled Copydesk; no store call is made")
    factories: dict[Platform, StoreFactory] = current_app.extensions.get(EXTENSION, {})
    factory = factories[Platform(shop.platform)]

    def persist(credentials: dict[str, str]) -> None:
        save_credentials(db.session, shop, credentials)
        db.session.commit()

    return factory(connection_for(shop), current_app.config, persist)
