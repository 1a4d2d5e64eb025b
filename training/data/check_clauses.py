"""Check training/data/clauses.jsonl against training/data/leads.jsonl and the writing rules.

Usage (from the repository root):
    .venv/bin/python training/data/check_clauses.py [--set N] [--strict] [--verbose]

``--set 3`` checks ``listings3.json`` / ``leads3.jsonl`` / ``clauses3.jsonl`` (default: the
first set, no number).

Hard rules (the brief): every open sentence has exactly one ending, every line's lead is one of
its listing's leads; hooks start with a/an/the, 6-16 words, end with a period; reasons start with
a connector, 4-14 words, no digits, end with a period; no banned words; at most a quarter of
reasons start with "so it".

Pipeline checks (what plugin/generation/compose.py and scoring.py would do with the ending at
inference time): clean_ending accepts it, it copies no few-shot example, its grounding clears
the threshold, and the finished sentence passes the guardrails as plugin.engine.sentence_passes
judges them. These are reported; with --strict they count as failures too.
"""

from __future__ import annotations

import collections
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from plugin.domain import DraftKind, Listing, Verdict  # noqa: E402
from plugin.generation import scoring  # noqa: E402
from plugin.generation.clauses import CONNECTORS  # noqa: E402
from plugin.guardrails.check import check  # noqa: E402

DATA = Path(__file__).resolve().parent
BANNED = re.compile(
    r"\b(perfect|great|must-have|must have|stylish|versatile|lovers?|high-quality|high quality|"
    r"best|our|we|i|amazing|ultimate|luxurious|elegant)\b",
    re.IGNORECASE,
)
HOOK_STARTS = ("a", "an", "the")


def words(text: str) -> list[str]:
    return text.split()


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    verbose = "--verbose" in argv
    suffix = argv[argv.index("--set") + 1] if "--set" in argv else ""
    listings = {
        d["external_id"]: Listing.from_dict(d)
        for d in json.loads((DATA / f"listings{suffix}.json").read_text(encoding="utf-8"))
    }
    leads: dict[str, list[dict]] = {}
    for line in (DATA / f"leads{suffix}.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        leads[d["external_id"]] = d["open"]
    rows = [
        json.loads(line)
        for line in (DATA / f"clauses{suffix}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    hard: list[str] = []
    soft: list[str] = []
    notes: list[str] = []  # guardrail warnings: allowed, worth a look
    seen: collections.Counter = collections.Counter()
    for n, row in enumerate(rows, 1):
        eid, ask, lead, ending = (
            row.get("external_id"),
            row.get("ask"),
            row.get("lead"),
            row.get("ending", ""),
        )
        where = f"line {n} ({eid}, {ask}: {lead!r})"
        if set(row) != {"external_id", "ask", "lead", "ending"}:
            hard.append(f"{where}: keys {sorted(row)}")
        wanted = [o for o in leads.get(eid, []) if o["ask"] == ask and o["lead"] == lead]
        if not wanted:
            hard.append(f"{where}: lead not in leads.jsonl for this listing")
            continue
        seen[(eid, ask, lead)] += 1
        w = words(ending)
        if not ending.endswith(".") or ending.count(".") != 1 and not re.search(r"\w\.\w", ending):
            hard.append(f"{where}: must end with one period: {ending!r}")
        if "!" in ending or "?" in ending:
            hard.append(f"{where}: ! or ?: {ending!r}")
        if BANNED.search(ending):
            hard.append(f"{where}: banned word {BANNED.search(ending).group(0)!r}: {ending!r}")
        if ask == "hook":
            if not w or w[0] not in HOOK_STARTS:
                hard.append(f"{where}: hook must start with a/an/the: {ending!r}")
            if not 6 <= len(w) <= 16:
                hard.append(f"{where}: hook has {len(w)} words: {ending!r}")
        else:
            if not w or w[0] not in CONNECTORS:
                hard.append(f"{where}: reason must start with a connector: {ending!r}")
            if not 4 <= len(w) <= 14:
                hard.append(f"{where}: reason has {len(w)} words: {ending!r}")
            if re.search(r"\d", ending):
                hard.append(f"{where}: digits in reason: {ending!r}")

        # What the pipeline would do with this ending.
        listing = listings[eid]
        cleaned = scoring.clean_ending(ending, ask)
        if cleaned is None:
            soft.append(f"{where}: clean_ending rejects {ending!r}")
            continue
        if scoring.copies_example(cleaned):
            soft.append(f"{where}: copies a few-shot example: {ending!r}")
        known = scoring.listing_words(listing)
        g = scoring.grounding(cleaned, known)
        floor = scoring.HOOK_MIN_GROUNDING if ask == "hook" else scoring.REASON_MIN_GROUNDING
        if g < floor:
            soft.append(f"{where}: grounding {g:.2f} < {floor}: {ending!r}")
        sentence = f"{lead} {cleaned}." if ask == "hook" else f"{lead}, {cleaned}."
        markup = f"<p>{html.escape(sentence, quote=False)}</p>"
        start = len("<p>") + len(html.escape(lead, quote=False))  # where the ending begins
        for f in check(listing, markup, DraftKind.DESCRIPTION):
            # Length judges a whole draft, not one sentence (plugin.engine.sentence_passes);
            # a finding wholly inside the planner's lead is not the ending's doing.
            if f.severity is Verdict.PASS or f.rule == "quality.length" or f.end <= start:
                continue
            line = f"{where}: guardrail {f.rule} ({f.severity.value}): {f.message} | {sentence!r}"
            (soft if f.severity is Verdict.BLOCK else notes).append(line)

    for eid, opens in leads.items():
        for o in opens:
            count = seen[(eid, o["ask"], o["lead"])]
            expected = sum(1 for p in opens if p == o)
            if count != expected:
                hard.append(
                    f"{eid}: {o['ask']} {o['lead']!r} has {count} endings (want {expected})"
                )

    reasons = [r["ending"] for r in rows if r["ask"] == "reason"]
    hooks = [r["ending"] for r in rows if r["ask"] == "hook"]
    so_it = sum(1 for r in reasons if r.lower().startswith("so it "))
    if reasons and so_it > len(reasons) / 4:
        hard.append(f"{so_it} of {len(reasons)} reasons start with 'so it' (more than a quarter)")
    dupes = [(e, c) for e, c in collections.Counter(r["ending"] for r in rows).items() if c > 1]

    starts = collections.Counter(r.split()[0] for r in reasons)
    counts = f"hooks: {len(hooks)}  reasons: {len(reasons)}"
    print(f"listings: {len(leads)}  lines: {len(rows)}  {counts}")
    print(
        f"reason openers: {dict(starts.most_common())}  'so it': {so_it} "
        f"({so_it / max(len(reasons), 1):.0%})"
    )
    print(f"repeated endings: {len(dupes)}" + (f" e.g. {dupes[:5]}" if dupes else ""))
    failures = f"hard failures: {len(hard)}  pipeline rejections: {len(soft)}"
    print(f"{failures}  guardrail warnings: {len(notes)}")
    for item in hard:
        print("FAIL", item)
    for item in soft if (verbose or strict) else soft[:0]:
        print("REJECT", item)
    for item in notes if verbose else notes[:0]:
        print("NOTE", item)
    if soft and not (verbose or strict):
        kinds = collections.Counter(
            re.search(r"\): (grounding|copies|clean_ending|guardrail \S+)", s).group(1)
            for s in soft
        )
        print("pipeline rejections by kind:", dict(kinds), "(--verbose lists them)")
    return 1 if hard or (strict and soft) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
