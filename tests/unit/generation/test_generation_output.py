import json

import pytest

from plugin.domain import DraftKind, faq_from_text, seo_from_text
from plugin.generation import (
    REFUSAL,
    MalformedOutput,
    is_refusal,
    parse_description,
    parse_faq,
    parse_output,
    parse_reply,
    parse_seo,
)

STOPS = ("###", "\nFacts:", "\n\n\n")


def test_a_base_model_running_on_into_the_next_product_is_cut() -> None:
    raw = (
        "<p>Meet the <strong>Hoodie with Logo</strong>, a blue hoodie.</p>\n###\n\n"
        "Facts:\n- Product: Beanie\nDescription:\n<p>Meet the Beanie.</p>"
    )
    text = parse_output(DraftKind.DESCRIPTION, raw, STOPS)
    assert text == "<p>Meet the <strong>Hoodie with Logo</strong>, a blue hoodie.</p>"


def test_plain_sentences_and_bullets_become_paragraphs_and_a_list() -> None:
    raw = "A warm blue hoodie for cool evenings.\n- Weight: 2 lbs\n- Price: $45\nThe end of it"
    assert parse_description(raw) == (
        "<p>A warm blue hoodie for cool evenings.</p>\n"
        "<ul><li>Weight: 2 lbs</li><li>Price: $45</li></ul>\n<p>The end of it</p>"
    )


def test_only_simple_semantic_tags_survive_and_prompt_labels_are_dropped() -> None:
    raw = (
        "<h2>Great!</h2><p onclick='x()'>A <em>warm</em> <strong>blue</strong> hoodie "
        "for cold days, sold <a href='http://spam'>here</a>.</p><script>alert(1)</script>\n"
        "Tone: friendly\nDescription:\n"
        "<p>A warm blue hoodie for cold days, sold <strong>here</strong>.</p>"
    )
    text = parse_description(raw)
    assert "<h2>" not in text and "<em>" not in text and "<a" not in text
    assert "onclick" not in text and "script" not in text and "alert" not in text
    assert "Tone:" not in text and "Description:" not in text
    assert text.count("A warm") == 1
    assert "<strong>blue</strong>" in text


def test_html_cut_off_by_the_token_limit_loses_its_unfinished_block() -> None:
    raw = "<p>A warm blue hoodie with a logo on the chest.</p>\n<p>It comes in one size and a"
    assert parse_description(raw) == "<p>A warm blue hoodie with a logo on the chest.</p>"


def test_a_description_with_almost_no_text_is_rejected() -> None:
    with pytest.raises(MalformedOutput):
        parse_description("<p>Hoodie.</p>")


def test_seo_from_labelled_lines_in_the_domain_form() -> None:
    raw = " Hoodie with Logo in Blue | Hoodies\nMeta description: Shop the Hoodie with Logo, $45."
    seo = seo_from_text(parse_seo(raw))
    assert seo.title == "Hoodie with Logo in Blue | Hoodies"
    assert seo.description == "Shop the Hoodie with Logo, $45."


def test_seo_lengths_are_enforced_at_a_word_boundary() -> None:
    words = " ".join(["Blue"] * 30)
    text = parse_seo(json.dumps({"title": words, "description": words * 3}))
    seo = seo_from_text(text)
    assert len(seo.title) <= 70 and len(seo.description) <= 160
    assert seo.title.endswith("Blue") and seo.description.endswith("Blue")


def test_seo_without_a_meta_description_is_rejected() -> None:
    with pytest.raises(MalformedOutput):
        parse_seo(" Hoodie with Logo\n")


def test_faq_from_q_and_a_lines_becomes_the_domain_json() -> None:
    raw = (
        " What color is it?\nA: Blue.\nQ: How much is it?\nA: $45.\n"
        "Q: What color is it?\nA: Still blue.\nQ: How heavy is it?\nA: 2 lbs.\nQ: Unanswered?"
    )
    items = faq_from_text(parse_faq(raw))
    questions = [i.question for i in items]
    assert questions == ["What color is it?", "How much is it?", "How heavy is it?"]
    assert items[0].answer == "Blue."


def test_faq_json_is_accepted_and_capped_at_six() -> None:
    data = [{"question": f"Question {i}?", "answer": f"Answer {i}."} for i in range(9)]
    items = faq_from_text(parse_faq("Here you go: " + json.dumps(data)))
    assert len(items) == 6


def test_faq_with_fewer_than_three_pairs_is_rejected() -> None:
    with pytest.raises(MalformedOutput, match="fewer than 3"):
        parse_faq(" Is it blue?\nA: Yes.\nQ: Is it $45?\nA: Yes.")


def test_refusals_are_recognised_and_normalised() -> None:
    assert parse_reply(" Yes, the product listing does not say.") == REFUSAL
    assert is_refusal(REFUSAL)
    assert is_refusal("Sorry, the listing doesn't mention washing.")
    assert not is_refusal("It is blue.")


def test_a_reply_is_plain_text_without_a_cut_off_sentence() -> None:
    assert parse_reply(" <b>It is blue.</b> It weighs 2 lbs and comes") == "It is blue."
    with pytest.raises(MalformedOutput):
        parse_reply("   ")
