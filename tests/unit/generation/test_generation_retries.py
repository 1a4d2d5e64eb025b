"""The shared engine logic (parse, validate, retry) driven by a scripted completer."""

from collections.abc import Sequence

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice, faq_from_text
from plugin.generation import PROMPT_VERSIONS, Completion, PartialGenerationError, Prompt
from plugin.generation.engine import PromptedEngine

LISTING = Listing(external_id="46", title="Hoodie with Logo", attributes={"Color": ["Blue"]})
GOOD_FAQ = " Color?\nA: Blue.\nQ: Price?\nA: $45.\nQ: Weight?\nA: 2 lbs.\n###"


class ScriptedEngine(PromptedEngine):
    """Answers each call from a script, one list of raw texts per call, and records the calls."""

    def __init__(self, script: list[list[str]], retries: int = 2, chat: bool = False) -> None:
        super().__init__(model_id="scripted", retries=retries)
        self.script = script
        self.chat = chat
        self.calls: list[tuple[list[Prompt], list[int | None]]] = []

    def complete(self, prompts: Sequence[Prompt], seeds: Sequence[int | None]) -> list[Completion]:
        self.calls.append((list(prompts), list(seeds)))
        texts = self.script.pop(0)
        return [Completion(text=t, tokens_in=100, tokens_out=7, chat=self.chat) for t in texts]


def faq_request(seed: int | None = None) -> GenerationRequest:
    return GenerationRequest(listing=LISTING, kind=DraftKind.FAQ, seed=seed)


def test_only_the_unusable_outputs_are_retried_with_fresh_seeds() -> None:
    engine = ScriptedEngine([[GOOD_FAQ, " Only one?\nA: Yes."], [GOOD_FAQ]])
    results = engine.generate([faq_request(), faq_request()])
    assert [len(faq_from_text(r.text)) for r in results] == [3, 3]
    assert len(engine.calls) == 2
    first_seeds, retry_seeds = engine.calls[0][1], engine.calls[1][1]
    assert first_seeds == [None, None]  # greedy unless a seed is asked for
    assert len(engine.calls[1][0]) == 1 and retry_seeds[0] is not None
    assert all(r.prompt_version == PROMPT_VERSIONS[DraftKind.FAQ] for r in results)
    assert all(r.model_id == "scripted" for r in results)


def test_a_seeded_request_samples_with_its_seed_first() -> None:
    engine = ScriptedEngine([[GOOD_FAQ]])
    engine.generate([faq_request(seed=1234)])
    assert engine.calls[0][1] == [1234]


def test_output_that_stays_unusable_raises_with_the_good_results_kept() -> None:
    engine = ScriptedEngine([[GOOD_FAQ, "nonsense"], ["still nonsense"]], retries=1)
    with pytest.raises(PartialGenerationError) as caught:
        engine.generate([faq_request(), faq_request()])
    error = caught.value
    assert error.code == "generation_error"
    assert error.results[0] is not None and error.results[1] is None
    assert set(error.failures) == {1} and "fewer than 3" in error.failures[1]


def test_the_fact_list_is_added_to_few_shot_descriptions_but_not_to_chat_ones() -> None:
    raw = "<p>Meet the <strong>Hoodie with Logo</strong>, a hoodie in blue.</p>\n###"
    request = GenerationRequest(listing=LISTING, kind=DraftKind.DESCRIPTION)
    few_shot = ScriptedEngine([[raw]]).generate([request])[0].text
    chat = ScriptedEngine([[raw]], chat=True).generate([request])[0].text
    assert few_shot.endswith("<ul><li>Color: Blue</li></ul>")
    assert "<ul>" not in chat


def test_token_counts_and_time_are_reported() -> None:
    result = ScriptedEngine([[GOOD_FAQ]]).generate([faq_request()])[0]
    assert (result.tokens_in, result.tokens_out) == (100, 7)
    assert result.seconds >= 0


class PlanningEngine(ScriptedEngine):
    """A completion model whose descriptions go through the planner."""

    def plans_copy(self) -> bool:
        return True


def test_a_completion_model_plans_descriptions_unless_planned_copy_is_off() -> None:
    request = GenerationRequest(listing=LISTING, kind=DraftKind.DESCRIPTION)
    hook = " a blue hoodie with a logo on the front.\n"
    planned = PlanningEngine([[hook] * 4])
    [result] = planned.generate([request])
    assert result.prompt_version == "planned-v1"
    assert "<strong>Hoodie with Logo</strong>" in result.text
    assert all(not p.completion.startswith("Product descriptions") for p in planned.calls[0][0])

    single = PlanningEngine(
        [["<p>The Hoodie with Logo in blue, a warm hoodie for cool days.</p>\n###"]]
    )
    single.planned = False
    [result] = single.generate([request])
    assert result.prompt_version == PROMPT_VERSIONS[DraftKind.DESCRIPTION]
    assert len(single.calls[0][0]) == 1


def test_other_languages_are_written_in_their_own_words_and_replies_keep_their_prompt() -> None:
    german = GenerationRequest(
        listing=LISTING, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language="de-AT")
    )
    engine = PlanningEngine([])
    [result] = engine.generate([german])
    # No model call: the listing's facts in German frames, the list under them.
    assert result.prompt_version == "in-language-v1" and engine.calls == []
    assert result.text.startswith("<p><strong>Hoodie with Logo</strong>")
    assert result.text.endswith("<ul><li>Color: Blue</li></ul>")

    reply = GenerationRequest(
        listing=LISTING,
        kind=DraftKind.REPLY,
        voice=ShopVoice(language="de"),
        question="Gibt es ihn in Blau?",
        facts=("Color: Blue",),
    )
    replying = PlanningEngine([["Ja, in Blau.\n###"]])
    [answer] = replying.generate([reply])
    assert answer.prompt_version == PROMPT_VERSIONS[DraftKind.REPLY]


def test_a_chat_model_and_planned_copy_off_keep_the_single_prompts_in_other_languages() -> None:
    german = GenerationRequest(
        listing=LISTING, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language="de")
    )
    raw = "<p>Der Hoodie with Logo in Blau, warm an kühlen Tagen.</p>\n###"
    [chat] = ScriptedEngine([[raw]], chat=True).generate([german])
    off = PlanningEngine([[raw]])
    off.planned = False
    [single] = off.generate([german])
    assert chat.prompt_version == single.prompt_version == PROMPT_VERSIONS[DraftKind.DESCRIPTION]


def test_a_served_completion_model_keeps_its_prompts_in_other_languages() -> None:
    class ServedEngine(PlanningEngine):
        def writes_in_language(self) -> bool:
            return False

    german = GenerationRequest(
        listing=LISTING, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language="de")
    )
    served = ServedEngine([["<p>Der Hoodie with Logo in Blau, warm an kühlen Tagen.</p>\n###"]])
    [result] = served.generate([german])
    assert result.prompt_version == PROMPT_VERSIONS[DraftKind.DESCRIPTION]
