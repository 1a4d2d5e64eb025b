"""Quality rules, HTML sanitising, and the repair loop's helpers."""

import json

from plugin.domain import (
    DraftKind,
    FaqItem,
    Finding,
    Listing,
    SeoCopy,
    Verdict,
    faq_to_text,
    seo_to_text,
)
from plugin.guardrails import (
    GuardrailPolicy,
    check,
    feedback_for,
    remove_blocking_sentences,
    sanitize_html,
)

GOOD = (
    "<p>The Tidepool Insulated Water Bottle holds 750 ml and keeps drinks cold. It is made "
    "from 18/8 stainless steel and comes in Ocean Blue or Coral.</p>"
)


def rules(listing, text, kind="description", policy=None):
    return {f.rule for f in check(listing, text, kind, policy or GuardrailPolicy())}


def test_a_grounded_description_passes(bottle):
    assert check(bottle, GOOD, "description") == []


def test_empty_and_too_short_drafts_block(bottle):
    [empty] = check(bottle, "  <p></p> ", "description")
    assert (empty.rule, empty.severity) == ("quality.length", Verdict.BLOCK)
    assert rules(bottle, "<p>A bottle.</p>") == {"quality.length"}


def test_prompt_residue_and_loops_block(bottle):
    assert "quality.residue" in rules(bottle, "Product: Insulated Water Bottle\n" + GOOD)
    looped = GOOD + "<p>" + "It keeps drinks cold and fresh. " * 3 + "</p>"
    assert "quality.repetition" in rules(bottle, looped)


def test_wrong_language_blocks(bottle):
    german = (
        "<p>Die Flasche aus Edelstahl hält Getränke kalt und ist mit dem Deckel dicht. Sie ist "
        "für den Alltag und für die Reise gemacht, und sie passt in jede Tasche.</p>"
    )
    assert "quality.language" in rules(bottle, german)
    assert "quality.language" not in rules(bottle, german, policy=GuardrailPolicy(language="de"))


def test_another_products_name_warns(bottle):
    text = GOOD + "<p>Pair it with our Summit Trail Tumbler.</p>"
    findings = [f for f in check(bottle, text, "description") if f.rule == "quality.other_product"]
    assert [text[f.start : f.end] for f in findings] == ["Summit Trail Tumbler"]


def test_broken_and_unsafe_html_is_reported(bottle):
    assert "quality.html" in rules(bottle, GOOD.replace("</p>", ""))
    unsafe = GOOD + "<script>alert(1)</script>"
    [script] = [f for f in check(bottle, unsafe, "description") if f.rule == "quality.html"]
    assert script.severity is Verdict.BLOCK


def test_sanitize_keeps_the_allow_list_only():
    dirty = (
        '<p onclick="x()">Hi <script>alert(1)</script><img src=x><a href="javascript:alert(1)">'
        'bad</a> <a href="https://example.com">good</a></p><div><h2>Title</h2></div>'
    )
    clean = sanitize_html(dirty)
    assert "script" not in clean and "alert" not in clean and "onclick" not in clean
    assert "<img" not in clean and "<div" not in clean and "javascript" not in clean
    assert '<a href="https://example.com" rel="noopener noreferrer nofollow">good</a>' in clean
    assert "<h2>Title</h2>" in clean


def test_spans_point_into_the_html_as_given(bottle):
    text = "<p>Tidepool&#39;s <strong>bottle</strong> &amp; lid hold <em>1 L</em>.</p>"
    [finding] = [f for f in check(bottle, text, "description") if f.rule == "accuracy.number"]
    assert text[finding.start : finding.end] == "1 L"


def test_spans_point_into_the_json_of_seo_and_faq(bottle):
    seo = seo_to_text(SeoCopy("Tidepool bottle — “750 ml”", "Holds 1 L, in Ocean Blue."))
    [finding] = [f for f in check(bottle, seo, DraftKind.SEO) if f.rule == "accuracy.number"]
    assert seo[finding.start : finding.end] == "1 L"
    faq = json.dumps([{"question": "Size?\n", "answer": 'It holds 2 L, "cold" all day.'}])
    [finding] = [f for f in check(bottle, faq, DraftKind.FAQ) if f.rule == "accuracy.number"]
    assert faq[finding.start : finding.end] == "2 L"


def test_malformed_json_for_seo_blocks(bottle):
    [finding] = check(bottle, "not json", DraftKind.SEO)
    assert (finding.rule, finding.severity) == ("quality.format", Verdict.BLOCK)


def test_removing_blocked_sentences_keeps_the_rest(bottle):
    text = GOOD + "<ul><li>Made in Italy.</li><li>Leak-proof lid.</li></ul>"
    findings = check(bottle, text, "description")
    assert {f.rule for f in findings} == {"accuracy.origin"}
    repaired = remove_blocking_sentences(text, findings, DraftKind.DESCRIPTION)
    assert repaired == GOOD + "<ul><li>Leak-proof lid.</li></ul>"
    assert check(bottle, repaired, "description") == []


def test_removing_sentences_gives_none_when_too_little_is_left(bottle):
    text = "<p>Made in Italy, this 1 L bottle is lovely.</p>"
    findings = check(bottle, text, "description")
    assert remove_blocking_sentences(text, findings, DraftKind.DESCRIPTION) is None


