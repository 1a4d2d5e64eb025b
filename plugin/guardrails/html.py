"""HTML for product descriptions: a tight allow-list to store, and structural problems to report."""

from __future__ import annotations

import re

import nh3

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, WARN, finding

ALLOWED_TAGS = frozenset(
    {"p", "ul", "ol", "li", "strong", "em", "b", "i", "br", "h2", "h3", "h4", "a"}
)
VOID_TAGS = frozenset({"br"})
DANGEROUS_TAGS = frozenset({"script", "style", "iframe", "object", "embed", "form", "input", "svg"})
_TAG = re.compile(r"<(/?)\s*([A-Za-z][A-Za-z0-9]*)([^>]*?)(/?)>")
_UNSAFE_ATTRIBUTE = re.compile(r"\bon\w+\s*=|javascript:", re.IGNORECASE)
_MARKDOWN = re.compile(r"\*\*[^*\n]+\*\*|^#{1,6} \S|^[ \t]*[-*] \S", re.MULTILINE)


def sanitize_html(html: str) -> str:
    """Keep only the allowed tags; links keep an http(s) or mailto href and get a safe rel."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DANGEROUS_TAGS - {"form", "input"}),
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


def check_html(markup: str) -> list[Finding]:
    """Unsafe markup blocks; tags we would strip, unbalanced tags and Markdown warn."""
    out: list[Finding] = []
    stack: list[tuple[str, int, int]] = []
    for match in _TAG.finditer(markup):
        closing, name, attrs, self_closing = match.groups()
        name = name.lower()
        span = (match.start(), match.end())
        if (name in DANGEROUS_TAGS and not closing) or _UNSAFE_ATTRIBUTE.search(attrs):
            out.append(
                finding(
                    "quality.html",
                    BLOCK,
                    *span,
                    match.group(),
                    "is unsafe markup (script, frame, form or event handler).",
                    "Remove it; descriptions are plain formatted text.",
                )
            )
            continue
        if name in DANGEROUS_TAGS:
            continue
        if name not in ALLOWED_TAGS:
            out.append(
                finding(
                    "quality.html",
                    WARN,
                    *span,
                    match.group(),
                    "is a tag outside the allowed set and will be removed.",
                    "Use p, ul/ol/li, strong/em, h2-h4, br or a.",
                )
            )
            continue
        if name in VOID_TAGS or self_closing:
            continue
        if not closing:
            stack.append((name, *span))
        elif stack and stack[-1][0] == name:
            stack.pop()
        else:
            out.append(
                finding(
                    "quality.html",
                    WARN,
                    *span,
                    match.group(),
                    "closes a tag that is not open.",
                    "Fix the tag structure.",
                )
            )
    for name, start, end in stack:
        out.append(
            finding(
                "quality.html",
                WARN,
                start,
                end,
                markup[start:end],
                "is never closed.",
                f"Close it with </{name}>.",
            )
        )
    for match in _MARKDOWN.finditer(markup):
        out.append(
            finding(
                "quality.html",
                WARN,
                match.start(),
                match.end(),
                match.group().strip(),
                "is Markdown, which the store shows as literal characters.",
                "Use HTML formatting (strong, ul/li, h3) instead.",
            )
        )
    return out
