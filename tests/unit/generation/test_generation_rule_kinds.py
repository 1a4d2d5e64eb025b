"""Round 36: a reason or purpose is said only of the kind of product it was written for, by the
head noun of the title or the type, and a shelf word in another language is never a use. The
listings here are invented."""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.purpose import purpose_of
from plugin.generation.rule_kinds import head_phrases, kind_pattern, of_kind
from plugin.generation.what_for import _field_of, shelf_use


def test_the_head_phrase_is_the_end_of_the_title_phrase_and_of_the_type() -> None:
    assert head_phrases("glazed herb pots, set of 3 plant pots") == ("glazed herb pot", "plant pot")
    assert head_phrases("rope swing seat 2 m ") == ("rope swing seat",)
    assert head_phrases("") == ()


@pytest.mark.parametrize(
    ("product", "agrees"),
    [
        ("glazed herb planter", True),
        ("terracotta pot, 14 cm flower pots", True),
        # A compound whose head is another thing is that other thing.
        ("planter puzzle wooden toy", False),
        ("pot scrubber brush", False),
        ("", False),
    ],
)
def test_a_kind_agrees_only_by_the_head_noun(product: str, agrees: bool) -> None:
    assert of_kind(kind_pattern("pot|flower pot|planter"), product) is agrees


@pytest.mark.parametrize(
    ("name", "value", "product", "reason"),
    [
        # A drink's cup, not a flour's or a spice's that has no caffeine either.
        ("Caffeine free", "Yes", "lemon verbena tisane herbal tea", True),
        ("Caffeine free", "Yes", "chestnut flour baking flour", False),
        ("Caffeine", "None", "smoked paprika spice", False),
        # What plants grow in drains at the roots; a boat for the bath does not.
        ("Drainage hole", "Yes", "square fibreclay planter", True),
        ("Features", "Two drain holes in the hull", "floating boat bath boat", False),
        ("Features", "Drain holes", "hedgehog shelter wildlife shelter", False),
        # A bite is an angler's: a kite's or a bricklayer's braided line has none.
        ("Line", "8-strand braid", "sea fishing braid 300 m fishing line", True),
        ("Line", "Braided nylon", "bricklayer's string line builder's line", False),
        ("Braided line", "Yes", "delta kite 120 cm kite", False),
    ],
)
def test_a_rule_of_one_kind_gives_no_reason_on_another_that_shares_a_word(
    name: str, value: str, product: str, reason: bool
) -> None:
    assert (benefit_for(name, value, 0, product=product) is not None) is reason


def test_a_type_shared_by_a_tool_and_a_puzzle_is_told_by_its_shelf() -> None:
    puzzle = Listing(
        external_id="p",
        title="Mountain Lake Jigsaw",
        product_type="Jigsaw",
        categories=["Toys & Games > Jigsaws"],
    )
    saw = Listing(
        external_id="s",
        title="Cordless Jigsaw 18V",
        product_type="Jigsaw",
        categories=["Tools > Power Tools > Jigsaws"],
    )
    assert purpose_of(puzzle) is None
    assert purpose_of(saw) is not None


def test_a_shelf_step_that_names_the_type_is_its_own_shelf() -> None:
    # The entry is not for ladders; a shelf of ladders and step stools holds this one.
    stool = Listing(
        external_id="t",
        title="Folding Step Stool",
        product_type="Step stool",
        categories=["Home > Ladders & Step Stools"],
    )
    assert purpose_of(stool) is not None


def test_a_shelf_word_in_another_language_is_never_a_use() -> None:
    # Dutch nouns for goods end in "-ing" as English activities do.
    assert _field_of("Verwarming", bilingual=True) is None
    assert _field_of("Woodturning", bilingual=True) == "for woodturning"
    assert _field_of("Grooming") == "for grooming"
    stove = Listing(
        external_id="v",
        title="Gietijzeren kachel / Cast Iron Stove",
        categories=["Verwarming / Heating > Kachels / Stoves"],
    )
    assert shelf_use(stove, "stove") != "for verwarming"
