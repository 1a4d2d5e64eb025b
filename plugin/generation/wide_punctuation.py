"""Full-width punctuation said as the English text around it writes it.

A shop writing Chinese or Japanese uses full-width brackets, commas and colons ("144（… /
including …）"); read by rules written for "(", "," and ":", a two-language note inside such a
bracket was cut at its " / " with the count before it and the closing bracket after it
(round 32: heldout34's raters marked a list item that had lost its number and kept a stray
"）"). Narrowed first, the note is read as any bracketed note is.
"""

from __future__ import annotations

import re

_WIDE = {"（": " (", "）": ")", "，": ", ", "：": ": ", "；": "; ", "！": "! ", "？": "? "}
_WIDE_CHARS = re.compile("[" + "".join(_WIDE) + "]")


def narrowed(text: str) -> str:
    """The text with full-width brackets, commas, colons and semicolons in their ASCII forms,
    spaced as English spaces them: "144（A / B）" → "144 (A / B)"."""
    if not _WIDE_CHARS.search(text):
        return text
    said = _WIDE_CHARS.sub(lambda found: _WIDE[found.group()], text)
    said = re.sub(r"\(\s+", "(", re.sub(r"\s+([),;:!?])", r"\1", said))
    return re.sub(r"\s{2,}", " ", said).strip()
