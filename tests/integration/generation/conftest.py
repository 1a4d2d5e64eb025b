from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.generation.fake_model_server import ModelServer


def product_copy(body: dict[str, Any]) -> str:
    """What a well-behaved model would write for whichever kind the prompt asks for."""
    prompt = body.get("prompt") or " ".join(m["content"] for m in body.get("messages", []))
    if "names a product and says" in prompt:  # a planned description's hook
        return " a blue hoodie with a logo.\nFacts: x"
    if "what that fact means for the buyer" in prompt:  # a planned sentence's reason
        return " so it goes with most of what you wear.\nProduct: x"
    if "SEO title" in prompt:
        return " Hoodie with Logo | Hoodies\nMeta description: Shop the blue Hoodie with Logo."
    if "Short description" in prompt or "short product description" in prompt:
        return " The Hoodie with Logo in blue. A hoodie.\n###\nFacts:"
    if "FAQ" in prompt:
        return " Color?\nA: Blue.\nQ: Price?\nA: $45.\nQ: Weight?\nA: 2 lbs.\n###\nFacts:"
    if "shopper" in prompt:
        if "soft?" in prompt:
            return " The listing does not say."
        product = prompt.rsplit("- Product: ", 1)[1].split("\n", 1)[0]
        return f" It is the {product}."
    return "<p>Meet the <strong>Hoodie with Logo</strong>, a blue hoodie.</p>\n###\nFacts: x"


@pytest.fixture
def model_server() -> Iterator[ModelServer]:
    server = ModelServer(product_copy).start()
    yield server
    server.stop()


def _tiny_corpus() -> list[str]:
    from plugin.domain import DraftKind, GenerationRequest, Listing
    from plugin.generation import build_prompt

    listing = Listing(external_id="1", title="Hoodie with Logo", attributes={"Color": ["Blue"]})
    return [
        build_prompt(GenerationRequest(listing=listing, kind=kind, question="Warm?")).completion
        for kind in DraftKind
    ]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer random Llama with a 600-token BPE vocabulary, saved like any HF model."""
    from tests.integration.generation.tiny_model import build_model, build_tokenizer, save

    tokenizer = build_tokenizer(_tiny_corpus())
    return save(build_model(tokenizer), tokenizer, tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture(scope="session")
def tiny_gemma_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer random Gemma 3 (one sliding-window layer, one global), saved like any HF model."""
    from tests.integration.generation.tiny_model import build_gemma, build_tokenizer, save

    tokenizer = build_tokenizer(_tiny_corpus())
    model = build_gemma(tokenizer, sliding_window=4096)
    return save(model, tokenizer, tmp_path_factory.mktemp("tiny-gemma"))


@pytest.fixture(scope="session")
def tiny_chat_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same kind of model, with a chat template: it stands for an instruction-tuned one."""
    from tests.integration.generation.tiny_model import (
        CHAT_TEMPLATE,
        build_model,
        build_tokenizer,
        save,
    )

    tokenizer = build_tokenizer(_tiny_corpus())
    tokenizer.chat_template = CHAT_TEMPLATE
    return save(build_model(tokenizer), tokenizer, tmp_path_factory.mktemp("tiny-chat"))
