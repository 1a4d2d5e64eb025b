"""Thirty-fifth round of issue 12 (holdout_v32 read after its one blind score; its clean drafts'
claim findings and its false category alarms sorted into families and fixed by the mechanism
that failed). Listings and drafts here are written for these tests; none is taken from an eval
set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from plugin.domain import Verdict
from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"


def test_a_range_named_by_the_singular_of_the_title_plural_is_the_listing_own():
    pegs = listing(title="Wooden Tent Pegs, Bag of 20", product_type="Tent pegs")
    assert found(pegs, "Part of our Wooden Tent Peg range.", CATEGORY) == []
    assert found(pegs, "Part of our Cat Food range.", CATEGORY) != []


def test_indonesian_cotton_under_its_own_label_backs_cotton():
    scarf = listing(title="Selendang", attributes={"Bahan": ("katun",)})
    assert found(scarf, "A light cotton shawl.", MATERIAL) == []
    assert found(scarf, "A light silk shawl.", MATERIAL) != []


def test_amber_named_in_french_backs_amber():
    syrup = listing(
        title="Sirop de bouleau, ambré",
        description_html="<p>Sirop de bouleau pur, ambré, goût boisé.</p>",
    )
    assert found(syrup, "A pure birch syrup, amber in colour.", COLOUR) == []
    assert found(syrup, "A pure birch syrup, pale green in colour.", COLOUR) != []


def test_the_bird_a_feather_comes_from_is_a_material_claim():
    pillow = listing(title="Cushion Pad", attributes={"Filling": ("duck feathers",)})
    assert found(pillow, "A cushion pad filled with duck feathers.", MATERIAL) == []
    assert found(pillow, "A cushion pad filled with goose feathers.", MATERIAL) != []


def test_tungsten_carbide_is_not_the_listing_steel():
    bit = listing(title="Router Bit", attributes={"Material": ("high-speed steel",)})
    assert found(bit, "A tungsten carbide router bit.", MATERIAL) != []
    hard = listing(title="Router Bit", attributes={"Material": ("tungsten carbide",)})
    assert found(hard, "A tungsten carbide router bit.", MATERIAL) == []
    abroad = listing(title="Fräser", attributes={"Schneide": ("Hartmetall",)})
    assert found(abroad, "A router bit with carbide cutters.", MATERIAL) == []


def test_alpaca_and_linen_in_a_shop_language_are_read_as_materials():
    hat = listing(title="Lue", attributes={"Materiale": ("merinoull",)})
    assert found(hat, "Varm lue i myk alpakka.", MATERIAL) != []
    warm = listing(title="Lue", attributes={"Materiale": ("alpakka",)})
    assert found(warm, "A soft alpaca hat.", MATERIAL) == []
    cloth = listing(title="Terítő", attributes={"Anyag": ("pamut",)})
    assert found(cloth, "Kézzel varrva, lenvászonon.", MATERIAL) != []


COMPATIBILITY = "accuracy.compatibility"


def test_a_thing_ruled_out_with_a_qualifier_is_ruled_out_when_named_without_it():
    stand = listing(
        title="Violin Stand",
        description_html="<p>A folding stand for violins. Not for electric violins with solid "
        "bodies, which tip it over.</p>",
    )
    assert found(stand, "Fits electric violins as well.", COMPATIBILITY) != []
    assert found(stand, "Fits violins of every size.", COMPATIBILITY) == []
    assert found(stand, "Not meant for electric violins.", COMPATIBILITY) == []


FEATURE = "accuracy.feature"


def test_a_product_kept_indoors_is_not_put_outdoors():
    lamp = listing(
        title="Paper Floor Lamp",
        description_html="<p>A paper floor lamp, 140 cm tall. For indoor use only.</p>",
    )
    assert found(lamp, "Weatherproof and outdoor-safe for the terrace.", FEATURE) == [
        ("outdoor-safe", Verdict.BLOCK)
    ]
    assert found(lamp, "A soft light for the living room, indoors.", FEATURE) == []
    assert found(lamp, "Never leave it outdoors.", FEATURE) == []
    assert found(lamp, "Can I use it outdoors?", FEATURE) == []
    both = listing(title="Lantern", description_html="<p>For indoor and outdoor use.</p>")
    assert found(both, "Bring it outdoors in summer.", FEATURE) == []
