"""The short description: WooCommerce's one or two sentences beside the price."""

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.generation import MalformedOutput, build_prompt, parse_output
from plugin.generation.prompts import short_description

STOPS = short_description.STOP
HOODIE = Listing(
    external_id="46",
    title="Hoodie with Logo",
    categories=["Clothing > Hoodies"],
    attributes={"Color": ["Blue"]},
    short_description_html="This is a simple product.",
)


def test_the_prompt_asks_for_a_short_description_of_this_listing():
    prompt = build_prompt(GenerationRequest(listing=HOODIE, kind=DraftKind.SHORT_DESCRIPTION))
    tail = prompt.completion.rsplit("###", 1)[1]
    assert tail.strip().startswith("Facts:\n- Product: Hoodie with Logo")
    assert tail.endswith("Short description:")
    assert "beside the price" in prompt.messages[0]["content"]
    assert prompt.version == short_description.VERSION


def test_the_model_running_on_into_the_next_example_is_cut():
    raw = " The Hoodie with Logo from our Hoodies range, in blue.\n###\n\nFacts:\n- Product: Cap"
    text = parse_output(DraftKind.SHORT_DESCRIPTION, raw, STOPS)
    assert text == "<p>The Hoodie with Logo from our Hoodies range, in blue.</p>"


def test_at_most_two_whole_sentences_are_kept():
    raw = "A blue hoodie. It has a logo. It is warm. And then the token limit cut"
    text = parse_output(DraftKind.SHORT_DESCRIPTION, raw, STOPS)
    assert text == "<p>A blue hoodie. It has a logo.</p>"


def test_html_from_a_chat_model_becomes_one_escaped_paragraph():
    raw = "<p>The <strong>Hoodie</strong> with Logo &amp; a hood.</p>"
    text = parse_output(DraftKind.SHORT_DESCRIPTION, raw, STOPS)
    assert text == "<p>The Hoodie with Logo &amp; a hood.</p>"


def test_an_overlong_sentence_is_cut_at_a_word_within_the_limit():
    raw = "A hoodie " + "with a logo " * 60
    text = parse_output(DraftKind.SHORT_DESCRIPTION, raw, STOPS)
    inner = text.removeprefix("<p>").removesuffix("</p>")
    assert len(inner) <= short_description.MAX_CHARS
    assert inner.endswith("logo")


@pytest.mark.parametrize("raw", ["", "   ", "Blue.", "Short description: Hi."])
def test_nothing_usable_is_retried(raw):
    with pytest.raises(MalformedOutput):
        parse_output(DraftKind.SHORT_DESCRIPTION, raw, STOPS)
