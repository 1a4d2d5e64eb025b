from plugin.generation.batching import plan_batches


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
