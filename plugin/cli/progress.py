"""A progress line for long commands, drawn on stderr only when stderr is a terminal: piped
output, logs and tests see nothing of it."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from plugin import progress

WIDTH = 24
#: Redraw at most this often (seconds), however often work advances.
INTERVAL = 0.1


class ProgressBar:
    """``label [#####-----] 1,200/38,462 products 3% 4.1 s``; without a total, the count."""

    def __init__(self, label: str, unit: str, total: int = 0, stream: TextIO | None = None):
        self.label = label
        self.unit = unit
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty()
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.width = 0

    def expect(self, count: int) -> None:
        self.total += count
        self.draw()

    def advance(self, count: int) -> None:
        self.done += count
        self.draw()

    def close(self) -> None:
        if self.shown and self.width:
            self.draw(force=True)
            self.stream.write("\n")
            self.stream.flush()

    def line(self) -> str:
        seconds = f"{time.monotonic() - self.started:.1f} s"
        if not self.total:
            return f"{self.label} {self.done:,} {self.unit} {seconds}"
        share = min(self.done / self.total, 1.0)
        filled = round(share * WIDTH)
        bar = "#" * filled + "-" * (WIDTH - filled)
        counts = f"{self.done:,}/{self.total:,} {self.unit}"
        return f"{self.label} [{bar}] {counts} {share:.0%} {seconds}"

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.shown or (not force and now - self.drawn_at < INTERVAL):
            return
        self.drawn_at = now
        text = self.line()[: shutil.get_terminal_size().columns - 1]
        # Spaces over whatever a longer previous line left behind.
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)


@contextmanager
def progress_bar(label: str, unit: str, total: int = 0) -> Iterator[ProgressBar]:
    """A bar that also receives what services report through :mod:`plugin.progress`."""
    bar = ProgressBar(label, unit, total)
    bar.draw()
    try:
        with progress.reporting_to(bar):
            yield bar
    finally:
        bar.close()
