"""The shared English sentence breaks (``sentence_breaks``), each variant as it was."""

from plugin.generation.sentence_breaks import (
    CLOSING_END,
    SENTENCE_END,
    SPACE_AFTER_END,
    SPACED_END,
)


def test_sentence_end_takes_any_whitespace_before_a_capital() -> None:
    text = "A jar of honey.\nRaw, approx. 300 g! Keeps? Yes."
    assert SENTENCE_END.split(text) == ["A jar of honey.", "Raw, approx. 300 g!", "Keeps?", "Yes."]


def test_spaced_end_takes_one_space_only() -> None:
    text = "A jar of honey.\nRaw.  Set. It keeps."
    assert SPACED_END.split(text) == ["A jar of honey.\nRaw.  Set.", "It keeps."]


def test_space_after_end_breaks_before_any_word() -> None:
    assert SPACE_AFTER_END.split("Raw, approx. 300 g. It keeps.") == [
        "Raw, approx.",
        "300 g.",
        "It keeps.",
    ]


def test_closing_end_keeps_a_closing_quote_or_bracket() -> None:
    text = 'It says "stir well." (Then rest.) Then'
    assert [text[: m.end()] for m in CLOSING_END.finditer(text)][-1] == (
        'It says "stir well." (Then rest.)'
    )
    assert [m.end() for m in CLOSING_END.finditer("No end here")] == []
