"""The pieces of batched decoding that need torch but no model."""

import torch

from plugin.generation.decoding import Sampling, sample_token
from plugin.generation.transformers_engine import pad_middle, shared_prefix_length


def test_the_shared_prefix_leaves_every_row_a_token_of_its_own() -> None:
    assert shared_prefix_length([[1, 2, 3, 4], [1, 2, 3, 5, 6]]) == 3
    assert shared_prefix_length([[1, 2, 3], [1, 2, 3, 4]]) == 2
    assert shared_prefix_length([[9, 2], [1, 2]]) == 0


def test_padding_goes_between_the_shared_prefix_and_each_rows_own_tokens() -> None:
    ids, mask = pad_middle([[1, 2, 3, 4], [1, 2, 5, 6, 7, 8]], shared=2, pad_id=0)
    assert ids.tolist() == [[1, 2, 0, 0, 3, 4], [1, 2, 5, 6, 7, 8]]
    assert mask.tolist() == [[1, 1, 0, 0, 1, 1], [1, 1, 1, 1, 1, 1]]
    left, _ = pad_middle([[3, 4], [5, 6, 7]], shared=0, pad_id=0)
    assert left.tolist() == [[0, 3, 4], [5, 6, 7]]


def test_top_p_sampling_never_leaves_the_nucleus() -> None:
    logits = torch.tensor([0.0, 5.0, 4.0, -3.0, -3.0])
    generator = torch.Generator().manual_seed(0)
    picks = {sample_token(logits, Sampling(seed=0, top_p=0.9), generator) for _ in range(200)}
    assert picks == {1, 2}
    generator = torch.Generator().manual_seed(0)
    assert {sample_token(logits, Sampling(seed=0, top_p=0.1), generator) for _ in range(50)} == {1}


def test_a_draw_depends_on_the_nucleus_alone() -> None:
    """Tokens outside the nucleus (a whole vocabulary's tail) do not move a seeded draw."""
    nucleus = torch.tensor([5.0, 4.6, 4.2, 3.9])
    tails = [torch.full((n,), -40.0) for n in (0, 3, 5000)]
    for seed in range(20):
        picks = {
            sample_token(
                torch.cat([nucleus, tail]), Sampling(seed=seed), torch.Generator().manual_seed(seed)
            )
            for tail in tails
        }
        assert len(picks) == 1 and picks <= {0, 1, 2, 3}
