"""How WordPress and PHP shape text: ``json_encode`` bytes and ``wpautop`` paragraphs."""

from __future__ import annotations

import json
import re
from typing import Any


def php_json_encode(value: Any) -> bytes:
    """``wp_json_encode`` output: compact, non-ASCII as ``\\uXXXX``, and ``/`` escaped as ``\\/``.

    A ``/`` only ever occurs inside JSON strings, so escaping every one is exactly what PHP does.
    """
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("/", "\\/").strip().encode("ascii")


_BLOCK = re.compile(r"^\s*<(p|div|ul|ol|h[1-6]|table|blockquote|pre)\b", re.IGNORECASE)


def wpautop(text: str) -> str:
    """A small ``wpautop``: blank-line separated blocks become ``<p>`` paragraphs, single newlines
    ``<br />``. That is how the ``view`` context renders a description typed in the editor."""
    if not text.strip():
        return ""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    out = []
    for block in blocks:
        if _BLOCK.match(block):
            out.append(block)
        else:
            out.append("<p>" + block.replace("\n", "<br />\n") + "</p>")
    return "\n".join(out) + "\n"
