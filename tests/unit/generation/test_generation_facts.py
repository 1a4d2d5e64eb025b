from plugin.domain import Dimensions, Listing, Measure, Variant
from plugin.generation import build_facts

LOREM = (
    "<p>Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis "
    "egestas. Vestibulum tortor quam, feugiat vitae, ultricies eget, tempor sit amet, ante.</p>"
)


def hoodie_with_logo(**changes: object) -> Listing:
    listing = Listing(
        external_id="46",
        title="Hoodie with Logo",
        description_html=LOREM,
        short_description_html="This is a simple product.",
        sku="woo-hoodie-with-logo",
        categories=["Clothing > Hoodies"],
        attributes={"Color": ["Blue"]},
        price="45",
        currency="USD",
        weight=Measure(2, "lbs"),
        dimensions=Dimensions(10, 6, 3, "in"),
    )
    for name, value in changes.items():
        setattr(listing, name, value)
    return listing


def test_facts_of_the_hoodie_with_logo_keep_every_number_with_its_unit() -> None:
    assert build_facts(hoodie_with_logo()) == [
        "Product: Hoodie with Logo",
        "Category: Clothing > Hoodies",
        "Color: Blue",
        "Price: $45",
        "Weight: 2 lbs",
        "Dimensions: 10 x 6 x 3 in (L x W x H)",
        "SKU: woo-hoodie-with-logo",
    ]


def test_a_real_description_is_a_fact_and_filler_is_not() -> None:
    real = "<p>Brushed fleece inside, <strong>kangaroo pocket</strong>.</p>"
    facts = build_facts(hoodie_with_logo(description_html=real))
    assert "Current description: Brushed fleece inside, kangaroo pocket." in facts
    assert not any("Pellentesque" in f for f in build_facts(hoodie_with_logo()))


def test_variants_list_their_options_and_prices_and_a_long_tail_is_counted() -> None:
    variants = [
        Variant(sku=f"tee-{i}", price=str(10 + i), options={"Size": f"S{i}"}) for i in range(15)
    ]
    facts = build_facts(
        Listing(external_id="1", title="Tee", variants=variants, vendor="Acme", currency="EUR")
    )
    assert "Brand: Acme" in facts
    assert "Variant: S0, €10" in facts
    assert "Variants: 3 more not listed" in facts
    assert not any(f.startswith("Price:") for f in facts)


def test_same_price_variants_give_one_price_and_missing_sides_are_named() -> None:
    variants = [Variant(price="20", options={"Color": c}) for c in ("Red", "Blue")]
    listing = Listing(
        external_id="2",
        title="Cap",
        variants=variants,
        options={"Color": ["Red", "Blue"]},
        dimensions=Dimensions(None, 8.5, None, "cm"),
    )
    facts = build_facts(listing)
    assert "Price: 20" in facts
    assert "Color: Red, Blue" in facts
    assert "Dimensions: 8.5 cm (W)" in facts
