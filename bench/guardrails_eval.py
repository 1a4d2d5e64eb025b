"""Recall and precision of the guardrails, in-sample and held-out, reported separately.

    python bench/guardrails_eval.py [--misses] [--set in-sample|held-out|both]

In-sample: ``tests/guardrails/eval`` (the rules were written and tuned beside it). Held-out:
``tests/guardrails/holdout_v2``, written blind and frozen before the claim model (issue 12); it
measures and never tunes, so ``--misses`` lists only in-sample misses: reading held-out misses
to change a rule would spend the set.

Targets (issue 12, held-out): recall >= 0.97 on unsupported numbers, prices, materials,
colours, certifications and origins; >= 0.95 of clean drafts with no claim finding; finding
spans on the claim; median < 5 ms per draft (``bench/guardrails_speed.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from plugin.guardrails.evaluation import (
    GROUNDING_RULES,
    EvalDraft,
    Report,
    format_table,
    load_eval_set,
    score,
)

TESTS = Path(__file__).resolve().parent.parent / "tests" / "guardrails"
IN_SAMPLE = TESTS / "eval"
HELD_OUT = TESTS / "holdout_v2"


def summary(name: str, drafts: list[EvalDraft], report: Report) -> str:
    sources = ", ".join(f"{n} {s}" for s, n in sorted(report.drafts.items()))
    lines = [f"== {name}: {len(drafts)} drafts ({sources})", "", format_table(report), ""]
    for rule in GROUNDING_RULES:
        lines.append(f"recall {rule:<26} {report.recall(rule):.3f}  ({report.labels[rule]} labels)")
    lines += [
        f"recall, the six grounding rules together  {report.grounding_recall():.3f}  (target 0.97)",
        f"clean drafts with no claim finding       {report.clean_claim_precision:.3f}  "
        "(target 0.95)",
        f"clean drafts with no finding at all      {report.clean_precision:.3f}",
        f"precision over all findings              {report.precision():.3f}",
        f"span: share of a found label covered     {report.span_overlap:.3f}",
        f"severity as labelled (found labels)      {report.severity_agreement:.3f}",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list in-sample misses")
    parser.add_argument("--set", choices=("in-sample", "held-out", "both"), default="both")
    args = parser.parse_args()
    if args.set in ("in-sample", "both"):
        listings, drafts = load_eval_set(IN_SAMPLE)
        report = score(listings, drafts)
        print(summary("in-sample (tests/guardrails/eval)", drafts, report))
        for split in sorted({d.split for d in drafts} - {"dev"}):
            part = [d for d in drafts if d.split == split]
            print("\n" + summary(f"in-sample split {split!r}", part, score(listings, part)))
        if args.misses:
            print()
            for draft_id, label in report.misses:
                print(f"missed  {draft_id}: {label.rule} {label.claim!r}")
            for draft_id, item, claim in report.false_alarms:
                print(f"false   {draft_id}: {item.rule} {claim!r}")
    if args.set in ("held-out", "both"):
        listings, drafts = load_eval_set(HELD_OUT)
        report = score(listings, drafts)
        print("\n" + summary("held-out (tests/guardrails/holdout_v2)", drafts, report))


if __name__ == "__main__":
    main()
