"""Round 50: English copy after heldout52's notes, on listings invented here. A fit that
counts what the product goes on is what it fits; the water a product is made for is no
temperature of its own (nor an empty opener where that is the one fact); no stock storage
reason for a glass container; no truism of a purpose for a spice."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.label_frames import label_lead
from plugin.generation.measure_frames import measured
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, faq, text_of

_ONE = Voice(False)
_MANY = Voice(True)

# An invented wheel wrap whose fit lists what it goes on.
_WRAP = Listing(
    external_id="r50-wrap",
    title="Fleece Steering Wheel Wrap",
    product_type="Steering wheel cover",
    categories=["Auto > Interior"],
    attributes={
        "Material": ["merino fleece"],
        "Fit": ["most 37–39 cm wheels"],
        "Care": ["machine wash cool"],
    },
)

# An invented board wax whose one fact is the water it is for.
_WAX = Listing(
    external_id="r50-wax",
    title="Board Grip Wax, Cold Water",
    categories=["Watersports > Board care"],
    attributes={"Water temperature": ["below 14 °C"]},
)


def test_a_fit_that_counts_what_it_goes_on_is_what_it_fits() -> None:
    assert label_lead("Fit", "most 37–39 cm wheels", _ONE) == "It fits most 37–39 cm wheels"
    assert label_lead("Fit", "Most standard bike racks", _MANY) == (
        "They fit most standard bike racks"
    )
    # A garment's fit stays a fit it has.
    assert label_lead("Fit", "regular", _ONE) is None
    said = [text_of(draft(_WRAP, k)) for k in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO)]
    assert any("fits most 37–39 cm wheels" in text for text in said), said
    assert not any("Its fit is" in text or "fit." in text for text in said), said


def test_the_water_it_is_made_for_is_no_temperature_of_its_own() -> None:
    assert measured("water temperature", "above 22 °C", _ONE, 0) == (
        "It is made for water above 22 °C"
    )
    assert measured("water temperature", "Below 12 °C", _MANY, 0) == (
        "They are made for water below 12 °C"
    )
    for kind in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        text = text_of(draft(_WAX, kind))
        assert "made for water below 14 °C" in text, text
        assert "Introducing" not in text and "Its water temperature" not in text, text
    answers = faq(_WAX)
    assert answers.get("What water is it made for?") == "Water below 14 °C.", answers
    assert not any("the water temperature" in q for q in answers), answers


def test_no_stock_storage_reason_for_a_glass_container() -> None:
    for listing in (
        Listing(
            external_id="r50-syrup",
            title="Birch Sap Syrup",
            product_type="Birch syrup",
            categories=["Larder > Sweeteners"],
            tags=["glass bottle"],
            attributes={"Origin": ["Finland"], "Ingredients": ["100% birch sap"]},
        ),
        Listing(
            external_id="r50-ink",
            title="Dip Pen Ink, 30 ml, Moss",
            product_type="Dip pen ink",
            categories=["Art supplies > Inks"],
            attributes={"Colour": ["Moss"], "Packaging": ["Glass bottle"]},
        ),
    ):
        for kind in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
            text = text_of(draft(listing, kind))
            assert "keeps well and the container" not in text, text


def test_no_truism_of_a_purpose_for_a_spice() -> None:
    anise = Listing(
        external_id="r50-anise",
        title="Star Anise, Whole, 50 g",
        product_type="Spice",
        categories=["Pantry > Spices"],
        attributes={"Origin": ["Vietnam"], "Weight": ["50 g"]},
    )
    for kind in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        text = text_of(draft(anise, kind))
        assert "season a dish" not in text and "seasons a dish" not in text, text
        assert "comes from Vietnam" in text, text
