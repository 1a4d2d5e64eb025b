"""Check a copywriter's woven prose (``weave*.jsonl``) before it is trained on.

For each row: the prose rendered as the engine renders it (``weave.woven_html`` with the
planner's facts list), then the guardrails with the shop's default policy. Prints every
finding that blocks or is an accuracy warning, the word count where it is outside 45-110
(25-110 for a listing with fewer than three facts), and stock filler.

Run: ``.venv/bin/python training/data/check_weave.py training/data/weave_w1.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from plugin.domain import DraftKind, GenerationRequest, Listing, Verdict  # noqa: E402
from plugin.generation.compose import plain_draft  # noqa: E402
from plugin.generation.weave import split_draft, woven_html  # noqa: E402
from plugin.guardrails import check  # noqa: E402

DATA = REPO / "training" / "data"
FILLER = re.compile(
    r"perfect for|great gift|stylish|high[- ]quality|elevate|must[- ]have|introducing|meet the"
    r"|\bwe\b|\bour\b|!|look no further|whether you",
    re.I,
)


def listings() -> dict[str, Listing]:
    found = {}
    for path in sorted(DATA.glob("listings*.json")):
        for raw in json.loads(path.read_text(encoding="utf-8")):
            found[raw["external_id"]] = Listing.from_dict(raw)
    return found


def main() -> int:
    known = listings()
    problems = 0
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        listing = known[row["external_id"]]
        draft = plain_draft(GenerationRequest(listing=listing, kind=DraftKind.DESCRIPTION))
        _, list_html = split_draft(draft)
        text = woven_html(row["copy"], listing.title, list_html)
        notes = [
            f"{f.rule} {f.severity.value}: {f.message}"
            for f in check(listing, text, DraftKind.DESCRIPTION)
            if f.severity is Verdict.BLOCK
            or (f.severity is Verdict.WARN and f.rule.startswith("accuracy."))
        ]
        words = len(row["copy"].split())
        floor = 25 if len(list_html.split("<li>")) - 1 < 3 else 45
        if not floor <= words <= 110:
            notes.append(f"{words} words")
        notes += [f"filler: {m.group(0)!r}" for m in FILLER.finditer(row["copy"])]
        if listing.title not in row["copy"]:
            notes.append("the title is not said whole")
        if notes:
            problems += 1
            print(row["external_id"], "|", " | ".join(notes))
    print(f"{problems} rows with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
