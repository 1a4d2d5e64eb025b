"""Helpers the rounds' guardrail tests share: an invented listing and a rule's findings on a
one-paragraph description."""

from __future__ import annotations

from plugin.domain import Listing, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def found(item: Listing, text: str, rule: str) -> list[tuple[str, Verdict]]:
    body = f"<p>{text}</p>"
    return [(body[f.start : f.end], f.severity) for f in check(item, body, "description")
            if f.rule == rule]  # fmt: skip
