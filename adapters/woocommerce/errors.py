"""WooCommerce's error bodies, translated into our one hierarchy."""

from __future__ import annotations

from typing import Any

from plugin.errors import StoreError

# 501 is not passing: it is a host that refuses PUT, answered by sending POST instead.
_RETRYABLE_4XX = frozenset({408, 425, 429})


def is_retryable_status(status: int | None) -> bool:
    """Worth another try: a timeout or rate limit, or any server error (hosts and CDNs in front
    of WordPress answer 507, 508, 520–524 as well as the usual 500–504)."""
    if status is None:
        return False
    return status in _RETRYABLE_4XX or (status >= 500 and status != 501)


class WooCommerceApiError(StoreError):
    """A REST call answered with an error body ``{code, message, data: {status}}``.

    ``wc_code`` is WooCommerce's own code, e.g. ``woocommerce_rest_product_invalid_id``.
    """

    def __init__(
        self,
        message: str,
        *,
        wc_code: str = "",
        status_code: int | None = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message, retryable=retryable, status_code=status_code)
        self.wc_code = wc_code


def error_from_body(status: int, body: Any, what: str) -> WooCommerceApiError:
    """The error for an HTTP ``status`` and the decoded body (or None when it was not JSON)."""
    wc_code = ""
    message = f"HTTP {status}"
    if isinstance(body, dict):
        wc_code = str(body.get("code") or "")
        message = str(body.get("message") or message)
        data = body.get("data")
        if isinstance(data, dict) and isinstance(data.get("status"), int):
            status = data["status"]
    label = f"{wc_code}: " if wc_code else ""
    return WooCommerceApiError(
        f"WooCommerce {what} failed: {label}{message}",
        wc_code=wc_code,
        status_code=status,
        retryable=is_retryable_status(status),
    )
