"""Where a value's commas part its items, and where a comma belongs to a number.

A shop writes numbers in its own locale: "1,240 °C" and "12,500 mAh" with a thousands
separator, "1,5 kg" and "0,9 mm" with a decimal comma, "1,2–1,5 L" as a range of them. Read as
an item separator, such a comma cut the number in two and the frames said its first half alone
(round 32: a firing temperature said "fired to 1."; heldout34's raters marked it an error). A
comma between two digits is part of the number; every other comma parts items. A spaced comma
("36, 39") still parts them.
"""

from __future__ import annotations

import re

# A comma with a digit on both sides ("1,240", "0,9") is part of a number.
ITEM_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def item_comma(text: str, at: int) -> bool:
    """Whether the comma at ``text[at]`` parts items (not a digit on both sides)."""
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    return not (before.isdigit() and after.isdigit())


def comma_items(text: str) -> list[str]:
    """The text parted at its item commas, each part stripped, empty ones left out:
    "Stoneware, fired to 1,240 °C" → ["Stoneware", "fired to 1,240 °C"]."""
    return [part.strip() for part in ITEM_COMMA.split(text) if part.strip()]
