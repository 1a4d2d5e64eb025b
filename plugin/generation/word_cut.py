"""A text cut at a word to fit a limit, "…" after it: the SEO title (``seo_title``), the SEO
meta (``seo_meta``) and the in-language kinds (``in_language_kinds``) cut the same way."""

from __future__ import annotations


def cut_at_word(text: str, limit: int) -> str:
    """``text`` when it fits ``limit`` characters, else the words that fit with "…" after them,
    never a comma, semicolon, colon or dash left dangling before it."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ") + "…"
