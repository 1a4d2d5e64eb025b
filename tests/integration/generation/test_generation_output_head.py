"""The output layer the decoding loop uses: kept rows only, low-precision products corrected."""

import pytest
import torch

from plugin.generation.output_head import OutputHead

VOCABULARY, WIDTH = 4000, 64


@pytest.fixture
def weight() -> torch.Tensor:
    torch.manual_seed(0)
    return torch.randn(VOCABULARY, WIDTH) * 0.05


def hidden_states(rows: int = 24) -> torch.Tensor:
    """Rows like a model's last hidden states: a few large dimensions, the rest small."""
    torch.manual_seed(1)
    hidden = torch.randn(rows, WIDTH) * 3
    hidden[:, :3] *= 12
    return hidden


def test_kept_columns_map_back_to_their_tokens_and_pick_the_best_kept_token(
    weight: torch.Tensor,
) -> None:
    kept = list(range(0, VOCABULARY, 3))
    head = OutputHead(weight, kept)
    hidden = hidden_states()
    full = hidden @ weight.T
    picked = head.ids(head(hidden).argmax(dim=-1))
    best_kept = torch.tensor(kept)[full[:, kept].argmax(dim=-1)]
    assert head.columns == len(kept)
    assert torch.equal(picked, best_kept)


def test_bfloat16_products_pick_what_float32_picks(weight: torch.Tensor) -> None:
    # Near ties: rows that differ from the best one by less than bfloat16 can tell.
    weight[1:40] = weight[0] + torch.randn(39, WIDTH) * 1e-4
    kept = list(range(VOCABULARY - 7))
    exact, low = OutputHead(weight, kept), OutputHead(weight, kept, bfloat16=True)
    hidden = torch.cat([hidden_states(), weight[:4] * 40])
    want, got = exact(hidden), low(hidden)
    assert torch.equal(got.argmax(dim=-1), want.argmax(dim=-1))
    # The best columns' logits are float32's; the rest close to them.
    top = want.topk(8, dim=-1).indices
    torch.testing.assert_close(got.gather(1, top), want.gather(1, top))
    assert (got - want).abs().max() < 0.5


def test_a_row_too_flat_to_trust_is_scored_in_float32() -> None:
    weight = torch.ones(500, WIDTH) + torch.randn(500, WIDTH) * 1e-5
    flat = torch.ones(2, WIDTH)
    want = OutputHead(weight, None)(flat)
    got = OutputHead(weight, None, bfloat16=True)(flat)
    assert torch.equal(got.argmax(dim=-1), want.argmax(dim=-1))
    torch.testing.assert_close(got, want)


def test_a_batchs_own_prompt_tokens_are_scored_too(weight: torch.Tensor) -> None:
    kept = list(range(100))
    head = OutputHead(weight, kept).with_tokens([5, 3000, 3000, 3999])
    hidden = weight[3000:3001] * 50  # a row whose best token is 3000
    logits = head(hidden)
    assert logits.shape == (1, 102)
    assert head.ids(logits.argmax(dim=-1)).tolist() == [3000]
    assert head.ids(torch.tensor([0, 100, 101])).tolist() == [0, 3000, 3999]


def test_the_whole_vocabulary_and_soft_capping(weight: torch.Tensor) -> None:
    hidden = hidden_states()
    head = OutputHead(weight, None, softcap=2.0)
    logits = head(hidden)
    assert head.columns == VOCABULARY and head.with_tokens([1, 2]) is head
    torch.testing.assert_close(logits, torch.tanh(hidden @ weight.T / 2) * 2)
    assert torch.equal(head.ids(torch.tensor([7])), torch.tensor([7]))


def test_bfloat16_products_correct_float32_weights_only(weight: torch.Tensor) -> None:
    assert OutputHead(weight, None).precision == "float32"
    assert OutputHead(weight, None, bfloat16=True).precision == "bfloat16"
    with pytest.raises(ValueError, match="float32"):
        OutputHead(weight.to(torch.bfloat16), None, bfloat16=True)
