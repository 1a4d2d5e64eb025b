"""Blind A/B rating files for two versions of the copy, and the ratings file they become.

``pair A.json B.json PREFIX`` takes two ``bench/copy_quality.py --out`` files of the same set
(two versions of the code), shuffles the 2×N drafts with a fixed seed and writes
``PREFIX_blind.json`` (``[{id, listing, draft}]``, what a rater sees) and ``PREFIX_key.json``
(which version each id is). The listing a rater sees leaves out what a description must not
repeat or that would give the version away: price, stock, the current description, SEO, FAQ,
image alt texts and timestamps.

``combine PREFIX NAME_A NAME_B OUT.json A.json B.json`` reads the two raters' files
``PREFIX_rater1.json`` and ``PREFIX_rater2.json`` (``[{id, score, tags, note}]``) and writes the
ratings file that ``bench/copy_quality.py --ratings`` summarises: one row per draft with its
set, version, full listing, draft and both ratings.

Run: ``.venv/bin/python bench/blind_rating.py pair|combine ...``; the rater brief is
``tests/fixtures/copy_eval/RATER_BRIEF.md``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

SEED = 20261205
HIDDEN = (
    "price",
    "compare_at_price",
    "description_html",
    "short_description_html",
    "in_stock",
    "stock_quantity",
    "seo",
    "faq",
    "image_alts",
    "updated_at",
    "deleted",
)


def _read(path: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return rows


def _write(path: str, rows: list[dict[str, Any]]) -> None:
    Path(path).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


def _entries(a_path: str, b_path: str) -> list[tuple[str, dict[str, Any]]]:
    """Every draft of both files with its version letter, in the seeded shuffled order."""
    a_rows, b_rows = _read(a_path), _read(b_path)
    ids_a = [row["listing"]["external_id"] for row in a_rows]
    ids_b = [row["listing"]["external_id"] for row in b_rows]
    if ids_a != ids_b:
        raise SystemExit("the two files hold different listings; run both on the same --set")
    entries = [("A", row) for row in a_rows] + [("B", row) for row in b_rows]
    random.Random(SEED).shuffle(entries)
    return entries


def pair(a_path: str, b_path: str, prefix: str) -> None:
    blind, key = [], []
    for number, (version, row) in enumerate(_entries(a_path, b_path), start=1):
        draft_id = f"d{number:03d}"
        listing = {k: v for k, v in row["listing"].items() if k not in HIDDEN}
        blind.append({"id": draft_id, "listing": listing, "draft": row["draft"]})
        key.append({"id": draft_id, "version": version, "set": row["set"]})
    _write(f"{prefix}_blind.json", blind)
    _write(f"{prefix}_key.json", key)
    print(f"{len(blind)} drafts in {prefix}_blind.json")


def combine(prefix: str, name_a: str, name_b: str, out: str, a_path: str, b_path: str) -> None:
    raters = {
        label: {r["id"]: r for r in _read(f"{prefix}_rater{n}.json")}
        for n, label in ((1, "A"), (2, "B"))
    }
    names = {"A": name_a, "B": name_b}
    rows = []
    for number, (version, row) in enumerate(_entries(a_path, b_path), start=1):
        draft_id = f"d{number:03d}"
        ratings = {
            label: {k: given[draft_id][k] for k in ("score", "tags", "note")}
            for label, given in raters.items()
            if draft_id in given
        }
        rows.append(
            {
                "id": draft_id,
                "set": row["set"],
                "version": names[version],
                "listing": row["listing"],
                "draft": row["draft"],
                "ratings": ratings,
            }
        )
    _write(out, rows)
    print(f"{len(rows)} rated drafts in {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pair")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("prefix")
    c = sub.add_parser("combine")
    for name in ("prefix", "name_a", "name_b", "out", "a", "b"):
        c.add_argument(name)
    args = parser.parse_args()
    if args.command == "pair":
        pair(args.a, args.b, args.prefix)
    else:
        combine(args.prefix, args.name_a, args.name_b, args.out, args.a, args.b)


if __name__ == "__main__":
    main()
