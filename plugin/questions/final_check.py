"""The last step of every reply: the shopper's personal data never echoed, and the guardrails
over the final text in the reply's language, with the facts it rests on counted as support."""

from __future__ import annotations

import dataclasses

from plugin.domain import DraftKind, Finding, Listing, Verdict
from plugin.guardrails import GuardrailPolicy, check
from plugin.questions.passages import FREE_TEXT_LABELS, POLICY_LABELS
from plugin.questions.personal_data import Stripped, echoes
from plugin.questions.replies import quoted_reply
from plugin.questions.reply_draft import QUOTE_VERSION, Basis, ComposedReply


def _without_personal_data(reply: ComposedReply, stripped: Stripped) -> ComposedReply:
    """A reply never repeats the shopper's personal data; one that would is replaced by the
    facts it rests on, quoted."""
    if not echoes(reply.text, stripped.removed):
        return reply
    return dataclasses.replace(
        reply,
        text=quoted_reply(list(reply.fact_texts), reply.language),
        basis=Basis.QUOTE,
        prompt_version=QUOTE_VERSION,
        discarded=reply.text,
    )


def _as_fact(text: str) -> str:
    """A passage as the guardrails read facts: the description's sentences under the label the
    guardrails give the description, a policy's sentence without its label ("Current
    description: … Made in Vermont" reads to them as the origin of a part called "current")."""
    label, sep, rest = text.partition(": ")
    if sep and label in POLICY_LABELS.values():
        return rest  # "Returns policy: …" reads to them as a part called "policy, return"
    return f"Description: {rest}" if sep and label in FREE_TEXT_LABELS else text


def _checked(
    reply: ComposedReply, listing: Listing, policy: GuardrailPolicy, language: str
) -> ComposedReply:
    """The guardrails over the final text, in the reply's language, with the retrieved facts
    counted as support."""
    reply.language = language
    extra = policy.extra_facts + tuple(map(_as_fact, reply.fact_texts)) + reply.frame_sentences
    findings = check(
        listing,
        reply.text,
        DraftKind.REPLY,
        dataclasses.replace(policy, extra_facts=extra, language=language),
    )
    if reply.basis in (Basis.QUOTE, Basis.STRUCTURE):
        # Our own words are a fixed frame in the reply's language; the rest is the listing's
        # facts quoted as the listing has them, which may well be in the shop's language.
        findings = [f for f in findings if f.rule != "quality.language"]
    if reply.basis == Basis.QUOTE:
        findings = _own_words_warn(reply, findings)
    reply.findings = findings
    return reply


def _own_words_warn(reply: ComposedReply, findings: list[Finding]) -> list[Finding]:
    """A finding that lies wholly inside a sentence quoted word for word from the listing is a
    warning, not a block: the reply repeats what the listing says ("two pillowcases (the Single
    set has one pillowcase)" read as a count that contradicts itself), so it invents nothing,
    and the merchant still sees the finding beside the draft."""
    spans: list[tuple[int, int, str]] = []
    for item in reply.facts:
        quoted = item.passage.text.rstrip(".")
        start = reply.text.find(quoted)
        while start >= 0:
            spans.append((start, start + len(quoted), item.passage.source))
            start = reply.text.find(quoted, start + 1)
    if not spans:
        return findings

    def own_words(f: Finding) -> bool:
        if f.severity != Verdict.BLOCK:
            return False
        if f.rule.startswith("accuracy."):
            return any(lo <= f.start and f.end <= hi for lo, hi, src in spans if src == "listing")
        # The shop's own sentences quoted side by side may name the same places or parts again
        # ("… France, Belgium, the Netherlands and Germany: 11.90 EUR."): words quoted as the
        # facts have them are no loop of the engine's (round 27).
        return f.rule == "quality.repetition" and any(
            lo <= f.start and f.end <= hi for lo, hi, _ in spans
        )

    return [dataclasses.replace(f, severity=Verdict.WARN) if own_words(f) else f
            for f in findings]
