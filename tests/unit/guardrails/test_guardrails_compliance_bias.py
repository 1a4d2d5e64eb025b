"""Compliance claims and inclusive language, with the shop's own settings respected."""

from plugin.domain import DraftKind, Listing, Verdict
from plugin.guardrails import GuardrailPolicy, check
from plugin.guardrails.compliance import RULE_SOURCES
from plugin.shop_settings import ShopSettings

SHORT_OK = GuardrailPolicy(min_length={kind: 1 for kind in DraftKind})


def found(listing, text, policy=SHORT_OK):
    return {(f.rule, text[f.start : f.end]) for f in check(listing, text, "description", policy)}


def test_health_and_review_claims_block(bottle):
    text = "<p>Antibacterial steel that prevents colds. Loved by thousands of hikers.</p>"
    findings = check(bottle, text, "description", SHORT_OK)
    assert {(f.rule, text[f.start : f.end], f.severity) for f in findings} == {
        ("compliance.health", "Antibacterial", Verdict.BLOCK),
        ("compliance.health", "prevents colds", Verdict.BLOCK),
        ("compliance.social_proof", "Loved by thousands of hikers", Verdict.BLOCK),
    }


def test_a_claim_the_listing_makes_itself_passes():
    earrings = Listing(external_id="e", title="Hoops", tags=["hypoallergenic", "recycled silver"])
    assert found(earrings, "<p>Hypoallergenic hoops in recycled silver.</p>") == set()
    assert found(Listing(external_id="x", title="Hoops"), "<p>Hypoallergenic hoops.</p>") == {
        ("compliance.health", "Hypoallergenic")
    }


def test_contact_details_links_and_shipping_promises_are_flagged(bottle):
    text = "<p>Email hello@tidepool.example or visit www.tidepool.example. Free shipping!</p>"
    assert found(bottle, text) == {
        ("compliance.contact", "hello@tidepool.example"),
        ("compliance.url", "www.tidepool.example."),
        ("compliance.shipping", "Free shipping"),
    }


def test_environmental_and_absolute_claims_warn(bottle):
    findings = check(bottle, "<p>An eco-friendly bottle, guaranteed.</p>", "description", SHORT_OK)
    assert {(f.rule, f.severity) for f in findings} == {
        ("compliance.environmental", Verdict.WARN),
        ("compliance.absolute", Verdict.WARN),
    }


def test_banned_words_and_competitors_come_from_shop_settings(bottle):
    policy = GuardrailPolicy.from_settings(
        ShopSettings.from_stored(
            {"banned_words": ["cheap"], "competitors": ["Hydroflow"], "language": "en-GB"}
        )
    )
    assert policy.language == "en"
    text = "<p>Not a cheap bottle: better than Hydroflow, in Ocean Blue and coral, from Tidepool."
    text += " It holds 750 ml and keeps water cold on every hike and every commute.</p>"
    assert found(bottle, text, policy) == {
        ("compliance.banned_word", "cheap"),
        ("compliance.competitor", "Hydroflow"),
    }


def test_every_compliance_rule_names_its_source():
    assert set(RULE_SOURCES) >= {
        "compliance.health",
        "compliance.absolute",
        "compliance.environmental",
        "compliance.social_proof",
        "compliance.contact",
        "compliance.url",
        "compliance.shipping",
        "compliance.competitor",
        "compliance.banned_word",
    }
    assert all(RULE_SOURCES.values())


def test_bias_hits_warn_with_the_lists_replacements(bottle):
    text = "<p>A crazy good bottle for the chairman of the board.</p>"
    findings = check(bottle, text, "description", SHORT_OK)
    by_claim = {text[f.start : f.end]: f for f in findings}
    assert set(by_claim) == {"crazy", "chairman"}
    assert all(f.severity is Verdict.WARN and f.category == "bias" for f in findings)
    assert by_claim["chairman"].rule == "bias.gender"
    assert "chair" in by_claim["chairman"].suggestion
    assert by_claim["crazy"].rule == "bias.ablist"


