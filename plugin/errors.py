"""One error hierarchy for Copydesk; each edge translates foreign errors into these."""

from __future__ import annotations


class CopydeskError(Exception):
    """Base of every error we raise on purpose. ``code`` is what the API shows."""

    code = "error"
    status = 500

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class ValidationError(CopydeskError):
    """Input refused. ``field``: the form field at fault, where a form has one, so a refused
    form can show the message beside it."""

    code = "invalid"
    status = 400

    def __init__(self, message: str, *, field: str = "", code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class NotFound(CopydeskError):
    code = "not_found"
    status = 404


class Unauthorized(CopydeskError):
    code = "unauthorized"
    status = 401


class Conflict(CopydeskError):
    code = "conflict"
    status = 409


class StoreError(CopydeskError):
    """A store call failed (Shopify, WooCommerce, catalogue); ``retryable``: worth another try."""

    code = "store_error"
    status = 502

    def __init__(
        self,
        message: str,
        *,
        retryable: bool = False,
        status_code: int | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.retryable = retryable
        self.status_code = status_code


class GenerationError(CopydeskError):
    """The model or model server failed or kept producing unusable output."""

    code = "generation_error"
    status = 502

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable
