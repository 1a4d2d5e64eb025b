"""Precision and recall of the guardrails on the labelled eval set, per rule.

    python bench/guardrails_eval.py [--misses]

Targets (issue 4): recall >= 0.95 on numbers, materials, colours, certifications and origins;
precision >= 0.9 over clean copy (share of clean drafts with no finding) and over all findings.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from plugin.guardrails.evaluation import GROUNDING_RULES, format_table, load_eval_set, score

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "guardrails" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list missed labels and false alarms")
    args = parser.parse_args()
    listings, drafts = load_eval_set(EVAL_DIR)
    report = score(listings, drafts)
    sources = ", ".join(f"{n} {s}" for s, n in sorted(report.drafts.items()))
    print(f"{len(drafts)} drafts over {len(listings)} listings ({sources})\n")
    print(format_table(report))
    print()
    for rule in GROUNDING_RULES:
        print(f"recall {rule:<24} {report.recall(rule):.3f}  (target 0.95)")
    print(f"precision over clean copy       {report.clean_precision:.3f}  (target 0.90)")
    print(f"precision over all findings     {report.precision():.3f}  (target 0.90)")
    holdout = [d for d in drafts if d.split == "holdout"]
    if holdout:
        held = score(listings, holdout)
        print(f"\nholdout only ({len(holdout)} drafts written after the rules were frozen):\n")
        print(format_table(held))
        print(f"precision over clean copy       {held.clean_precision:.3f}")
    if args.misses:
        for draft_id, label in report.misses:
            print(f"missed  {draft_id}: {label.rule} {label.claim!r}")
        for draft_id, item, claim in report.false_alarms:
            print(f"false   {draft_id}: {item.rule} {claim!r}")


if __name__ == "__main__":
    main()
