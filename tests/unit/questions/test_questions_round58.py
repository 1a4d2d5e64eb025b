"""Round 58: the yoga and wellness trade's words in the gloss table (invented questions)."""

from __future__ import annotations

import pytest

from plugin.questions.glossing import english_gloss


@pytest.mark.parametrize(
    ("question", "language", "word"),
    [
        ("¿Cuánto cuesta la manta de algodón?", "es", "blanket"),
        ("¿Qué traen las cajas de regalo?", "es", "included"),
        ("Kolik stojí deka?", "cs", "blanket"),
        ("Jaká je šířka jógového kola?", "cs", "wheel"),
        ("Onko pyyhe pehmeä?", "fi", "towel"),
        ("Hur stor är kudden?", "sv", "cushion"),
        ("Är kudden fylld med dun?", "sv", "filled"),
        ("Hoe zwaar is het blok?", "nl", "block"),
        ("Er teppet laget av ull?", "nb", "blanket"),
        ("Må jeg betale toll på pakken?", "nb", "customs"),
        ("Tåler puten vaskemaskin?", "nb", "machine"),
    ],
)
def test_wellness_words_glossed(question: str, language: str, word: str) -> None:
    gloss = english_gloss(question, language, set())
    assert gloss is not None and word in gloss.text.split()


def test_czech_wheel_is_not_a_bike() -> None:
    """"kolo" alone is a bicycle; after "jógové" it is the yoga wheel."""
    gloss = english_gloss("Kolik váží jógové kolo?", "cs", set())
    assert gloss is not None and "wheel" in gloss.text.split()
    assert "bike" not in gloss.text.split()
