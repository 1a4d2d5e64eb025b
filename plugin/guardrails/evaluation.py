"""Scoring the guardrails against a labelled set of drafts: recall per rule, precision, speed.

A set is a folder with ``listings.json`` (key -> listing in the ``copydesk check`` format) and
``drafts.jsonl``: one draft a line, ``{"id", "listing", "kind", "source", "text", "labels"}``,
each label ``{"rule", "start", "end", "claim"}`` (held-out sets add ``severity`` and ``why``)
marking a span that is wrong. Sources: ``clean`` (correct copy), ``planted`` or ``faulty`` (one
planted error family), ``model``/``model-plain``/``model-planned`` (real model outputs).

A label is found when a finding of its rule overlaps it; a finding is a true alarm when it
overlaps any label. A *claim finding* is one of the ``accuracy`` or ``compliance`` rules: what
the clean-copy target counts (length, HTML and bias notes are not claims about the product).

A label its own rule misses but a *blocking claim finding of another rule* overlaps (a
product's own "25 cm" labelled ``accuracy.size`` that ``accuracy.number`` blocks) is still a
miss of its rule: recall keeps its definition. It is counted apart, as *found under another
rule* (``Report.elsewhere``, by the label's rule and the finding's), so that a set labelling a
claim under a different rule than the one that checks it shows as such, not as silence.
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from plugin.domain import Finding, Listing
from plugin.guardrails.check import check
from plugin.guardrails.findings import BLOCK
from plugin.guardrails.listing_facts import clear_cache
from plugin.guardrails.listing_input import listing_from_json
from plugin.guardrails.policy import GuardrailPolicy
from plugin.language_id import listing_language
from plugin.shop_settings import ShopSettings

# Unsupported factual claims: issue 12 holds their recall to >= 0.97 on a blind set.
GROUNDING_RULES = (
    "accuracy.number",
    "accuracy.price",
    "accuracy.material",
    "accuracy.colour",
    "accuracy.certification",
    "accuracy.origin",
)
CLAIM_CATEGORIES = ("accuracy", "compliance")
CLEAN = "clean"


@dataclass(frozen=True)
class Label:
    rule: str
    start: int
    end: int
    claim: str
    severity: str = ""
    why: str = ""


@dataclass(frozen=True)
class EvalDraft:
    id: str
    listing: str
    kind: str
    source: str
    text: str
    labels: tuple[Label, ...]
    split: str = "dev"  # "holdout": written after the rules were frozen, scored once


@dataclass
class Report:
    labels: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    alarms: Counter[str] = field(default_factory=Counter)
    true_alarms: Counter[str] = field(default_factory=Counter)
    drafts: Counter[str] = field(default_factory=Counter)
    silent_clean: int = 0
    claim_silent_clean: int = 0
    overlaps: list[float] = field(default_factory=list)  # span agreement of found labels
    same_severity: int = 0
    severity_labels: int = 0
    misses: list[tuple[str, Label]] = field(default_factory=list)
    # missed labels that a blocking claim finding of another rule overlaps: (label's rule,
    # finding's rule) -> count; and each such miss's finding rule, by its place in ``misses``
    elsewhere: Counter[tuple[str, str]] = field(default_factory=Counter)
    elsewhere_rule: dict[int, str] = field(default_factory=dict)
    false_alarms: list[tuple[str, Finding, str]] = field(default_factory=list)

    def recall(self, rule: str) -> float:
        return self.found[rule] / self.labels[rule] if self.labels[rule] else 1.0

    def precision(self, rule: str | None = None) -> float:
        alarms = self.alarms[rule] if rule else sum(self.alarms.values())
        true = self.true_alarms[rule] if rule else sum(self.true_alarms.values())
        return true / alarms if alarms else 1.0

    def claim_precision(self) -> float:
        """Precision over the claim findings alone (``accuracy`` and ``compliance``): the
        held-out sets label claims only, so a length, repetition or residue note counts as
        false there, or as true when it happens to span a claim's label (a whole short draft)."""
        claims = [r for r in self.alarms if r.split(".", 1)[0] in CLAIM_CATEGORIES]
        alarms = sum(self.alarms[r] for r in claims)
        return sum(self.true_alarms[r] for r in claims) / alarms if alarms else 1.0

    @property
    def clean_precision(self) -> float:
        """Share of clean drafts on which the guardrails raise nothing at all."""
        return self.silent_clean / self.drafts["clean"] if self.drafts["clean"] else 1.0

    @property
    def clean_claim_precision(self) -> float:
        """Share of clean drafts with no claim finding (``accuracy`` or ``compliance``)."""
        return self.claim_silent_clean / self.drafts[CLEAN] if self.drafts[CLEAN] else 1.0

    def grounding_recall(self) -> float:
        """Recall over every label of the grounding rules together."""
        labels = sum(self.labels[r] for r in GROUNDING_RULES)
        return sum(self.found[r] for r in GROUNDING_RULES) / labels if labels else 1.0

    def found_elsewhere(self, rule: str | None = None) -> int:
        """Missed labels (of ``rule``, or of every rule) that a blocking claim finding of
        another rule overlaps."""
        return sum(n for (label, _), n in self.elsewhere.items() if rule in (None, label))

    def grounding_recall_with_elsewhere(self) -> float:
        """The grounding rules' recall counting a label found under another rule as found: a
        second figure beside ``grounding_recall``, whose definition is unchanged."""
        labels = sum(self.labels[r] for r in GROUNDING_RULES)
        found = sum(self.found[r] + self.found_elsewhere(r) for r in GROUNDING_RULES)
        return found / labels if labels else 1.0

    @property
    def span_overlap(self) -> float:
        """Mean share of a found label's characters that its finding covers."""
        return statistics.fmean(self.overlaps) if self.overlaps else 1.0

    @property
    def severity_agreement(self) -> float:
        return self.same_severity / self.severity_labels if self.severity_labels else 1.0

    def rules(self) -> list[str]:
        return sorted(set(self.labels) | set(self.alarms))


