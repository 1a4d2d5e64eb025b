"""Limits every request meets before a view reads it: body size and JSON nesting.

Werkzeug answers 413 to a ``Content-Length`` over ``MAX_CONTENT_LENGTH``, but a chunked body
without one is only cut off at the limit: a webhook view would then check the signature over
half a body and answer 401, and a form would lose its tail. ``ChunkedBodyLimit`` reads such a
body first (one byte past the limit at most) and hands Flask either the body with its length or
an empty one marked too large, which ``refuse_oversized`` answers 413 before any view or check.
"""

from __future__ import annotations

import io
from typing import Any

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import RequestEntityTooLarge

from plugin import jsontext

TOO_LARGE = "copydesk.body_too_large"


class ChunkedBodyLimit:
    """WSGI middleware: a chunked body gets a Content-Length, or is refused when over the limit."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.wsgi_app = app.wsgi_app

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        limit = self.app.config.get("MAX_CONTENT_LENGTH")
        if (
            limit is not None
            and environ.get("wsgi.input_terminated")
            and not environ.get("CONTENT_LENGTH")
        ):
            body = _read_at_most(environ["wsgi.input"], limit + 1)
            if len(body) > limit:
                environ[TOO_LARGE] = True
                body = b""
            environ["wsgi.input"] = io.BytesIO(body)
            # Now a plain body of known length: Werkzeug ignores Content-Length beside chunked.
            environ["CONTENT_LENGTH"] = str(len(body))
            environ.pop("HTTP_TRANSFER_ENCODING", None)
            del environ["wsgi.input_terminated"]
        return self.wsgi_app(environ, start_response)


def _read_at_most(stream: Any, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left > 0:
        part = stream.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def refuse_oversized() -> None:
    if request.environ.get(TOO_LARGE):
        raise RequestEntityTooLarge()


class BoundedJSONProvider(DefaultJSONProvider):
    """Flask's JSON, with request bodies parsed under :mod:`plugin.jsontext`'s nesting limit; a
    body past it fails like any invalid JSON (400)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return jsontext.loads(s)


def init_app(app: Flask) -> None:
    app.json = BoundedJSONProvider(app)
    app.wsgi_app = ChunkedBodyLimit(app)  # type: ignore[method-assign]
    app.before_request(refuse_oversized)
