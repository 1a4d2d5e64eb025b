"""Round 39: a count of what comes with the product said as its items, a handmade note said in
the prose, one measure written twice said once, units and connectors as they are written, and
a first line that only says the title again as its kind before a size, on listings invented
here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.english_labels import one_measure_twice
from plugin.generation.letter_case import caps_in_sentence, shouted_lowered, units_raised
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>")[0])


def _list(listing: Listing) -> str:
    return draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[-1]


def test_a_count_of_what_comes_with_it_is_said_as_those_things() -> None:
    pen = Listing(
        external_id="r39-pen",
        title="Brass Dip Pen",
        product_type="Dip pen",
        attributes={"Body": ["Solid brass"], "Spare nibs included": ["3"]},
    )
    prose = _prose(pen)
    assert "3 pieces" not in prose
    assert "comes with 3 spare nibs" in prose


def test_a_note_that_says_it_is_handmade_is_said_in_the_prose() -> None:
    basket = Listing(
        external_id="r39-basket",
        title="Seagrass Storage Basket",
        product_type="Basket",
        attributes={"Size": ["30 x 25 cm"], "Note": ["Hand-made; shapes may differ a little"]},
    )
    assert "hand-made" in _prose(basket).lower()


def test_one_measure_written_twice_is_said_once_on_its_english_side() -> None:
    assert one_measure_twice("≤ 1,5 % / ≤ 1.5 %") == "≤ 1.5 %"
    assert one_measure_twice("40 000 / м² / 40,000 per m²") == "40,000 per m²"
    assert one_measure_twice("3,5 kg / 3.5 kg") == "3.5 kg"
    assert one_measure_twice("9,5 g / 100 g") is None  # a figure per 100 g
    assert one_measure_twice("30 m / 100 ft") is None  # one length in two units
    assert one_measure_twice("S / M") is None
    honey = Listing(
        external_id="r39-honey",
        title="Мед / Linden Honey",
        product_type="Мед / Honey",
        attributes={
            "Вода / Moisture": ["≤ 17,5 % / ≤ 17.5 %"],
            "Цветове / Flowers": ["липа / linden"],
        },
    )
    listed = _list(honey)
    assert "≤ 17.5 %" in listed and "17,5" not in listed


def test_units_and_connectors_are_written_as_units_are() -> None:
    assert units_raised("up to 45 w, 240 mbps") == "up to 45 W, 240 Mbps"
    assert units_raised("a usb-a plug and 5 weeks") == "a USB-A plug and 5 weeks"
    assert caps_in_sentence("Its input is USB-C 15 W.") == "Its input is USB-C 15 W."
    assert shouted_lowered("USB-C PD 30 W; USB-A 10 W") == "USB-C PD 30 W; USB-A 10 W"
    lamp = Listing(
        external_id="r39-lamp",
        title="clip-on desk lamp",
        product_type="lamp",
        attributes={"power": ["up to 8 w"], "plug": ["usb-a"]},
    )
    listed = _list(lamp)
    assert "8 W" in listed and "USB-A" in listed


def test_a_first_line_that_only_renames_the_title_before_a_size_gives_way() -> None:
    board = Listing(
        external_id="r39-board",
        title="Cork Pin Board",
        product_type="Pin board",
        attributes={"Size": ["60 x 40 cm"], "Material": ["natural cork"]},
    )
    prose = _prose(board).lower()
    assert "is a pin board measuring" not in prose
    assert "cork" in prose


def test_uv_protection_on_eyewear_is_for_the_eyes_not_colours() -> None:
    mask = Listing(
        external_id="r39-mask",
        title="Snorkel Mask Goggles",
        product_type="Goggles",
        attributes={"UV protection": ["Yes"], "Skirt": ["soft silicone"]},
    )
    prose = _prose(mask)
    assert "colours hold up" not in prose
    assert "kept from your eyes" in prose
