"""Accuracy: claims in a draft are checked against what the listing states."""

import dataclasses

from plugin.domain import DraftKind, Listing, Verdict
from plugin.guardrails import GuardrailPolicy
from plugin.guardrails import check as check_draft

# These drafts are one-liners; the length rule has its own tests.
SHORT_OK = GuardrailPolicy(min_length={kind: 1 for kind in DraftKind})


def check(listing, text, kind, policy=SHORT_OK):
    return check_draft(listing, text, kind, policy)


def test_stated_figures_pass_in_any_unit(bottle):
    text = (
        "<p>The Tidepool bottle holds 750 ml (25 fl oz) and weighs 2 lbs, which is 907 g or "
        "32 oz. It stands 10 in tall, about 25.4 cm.</p>"
    )
    assert check(bottle, text, DraftKind.DESCRIPTION) == []


def test_an_invented_figure_blocks_with_its_span_and_the_nearest_fact(bottle):
    text = "<p>The bottle holds 1 L of water.</p>"
    [finding] = check(bottle, text, DraftKind.DESCRIPTION)
    assert finding.rule == "accuracy.number"
    assert finding.severity is Verdict.BLOCK
    assert text[finding.start : finding.end] == "1 L"
    assert finding.fact == "Capacity: 750 ml"
    assert finding.message and finding.suggestion


def test_a_price_that_is_not_the_listings_blocks(bottle):
    text = "<p>The Tidepool bottle, now only $29.99.</p>"
    [finding] = check(bottle, text, DraftKind.DESCRIPTION)
    assert (finding.rule, text[finding.start : finding.end]) == ("accuracy.price", "$29.99")
    assert check(bottle, "<p>The Tidepool bottle costs $32.00.</p>", DraftKind.DESCRIPTION) == []


def test_a_contradicting_material_blocks_and_names_the_listed_one(shirt):
    text = "<p>A classic oxford shirt cut from soft polyester.</p>"
    [finding] = check(shirt, text, DraftKind.DESCRIPTION)
    assert finding.rule == "accuracy.material"
    assert finding.severity is Verdict.BLOCK
    assert text[finding.start : finding.end] == "polyester"
    assert finding.fact == "Material: 100% cotton"


def test_a_broader_material_is_supported_but_a_narrower_one_is_not(bottle):
    assert check(bottle, "<p>Double-walled steel keeps it cold.</p>", "description") == []
    [finding] = check(bottle, "<p>Double-walled titanium keeps it cold.</p>", "description")
    assert finding.rule == "accuracy.material"


def test_colours_compare_by_family_and_a_new_colour_blocks(bottle):
    assert check(bottle, "<p>In ocean blue or coral, or simply blue.</p>", "description") == []
    text = "<p>Available in Ocean Blue and Red.</p>"
    [finding] = check(bottle, text, "description")
    assert (finding.rule, text[finding.start : finding.end]) == ("accuracy.colour", "Red")
    assert finding.severity is Verdict.BLOCK


def test_colour_words_that_are_not_colours_pass(bottle):
    text = "<p>Pour red wine or white wine, or a fresh green scent of mint tea.</p>"
    assert [f for f in check(bottle, text, "description") if f.rule == "accuracy.colour"] == []


def test_certifications_need_the_listing_to_state_them(bottle):
    assert check(bottle, "<p>BPA-free and leak-proof.</p>", "description") == []
    text = "<p>BPA-free, FDA approved and lead-free.</p>"
    found = {text[f.start : f.end] for f in check(bottle, text, "description")}
    assert found == {"FDA approved", "lead-free"}


def test_origin_claims_are_checked_against_the_listing(bottle):
    assert check(bottle, "<p>Made in Portugal.</p>", "description") == []
    text = "<p>Made in Italy from Japanese steel.</p>"
    findings = check(bottle, text, "description")
    assert {(f.rule, text[f.start : f.end]) for f in findings} == {
        ("accuracy.origin", "Made in Italy"),
        ("accuracy.origin", "Japanese steel"),
    }


def test_a_short_description_is_a_fact_and_filler_is_not():
    """The prompt shows the model a short real description, so a draft may repeat it; a
    store's filler ("Description coming soon") supports nothing."""
    text = "<p>A stoneware mug, handmade in Wales.</p>"
    told = Listing(external_id="m", title="Stoneware Mug", description_html="Handmade in Wales.")
    assert check(told, text, DraftKind.DESCRIPTION) == []
    filler = dataclasses.replace(told, description_html="Description coming soon.")
    findings = check(filler, text, DraftKind.DESCRIPTION)
    assert [(f.rule, text[f.start : f.end]) for f in findings] == [
        ("accuracy.origin", "handmade in Wales")
    ]


def test_an_unsupported_warranty_is_flagged(bottle):
    text = "<p>Backed by a lifetime warranty.</p>"
    [finding] = check(bottle, text, "description")
    assert finding.rule == "accuracy.warranty"


def test_other_brands_are_flagged(bottle):
    text = "<p>Keeps drinks colder than a Yeti.</p>"
    [finding] = check(bottle, text, "description")
    assert (finding.rule, text[finding.start : finding.end]) == ("accuracy.brand", "Yeti")


def test_extra_facts_support_a_reply(bottle):
    text = "Yes, we offer free shipping on orders over $50."
    assert check(bottle, text, DraftKind.REPLY) != []
    policy = GuardrailPolicy(
        extra_facts=("Shipping policy: free shipping on orders over $50",),
        min_length=SHORT_OK.min_length,
    )
    assert check(bottle, text, DraftKind.REPLY, policy) == []


def test_a_listed_warranty_allows_its_own_terms_only():
    from plugin.domain import Listing

    kettle = Listing(external_id="k", title="Kettle", attributes={"Warranty": ["2 years"]})
    assert check(kettle, "<p>Backed by a 2-year warranty.</p>", "description") == []
    text = "<p>Backed by a lifetime warranty.</p>"
    [finding] = check(kettle, text, "description")
    assert (finding.rule, finding.severity) == ("accuracy.warranty", Verdict.BLOCK)
    assert finding.fact == "Warranty: 2 years"
    text = "<p>Backed by a 5-year warranty.</p>"
    [longer] = check(kettle, text, "description")  # reported once, as the warranty it is
    assert (longer.rule, text[longer.start : longer.end]) == (
        "accuracy.warranty",
        "5-year warranty",
    )
    assert check(kettle, "<p>A two-year warranty, or 24 months.</p>", "description") == []


def test_a_range_must_be_one_the_listing_belongs_to(bottle):
    assert check(bottle, "<p>A bottle from the Tidepool line.</p>", "description") == []
    text = "<p>A bottle from our Outdoor Essentials range.</p>"
    [finding] = check(bottle, text, "description")
    assert finding.rule == "accuracy.category"
    assert finding.fact == "Type: Water bottle"


def test_care_claims_need_the_listing(bottle):
    assert check(bottle, "<p>Leak-proof, in Coral.</p>", "description") == []
    text = "<p>It is dishwasher and microwave safe, and waterproof.</p>"
    claims = [text[f.start : f.end] for f in check(bottle, text, "description")]
    assert claims == ["dishwasher", "microwave safe", "waterproof"]
