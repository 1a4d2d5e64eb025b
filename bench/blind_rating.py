"""Blind rating files for drafts, and the ratings file they become.

``pair A.json B.json PREFIX --names NAME_A NAME_B`` takes two ``bench/copy_quality.py --out``
files of the same set (two versions of the code) and shuffles their 2×N descriptions together.
``kinds LISTINGS.json PREFIX DRAFTS.json ...`` takes ``bench/model_drafts.py`` outputs (one per
kind: short description, SEO, FAQ) for a listings file and shuffles them together, each draft
labelled with its kind. Both write ``PREFIX_blind.json`` (``[{id, kind, listing, copy_language,
draft}]``, what a rater sees, shuffled with a fixed seed; ``copy_language`` is ``{code, name}``,
the language the shop writes its copy in, English for drafts that do not say) and
``PREFIX_key.json`` (what each id is). The listing a rater sees leaves out what copy must not
repeat or that would give a version away: price, stock, the current description, SEO, FAQ, image
alt texts and timestamps, in the listing and in each of its variants and children.

``combine PREFIX OUT.json`` reads the key and the two raters' files ``PREFIX_rater1.json`` and
``PREFIX_rater2.json`` (``[{id, score, tags, note}]``) and writes the ratings file that
``bench/copy_quality.py --ratings`` summarises per version (or kind): one row per draft with its
set, version, full listing, draft and both ratings.

Run: ``.venv/bin/python bench/blind_rating.py pair|kinds|combine ...``; the rater brief is
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

Row = dict[str, Any]


def shown(listing: Row) -> Row:
    """The listing as a rater sees it: ``HIDDEN`` left out of it and of each variant or child
    object (a variant's price would give a rater what the copy must not repeat)."""
    return {
        key: [shown(v) if isinstance(v, dict) else v for v in value]
        if key in ("variants", "children") and isinstance(value, list)
        else value
        for key, value in listing.items()
        if key not in HIDDEN
    }


def _read(path: str) -> list[Row]:
    rows: list[Row] = json.loads(Path(path).read_text(encoding="utf-8"))
    return rows


def _write(path: str, rows: list[Row]) -> None:
    Path(path).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


def _copy_language(row: Row, path: str) -> dict[str, str]:
    """A row's copy language; a row without one is refused rather than taken for English (a
    listing in another language labelled English is rated as wrong-language copy)."""
    if "copy_language" not in row:
        raise SystemExit(
            f"{path}: a row has no copy_language; write drafts with bench/model_drafts.py or "
            "bench/copy_quality.py --out, which record it"
        )
    return dict(row["copy_language"])


def _shuffled(entries: list[Row], prefix: str) -> None:
    """Write the blind and key files of ``entries`` (each with set, version, kind, listing and
    draft) in the seeded shuffled order."""
    random.Random(SEED).shuffle(entries)
    blind, key = [], []
    for number, entry in enumerate(entries, start=1):
        draft_id = f"d{number:03d}"
        blind.append(
            {
                "id": draft_id,
                "kind": entry["kind"],
                "listing": shown(entry["listing"]),
                "copy_language": entry["copy_language"],
                "draft": entry["draft"],
            }
        )
        key.append({"id": draft_id, **entry})
    _write(f"{prefix}_blind.json", blind)
    _write(f"{prefix}_key.json", key)
    print(f"{len(blind)} drafts in {prefix}_blind.json")


def pair(a_path: str, b_path: str, prefix: str, names: tuple[str, str]) -> None:
    a_rows, b_rows = _read(a_path), _read(b_path)
    if [r["listing"]["external_id"] for r in a_rows] != [
        r["listing"]["external_id"] for r in b_rows
    ]:
        raise SystemExit("the two files hold different listings; run both on the same --set")
    entries = [
        {
            "set": row["set"],
            "version": name,
            "kind": "description",
            "listing": row["listing"],
            "copy_language": _copy_language(row, a_path if name == names[0] else b_path),
            "draft": row["draft"],
        }
        for name, rows in zip(names, (a_rows, b_rows), strict=True)
        for row in rows
    ]
    _shuffled(entries, prefix)


def kinds(listings_path: str, prefix: str, draft_paths: list[str]) -> None:
    listings = {item["external_id"]: item for item in _read(listings_path)}
    set_name = Path(listings_path).name.removesuffix("_listings.json")
    entries = [
        {
            "set": set_name,
            "version": row["kind"],
            "kind": row["kind"],
            "listing": listings[row["external_id"]],
            "copy_language": _copy_language(row, path),
            "draft": row["draft"],
        }
        for path in draft_paths
        for row in _read(path)
    ]
    _shuffled(entries, prefix)


def combine(prefix: str, out: str) -> None:
    raters = [{r["id"]: r for r in _read(f"{prefix}_rater{n}.json")} for n in (1, 2)]
    rows = []
    for entry in _read(f"{prefix}_key.json"):
        ratings = {
            label: {k: given[entry["id"]][k] for k in ("score", "tags", "note")}
            for label, given in zip("AB", raters, strict=True)
            if entry["id"] in given
        }
        rows.append({**entry, "ratings": ratings})
    _write(out, rows)
    print(f"{len(rows)} rated drafts in {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pair")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("prefix")
    p.add_argument("--names", nargs=2, default=("A", "B"), metavar=("NAME_A", "NAME_B"))
    k = sub.add_parser("kinds")
    k.add_argument("listings")
    k.add_argument("prefix")
    k.add_argument("drafts", nargs="+")
    c = sub.add_parser("combine")
    c.add_argument("prefix")
    c.add_argument("out")
    args = parser.parse_args()
    if args.command == "pair":
        pair(args.a, args.b, args.prefix, tuple(args.names))
    elif args.command == "kinds":
        kinds(args.listings, args.prefix, args.drafts)
    else:
        combine(args.prefix, args.out)


if __name__ == "__main__":
    main()
