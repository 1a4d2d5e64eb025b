from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.guardrails import GuardrailPolicy, check
from plugin.guardrails.quality import LANGUAGES
from plugin.questions.grounding import grounding_problems
from plugin.questions.replies import NO_ANSWER, all_fixed_replies, fixed_reply, quoted_reply
from plugin.questions.screening import Flag

FACTS = ["Product: Hoodie", "Color: Blue, Green, Red", "Weight: 1.5 lbs", "Price: 45"]


def words(reply: str, question: str = "What colours?") -> list[str]:
    return [p.text for p in grounding_problems(reply, FACTS, question)]


def test_a_reply_made_of_the_facts_is_grounded() -> None:
    assert words("Yes! The Hoodie comes in Blue, Green and Red.") == []
    assert words("It weighs 1.5 lbs.", "How heavy is it?") == []


def test_invented_words_negations_guesses_and_promises_are_problems() -> None:
    assert words("The Hoodie is made of organic cotton.") == ["organic", "cotton"]
    assert "not" in words("It does not come in Red.")
    assert "probably" in words("It is probably Blue.")
    assert "in stock" in words("Blue is in stock and ships today.")


def test_fixed_replies_in_the_shop_language_fall_back_to_english() -> None:
    assert fixed_reply("no_answer", "de").startswith("Vielen Dank")
    assert fixed_reply(Flag.DISCOUNT, "fr-CA").startswith("Merci")
    assert fixed_reply("no_answer", "it").startswith("Grazie")
    assert fixed_reply("no_answer", "nl-BE").startswith("Bedankt")
    assert fixed_reply("no_answer", "pt_PT").startswith("Obrigado")
    assert fixed_reply("no_answer", "sv-SE").startswith("Tack")
    assert fixed_reply("no_answer", "no").startswith("Takk")
    assert fixed_reply("no_answer", "ja") == fixed_reply("no_answer", "en")
    assert fixed_reply(Flag.DISCOUNT, "en") in all_fixed_replies()


@pytest.mark.parametrize("language", sorted(LANGUAGES | {"sv", "ja"}))
def test_fixed_replies_pass_the_language_check_of_the_shop(language: str) -> None:
    """Every language the check can tell apart has its own replies; any other gets English,
    which the check cannot call foreign, so no fixed reply is blocked for its language."""
    listing = Listing(external_id="h", title="Hoodie", options={"Color": ["Blue", "Green"]})
    policy = GuardrailPolicy(language=language, extra_facts=("Color: Blue, Green",))
    replies = [fixed_reply(reason, language) for reason in (NO_ANSWER, *Flag)]
    replies.append(quoted_reply(["Color: Blue, Green"], language))
    for reply in replies:
        assert [f.rule for f in check(listing, reply, "reply", policy)] == [], reply


def test_quoted_reply_repeats_the_facts_word_for_word() -> None:
    text = quoted_reply(["Color: Blue, Green, Red", "Price: 45."], "en")
    assert text.endswith("Color: Blue, Green, Red. Price: 45.")


def test_a_number_must_belong_to_the_value_it_is_said_of() -> None:
    facts = ["Product: V-Neck", "Price: 15", "Variant: Red, 20", "Variant: Blue, 15"]
    reply = "The red one is $15 and the blue one is $15."
    wrong = grounding_problems(reply, facts, "Red?", "V-Neck")
    assert [(p.text, p.reason) for p in wrong] == [
        ("15", "a number the facts give for something else")
    ]
    assert grounding_problems("The red one is $20.", facts, "Red?", "V-Neck") == []
    assert grounding_problems("The V-Neck costs 15.", facts, "Price?", "V-Neck") == []


def test_a_number_called_a_weight_must_be_a_weight() -> None:
    facts = ["Product: Cap", "Price: 16", "Weight: 0.6 lbs"]
    wrong = grounding_problems("The cap weighs 16.", facts, "How heavy?", "Cap")
    assert [p.text for p in wrong] == ["16"]
    assert grounding_problems("The cap weighs 0.6 lbs.", facts, "How heavy?", "Cap") == []
    assert [p.text for p in grounding_problems("It costs 0.6.", facts, "Price?", "Cap")] == ["0.6"]


def test_a_grounded_reply_must_still_carry_the_answer() -> None:
    from plugin.questions.grounding import uses_support

    support = ["Color: Blue"]
    question = "What colour is this hoodie?"
    assert not uses_support("The hoodie is in the hoodie category.", support, question, "Hoodie")
    assert uses_support("It comes in blue.", support, question, "Hoodie")
    assert uses_support("Yes.", ["Hoodie with Logo"], "Is it a hoodie?", "Hoodie with Logo")
