"""Credentials at rest: Fernet-encrypted with the key from ``COPYDESK_ENCRYPTION_KEY``."""

from __future__ import annotations

import json

from cryptography.fernet import Fernet, InvalidToken
from flask import Flask, current_app

from plugin.errors import CopydeskError

EXTENSION = "copydesk.crypto"


class Crypto:
    def init_app(self, app: Flask) -> None:
        try:
            app.extensions[EXTENSION] = Fernet(app.config["ENCRYPTION_KEY"])
        except ValueError as exc:
            raise CopydeskError(
                "COPYDESK_ENCRYPTION_KEY must be a Fernet key (32 url-safe base64-encoded bytes)"
            ) from exc


def _fernet() -> Fernet:
    return current_app.extensions[EXTENSION]


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise CopydeskError("stored credentials cannot be decrypted with this key") from exc


def encrypt_json(data: dict[str, str]) -> str:
    return encrypt(json.dumps(data))


def decrypt_json(token: str | None) -> dict[str, str]:
    return json.loads(decrypt(token)) if token else {}


crypto = Crypto()
