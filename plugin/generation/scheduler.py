"""Continuous batching: one decoding loop per process, shared by every caller of the engine.

Before, the local engine ran one ``complete`` call at a time, batch after batch, so a shopper's
reply waited for every batch a bulk job had asked for. Now each call hands its batches to this
loop and waits for its own rows. The loop keeps cohorts of rows decoding (each a batch with its
own key/value cache, ``decoding.Cohort``) and, between two decoding steps:

- starts waiting rows as others end: the next batch of a priority, or as much of it as fits
  beside the rows in flight of that priority and above, within ``max_rows`` and the padded-token
  budget, once room for at least a quarter of ``max_rows`` is free (or nothing is in flight);
- so a more urgent priority's rows start at the next step whatever is in flight (a reply does
  not wait for a bulk job), and only the cohorts of the most urgent priority present step:
  less urgent ones wait, their caches kept, and none of their rows start, until it is done.

A call's results come back as soon as its last row ends. What a cohort is (the model, its
prompt cache, its completions) is the engine's: it hands the loop a ``start`` function, which
the loop calls on its own thread, as it steps every cohort there: one thread uses the model.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

log = logging.getLogger(__name__)

Result = TypeVar("Result")


class Running(Protocol[Result]):
    """A cohort as the loop sees it."""

    @property
    def rows(self) -> int:
        """Rows still decoding."""
        ...

    def step(self) -> list[tuple[int, Result]]:
        """One decoding step; the rows (by index in the cohort) that ended, with results."""
        ...


@dataclass(frozen=True)
class Batch:
    """Rows that may decode together (they share stop strings, token budget and adapter):
    ``rows`` index the caller's prompts, ``lengths`` are their prompt lengths, and ``head`` is
    the prompt whose stop strings, budget and adapter they share."""

    rows: list[int]
    lengths: list[int]
    max_new_tokens: int
    head: int

    @property
    def width(self) -> int:
        """Padded tokens per row at the end (longest prompt + token budget)."""
        return max(self.lengths) + self.max_new_tokens

    def split(self, count: int) -> tuple[Batch, Batch]:
        first = Batch(self.rows[:count], self.lengths[:count], self.max_new_tokens, self.head)
        rest = Batch(self.rows[count:], self.lengths[count:], self.max_new_tokens, self.head)
        return first, rest


@dataclass(eq=False)
class _Call(Generic[Result]):
    """One ``run`` call: what its batches need to start, its results, filled as rows end."""

    context: object
    results: list[Result | None]
    missing: int
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None

    def fill(self, index: int, result: Result) -> None:
        self.results[index] = result
        self.missing -= 1
        if self.missing == 0:
            self.done.set()

    def fail(self, error: BaseException) -> None:
        self.error = error
        self.done.set()


@dataclass(eq=False)
class _Waiting(Generic[Result]):
    call: _Call[Result]
    batch: Batch
    priority: int


@dataclass(eq=False)
class _Cohort(Generic[Result]):
    running: Running[Result]
    call: _Call[Result]
    rows: list[int]  # the call's row for each of the cohort's rows
    priority: int
    width: int


Start = Callable[[object, Batch], Running[Result]]


class Scheduler(Generic[Result]):
    """The decoding loop: a daemon thread, started on the first call.

    ``start(context, batch)`` prefills a batch's rows (``context`` is what the caller passed
    to ``run``, its encoded prompts) and returns the running cohort; ``wrap`` gives the context
    each turn of the loop runs in (``torch.inference_mode``)."""

    def __init__(
        self,
        start: Start[Result],
        *,
        max_rows: int,
        max_tokens: int,
        wrap: Callable[[], AbstractContextManager[object]] = nullcontext,
    ) -> None:
        self._start = start
        self.max_rows = max_rows
        self.max_tokens = max_tokens
        self._min_start = max(1, max_rows // 4)
        self._wrap = wrap
        self._lock = threading.Condition()
        self._waiting: list[_Waiting[Result]] = []
        self._cohorts: list[_Cohort[Result]] = []
        self._thread: threading.Thread | None = None
        # Decoding turns run so far: what tests and the benchmark wait on, never time.
        self.turns = 0

    @property
    def waiting_rows(self) -> int:
        """Rows handed to the loop that have not started yet."""
        with self._lock:
            return sum(len(w.batch.rows) for w in self._waiting)

    def run(
        self, context: object, batches: Sequence[Batch], total: int, priority: int
    ) -> list[Result]:
        """Every row's result, in order, once the last one ends; a lower ``priority`` goes
        first. Raises what the batches' ``start`` or a step raised."""
        if total == 0:
            return []
        call: _Call[Result] = _Call(context, [None] * total, total)
        with self._lock:
            self._waiting.extend(_Waiting(call, batch, priority) for batch in batches)
            # Stable: first come, first served within a priority.
            self._waiting.sort(key=lambda w: w.priority)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="copydesk-decoding", daemon=True
                )
                self._thread.start()
            self._lock.notify_all()
        call.done.wait()
        if call.error is not None:
            raise call.error
        return [r for r in call.results if r is not None]

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._waiting and not self._cohorts:
                    self._lock.wait()
            with self._wrap():
                self._turn()

    def _turn(self) -> None:
        """Start what may start, then one step of the most urgent priority's cohorts."""
        for waiting in self._admissions():
            try:
                running = self._start(waiting.call.context, waiting.batch)
            except Exception as exc:  # noqa: BLE001 - the caller gets it
                self._fail(waiting.call, exc)
                continue
            batch = waiting.batch
            self._cohorts.append(
                _Cohort(running, waiting.call, batch.rows, waiting.priority, batch.width)
            )
        if not self._cohorts:
            return
        urgent = min(c.priority for c in self._cohorts)
        for cohort in [c for c in self._cohorts if c.priority == urgent]:
            if cohort not in self._cohorts:  # its call failed in this turn
                continue
            try:
                ended = cohort.running.step()
            except Exception as exc:  # noqa: BLE001 - the caller gets it
                self._fail(cohort.call, exc)
                continue
            for index, result in ended:
                cohort.call.fill(cohort.rows[index], result)
            if cohort.running.rows == 0:
                self._cohorts.remove(cohort)
        self.turns += 1

    def _fail(self, call: _Call[Result], error: BaseException) -> None:
        log.warning("decoding failed: %s", error)
        with self._lock:
            self._waiting = [w for w in self._waiting if w.call is not call]
        self._cohorts = [c for c in self._cohorts if c.call is not call]
        call.fail(error)

    def _admissions(self) -> list[_Waiting[Result]]:
        """The waiting batches, or first parts of them, that start now, taken off the queue."""
        started: list[_Waiting[Result]] = []
        # Rows in flight (and starting now): (priority, rows, padded tokens each).
        flight = [(c.priority, c.running.rows, c.width) for c in self._cohorts]
        with self._lock:
            while self._waiting:
                head = self._waiting[0]
                count = self._room(head, flight)
                if count == 0:
                    break
                first, rest = head.batch.split(count)
                started.append(_Waiting(head.call, first, head.priority))
                log.debug(
                    "starting %d rows of priority %d beside %d in flight",
                    count,
                    head.priority,
                    sum(rows for _, rows, _ in flight),
                )
                flight.append((head.priority, count, first.width))
                if rest.rows:
                    head.batch = rest
                else:
                    self._waiting.pop(0)
        return started

    def _room(self, waiting: _Waiting[Result], flight: list[tuple[int, int, int]]) -> int:
        """How many of ``waiting``'s rows may start now, beside the rows in flight that step
        with or before them (0: none)."""
        batch = waiting.batch
        if any(priority < waiting.priority for priority, _, _ in flight):
            return 0  # its prompts would be computed while a more urgent cohort waits
        peers = [(rows, width) for priority, rows, width in flight if priority <= waiting.priority]
        if not peers:
            return len(batch.rows)
        rows = sum(r for r, _ in peers)
        tokens = sum(r * w for r, w in peers)
        room = min(self.max_rows - rows, (self.max_tokens - tokens) // batch.width)
        room = min(room, len(batch.rows))
        return room if room >= min(self._min_start, len(batch.rows)) else 0