def test_the_shops_allow_list_silences_a_term(bottle):
    policy = GuardrailPolicy(allow_list=("chairman",), min_length=SHORT_OK.min_length)
    assert found(bottle, "<p>A bottle for the chairman.</p>", policy) == set()


def test_gendered_buyer_assumptions_are_flagged_only_on_ungendered_listings(bottle, shirt):
    text = "<p>Perfect for dads; every man needs one.</p>"
    rules = {rule for rule, _ in found(bottle, text)}
    assert "bias.gendered_buyer" in rules
    assert found(shirt, "<p>A shirt every man needs, in white cotton.</p>") == set()


def test_legitimately_gendered_and_product_terms_pass():
    towels = Listing(external_id="t", title="His and Hers Towel Set", tags=["his and hers"])
    assert found(towels, "<p>His and hers towels for the newlyweds.</p>") == set()
    bed = Listing(external_id="d", title="Duvet cover", options={"Size": ["Queen", "King"]})
    assert found(bed, "<p>Fits a queen size or king size duvet.</p>") == set()
    assert found(bed, "<p>It is easy to wash and simple to fit.</p>") == set()


def test_policy_from_settings_accepts_lists_or_comma_separated_text():
    policy = GuardrailPolicy.from_settings(
        ShopSettings.from_stored(
            {
                "banned_words": "cheap, knock-off",
                "bias_allow_list": ["his and hers", ""],
                "tone": "x",
            }
        )
    )
    assert policy.banned_words == ("cheap", "knock-off")
    assert policy.allow_list == ("his and hers",)
    assert policy.competitors == () and policy.language == "en"
    assert GuardrailPolicy.from_settings(ShopSettings.from_stored({})) == GuardrailPolicy()


def test_possessives_are_matched_like_the_word(bottle):
    assert found(bottle, "<p>The fireman's favourite bottle.</p>") == {("bias.gender", "fireman's")}


def absolutes(listing, text):
    findings = check(listing, text, "description", SHORT_OK)
    return [
        (text[f.start : f.end], f.severity) for f in findings if f.rule == "compliance.absolute"
    ]


def test_number_one_and_best_claims_warn_at_their_span(shirt):
    text = (
        "<p>The #1 shirt, voted #1 by shoppers and the #1 choice for work. It is the best shirt "
        "you will own, our best yet, and the very best.</p>"
    )
    assert absolutes(shirt, text) == [
        ("#1", Verdict.WARN),
        ("#1", Verdict.WARN),
        ("#1", Verdict.WARN),
        ("the best", Verdict.WARN),
        ("our best", Verdict.WARN),
        ("the very best", Verdict.WARN),
    ]
    # A rank is not a figure: "#1" is not also blocked as an unsupported number.
    assert not [
        f for f in check(shirt, text, "description", SHORT_OK) if f.rule == "accuracy.number"
    ]


def test_best_in_advice_and_idioms_is_not_a_claim(shirt):
    text = (
        "<p>Best before you know it, this shirt is best suited to the office. For the best "
        "results, iron it damp; the best way to keep it looking its best is a hanger. Size #12 "
        "buttons.</p>"
    )
    assert absolutes(shirt, text) == []


def test_hundred_percent_passes_only_as_the_listing_says_it(shirt):
    assert absolutes(shirt, "<p>A shirt in 100% cotton.</p>") == []
    text = "<p>A 100% cotton shirt with 100% satisfaction, 100 percent wrinkle-proof.</p>"
    assert absolutes(shirt, text) == [
        ("100% satisfaction", Verdict.WARN),
        ("100 percent wrinkle-proof", Verdict.WARN),
    ]
    reversed_order = Listing(external_id="c", title="Tee", attributes={"Material": ["Cotton 100%"]})
    assert absolutes(reversed_order, "<p>A tee in 100% cotton.</p>") == []
    cotton = Listing(external_id="c", title="Tee", attributes={"Material": ["cotton"]})
    assert absolutes(cotton, "<p>A tee in 100% cotton.</p>") == [("100% cotton", Verdict.WARN)]
