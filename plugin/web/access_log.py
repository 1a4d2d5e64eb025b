"""The access log of ``copydesk serve``: request lines without the secrets some URLs carry.

Shopify opens the app with ``?id_token=`` and signs its callbacks with ``hmac`` over a ``code``;
WooCommerce may send keys in the query. The log keeps each parameter's name and drops the value.
"""

from __future__ import annotations

from werkzeug.serving import WSGIRequestHandler

SECRET_PARAMS = frozenset(
    {
        "access_token",
        "code",
        "consumer_key",
        "consumer_secret",
        "hmac",
        "id_token",
        "key",
        "oauth_signature",
        "password",
        "secret",
        "session",
        "signature",
        "state",
        "token",
        "user_id",
    }
)
REDACTED = "[redacted]"


def redact_target(target: str) -> str:
    """A request target with the values of secret-carrying query parameters replaced."""
    path, sep, query = target.partition("?")
    if not sep:
        return target
    kept = []
    for pair in query.split("&"):
        name, eq, value = pair.partition("=")
        if eq and name.lower() in SECRET_PARAMS:
            value = REDACTED
        kept.append(f"{name}{eq}{value}")
    return f"{path}?{'&'.join(kept)}"


class RedactingRequestHandler(WSGIRequestHandler):
    """Werkzeug's request handler, logging the redacted target instead of the real one."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", None)
        if path is None:
            return super().log_request(code, size)
        self.path = redact_target(path)
        try:
            super().log_request(code, size)
        finally:
            self.path = path
