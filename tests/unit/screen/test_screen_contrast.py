"""The screen's colour pairs meet WCAG 2 AA contrast (4.5:1 for text), read from the stylesheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = Path(__file__).parents[3] / "plugin" / "web" / "static" / "copydesk.css"
# (text, background) as the stylesheet pairs them.
PAIRS = [
    ("--ink", "--bg"),
    ("--ink", "--card"),
    ("--muted", "--bg"),
    ("--muted", "--card"),
    ("--accent", "--card"),
    ("--accent", "--bg"),
    ("--ok", "--ok-bg"),
    ("--warn", "--warn-bg"),
    ("--block", "--block-bg"),
    ("--ok", "--ins"),
    ("--block", "--del"),
    ("#fff", "--brand"),
    ("#fff", "--accent"),
    ("#fff", "--ok"),
]


def _variables() -> dict[str, str]:
    root = re.search(r":root\s*{(.*?)}", CSS.read_text(), re.DOTALL)
    assert root is not None
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})", root.group(1)))


def _luminance(colour: str) -> float:
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    channels = [int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_text_colours_are_readable_on_their_backgrounds(text: str, background: str) -> None:
    colours = _variables()
    ratio = _contrast(colours.get(text, text), colours.get(background, background))
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}:1"
