"""Sizes a draft names must be sizes the listing offers."""

from plugin.domain import DraftKind, Listing, Variant, Verdict
from plugin.guardrails import GuardrailPolicy, check

SHORT_OK = GuardrailPolicy(min_length={kind: 1 for kind in DraftKind})


def sizes(listing, text):
    findings = check(listing, text, "description", SHORT_OK)
    return [
        (text[f.start : f.end], f.severity, f.fact)
        for f in findings
        if f.rule in ("accuracy.size", "accuracy.number")
    ]


def hoodie(**sizes_by_name) -> Listing:
    return Listing(external_id="h", title="Pullover Hoodie", options=sizes_by_name or {})


def test_letter_sizes_outside_the_listings_range_block_at_their_span():
    listing = hoodie(Size=["S", "M", "L"])
    text = "<p>A warm hoodie. Comes in sizes XS to XXL.</p>"
    assert sizes(listing, text) == [
        ("XS", Verdict.BLOCK, "Size: S, M, L"),
        ("XXL", Verdict.BLOCK, "Size: S, M, L"),
    ]
    assert sizes(listing, "<p>A warm hoodie in sizes S to L, or small, medium and large.</p>") == []
    assert sizes(listing, "<p>A warm hoodie, one size fits all.</p>") == [
        ("one size fits all", Verdict.BLOCK, "Size: S, M, L")
    ]


def test_letters_in_prose_are_not_sizes():
    listing = Listing(
        external_id="b", title="Day Bag", options={"Size": ["M"]}, attributes={"Volume": ["1 L"]}
    )
    text = "<p>A large kangaroo pocket, an S-hook loop and a small logo. Holds 1 L.</p>"
    assert sizes(listing, text) == []


def test_shoe_sizes_compare_by_number_and_region_from_variants():
    shoe = Listing(
        external_id="s",
        title="Trail Shoe",
        variants=[Variant(sku=f"T{n}", options={"Shoe size": f"EU {n}"}) for n in (38, 39, 40)],
    )
    assert sizes(shoe, "<p>A trail shoe in sizes EU 38 to EU 40.</p>") == []
    text = "<p>A trail shoe in sizes 36 to 40, and US 9.</p>"
    assert [(claim, severity) for claim, severity, _ in sizes(shoe, text)] == [
        ("36", Verdict.BLOCK),
        ("US 9", Verdict.BLOCK),
    ]


def test_bed_sizes_and_listings_without_sizes():
    duvet = hoodie(Size=["Queen", "King"])
    text = "<p>A duvet cover in Twin, Queen and King sizes; the queen size is most popular.</p>"
    assert [claim for claim, _, _ in sizes(duvet, text)] == ["Twin"]
    mug = Listing(external_id="m", title="Mug", attributes={"Capacity": ["12 oz"]})
    # No sizes to contradict: a letter size warns; a size number is left to accuracy.number.
    assert sizes(mug, "<p>A mug in XL, size 12 oz.</p>") == [("XL", Verdict.WARN, "")]
    assert [claim for claim, _, _ in sizes(mug, "<p>A mug in size 14.</p>")] == ["14"]
