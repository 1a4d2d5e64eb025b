from dataclasses import replace

from plugin.domain import DraftKind
from plugin.generation.batching import complete_in_batches, plan_batches
from plugin.generation.engine import Completion
from plugin.generation.prompts import Prompt


def test_longest_prompts_come_first_and_every_prompt_is_planned_once() -> None:
    lengths = [10, 50, 30, 40, 20]
    batches = plan_batches(lengths, max_new_tokens=10, max_batch_size=2, max_batch_tokens=10_000)
    assert batches == [[1, 3], [2, 4], [0]]


def test_the_padded_token_budget_limits_a_batch() -> None:
    # Three rows of (100 + 28) tokens fit in 400; a fourth would not.
    batches = plan_batches([100] * 7, max_new_tokens=28, max_batch_size=16, max_batch_tokens=400)
    assert [len(b) for b in batches] == [3, 3, 1]


def test_a_prompt_over_budget_still_gets_its_own_batch() -> None:
    assert plan_batches([5000, 10], 100, 8, 1000) == [[0], [1]]


def test_no_prompts_no_batches() -> None:
    assert plan_batches([], 10, 4, 100) == []


def test_prompts_of_one_kind_share_batches_and_every_completion_comes_back_in_order() -> None:
    seo = Prompt(DraftKind.SEO, "v1", "s", messages=(), stop=("\n",), max_new_tokens=4)
    reply = replace(seo, kind=DraftKind.REPLY, stop=("###",), max_new_tokens=8)
    prompts = [seo, reply, seo, seo, reply]
    batches: list[tuple[list[list[int]], Prompt, list[int | None]]] = []

    def run(rows: list[list[int]], first: Prompt, seeds: list[int | None]) -> list[Completion]:
        batches.append((rows, first, seeds))
        return [
            Completion(text=f"{first.kind.value}{row[0]}", tokens_in=1, tokens_out=1)
            for row in rows
        ]

    out = complete_in_batches(
        prompts,
        [10, 11, 12, 13, 14],
        encode=lambda group: [[n] * n for n in range(1, len(group) + 1)],
        run=run,
        max_batch_size=2,
        max_batch_tokens=1000,
    )
    assert [c.text for c in out] == ["seo1", "reply1", "seo2", "seo3", "reply2"]
    assert [(first.kind, seeds) for _, first, seeds in batches] == [
        (DraftKind.SEO, [13, 12]),
        (DraftKind.SEO, [10]),
        (DraftKind.REPLY, [14, 11]),
    ]
