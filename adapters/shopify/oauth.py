"""Shopify's OAuth grants (REST), with expiring offline tokens: the authorization code of a
non-embedded install, token exchange of an embedded one's session token, and refresh.

Credentials are kept as a flat ``dict[str, str]``: ``access_token``, ``expires_at`` (epoch
seconds), ``refresh_token``, ``refresh_token_expires_at`` and ``scope``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import requests

from plugin.errors import StoreError


def shop_origin(shop: str, config: Mapping[str, Any]) -> str:
    """``https://{shop}``, or ``SHOPIFY_ORIGIN`` in tests (``{shop}`` in it is filled in)."""
    override = config.get("SHOPIFY_ORIGIN")
    if override:
        return str(override).replace("{shop}", shop).rstrip("/")
    return f"https://{shop}"


def authorize_url(origin: str, *, api_key: str, scopes: str, redirect_uri: str, state: str) -> str:
    query = urlencode(
        {"client_id": api_key, "scope": scopes, "redirect_uri": redirect_uri, "state": state}
    )
    return f"{origin}/admin/oauth/authorize?{query}"


def exchange_code(
    origin: str, *, api_key: str, api_secret: str, code: str, timeout: float = 15.0
) -> dict[str, str]:
    """Trade the callback's ``code`` for an expiring offline token and its refresh token."""
    return _token_request(
        origin,
        {"client_id": api_key, "client_secret": api_secret, "code": code, "expiring": "1"},
        timeout,
    )


TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange"
ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token"
OFFLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:offline-access-token"


def exchange_session_token(
    origin: str, *, api_key: str, api_secret: str, session_token: str, timeout: float = 15.0
) -> dict[str, str]:
    """Trade an App Bridge session token for an expiring offline token (managed install)."""
    return _token_request(
        origin,
        {
            "client_id": api_key,
            "client_secret": api_secret,
            "grant_type": TOKEN_EXCHANGE_GRANT,
            "subject_token": session_token,
            "subject_token_type": ID_TOKEN_TYPE,
            "requested_token_type": OFFLINE_TOKEN_TYPE,
            "expiring": "1",
        },
        timeout,
        as_json=True,  # as Shopify's own libraries send it
    )


def refresh_access_token(
    origin: str, *, api_key: str, api_secret: str, refresh_token: str, timeout: float = 15.0
) -> dict[str, str]:
    """A new access token; Shopify rotates the refresh token too, so keep the returned one."""
    return _token_request(
        origin,
        {
            "client_id": api_key,
            "client_secret": api_secret,
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
        },
        timeout,
    )


def _token_request(
    origin: str, form: dict[str, str], timeout: float, *, as_json: bool = False
) -> dict[str, str]:
    url = f"{origin}/admin/oauth/access_token"
    body: dict[str, Any] = {"json": form} if as_json else {"data": form}
    try:
        response = requests.post(
            url, headers={"Accept": "application/json"}, timeout=timeout, **body
        )
    except requests.RequestException as exc:
        raise StoreError(f"Shopify token endpoint unreachable: {exc}", retryable=True) from exc
    if response.status_code != 200:
        raise StoreError(
            f"Shopify token endpoint answered {response.status_code}",
            retryable=response.status_code == 429 or response.status_code >= 500,
            status_code=response.status_code,
            code="unauthorized" if response.status_code in (400, 401, 403) else None,
        )
    try:
        payload = response.json()
    except ValueError as exc:
        raise StoreError("Shopify token endpoint sent invalid JSON", retryable=True) from exc
    return credentials_from_token_response(payload)


def credentials_from_token_response(
    payload: Mapping[str, Any], now: float | None = None
) -> dict[str, str]:
    """The stored form of a token response; the expiries become absolute epoch seconds."""
    if not payload.get("access_token"):
        raise StoreError("Shopify sent no access token", retryable=False)
    issued = time.time() if now is None else now
    creds = {"access_token": str(payload["access_token"]), "scope": str(payload.get("scope", ""))}
    if payload.get("expires_in") is not None:
        creds["expires_at"] = str(int(issued + float(payload["expires_in"])))
    if payload.get("refresh_token"):
        creds["refresh_token"] = str(payload["refresh_token"])
    if payload.get("refresh_token_expires_in") is not None:
        creds["refresh_token_expires_at"] = str(
            int(issued + float(payload["refresh_token_expires_in"]))
        )
    return creds