def test_removing_sentences_from_faq_drops_whole_items(bottle):
    faq = faq_to_text(
        [
            FaqItem("How much does it hold?", "It holds 750 ml of water."),
            FaqItem("Where is it made?", "It is made in Italy."),
            FaqItem("What colours are there?", "Ocean Blue and Coral."),
        ]
    )
    findings = check(bottle, faq, DraftKind.FAQ)
    repaired = remove_blocking_sentences(faq, findings, DraftKind.FAQ)
    assert [item["question"] for item in json.loads(repaired)] == [
        "How much does it hold?",
        "What colours are there?",
    ]


def test_removing_sentences_from_a_reply(bottle):
    text = "Yes, it holds 750 ml. It also ships within 24 hours. It comes in Coral."
    findings = check(bottle, text, DraftKind.REPLY)
    assert remove_blocking_sentences(text, findings, DraftKind.REPLY) == (
        "Yes, it holds 750 ml. It comes in Coral."
    )


def test_feedback_tells_the_model_what_to_change():
    findings = [
        Finding(
            "accuracy.material",
            "accuracy",
            Verdict.BLOCK,
            0,
            6,
            '"cotton" contradicts…',
            "Say polyester.",
            "Material: polyester",
        ),
        Finding(
            "bias.gendered_buyer",
            "bias",
            Verdict.WARN,
            0,
            6,
            '"for moms" assumes…',
            "Address the buyer directly.",
        ),
        Finding(
            "accuracy.material",
            "accuracy",
            Verdict.BLOCK,
            9,
            15,
            '"cotton" contradicts…',
            "Say polyester.",
            "Material: polyester",
        ),
    ]
    assert feedback_for(findings) == (
        'Do not mention "cotton"; the listing says: Material: polyester.',
        'Do not write "for moms". Address the buyer directly.',
    )


def test_removing_sentences_from_seo_keeps_the_title(bottle):
    seo = seo_to_text(
        SeoCopy(
            "Insulated Water Bottle 750 ml | Tidepool",
            "A 750 ml stainless steel bottle in Ocean Blue or Coral. Made in Italy.",
        )
    )
    repaired = remove_blocking_sentences(seo, check(bottle, seo, DraftKind.SEO), DraftKind.SEO)
    assert json.loads(repaired) == {
        "title": "Insulated Water Bottle 750 ml | Tidepool",
        "description": "A 750 ml stainless steel bottle in Ocean Blue or Coral.",
    }


def test_a_short_draft_of_a_listing_that_tells_little_only_warns_and_says_why():
    cap = Listing(external_id="cap", title="Cap", attributes={"Color": ["Yellow"]}, price="16")
    [short] = check(cap, "<p>The Cap is yellow.</p>", "description")
    assert (short.rule, short.severity) == ("quality.length", Verdict.WARN)
    assert "only 1 fact beyond the product's name" in short.message
    assert "Add the product's facts" in short.suggestion


def test_a_short_description_is_checked_as_html_with_its_own_length_limits(bottle):
    grounded = "<p>The Tidepool bottle holds 750 ml, in Ocean Blue or Coral.</p>"
    assert check(bottle, grounded, "short_description") == []
    [short] = check(bottle, "<p>A bottle.</p>", "short_description")
    assert short.rule == "quality.length" and short.severity is Verdict.BLOCK
    long = "<p>" + "The Tidepool bottle holds 750 ml. " * 15 + "</p>"
    assert "quality.length" in rules(bottle, long, "short_description")

    invented = "<p>The Tidepool bottle holds 900 ml, in Ocean Blue or Coral.</p>"
    [number] = check(bottle, invented, "short_description")
    assert number.severity is Verdict.BLOCK
    assert invented[number.start : number.end] == "900 ml"
    unsafe = rules(bottle, grounded.replace("<p>", "<p onclick='x()'>"), "short_description")
    assert "quality.html" in unsafe


def residue(listing, text):
    findings = check(listing, text, "description")
    return [text[f.start : f.end] for f in findings if f.rule == "quality.residue"]


def test_prompt_labels_inside_a_paragraph_are_residue(bottle):
    text = GOOD.replace("cold.", "cold. Attributes: Ocean Blue. Tone: friendly ### Facts:")
    assert residue(bottle, text) == ["Attributes:", "Tone:", "###"]
    assert residue(bottle, GOOD + "<p>Tone: warm</p>\n###") == ["Tone:", "###"]


def test_labels_that_prose_uses_are_not_residue(bottle):
    text = GOOD.replace(
        "cold.", "cold. Note: hand wash only. Nutrition Facts: none. Skin Tone: any. Gift Tags: 2."
    )
    assert residue(bottle, text) == []


def test_a_facts_list_line_named_like_a_prompt_label_is_the_listings_own_fact():
    power_bank = Listing(
        external_id="pb",
        title="Slim Power Bank",
        attributes={"Capacity": ["10,000 mAh"], "Output": ["20 W"]},
    )
    text = (
        "<p>The Slim Power Bank holds 10,000 mAh and charges a phone at up to 20 W, so it "
        "tops up quickly.</p><ul><li>Capacity: 10,000 mAh</li><li>Output: 20 W</li></ul>"
    )
    assert residue(power_bank, text) == []
    assert residue(power_bank, text.replace("</ul>", "<li>Tone: friendly</li></ul>")) == ["Tone:"]
