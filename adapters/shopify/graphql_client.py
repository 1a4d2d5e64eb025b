"""The one place that talks to the Admin GraphQL API.

It posts a document, waits out throttling (``THROTTLED`` by the restore rate, 429 and 5xx with
exponential backoff and jitter), checks ``errors`` and every mutation's ``userErrors``, and turns
each failure into a ``StoreError`` whose ``retryable`` tells the job queue whether to try again.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import requests

from adapters.shopify.documents import API_VERSION, Document
from plugin.errors import StoreError

log = logging.getLogger(__name__)

#: ``userErrors`` codes that mean someone else changed the value since we read it.
_STALE_CODES = {"STALE_OBJECT", "INVALID_COMPARE_DIGEST"}


class TokenSource(Protocol):
    def access_token(self, *, force_refresh: bool = False) -> str: ...


@dataclass(frozen=True)
class ThrottleStatus:
    maximum_available: float
    currently_available: float
    restore_rate: float


def graphql_endpoint(origin: str) -> str:
    return f"{origin.rstrip('/')}/admin/api/{API_VERSION}/graphql.json"


class AdminGraphQL:
    """Executes documents for one shop; ``sleep`` and ``jitter`` are injectable for tests."""

    def __init__(
        self,
        endpoint: str,
        tokens: TokenSource,
        *,
        http: requests.Session | None = None,
        timeout: float = 15.0,
        max_attempts: int = 6,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.endpoint = endpoint
        self.tokens = tokens
        self.http = http or requests.Session()
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.max_wait = max_wait
        self.sleep = sleep
        self.jitter = jitter
        self.last_throttle: ThrottleStatus | None = None

    def execute(self, document: Document, variables: dict[str, Any] | None = None) -> dict:
        """Run ``document`` and return its ``data``; raise ``StoreError`` on any failure."""
        payload = {"query": document.text, "variables": variables or {}}
        refreshed = refresh_now = False
        for attempt in range(self.max_attempts):
            last = attempt == self.max_attempts - 1
            token = self.tokens.access_token(force_refresh=refresh_now)
            refresh_now = False
            try:
                response = self.http.post(
                    self.endpoint,
                    json=payload,
                    headers={"X-Shopify-Access-Token": token, "Accept": "application/json"},
                    timeout=self.timeout,
                )
            except requests.RequestException as exc:
                if last:
                    raise StoreError(f"Shopify unreachable: {exc}", retryable=True) from exc
                self._backoff(attempt, f"{type(exc).__name__} on {document.name}")
                continue
            status = response.status_code
            if status == 401 and not refreshed:
                refreshed = refresh_now = True  # an expired token: refresh once, then give up
                continue
            if status == 429 or status >= 500:
                if last:
                    raise StoreError(
                        f"Shopify answered {status} to {document.name}",
                        retryable=True,
                        status_code=status,
                    )
                self._backoff(attempt, f"HTTP {status} on {document.name}", response)
                continue
            if status != 200:
                raise StoreError(
                    f"Shopify answered {status} to {document.name}",
                    retryable=False,
                    status_code=status,
                    code="unauthorized" if status in (401, 403) else None,
                )
            body = self._json(response, document)
            self._note_cost(body)
            errors = body.get("errors")
            if errors:
                wait = self._throttle_wait(errors, body)
                if wait is None:
                    raise _graphql_error(errors, document)
                if last or wait > self.max_wait:
                    raise StoreError(
                        f"Shopify kept throttling {document.name}", retryable=True, code="throttled"
                    )
                log.info("shopify throttled %s; waiting %.2fs", document.name, wait)
                self.sleep(wait)
                continue
            data = body.get("data")
            if not isinstance(data, dict):
                raise StoreError(f"Shopify sent no data for {document.name}", retryable=True)
            if document.is_mutation:
                _raise_user_errors(data, document)
            return data
        raise StoreError(f"Shopify refused {document.name} after retries", retryable=True)

    def _backoff(self, attempt: int, why: str, response: requests.Response | None = None) -> None:
        delay = min(self.max_wait, 0.5 * 2**attempt) * (0.5 + 0.5 * self.jitter())
        retry_after = response.headers.get("Retry-After") if response is not None else None
        if retry_after:
            try:
                delay = min(self.max_wait, max(delay, float(retry_after)))
            except ValueError:
                pass
        log.info("shopify: %s; retrying in %.2fs", why, delay)
        self.sleep(delay)

    def _json(self, response: requests.Response, document: Document) -> dict:
        try:
            body = response.json()
        except ValueError as exc:
            raise StoreError(
                f"Shopify sent invalid JSON for {document.name}", retryable=True
            ) from exc
        if not isinstance(body, dict):
            raise StoreError(f"Shopify sent an unexpected body for {document.name}", retryable=True)
        return body

    def _note_cost(self, body: dict) -> None:
        status = ((body.get("extensions") or {}).get("cost") or {}).get("throttleStatus")
        if isinstance(status, dict):
            self.last_throttle = ThrottleStatus(
                maximum_available=float(status.get("maximumAvailable", 0)),
                currently_available=float(status.get("currentlyAvailable", 0)),
                restore_rate=float(status.get("restoreRate", 0)) or 1.0,
            )

    def _throttle_wait(self, errors: list, body: dict) -> float | None:
        """Seconds until the bucket holds this query's cost again, or None when not throttled."""
        if not any(_error_code(e) == "THROTTLED" for e in errors):
            return None
        cost = (body.get("extensions") or {}).get("cost") or {}
        requested = float(cost.get("requestedQueryCost") or 0)
        status = self.last_throttle
        if status is None:
            return 1.0 + self.jitter()
        deficit = max(requested - status.currently_available, 0.0)
        return deficit / status.restore_rate + 0.1 * self.jitter()


def _error_code(error: Any) -> str:
    if not isinstance(error, dict):
        return ""
    return str((error.get("extensions") or {}).get("code") or "")


def _graphql_error(errors: Any, document: Document) -> StoreError:
    items = errors if isinstance(errors, list) else [errors]
    messages = "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in items)
    codes = {_error_code(e) for e in items}
    retryable = bool(codes & {"INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"})
    code = "access_denied" if "ACCESS_DENIED" in codes else "graphql_error"
    return StoreError(
        f"Shopify rejected {document.name}: {messages}", retryable=retryable, code=code
    )


def _raise_user_errors(data: dict, document: Document) -> None:
    for field_name, result in data.items():
        user_errors = (result or {}).get("userErrors") if isinstance(result, dict) else None
        if not user_errors:
            continue
        codes = {str(e.get("code") or "") for e in user_errors}
        messages = "; ".join(
            f"{'.'.join(e.get('field') or []) or field_name}: {e.get('message')}"
            for e in user_errors
        )
        raise StoreError(
            f"Shopify refused {document.name}: {messages}",
            retryable=False,
            code="conflict" if codes & _STALE_CODES else "user_error",
        )
