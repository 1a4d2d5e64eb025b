"""Peak resident memory of this process, sampled every 20 ms (torch-free, so the llama.cpp peer
measures its own process without torch's libraries in it)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def rss_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


@contextmanager
def peak_rss() -> Iterator[Callable[[], int]]:
    peak = [rss_bytes()]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.02):
            peak[0] = max(peak[0], rss_bytes())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield lambda: max(peak[0], rss_bytes())
    finally:
        stop.set()
        sampler.join()
