"""A small client for the WooCommerce REST API v3 (``/wp-json/wc/v3/``).

Authentication follows WooCommerce's own rules: Basic auth with the consumer key and secret over
HTTPS, switching to ``consumer_key``/``consumer_secret`` query parameters when the host strips the
``Authorization`` header (the store then answers 401 ``woocommerce_rest_cannot_view``), and OAuth
1.0a one-legged signing over plain HTTP, where WooCommerce refuses Basic auth.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import NewConnectionError

from adapters.woocommerce.errors import WooCommerceApiError, error_from_body, is_retryable_status
from adapters.woocommerce.oauth1 import oauth1_params
from plugin.outbound import public_only_session

log = logging.getLogger(__name__)

API_PREFIX = "/wp-json/wc/v3"
PAGE_SIZE = 100
PAST_LAST_PAGE_CODE = "rest_post_invalid_page_number"
# 401 with these codes means no user was authenticated at all: the host dropped our header.
NO_USER_CODE_PREFIX = "woocommerce_rest_cannot_"


@dataclass(frozen=True)
class ApiResponse:
    status: int
    data: Any
    headers: Mapping[str, str]

    @property
    def total_pages(self) -> int | None:
        """``X-WP-TotalPages``, or None when a proxy dropped the header."""
        try:
            return int(self.headers["X-WP-TotalPages"])
        except (KeyError, ValueError):
            return None


class WooCommerceClient:
    """One store's REST API, with retries and the authentication fallbacks WooCommerce needs."""

    def __init__(
        self,
        store_url: str,
        consumer_key: str,
        consumer_secret: str,
        *,
        query_auth: bool = False,
        on_query_auth: Callable[[], None] | None = None,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        max_attempts: int = 4,
        backoff_seconds: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        verify: bool | str = True,
        allow_private: bool = False,
    ) -> None:
        self.store_url = store_url.rstrip("/")
        self._key = consumer_key
        self._secret = consumer_secret
        self.query_auth = query_auth
        self._on_query_auth = on_query_auth
        # Store URLs come from merchants: unless allowed, only public addresses are called.
        self._http = session or (requests.Session() if allow_private else public_only_session())
        self._timeout = timeout
        self._max_attempts = max(1, max_attempts)
        self._backoff = backoff_seconds
        self._sleep = sleep
        self._verify = verify
        self.put_as_post = False
        self._https = urlsplit(self.store_url).scheme == "https"

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> ApiResponse:
        return self.request("GET", path, params=params)

    def post(
        self,
        path: str,
        body: Any,
        params: Mapping[str, Any] | None = None,
        *,
        idempotent: bool = False,
    ) -> ApiResponse:
        """A POST; one that creates something (``idempotent=False``) is not sent again when it may
        already have reached the store (see :meth:`request`)."""
        return self.request("POST", path, params=params, json=body, idempotent=idempotent)

    def put(self, path: str, body: Any) -> ApiResponse:
        """Update a resource; hosts that refuse PUT (501/405) get the same update as POST.

        The WordPress REST API treats POST on an item route as an edit, so this is not a create.
        """
        if not self.put_as_post:
            try:
                return self.request("PUT", path, json=body)
            except WooCommerceApiError as exc:
                if exc.status_code not in (405, 501) or exc.wc_code:
                    raise
                log.info("WooCommerce host %s refuses PUT; using POST", self._host)
                self.put_as_post = True
        return self.request("POST", path, json=body, idempotent=True)

    def paginate(self, path: str, params: Mapping[str, Any] | None = None) -> Iterator[Any]:
        """Every item of a list endpoint, 100 a page, following ``X-WP-TotalPages`` (or, when the
        header is missing, until a page comes back short)."""
        page = 1
        while True:
            try:
                response = self.get(path, {**(params or {}), "per_page": PAGE_SIZE, "page": page})
            except WooCommerceApiError as exc:
                if page > 1 and exc.wc_code == PAST_LAST_PAGE_CODE:
                    return  # the last page was exactly full
                raise
            items = response.data if isinstance(response.data, list) else []
            yield from items
            total = response.total_pages
            if len(items) < PAGE_SIZE if total is None else page >= total:
                return
            page += 1

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
    ) -> ApiResponse:
        """One API call, retried with backoff on 429, 5xx and timeouts; errors as StoreErrors.

        A call that is not idempotent (by default a POST) is only sent again when it surely
        never reached the store (no connection, or 429): after a read timeout or a 5xx the
        store may have acted on it, so the error goes to the caller, whose job re-reads first.
        """
        if idempotent is None:
            idempotent = method != "POST"
        what = f"{method} {path}"
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._send(method, path, params or {}, json)
            except (requests.Timeout, requests.ConnectionError) as exc:
                # The exception text can hold the URL, and with query auth the secret: never log it.
                if attempt < self._max_attempts and (idempotent or _never_sent(exc)):
                    self._sleep(self._delay(attempt, None))
                    continue
                raise WooCommerceApiError(
                    f"WooCommerce {what} failed: {type(exc).__name__} talking to {self._host}",
                    retryable=True,
                ) from None
            except requests.RequestException as exc:
                raise WooCommerceApiError(
                    f"WooCommerce {what} failed: {type(exc).__name__} talking to {self._host}"
                ) from None
            if response.status_code < 300:
                return ApiResponse(response.status_code, _json(response), response.headers)
            if response.status_code < 400:
                # Typically http:// moved to https:// or a new domain: the shop's URL needs fixing.
                moved = urlsplit(response.headers.get("Location", ""))
                raise WooCommerceApiError(
                    f"WooCommerce {what} was redirected to {moved.scheme}://{moved.netloc}; "
                    "connect the store with its current address",
                    status_code=response.status_code,
                )
            body = _json(response)
            error = error_from_body(response.status_code, body, what)
            if (
                response.status_code == 401
                and error.wc_code.startswith(NO_USER_CODE_PREFIX)
                and self._https
                and not self.query_auth
            ):
                log.info("WooCommerce host %s drops the Authorization header", self._host)
                self.query_auth = True
                if self._on_query_auth:
                    self._on_query_auth()
                continue
            retryable = is_retryable_status(response.status_code)
            again = idempotent or response.status_code == 429
            if retryable and again and attempt < self._max_attempts:
                self._sleep(self._delay(attempt, response.headers.get("Retry-After")))
                continue
            if not retryable:
                error.retryable = False
            raise error

    @property
    def _host(self) -> str:
        return urlsplit(self.store_url).netloc

    def _send(
        self, method: str, path: str, params: Mapping[str, Any], body: Any
    ) -> requests.Response:
        url = f"{self.store_url}{API_PREFIX}/{path.lstrip('/')}"
        query = {k: _param(v) for k, v in params.items()}
        auth: tuple[str, str] | None = None
        if not self._https:
            query = oauth1_params(method, url, query, self._key, self._secret)
        elif self.query_auth:
            query.update(consumer_key=self._key, consumer_secret=self._secret)
        else:
            auth = (self._key, self._secret)
        return self._http.request(
            method,
            url,
            params=query,
            json=body,
            auth=auth,
            timeout=self._timeout,
            verify=self._verify,
            allow_redirects=False,
        )

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(float(retry_after), 60.0)
            except ValueError:
                pass
        return float(self._backoff * (2 ** (attempt - 1)))


def _never_sent(exc: requests.RequestException) -> bool:
    """A failure before the request left us: a connect timeout, refused connection, no host."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, NewConnectionError)


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
