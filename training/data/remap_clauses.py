"""Re-key clauses.jsonl onto a freshly generated leads.jsonl after the planner changes.

Usage (from the repository root):
    .venv/bin/python training/leads.py training/data/listings.json > training/data/leads.jsonl
    .venv/bin/python training/data/remap_clauses.py        # rewrites clauses.jsonl in place
    .venv/bin/python training/data/check_clauses.py

A hook ending ("a roomy day pack for ...") fits any opener that ends in "is"/"are"/":"/"as", so
it moves to the listing's new hook lead. A reason ending moves to the new lead that states the
same fact, matched first exactly, then with the frame ("It is made of", "They have a", ...)
stripped. Open sentences left without an ending are listed; write those by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent
FRAME = re.compile(
    r"^(It|They|Its|Their)\s+(is|are|has|have|ha)\s+"
    r"(made of|crafted from|made from|made with|an?)?\s*",
    re.IGNORECASE,
)


def fact_key(lead: str) -> str:
    return FRAME.sub("", lead).lower().strip()


def main() -> int:
    old: dict[str, list[dict]] = {}
    for line in (DATA / "clauses.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            old.setdefault(row["external_id"], []).append(row)
    out, missing = [], []
    for line in (DATA / "leads.jsonl").read_text(encoding="utf-8").splitlines():
        listing = json.loads(line)
        eid = listing["external_id"]
        rows = old.get(eid, [])
        used: set[int] = set()
        for sentence in listing["open"]:
            ask, lead = sentence["ask"], sentence["lead"]
            candidates = [i for i, r in enumerate(rows) if r["ask"] == ask and i not in used]
            if ask == "reason":
                exact = [i for i in candidates if rows[i]["lead"] == lead]
                loose = [i for i in candidates if fact_key(rows[i]["lead"]) == fact_key(lead)]
                candidates = exact or loose
            if not candidates:
                missing.append(f"{eid} ({listing['title']}): {ask} {lead!r}")
                continue
            used.add(candidates[0])
            out.append(
                {
                    "external_id": eid,
                    "ask": ask,
                    "lead": lead,
                    "ending": rows[candidates[0]]["ending"],
                }
            )
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    (DATA / "clauses.jsonl").write_text(text, encoding="utf-8")
    print(f"{len(out)} lines written; {len(missing)} open sentences without an ending")
    for item in missing:
        print("MISSING", item)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
