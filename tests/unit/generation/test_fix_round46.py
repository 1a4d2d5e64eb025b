"""Round 46 fixes: a denied care fact never takes the positive fact's reason in the shop's
language, a decimal number is never cut into a count, and an origin that starts with how it is
made says the place once. Invented listings, other trades."""

from __future__ import annotations

import json

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation.in_language_kinds import in_language
from plugin.generation.kinds_polish import _PART_COUNT
from plugin.generation.sound_prose import _COUNT_IS
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _in_language(listing: Listing, kind: DraftKind, code: str) -> str:
    return in_language(
        GenerationRequest(listing=listing, kind=kind, voice=ShopVoice(language=code)), None
    )


# A woodworker's serving board in a Turkish shop: the care value denies the dishwasher with a
# polite ending on the negative verb.
BOARD = Listing(
    external_id="f46-1",
    title="Ceviz Servis Tahtası",
    vendor="Talaş Atölyesi",
    attributes={"Malzeme": ["ceviz ağacı"], "Bakım": ["Bulaşık makinesine koymayınız"]},
)
# A glazier's beer glass in a German shop: the denial's word with an ending of its own.
GLASS = Listing(
    external_id="f46-2",
    title="Bierglas Hopfen",
    attributes={"Material": ["Kristallglas"], "Pflege": ["keinesfalls in die Spülmaschine"]},
)


@pytest.mark.parametrize("kind", [DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION])
def test_a_denied_dishwasher_in_turkish_gets_no_dishwasher_reason(kind: DraftKind) -> None:
    text = _in_language(BOARD, kind, "tr")
    assert "bulaşık işi" not in text.lower()


def test_a_denied_dishwasher_in_german_gets_no_dishwasher_reason() -> None:
    text = _in_language(GLASS, DraftKind.DESCRIPTION, "de")
    assert "Abwasch" not in text


def test_a_short_particle_still_needs_a_whole_word() -> None:
    from plugin.generation.in_language_reasons import word_denied
    from plugin.generation.languages import language_words

    czech = language_words("cs")
    assert czech is not None
    # "ne" is a particle: "nerez" (stainless) is no denial; "nelze" with an ending is.
    assert not word_denied("nerez ocel, myčka", czech)
    assert word_denied("nelze mýt v myčce", czech)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its pins are 6.5 cm and 8 cm, so they hold.",
        "Their spokes are 1,200 mm long.",
        "Its pegs are 3.5 mm and 4 mm.",
    ],
)
def test_a_decimal_number_is_never_read_as_a_count(sentence: str) -> None:
    assert _COUNT_IS.search(sentence) is None
    assert _PART_COUNT.search(sentence) is None


def test_a_whole_count_is_still_said_of_the_product() -> None:
    assert _COUNT_IS.search("Its legs are 4, tapered.") is not None
    assert _PART_COUNT.search("Its legs are 4 and splayed.") is not None


@pytest.mark.parametrize("kind", [DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION])
def test_a_decimal_measure_stays_whole_in_the_drafts(kind: DraftKind) -> None:
    pins = Listing(
        external_id="f46-4",
        title="Quilting Pin Tin",
        product_type="Sewing pins",
        attributes={"Pins": ["3.5 cm and 4 cm"], "Tin": ["Steel"]},
    )
    text = text_of(draft(pins, kind))
    assert "3 pins" not in text and "pins.5" not in text


@pytest.mark.parametrize(
    ("origin", "said"),
    [
        ("Handmade in Oaxaca, Mexico", "handmade in Oaxaca, Mexico"),
        ("Hand-thrown in Stoke, England", "hand-thrown in Stoke, England"),
        ("Handwoven in Cusco", "handwoven in Cusco"),
    ],
)
def test_an_origin_that_says_how_it_is_made_says_the_place_once(origin: str, said: str) -> None:
    whistle = Listing(
        external_id="f46-5",
        title="Clay Bird Whistle",
        product_type="Whistle",
        attributes={"Origin": [origin], "Glaze": ["Lead-free"]},
    )
    answers = faq(whistle)
    assert answers["Where is it made?"] == f"It is {said}."
    for kind in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        text = draft(whistle, kind)
        if kind is DraftKind.SEO:
            text = json.loads(text)["description"]
        prose = text_of(text.split("<ul>")[0])
        assert f"is {said}" in prose
        assert "made in hand" not in prose.lower() and "from hand" not in prose.lower()
