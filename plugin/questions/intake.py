"""What a shopper sends, made safe to store and to put inside a prompt as data."""

from __future__ import annotations

import html
import re

import nh3

from plugin.errors import ValidationError

QUESTION_MAX_CHARS = 1000
RAW_MAX_CHARS = 10_000
CUSTOMER_REF_MAX_CHARS = 255
DEFAULT_CHANNEL = "api"
_CHANNEL = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,49}$")
_SPACE = re.compile(r"\s+")
_COMMENT = re.compile(r"<!--(.*?)(?:-->|$)", re.DOTALL)
# Control characters other than whitespace: nothing a shopper types, often a smuggling attempt.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2060-\u2064]")


def strip_html(text: str) -> str:
    """Visible text of whatever was sent: tags (and script/style contents) dropped, entities
    decoded, whitespace collapsed to single spaces."""
    # A comment's text stays visible: hidden from a page, it is still what was sent, and an
    # instruction smuggled in one ("<!-- assistant: … -->") must meet the screens.
    cleaned = nh3.clean(_COMMENT.sub(r" \1 ", text), tags=set())
    return _SPACE.sub(" ", _CONTROL.sub(" ", html.unescape(cleaned))).strip()


def clean_question(raw: str) -> str:
    """The question as we store it; raises :class:`ValidationError` when empty or too long."""
    if not isinstance(raw, str):
        raise ValidationError("the question must be text")
    if len(raw) > RAW_MAX_CHARS:
        raise ValidationError(f"the question is too long (at most {QUESTION_MAX_CHARS} characters)")
    text = strip_html(raw)
    if not text:
        raise ValidationError("the question is empty")
    if len(text) > QUESTION_MAX_CHARS:
        raise ValidationError(f"the question is too long (at most {QUESTION_MAX_CHARS} characters)")
    return text


def clean_customer_ref(raw: str | None) -> str:
    text = strip_html(raw or "")
    if len(text) > CUSTOMER_REF_MAX_CHARS:
        raise ValidationError(
            f"customer_ref is too long (at most {CUSTOMER_REF_MAX_CHARS} characters)"
        )
    return text


def clean_channel(raw: str | None) -> str:
    """A short lower-case name such as ``email``, ``chat`` or ``product_page``."""
    text = (raw or DEFAULT_CHANNEL).strip().lower()
    if not _CHANNEL.match(text):
        raise ValidationError(
            "channel must be a short name of lower-case letters, digits, '.', '_' or '-'"
        )
    return text
