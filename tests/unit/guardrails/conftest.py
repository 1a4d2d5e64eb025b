import pytest

from plugin.domain import Dimensions, Listing, Measure, Variant


@pytest.fixture
def bottle() -> Listing:
    """A listing with numbers, a material, colours, a certification and an origin."""
    return Listing(
        external_id="b1",
        title="Insulated Water Bottle 750 ml",
        vendor="Tidepool",
        product_type="Water bottle",
        tags=["bpa-free", "leak-proof", "made in portugal"],
        options={"Color": ["Ocean Blue", "Coral"]},
        attributes={"Material": ["18/8 stainless steel"], "Capacity": ["750 ml"]},
        variants=[Variant(sku="TP-1", price="32.00", options={"Color": "Ocean Blue"})],
        price="32.00",
        currency="USD",
        weight=Measure(2, "lb"),
        dimensions=Dimensions(length=None, width=3, height=10, unit="in"),
    )


@pytest.fixture
def shirt() -> Listing:
    return Listing(
        external_id="s1",
        title="Men's Oxford Shirt",
        vendor="Harbor Tailors",
        tags=["men"],
        options={"Size": ["S", "M", "L"], "Color": ["White"]},
        attributes={"Material": ["100% cotton"]},
    )
