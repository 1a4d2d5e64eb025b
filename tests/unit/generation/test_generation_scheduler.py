"""The decoding loop's rules, with cohorts whose rows end after a set number of steps."""

import threading

import pytest

from plugin.generation.scheduler import Batch, Scheduler


class Countdown:
    """A cohort whose row ``i`` ends after ``steps[i]`` steps, its result (call, row, turn)."""

    def __init__(
        self,
        name: str,
        rows: list[int],
        steps: list[int],
        log: list[str],
        gate: threading.Event | None = None,
    ) -> None:
        self.name, self.left, self.log, self.gate = name, dict(enumerate(steps)), log, gate
        self.caller_rows = rows
        self.turn = 0

    @property
    def rows(self) -> int:
        return len(self.left)

    def step(self) -> list[tuple[int, str]]:
        self.turn += 1
        self.log.append(self.name)
        if self.gate is not None and self.turn == 3:
            self.gate.wait(10)
        for row in self.left:
            self.left[row] -= 1
        ended = [row for row, left in self.left.items() if left == 0]
        for row in ended:
            del self.left[row]
        return [(row, f"{self.name}:{self.caller_rows[row]}") for row in ended]


class Calls:
    """Calls whose context is (name, steps per row); records which rows each cohort started."""

    def __init__(self, max_rows: int = 4) -> None:
        self.log: list[str] = []
        self.started: list[tuple[str, list[int]]] = []
        self.gate: threading.Event | None = None  # what the copy's third step waits for
        self.scheduler: Scheduler[str] = Scheduler(self.start, max_rows=max_rows, max_tokens=10**6)

    def start(self, context: object, batch: Batch) -> Countdown:
        name, steps = context  # type: ignore[misc]
        if name == "broken":
            raise RuntimeError("out of memory")
        self.started.append((name, batch.rows))
        gate = self.gate if name == "copy" else None
        return Countdown(name, batch.rows, [steps[i] for i in batch.rows], self.log, gate)

    def run(self, name: str, steps: list[int], sizes: list[int], priority: int = 1) -> list[str]:
        batches, first = [], 0
        for size in sizes:
            rows = list(range(first, first + size))
            batches.append(Batch(rows, [10] * size, 5, rows[0]))
            first += size
        return self.scheduler.run((name, steps), batches, len(steps), priority)


def test_waiting_rows_start_as_others_end_and_results_come_back_in_order() -> None:
    calls = Calls(max_rows=4)
    out = calls.run("copy", [1, 3, 3, 3, 2, 2], sizes=[4, 2])
    assert out == [f"copy:{i}" for i in range(6)]
    # The second batch's rows start one by one as rows of the first end.
    assert calls.started == [("copy", [0, 1, 2, 3]), ("copy", [4]), ("copy", [5])]


def test_a_reply_starts_at_once_and_copy_waits_while_it_decodes() -> None:
    calls = Calls(max_rows=4)
    asked = threading.Event()
    calls.gate = asked  # the copy's third step waits until the reply is handed to the loop
    copy = threading.Thread(target=calls.run, args=("copy", [30] * 4, [4]))
    copy.start()
    replies: list[list[str]] = []
    reply = threading.Thread(target=lambda: replies.append(calls.run("reply", [5], [1], 0)))
    while calls.log.count("copy") < 3:
        threading.Event().wait(0.001)
    reply.start()
    while calls.scheduler.waiting_rows == 0:
        threading.Event().wait(0.001)
    asked.set()
    reply.join()
    copy.join()
    assert replies == [["reply:0"]]
    # The reply's five steps came next, in a row: the copy did not step while it decoded.
    assert calls.log == ["copy"] * 3 + ["reply"] * 5 + ["copy"] * 27


def test_a_cohort_that_fails_fails_its_call_only() -> None:
    calls = Calls()
    with pytest.raises(RuntimeError, match="out of memory"):
        calls.run("broken", [2], sizes=[1])
    assert calls.run("copy", [2, 2], sizes=[2]) == ["copy:0", "copy:1"]
