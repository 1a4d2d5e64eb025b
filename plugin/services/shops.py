"""Shops: connecting, credentials, API tokens, settings, uninstalling and erasing."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from plugin.domain import DraftKind, Platform, ShopConnection, copy_kinds_for
from plugin.errors import NotFound, Unauthorized, ValidationError
from plugin.ports import CredentialChange
from plugin.shop_settings import STORED_DEFAULTS, ShopSettings
from plugin.storage.crypto import decrypt, decrypt_json, encrypt, encrypt_json
from plugin.storage.models import (
    ApiToken,
    AuditEntry,
    AuthNonce,
    Draft,
    JobRecord,
    ListingRecord,
    Question,
    Shop,
    WebhookEvent,
)


def settings_for(shop: Shop) -> ShopSettings:
    """The shop's settings, typed, defaults filled in: the one way they are read."""
    return ShopSettings.from_stored(shop.settings or {})


def require_copy_kinds(shop: Shop, kinds: Iterable[DraftKind]) -> None:
    """Refuse copy the shop's store has no place for: a Shopify product has no short description."""
    offered = copy_kinds_for(shop.platform)
    missing = [str(k) for k in kinds if k not in offered]
    if missing:
        raise ValidationError(
            f"{shop.platform} products have no place for {', '.join(missing)} copy; "
            f"choose from {', '.join(str(k) for k in offered)}",
            code="unsupported_kind",
        )


def connect_shop(
    session: Session,
    *,
    platform: Platform | str,
    name: str,
    url: str,
    credentials: dict[str, str],
    webhook_secret: str | None = None,
) -> Shop:
    """Create the shop or refresh its credentials; reinstalling brings an uninstalled shop back."""
    platform = Platform(platform)
    shop = get_shop(session, platform, name)
    if shop is None:
        shop = Shop(platform=str(platform), name=name, settings={})
        session.add(shop)
    shop.url = url
    shop.credentials = encrypt_json(credentials) if credentials else None
    if webhook_secret is not None:
        shop.webhook_secret = encrypt(webhook_secret)
    if shop.uninstalled_at is not None:
        shop.uninstalled_at = None
        shop.installed_at = datetime.now(UTC)
    session.flush()
    return shop


def get_shop(session: Session, platform: Platform | str, name: str) -> Shop | None:
    return session.scalar(select(Shop).where(Shop.platform == str(platform), Shop.name == name))


def find_shop_by_name(session: Session, name: str) -> Shop:
    """The CLI's ``--shop NAME``: names are unique enough across platforms in practice."""
    shops = session.scalars(select(Shop).where(Shop.name == name)).all()
    if not shops:
        raise NotFound(f"no shop named {name!r}")
    if len(shops) > 1:
        raise NotFound(f"several shops are named {name!r}; rename one with --name")
    return shops[0]


def connection_for(shop: Shop) -> ShopConnection:
    return ShopConnection(
        id=shop.id,
        platform=Platform(shop.platform),
        name=shop.name,
        url=shop.url,
        credentials=decrypt_json(shop.credentials),
        settings=dict(shop.settings or {}),
    )


def webhook_secret_for(shop: Shop) -> str | None:
    return decrypt(shop.webhook_secret) if shop.webhook_secret else None


def save_credentials(session: Session, shop: Shop, credentials: dict[str, str]) -> None:
    shop.credentials = encrypt_json(credentials)
    session.flush()


