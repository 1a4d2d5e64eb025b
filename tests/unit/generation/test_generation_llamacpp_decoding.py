"""The parts of the llama.cpp engine's decoding that need neither llama.cpp nor a model."""

import numpy as np

from plugin.generation.llamacpp_decoding import prompt_tree, sample_token


def test_prompts_share_a_node_for_as_long_as_they_agree() -> None:
    rows = [[1, 2, 3, 4], [1, 2, 5], [1, 2, 3, 4], [1, 2, 3, 6, 7]]
    nodes = prompt_tree(rows)
    # 1 and 2 shared by all; 3 by rows 0, 2, 3; then 4 (rows 0 and 2), 5 (row 1), 6 and 7 (row 3).
    assert [(n.token, n.position, n.rows) for n in nodes] == [
        (1, 0, [0, 1, 2, 3]),
        (2, 1, [0, 1, 2, 3]),
        (3, 2, [0, 2, 3]),
        (5, 2, [1]),
        (4, 3, [0, 2]),
        (6, 3, [3]),
        (7, 4, [3]),
    ]
    # Logits are asked for where a prompt ends: once for the two identical prompts.
    assert [(n.token, n.last) for n in nodes if n.last] == [(5, True), (4, True), (7, True)]


def test_a_prompt_that_is_the_beginning_of_another_ends_on_a_shared_node() -> None:
    nodes = prompt_tree([[1, 2], [1, 2, 3]])
    assert [(n.token, n.rows, n.last) for n in nodes] == [
        (1, [0, 1], False),
        (2, [0, 1], True),
        (3, [1], True),
    ]


def test_top_p_sampling_never_leaves_the_nucleus() -> None:
    logits = np.array([0.0, 5.0, 4.0, -3.0, -3.0], dtype=np.float32)
    rng = np.random.default_rng(0)
    assert {sample_token(logits, 1.0, 0.9, rng) for _ in range(200)} == {1, 2}
    assert {sample_token(logits, 1.0, 0.1, rng) for _ in range(50)} == {1}


def test_a_flat_distribution_over_a_large_vocabulary_is_sampled_from_all_of_it() -> None:
    """Past the shortlist of likely tokens the whole vocabulary is sorted: nothing is cut off."""
    logits = np.zeros(1000, dtype=np.float32)
    rng = np.random.default_rng(1)
    picks = {sample_token(logits, 0.8, 0.95, rng) for _ in range(400)}
    assert len(picks) > 200 and max(picks) > 900


def test_the_same_seed_draws_the_same_tokens() -> None:
    logits = np.random.default_rng(5).normal(size=5000).astype(np.float32)

    def draws(seed: int) -> list[int]:
        rng = np.random.default_rng(seed)
        return [sample_token(logits, 0.8, 0.95, rng) for _ in range(20)]

    assert draws(3) == draws(3)
    assert draws(3) != draws(4)
