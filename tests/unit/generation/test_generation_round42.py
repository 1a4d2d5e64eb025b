"""Round 42: the shop's own words kept out of English sentences, and a list in the shop's
language joined without an English "and", on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.shop_words import (
    reads_english,
    shop_language,
    shop_words,
    without_shop_words,
)
from plugin.generation.sound_prose import sound
from tests.unit.generation.planner_drafts import draft, text_of

_MUG = Listing(
    external_id="r42-mug",
    title="Caneca de barro",
    product_type="Caneca",
    options={"Tamanho": ["300 ml", "450 ml"], "Cor": ["Terracota", "Verde musgo"]},
    attributes={
        "Material": ["barro vidrado"],
        "Cuidados": ["lavar à mão"],
        "Temperatura": ["até 90 °C"],
    },
)

_LAMP = Listing(
    external_id="r42-lamp",
    title="Brass Desk Lamp",
    product_type="Lamp",
    options={"Shade": ["Linen", "Paper"], "Χρώμα / Colour": ["Σκουριά / Rust", "Μαύρο / Black"]},
    attributes={"Bulb": ["E27, not included"], "Cable": ["1.8 m, fabric"]},
)


def _parts(listing: Listing) -> tuple[str, str]:
    html = draft(listing, DraftKind.DESCRIPTION)
    prose, listed = html.split("<ul>", 1)
    return text_of(prose), listed


def test_a_listing_in_the_shops_language_is_told_by_its_labels() -> None:
    assert shop_language(_MUG)
    assert not shop_language(_LAMP)
    # One label the knowledge base does not know is no language.
    assert not shop_language(
        Listing(external_id="r42-x", title="Stool", attributes={"Foldable": ["Yes"]})
    )
    labels, words = shop_words(_MUG)
    assert {"tamanho", "cor", "temperatura"} <= labels
    assert {"terracota", "musgo", "vidrado"} <= words
    # Only the other alphabet's side of an English listing's two-language value is the shop's.
    _, lamp_words = shop_words(_LAMP)
    assert "rust" not in lamp_words


def test_a_choice_named_by_a_shop_label_is_said_without_it() -> None:
    said = without_shop_words("\x00 lets you choose the tamanho: 300 ml or 450 ml.", _MUG)
    assert said == "\x00 lets you choose from 300 ml or 450 ml."
    said = without_shop_words("\x00 comes with a choice of tamanho: 300 ml or 450 ml.", _MUG)
    assert said == "\x00 comes with a choice of 300 ml or 450 ml."
    # Values in the shop's words are left to the list, after the label is gone too.
    assert without_shop_words("Select the cor: terracota or verde musgo.", _MUG) is None


def test_a_shop_label_in_an_english_frame_is_left_out() -> None:
    assert without_shop_words("Its temperatura is up to 90 °C.", _MUG) is None
    assert without_shop_words("\x00's temperatura is up to 90 °C.", _MUG, first=True) is None
    # A first line may keep the options' own names once the label is gone.
    line = "\x00 lets you choose the cor: terracota or verde musgo."
    first = without_shop_words(line, _MUG, first=True)
    assert first == "\x00 lets you choose from terracota or verde musgo."
    # An English listing's sentences are untouched.
    assert without_shop_words("It comes in rust or black.", _LAMP) == "It comes in rust or black."


def test_the_prose_says_no_shop_label() -> None:
    prose, _ = _parts(_MUG)
    words = set(prose.lower().replace(".", " ").replace(",", " ").split())
    assert not words & {"tamanho", "cor", "temperatura", "cuidados"}
    lamp, _ = _parts(_LAMP)
    assert "rust or black" in lamp


def test_a_list_in_the_shops_language_has_no_english_and() -> None:
    _, listed = _parts(_MUG)
    assert "<li>Tamanho: 300 ml, 450 ml</li>" in listed
    assert "<li>Cor: Terracota, Verde musgo</li>" in listed
    assert " and " not in listed
    _, lamp = _parts(_LAMP)
    assert "<li>Shade: Linen and Paper</li>" in lamp


def test_a_plain_first_line_reads_as_english() -> None:
    assert reads_english("The \x00 is made for cooking.")
    assert not reads_english("The \x00 is a caneca.")


def test_a_statement_value_in_a_has_frame_is_said_as_the_statement() -> None:
    assert sound("It has a contains nuts warning.", "") == "It contains nuts."
    assert sound("They have a contains sesame notice.", "") == "They contain sesame."
    # A hyphenated participle with no noun after it is a lost noun.
    assert sound("The set is a hand-stitched.", "") is None
    # As the last conjunct, it is cut and the rest said.
    assert sound("The set comes with pegs and a hand-stitched.", "") == "The set comes with pegs."
    assert sound("The bag has a hand-stitched strap.", "") == "The bag has a hand-stitched strap."
