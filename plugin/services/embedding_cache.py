"""The embedding cache as a table, shared by every worker of the instance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from plugin.questions.embedding import EmbeddingStore
from plugin.storage.models import PassageEmbedding


class SqlEmbeddingStore(EmbeddingStore):
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_many(self, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        if not hashes:
            return {}
        rows = self.session.scalars(
            select(PassageEmbedding).where(PassageEmbedding.content_hash.in_(list(hashes)))
        )
        return {r.content_hash: np.frombuffer(r.vector, dtype=np.float32) for r in rows}

    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        for key, vector in vectors.items():
            row = PassageEmbedding(
                content_hash=key, model=model, vector=np.asarray(vector, np.float32).tobytes()
            )
            try:
                with self.session.begin_nested():
                    self.session.add(row)
            except IntegrityError:
                pass  # another worker cached the same text first; its vector is the same