def update_credentials(
    session: Session,
    shop: Shop,
    change: CredentialChange,
) -> dict[str, str]:
    """Run ``change`` on the shop's credentials as stored now, with a lock every process respects,
    and store what it returns (None keeps them); returns what is stored afterwards.

    The lock is an UPDATE of the shop's row: a row lock on PostgreSQL and the one writer lock on
    SQLite (which has no row locks), both held until the commit here. It is taken in the caller's
    session, which may hold the writer lock already, and the commit also commits the caller's
    work so far, as saving rotated credentials always did; it commits when ``change`` raises too,
    so the lock is never left held."""
    session.execute(
        update(Shop)
        .where(Shop.id == shop.id)
        .values(credentials=Shop.credentials)
        .execution_options(synchronize_session=False)
    )
    try:
        session.refresh(shop, ["credentials"])  # another process may have saved a moment ago
        changed = change(decrypt_json(shop.credentials))
        if changed is not None:
            shop.credentials = encrypt_json(changed)
        return decrypt_json(shop.credentials)
    finally:
        session.commit()


def update_settings(session: Session, shop: Shop, changes: dict[str, Any]) -> ShopSettings:
    """Store ``changes`` (settings in their stored form) over what the shop changed before."""
    unknown = set(changes) - set(STORED_DEFAULTS)
    if unknown:
        raise ValidationError(f"unknown settings: {', '.join(sorted(unknown))}")
    stored = dict(shop.settings or {})
    if "language" in changes and changes["language"] != stored.get("language"):
        # The merchant typed another language: it is theirs now, never the store's to change.
        stored.pop("language_source", None)
    shop.settings = {**stored, **changes}
    session.flush()
    return settings_for(shop)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(session: Session, shop: Shop) -> str:
    """A new bearer token; only its hash is stored, so it is shown once."""
    token = f"cd_{secrets.token_urlsafe(32)}"
    session.add(ApiToken(shop_id=shop.id, token_hash=_hash_token(token)))
    session.flush()
    return token


def shop_for_token(session: Session, token: str) -> Shop:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _hash_token(token)))
    if row is None:
        raise Unauthorized("unknown or revoked token")
    shop = session.get(Shop, row.shop_id)
    if shop is None or not shop.active:
        raise Unauthorized("this shop has uninstalled Copydesk")
    return shop


#: Jobs an uninstall leaves queued: each webhook's processor decides what an event of an
#: uninstalled shop means. Product events are ignored; the compliance topics (``shop/redact``,
#: ``customers/redact``, ``customers/data_request``), which Shopify may deliver before the
#: uninstall has been processed, still have to be carried out.
KEPT_AFTER_UNINSTALL = ("process_webhook",)


def uninstall_shop(session: Session, shop: Shop) -> None:
    """Stop all work: drop the store credentials and every API token, cancel the shop's queued
    jobs but its webhooks'."""
    shop.uninstalled_at = datetime.now(UTC)
    shop.credentials = None
    shop.bulk_operation_id = shop.bulk_operation_started_at = None
    session.execute(delete(ApiToken).where(ApiToken.shop_id == shop.id))
    queued = select(JobRecord).where(
        JobRecord.status == "queued", JobRecord.name.not_in(KEPT_AFTER_UNINSTALL)
    )
    for job in session.scalars(queued):
        if job.payload.get("shop_id") == shop.id:
            job.status = "cancelled"
    session.flush()


def erase_shop_data(session: Session, shop: Shop) -> None:
    """Erase everything we hold about the shop's catalogue and customers (``shop/redact``)."""
    for model in (AuditEntry, Draft, Question, ListingRecord, WebhookEvent, ApiToken):
        session.execute(delete(model).where(model.shop_id == shop.id))  # type: ignore[attr-defined]
    shop.credentials = None
    shop.webhook_secret = None
    shop.outgoing_webhook_secret = None
    shop.settings = {}
    session.flush()


# Longer than any install flow may take (Shopify's state: 15 minutes; WooCommerce: an hour).
AUTH_NONCE_RETENTION = timedelta(days=1)


def sweep_auth_nonces(session: Session) -> None:
    """Delete install nonces too old to be accepted: every visit to an install or connect URL
    leaves one, used or not, and nothing else deletes them."""
    cutoff = datetime.now(UTC) - AUTH_NONCE_RETENTION
    session.execute(delete(AuthNonce).where(AuthNonce.created_at < cutoff))