def load_eval_set(folder: Path) -> tuple[dict[str, Listing], list[EvalDraft]]:
    listings = {
        key: listing_from_json(value)
        for key, value in json.loads((folder / "listings.json").read_text()).items()
    }
    drafts = []
    for line in (folder / "drafts.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        drafts.append(
            EvalDraft(
                id=row["id"],
                listing=row["listing"],
                kind=row["kind"],
                source=row["source"],
                text=row["text"],
                labels=tuple(_label(label, row["text"]) for label in row["labels"]),
                split=row.get("split", "dev"),
            )
        )
    return listings, drafts


def _label(label: dict, text: str) -> Label:
    """A label as written; its ``claim`` defaults to the text it spans, and fields this scorer
    does not read (a set's own notes) are left out."""
    fields = {k: v for k, v in label.items() if k in _LABEL_FIELDS}
    fields.setdefault("claim", text[label["start"] : label["end"]])
    return Label(**fields)


def listing_policy(listing: Listing) -> GuardrailPolicy:
    """The policy the product checks this listing's drafts under: the shop's settings with the
    listing's copy language, the language it is written in (English when unsure), as a real shop
    selling it writes copy and as the sets' model drafts were written (docs/generation.md, "The
    copy language"); built by ``GuardrailPolicy.from_settings``, as the pipeline and ``copydesk
    check`` build theirs."""
    language = listing_language(listing) or "en"
    return GuardrailPolicy.from_settings(ShopSettings.from_stored({"language": language}))


def score(listings: dict[str, Listing], drafts: list[EvalDraft]) -> Report:
    """Each draft checked under its listing's policy (:func:`listing_policy`)."""
    report = Report()
    policies: dict[str, GuardrailPolicy] = {}
    for draft in drafts:
        listing = listings[draft.listing]
        if draft.listing not in policies:
            policies[draft.listing] = listing_policy(listing)
        findings = check(listing, draft.text, draft.kind, policies[draft.listing])
        report.drafts[draft.source] += 1
        if draft.source == CLEAN and not findings:
            report.silent_clean += 1
        if draft.source == CLEAN and not any(f.category in CLAIM_CATEGORIES for f in findings):
            report.claim_silent_clean += 1
        for label in draft.labels:
            report.labels[label.rule] += 1
            hits = [f for f in findings if f.rule == label.rule and _overlaps(f, label)]
            if hits:
                report.found[label.rule] += 1
                report.overlaps.append(max(_covered(f, label) for f in hits))
                if label.severity:
                    report.severity_labels += 1
                    report.same_severity += any(str(f.severity) == label.severity for f in hits)
            else:
                report.misses.append((draft.id, label))
                other = _blocked_under_another_rule(findings, label)
                if other:
                    report.elsewhere[(label.rule, other)] += 1
                    report.elsewhere_rule[len(report.misses) - 1] = other
        for item in findings:
            report.alarms[item.rule] += 1
            if any(_overlaps(item, label) for label in draft.labels):
                report.true_alarms[item.rule] += 1
            else:
                report.false_alarms.append((draft.id, item, draft.text[item.start : item.end]))
    return report


def time_per_draft(
    listings: dict[str, Listing],
    drafts: list[EvalDraft],
    rounds: int = 5,
    cold: bool = True,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Seconds per ``check`` call, each draft timed ``rounds`` times after one warm-up pass.

    ``cold``: the listing's facts are built in every call, as for the first draft of a listing;
    otherwise they come from the cache, as for the composer's further candidates. ``clock``:
    wall time by default; ``time.process_time`` gives CPU time, which a loaded machine does
    not inflate."""
    for draft in drafts:
        check(listings[draft.listing], draft.text, draft.kind)
    times = []
    for _ in range(rounds):
        for draft in drafts:
            if cold:
                clear_cache()
            started = clock()
            check(listings[draft.listing], draft.text, draft.kind)
            times.append(clock() - started)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def format_table(report: Report) -> str:
    lines = [
        f"{'rule':<28} {'labels':>6} {'found':>6} {'recall':>7} {'alarms':>7} {'precision':>9}"
    ]
    for rule in report.rules():
        lines.append(
            f"{rule:<28} {report.labels[rule]:>6} {report.found[rule]:>6} "
            f"{report.recall(rule):>7.3f} {report.alarms[rule]:>7} {report.precision(rule):>9.3f}"
        )
    total_labels = sum(report.labels.values())
    total_found = sum(report.found.values())
    lines.append(
        f"{'all':<28} {total_labels:>6} {total_found:>6} "
        f"{(total_found / total_labels if total_labels else 1):>7.3f} "
        f"{sum(report.alarms.values()):>7} {report.precision():>9.3f}"
    )
    return "\n".join(lines)


def _blocked_under_another_rule(findings: list[Finding], label: Label) -> str:
    """The rule of a blocking claim finding of another rule that overlaps the label, or ""."""
    for item in findings:
        if (
            item.rule != label.rule
            and item.category in CLAIM_CATEGORIES
            and item.severity == BLOCK
            and _overlaps(item, label)
        ):
            return item.rule
    return ""


def _overlaps(item: Finding, label: Label) -> bool:
    return item.start < label.end and label.start < item.end


def _covered(item: Finding, label: Label) -> float:
    common = min(item.end, label.end) - max(item.start, label.start)
    return max(common, 0) / max(label.end - label.start, 1)


_LABEL_FIELDS = frozenset(f.name for f in dataclasses.fields(Label))
