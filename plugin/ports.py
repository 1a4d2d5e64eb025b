"""The ports: small abstract interfaces that adapters, engines and queues implement."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from plugin.domain import DraftKind, GenerationRequest, GenerationResult, Listing, Platform
from plugin.errors import StoreError

#: Given a shop's credentials as stored, the ones to store instead, or None to keep them.
CredentialChange = Callable[[dict[str, str]], dict[str, str] | None]


class StoreAdapter(ABC):
    """Reads listings from one store and writes approved copy back to it."""

    platform: Platform

    @abstractmethod
    def fetch(self, external_id: str) -> Listing | None:
        """The product as the store has it now, or None when it no longer exists."""

    @abstractmethod
    def pull(self, updated_since: datetime | None = None) -> Iterator[Listing]:
        """Every product, or those changed since ``updated_since`` (incremental reconcile)."""

    @abstractmethod
    def push(self, external_id: str, kind: DraftKind, content: str) -> None:
        """Write one kind of copy to the product; ``content`` as ``Listing.text_for`` gives it."""

    def store_language(self) -> str | None:
        """The language the store says its listings are in, as the platform writes the code
        (``de_DE``, ``fr``), or None when the store names none. May raise ``StoreError``."""
        return None


@dataclass(frozen=True)
class PushItem:
    """One kind of copy for one product, as :meth:`BatchPush.push_many` takes it."""

    external_id: str
    kind: DraftKind
    content: str


@dataclass(frozen=True)
class PushOutcome:
    item: PushItem
    error: StoreError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class BatchPush(ABC):
    """Optional for a StoreAdapter: writes many products' copy in few calls."""

    @abstractmethod
    def push_many(self, items: Sequence[PushItem]) -> list[PushOutcome]:
        """One outcome per item, each with the store's own error for that item, if any."""


class GenerationEngine(ABC):
    """Turns generation requests into text; batches them when it can."""

    model_id: str

    @abstractmethod
    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """One result per request, in the same order."""


#: Runs one job: takes its payload, inside an app context. Modules that define handlers list
#: them by job name in ``JOBS``; ``create_app`` registers them.
JobHandler = Callable[[dict[str, Any]], None]


@dataclass
class Job:
    """A unit of background work as the queue hands it to a handler."""

    id: int
    name: str
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0


class JobQueue(ABC):
    """Where services put background work; a worker takes it out and runs its handler."""

    @abstractmethod
    def enqueue(
        self,
        name: str,
        payload: dict[str, Any],
        *,
        idempotency_key: str | None = None,
        queue: str = "default",
        delay_seconds: float = 0,
    ) -> int:
        """Queue a job and return its id (the existing one's for a known ``idempotency_key``)."""

    @abstractmethod
    def new_row(
        self, name: str, *, idempotency_key: str, queue: str, now: datetime
    ) -> dict[str, Any]:
        """The columns of a job row that the caller writes itself, in one statement with its own
        (the webhook inbox), payload aside; due at ``now``. Call :meth:`committed` once the row
        has committed."""

    @abstractmethod
    def committed(self, job_id: int, queue: str, run_at: datetime) -> None:
        """A row from :meth:`new_row` has committed."""
