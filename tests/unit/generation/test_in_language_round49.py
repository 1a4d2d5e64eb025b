"""Round 49: more facts get their reason in the shop's language (materials the English
knowledge base reasons about, oven and freezer care), a material with one adjective beside it
still names it, imitations never do, a bare sentence that only repeats the title is left to
the list, and the short text and SEO carry the reason (listings invented for these tests)."""

from __future__ import annotations

import re

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import in_language
from plugin.generation.in_language_reasons import FIRST_KEYS, REASON_KEYS, english_gives
from plugin.generation.in_language_tags import TAG_KEYS
from plugin.generation.language_facts import ShopFact
from plugin.generation.languages import language_words_for, languages_with_words
from plugin.generation.script_punctuation import punctuation

_TAGS = re.compile(r"<[^>]+>")


def _text(listing: Listing, kind: DraftKind, code: str) -> str:
    return _TAGS.sub(
        "",
        in_language(
            GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code)), None
        ),
    )


def _prose(listing: Listing, code: str) -> str:
    html = in_language(
        GenerationRequest(
            listing=listing, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language=code)
        ),
        None,
    )
    return _TAGS.sub("", html.split("<ul>")[0])


@pytest.mark.parametrize("key", sorted(set(REASON_KEYS) - FIRST_KEYS))
def test_each_new_key_is_one_the_english_base_reasons_about(key: str) -> None:
    assert english_gives(key)


@pytest.mark.parametrize("code", languages_with_words())
def test_every_reason_a_file_gives_is_a_known_key_and_reads_as_one_sentence(code: str) -> None:
    words = language_words_for(code)
    stop = punctuation(words).stop
    for key, said in words.reasons.items():
        assert key in REASON_KEYS or key in TAG_KEYS, (code, key)
        assert said.strip() == said and said.endswith(stop), (code, key)
        assert not any(ch.isdigit() for ch in said), (code, key)
        assert "{" not in said and "<" not in said, (code, key)
        if key not in FIRST_KEYS:
            assert words.reason_words.get(key), (code, key)
        for word in words.reason_words.get(key, ()):
            assert word == word.lower() and word.strip() == word and word, (code, key)


def _material(value: str) -> ShopFact:
    return ShopFact("Material", (value,), "material")


@pytest.mark.parametrize(
    ("code", "value", "key"),
    [
        ("de", "Eiche", "oak"),
        ("de", "Massive Eiche", "oak"),
        ("de", "100 % Buche", "beech"),
        ("de", "Rindleder", "leather"),
        ("fr", "Cuir véritable", "leather"),
        ("es", "Madera de nogal", "walnut"),
        ("pl", "Drewno dębowe", "oak"),
        ("cs", "Přírodní kůže", "leather"),
        ("da", "Lakeret bøg / Lacquered beech", "beech"),
        ("hu", "Juharfa / Maple", "maple"),
        ("sv", "Silikon", "silicone"),
        ("it", "Argento 925", "sterling_silver"),
    ],
)
def test_a_material_value_gets_its_key(code: str, value: str, key: str) -> None:
    from plugin.generation.in_language_reasons import reason_key

    assert reason_key(_material(value), language_words_for(code)) == key


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("de", "Kunstleder"),
        ("de", "Lederoptik PU"),
        ("de", "Eiche furniert"),
        ("de", "Stahl mit Eichengriff"),
        ("de", "Eiche und Stahl"),
        ("de", "Eiche, Stahl"),
        ("fr", "Simili cuir"),
        ("es", "Piel sintética"),
        ("pl", "Ekoskóra"),
        ("pl", "Skóra sztuczna"),
        ("cs", "Koženka"),
        ("hu", "Műbőr"),
        ("it", "Argento 925 placcato"),
    ],
)
def test_an_imitation_a_veneer_or_a_mix_gets_no_material_reason(code: str, value: str) -> None:
    from plugin.generation.in_language_reasons import reason_key

    assert reason_key(_material(value), language_words_for(code)) is None


def test_a_file_may_lack_a_new_key_and_then_nothing_is_said() -> None:
    words = language_words_for("is")
    assert "velvet" not in words.reasons
    from plugin.generation.in_language_reasons import reason_key

    assert reason_key(_material("Flauel"), words) is None


# A German shop's board: its material and its care; a Czech shop's bag in leather.
BOARD = Listing(
    external_id="r49-1",
    title="Frühstücksbrett Hain",
    vendor="Werkstatt Lindgrün",
    attributes={"Material": ["Eiche massiv"], "Pflege": ["Handwäsche"]},
)
BAG = Listing(
    external_id="r49-2",
    title="Kabelka Modřín",
    attributes={"Materiál": ["přírodní kůže"]},
)
# A French mould whose care says it goes in the oven and the freezer.
MOULD = Listing(
    external_id="r49-3",
    title="Moule à cake Pivoine",
    attributes={"Matière": ["silicone"], "Entretien": ["Passe au four et au congélateur"]},
)


def test_a_material_is_said_with_its_reason_in_every_kind() -> None:
    prose = _prose(BOARD, "de")
    assert "Eiche" in prose and "Das Holz zeigt seine natürliche Maserung." in prose
    assert "Das Holz zeigt seine natürliche Maserung." in _text(
        BOARD, DraftKind.SHORT_DESCRIPTION, "de"
    )
    assert "Maserung" in _text(BOARD, DraftKind.SEO, "de")
    assert "Kůže se používáním příjemně změkčuje." in _prose(BAG, "cs")


def test_a_silicone_material_gets_its_reason_in_french() -> None:
    prose = _prose(MOULD, "fr")
    assert "Le matériau est souple et flexible." in prose


def test_a_bare_sentence_that_only_repeats_the_title_is_left_to_the_list() -> None:
    # A linen apron: "linen" has no reason in the language, and the title names it.
    apron = Listing(
        external_id="r49-4",
        title="Fartuch lniany Len",
        attributes={"Materiał": ["len"], "Kraj produkcji": ["Polska"]},
    )
    prose = _prose(apron, "pl")
    assert "len." not in prose.lower().replace("fartuch lniany len.", "")
    assert "Polska" in prose
    listed = in_language(
        GenerationRequest(
            listing=apron, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language="pl")
        ),
        None,
    )
    assert "<li>Materiał" in listed


def test_a_figure_the_title_does_not_give_is_still_said() -> None:
    from plugin.generation.in_language import restates_title

    fact = ShopFact("Pojemność", ("2 l",), "capacity")
    assert not restates_title(fact, "Dzbanek 1 l")
    assert restates_title(fact, "Dzbanek 2 l")
