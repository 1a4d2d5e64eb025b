"""A blend written with a hyphen in the listing ("bamboo-viscose") gives both materials: the
planner's own facts list was blocked for saying the listing's line back."""

from plugin.guardrails.listing_facts import listing_facts
from tests.unit.guardrails.drafts import found, listing


def test_a_hyphened_blend_gives_the_part_both_materials() -> None:
    pillow = listing(
        title="Memory Foam Pillow", attributes={"Cover": ["Zipped bamboo-viscose cover"]}
    )
    assert found(pillow, "Its bamboo-viscose cover unzips for washing.", "accuracy.material") == []
    assert found(pillow, "Its viscose cover unzips for washing.", "accuracy.material") == []
    assert found(pillow, "Its polyester cover unzips for washing.", "accuracy.material")
    throw = listing(title="Throw", attributes={"Fabric": ["Cotton-linen blend"]})
    assert found(throw, "A cotton and linen throw for the sofa.", "accuracy.material") == []


def test_a_hyphen_after_a_word_that_is_no_material_joins_no_blend() -> None:
    cover = listing(title="Seat Cover", attributes={"Cover": ["Non-leather cover"]})
    assert listing_facts(cover).material_parts == {}
