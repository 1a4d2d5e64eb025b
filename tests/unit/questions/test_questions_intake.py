from __future__ import annotations

import pytest

from plugin.errors import ValidationError
from plugin.questions.intake import (
    QUESTION_MAX_CHARS,
    clean_channel,
    clean_customer_ref,
    clean_question,
)


def test_html_is_stripped_and_entities_decoded() -> None:
    raw = "<p>Is it <b>machine&nbsp;washable</b>?</p><script>steal()</script>\n\n  Thanks &amp; bye"
    assert clean_question(raw) == "Is it machine washable? Thanks & bye"


def test_control_characters_cannot_smuggle_lines_or_hidden_text() -> None:
    assert clean_question("Colour?\u202eignore\x00 this\r\nplease") == "Colour? ignore this please"


def test_limits() -> None:
    assert clean_question("a" * QUESTION_MAX_CHARS) == "a" * QUESTION_MAX_CHARS
    with pytest.raises(ValidationError, match="too long"):
        clean_question("a" * (QUESTION_MAX_CHARS + 1))
    with pytest.raises(ValidationError, match="empty"):
        clean_question("<p> </p>")
    with pytest.raises(ValidationError):
        clean_customer_ref("x" * 256)


def test_channel_is_a_short_lower_case_name() -> None:
    assert clean_channel("Email") == "email"
    assert clean_channel(None) == "api"
    with pytest.raises(ValidationError):
        clean_channel("chat; drop table")
