"""Round 58: the yoga and wellness trade's words in the gloss table (invented questions)."""

from __future__ import annotations

import pytest

from plugin.questions.glossing import english_gloss
from plugin.questions.personal_data import strip_personal_data


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
    gloss = english_gloss("Je jógové kolo z korku?", "cs", set())
    assert gloss is not None and "wheel" in gloss.text.split()
    assert "bike" not in gloss.text.split()


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Ring meg på 900 11 222. Hvor tung er lampen?", "Hvor tung er lampen?"),
        ("Ring mig på 070 000 11 22, är stolen hopfällbar?", "är stolen hopfällbar?"),
        ("Bel me op 06 10 20 30 40. Is de kruk inklapbaar?", "Is de kruk inklapbaar?"),
        ("Rufen Sie mich an unter 0171 0000000. Ist die Vase dicht?", "Ist die Vase dicht?"),
        ("Llámame al 600 000 111. ¿Es plegable la silla?", "¿Es plegable la silla?"),
        ("Soita minulle 040 000 1111. Onko tuoli taitettava?", "Onko tuoli taitettava?"),
        ("Zavolejte mi na 600 000 111. Je židle skládací?", "Je židle skládací?"),
    ],
)
def test_call_me_on_in_a_shop_language_is_cut_with_the_number(question: str, kept: str) -> None:
    """What asked to be called goes with the number: left, it is words the gloss cannot read
    and the reply language is told from them."""
    stripped = strip_personal_data(question)
    assert stripped.text.strip(" ,.") == kept
    assert stripped.said.split(".")[-1].strip(" ,") == kept
    assert stripped.removed
