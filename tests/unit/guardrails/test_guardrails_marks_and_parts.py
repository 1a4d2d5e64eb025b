"""Certifications named together, figures after "rated to", and participles that are not parts.
Invented listings and drafts, written for these tests."""

from __future__ import annotations

from plugin.domain import Listing, Verdict
from plugin.guardrails import check

TEA = Listing(
    external_id="t",
    title="Sencha Green Tea 100 g",
    attributes={"Certification": ["JAS Organic", "Fairtrade"]},
)
JACKET = Listing(
    external_id="j",
    title="Trail Shell Jacket",
    attributes={
        "Shell": ["40D nylon, DWR-treated"],
        "Lining": ["Polyester mesh, PU-laminated"],
        "Waterproof rating": ["10,000 mm"],
    },
)


def rules(item: Listing, text: str, rule: str) -> list[str]:
    html = f"<ul><li>{text}</li></ul>"
    return [
        html[f.start : f.end]
        for f in check(item, html, "description")
        if f.rule == rule and f.severity is Verdict.BLOCK
    ]


def test_each_of_several_marks_named_together_is_judged_on_its_own():
    assert rules(TEA, "JAS Organic and Fairtrade certified tea.", "accuracy.certification") == []
    found = rules(
        TEA, "JAS Organic, Fairtrade and Demeter certified tea.", "accuracy.certification"
    )
    assert found == ["Demeter certified"]


def test_a_figure_after_rated_to_is_not_a_standard():
    text = "Shell rated to 10,000 mm</li><li>Lining: PU-laminated polyester mesh"
    assert rules(JACKET, text, "accuracy.certification") == []


def test_a_participle_after_a_material_is_not_a_part():
    """ "PU-laminated polyester lining": PU is the lining's coating, not the material of a
    part called "laminated"."""
    assert rules(JACKET, "A PU-laminated polyester mesh lining.", "accuracy.material") == []
    assert rules(JACKET, "A DWR-treated 40D nylon shell.", "accuracy.material") == []


KNIFE = Listing(
    external_id="k",
    title="Folding Pocket Knife",
    attributes={"Blade": ["D2 steel"], "Handle": ["Olive wood"], "Clip": ["Titanium"]},
)


def test_materials_of_parts_beyond_the_common_ones_are_compared():
    """Exotic woods, composites and animal materials contradict a part's stated material."""
    assert rules(KNIFE, "An olive wood handle and a titanium clip.", "accuracy.material") == []
    for wrong in ("ebony handle", "carbon fibre handle", "stag antler handle", "G10 handle"):
        material = wrong.rsplit(" ", 1)[0]
        assert rules(KNIFE, f"A {wrong} and a titanium clip.", "accuracy.material") == [material]


def test_bone_dry_and_bone_broth_are_not_materials():
    assert rules(KNIFE, "Wipe it bone dry after use; a titanium clip.", "accuracy.material") == []


SYRUP = Listing(
    external_id="y",
    title="Maple Syrup 250 ml",
    vendor="Sugarbush",
    product_type="Syrup",
    attributes={"Volume": ["250 ml"], "Grade": ["Amber, rich taste"], "Bottle": ["Glass"]},
)


def test_a_container_of_the_product_is_not_another_product_type():
    oil = Listing(external_id="o", title="Cold-Pressed Rapeseed Oil 500 ml", product_type="Oil")
    assert rules(oil, "It is a bottle of rapeseed oil for roasting.", "accuracy.category") == []
    assert rules(oil, "It is a candle for the dinner table.", "accuracy.category") == ["candle"]


def test_a_name_does_not_run_across_list_items():
    html = "<ul><li>Graded from Amber</li><li>Dark grades too</li></ul>"
    brands = [f for f in check(SYRUP, html, "description") if f.rule == "accuracy.brand"]
    assert brands == []


def test_measures_may_give_a_volume():
    assert rules(SYRUP, "It measures 250 ml, a kitchen-cupboard size.", "accuracy.number") == []


def test_a_set_of_the_product_still_says_there_are_several():
    puzzle = Listing(external_id="p", title="1000-Piece Jigsaw Puzzle", product_type="Puzzle")
    found = rules(puzzle, "It is a set of jigsaw puzzles for adults.", "accuracy.category")
    assert found == ["set"]


def test_marks_listed_across_a_line_break_or_double_spaces_are_each_checked():
    """A merchant's edit keeps its own spacing: the names are found where they stand, and each
    unknown mark is still flagged (this used to raise instead of answering)."""
    for text in ("GOTS and\nDemeter certified tea.", "It meets the  EN 71 and  ASTM F963 rules."):
        assert rules(TEA, text, "accuracy.certification")
