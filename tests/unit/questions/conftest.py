"""A word-count embedder (a real ``Embedder``, no model) and a small listing."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
import pytest

from plugin.domain import Dimensions, FaqItem, Listing, Measure
from plugin.questions.embedding import Embedder


class WordEmbedder(Embedder):
    """Texts that share words are close: each word hashes to one of 1024 dimensions."""

    name = "word-count"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = np.zeros((len(texts), 1024), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                rows[i, zlib.crc32(word.encode()) % 1024] += 1.0
            norm = np.linalg.norm(rows[i])
            if norm:
                rows[i] /= norm
        return rows


@pytest.fixture
def embedder() -> WordEmbedder:
    return WordEmbedder()


@pytest.fixture
def hoodie() -> Listing:
    return Listing(
        external_id="woo-hoodie",
        title="Hoodie",
        description_html="<p>A soft hoodie for cool evenings. It has a roomy front pocket.</p>",
        categories=["Clothing > Hoodies"],
        attributes={"Color": ["Blue", "Green", "Red"]},
        price="45",
        weight=Measure(1.5, "lbs"),
        dimensions=Dimensions(10, 8, 3, "in"),
        faq=[FaqItem("Does it have a hood?", "Yes, it has a drawstring hood.")],
    )
