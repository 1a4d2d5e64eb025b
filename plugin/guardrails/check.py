"""``check``: every guardrail over one draft, findings with spans into the draft as given."""

from __future__ import annotations

import dataclasses
import re

from plugin.domain import DraftKind, Finding, Listing
from plugin.guardrails.accuracy_numbers import check_numbers
from plugin.guardrails.accuracy_terms import check_terms
from plugin.guardrails.bias import check_bias
from plugin.guardrails.claim_spans import widen_material_spans
from plugin.guardrails.compliance import check_compliance
from plugin.guardrails.document import TextView, view_of
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.html import check_html
from plugin.guardrails.identity import check_identity
from plugin.guardrails.listing_facts import listing_facts
from plugin.guardrails.policy import GuardrailPolicy
from plugin.guardrails.quality import check_quality
from plugin.guardrails.sizes import check_sizes, listing_sizes
from plugin.guardrails.unread_scripts import drop_unread_silence
from plugin.guardrails.uses import check_uses

DEFAULT_POLICY = GuardrailPolicy()


def check(
    listing: Listing,
    text: str,
    kind: DraftKind | str,
    policy: GuardrailPolicy = DEFAULT_POLICY,
) -> list[Finding]:
    """All findings for ``text``, a draft of ``kind`` for ``listing``, sorted by position.

    Descriptions are HTML; SEO and FAQ drafts are their JSON text; replies are plain text.
    Spans are character offsets into ``text`` exactly as given.
    """
    kind = DraftKind(kind)
    view, problem = view_of(text, kind)
    if problem:
        retry = "Generate the copy again in the expected JSON shape."
        return [finding("quality.format", BLOCK, 0, len(text), kind.value, problem, retry)]
    facts = listing_facts(listing, policy.extra_facts)
    plain = view.plain
    found = [
        *check_numbers(plain, facts),
        *check_terms(plain, facts),
        *check_identity(plain, facts),
        *check_uses(plain, facts),
        *check_sizes(plain, facts, listing_sizes(listing)),
        *check_compliance(plain, facts, policy),
        *check_bias(plain, facts, policy),
        *check_quality(view, kind, facts, policy),
    ]
    found = drop_unread_silence(found, facts.unread_script)  # round 50
    questions = [(m.start(), m.end()) for m in _QUESTION.finditer(plain)]
    found = widen_material_spans([f for f in found if not _asked(f, questions)], plain)
    findings = [_to_raw(f, view) for f in found]
    if kind.is_html:
        findings += check_html(text)
    return sorted(_unique(_drop_inside_wrappers(findings)), key=lambda f: (f.start, f.end, f.rule))


# A sentence that asks ("Will I receive a paper pattern?", "Is a battery included?") states
# nothing about the product: its answer does.
_QUESTION = re.compile(r"[^.!?\n]*\?")


def _asked(item: Finding, questions: list[tuple[int, int]]) -> bool:
    return item.category == "accuracy" and any(
        start <= item.start and item.end <= end for start, end in questions
    )


def _to_raw(item: Finding, view: TextView) -> Finding:
    start, end = view.to_raw(item.start, item.end)
    return dataclasses.replace(item, start=start, end=end)


_WRAPPERS = (
    "compliance.contact",
    "compliance.url",
    "compliance.shipping",
    "accuracy.size",
    "accuracy.certification",
    "accuracy.warranty",
)


def _drop_inside_wrappers(findings: list[Finding]) -> list[Finding]:
    """The digits of a phone number, a URL, a delivery promise, a size, a standard ("EN 1888")
    or a warranty ("a 5-year warranty") are reported once, as what they are."""
    wrappers = [f for f in findings if f.rule in _WRAPPERS]
    return [
        f
        for f in findings
        if not (
            f.rule == "accuracy.number"
            and any(w.start <= f.start and f.end <= w.end for w in wrappers)
        )
    ]


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for item in findings:
        key = (item.rule, item.start, item.end)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
