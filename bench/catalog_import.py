"""Time and peak memory of ``copydesk catalog import`` on a large WooCommerce CSV.

    python bench/catalog_import.py [--rows 50000] [--postgres [URL]] [--baseline REF]

Writes a WooCommerce product export of ``--rows`` rows (simple products, and variable products
with three variations each; one product in five has an empty description, so the import
queues generation for it), then imports it into a new catalogue shop and imports the same file
again (nothing changed). Each import runs in a fresh process, so its peak RSS is its own; the
figures are seconds and peak RSS of that process (the app's own start-up included, shown
separately) and the CPU time it took (on a shared machine the seconds wait for the CPU; the
CPU time does not). ``--postgres`` runs the same on PostgreSQL (a fresh schema, dropped afterwards;
the URL defaults to ``COPYDESK_TEST_POSTGRES_URL``). ``--baseline REF`` also runs the code of a
git revision (``git archive`` into a temporary folder) and prints the ratios.
Targets: first import under 15 s and 400 MB, the unchanged re-import faster still.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 15.0
TARGET_MIB = 400.0
HEADER = [
    "ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "Tax status", "In stock?", "Stock",
    "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)", "Sale price", "Regular price",
    "Categories", "Tags", "Images", "Parent", "Brands",
    "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
    "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global",
    "Attribute 3 name", "Attribute 3 value(s)", "Attribute 3 visible", "Attribute 3 global",
]  # fmt: skip
MATERIALS = ("cotton", "merino wool", "linen", "recycled polyester", "oak", "stainless steel")
CATEGORIES = ("Clothing > Tshirts", "Clothing > Hoodies", "Home > Kitchen", "Outdoor > Camping")
COLOURS = ("Blue", "Green", "Red")


def write_catalog(path: Path, rows: int) -> None:
    """A WooCommerce export: simple products, and variable ones followed by three variations."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        written = n = 0
        while written < rows:
            n += 1
            variable = n % 10 == 0 and rows - written >= 4
            material = MATERIALS[n % len(MATERIALS)]
            description = (
                ""
                if n % 5 == 0
                else f"<p>The product {n} is made of {material}.</p>\\n<ul><li>Machine "
                f"washable at 30 °C</li><li>Weighs {n % 900 + 100} g</li></ul>\\n<p>"
                + "A long-lasting piece for everyday use. " * 6
                + "</p>"
            )
            cells = {
                "ID": str(n * 10), "Type": "variable" if variable else "simple",
                "SKU": f"sku-{n}", "Name": f"Product {n} in {material}", "Published": "1",
                "Is featured?": "0", "Visibility in catalog": "visible",
                "Short description": f"A {material} product.", "Description": description,
                "Tax status": "taxable", "In stock?": "1", "Stock": str(n % 40),
                "Weight (kg)": f"{(n % 50) / 10 + 0.1:.1f}", "Length (cm)": str(n % 90 + 10),
                "Width (cm)": str(n % 30 + 5), "Height (cm)": str(n % 20 + 2),
                "Regular price": "" if variable else f"{n % 200 + 9}.99",
                "Categories": CATEGORIES[n % len(CATEGORIES)], "Tags": f"{material}, gift",
                "Images": f"https://shop.example/images/{n}.jpg", "Brands": "Example Co",
                "Attribute 1 name": "Material", "Attribute 1 value(s)": material,
                "Attribute 1 visible": "1", "Attribute 1 global": "0",
                "Attribute 2 name": "Color" if variable else "Care",
                "Attribute 2 value(s)": ", ".join(COLOURS) if variable else "Machine wash",
                "Attribute 2 visible": "1", "Attribute 2 global": "1",
            }  # fmt: skip
            writer.writerow([cells.get(column, "") for column in HEADER])
            written += 1
            if not variable:
                continue
            for k, colour in enumerate(COLOURS, start=1):
                variation = {
                    "ID": str(n * 10 + k), "Type": "variation", "SKU": f"sku-{n}-{k}",
                    "Name": f"Product {n} - {colour}", "Published": "1",
                    "Regular price": f"{n % 200 + 9 + k}.99", "Parent": f"sku-{n}",
                    "Attribute 1 name": "Color", "Attribute 1 value(s)": colour,
                    "Attribute 1 global": "1",
                }  # fmt: skip
                writer.writerow([variation.get(column, "") for column in HEADER])
                written += 1


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(database_url: str, instance: str, csv_path: str) -> None:
    """One import in this process; prints its figures as JSON on the last line."""
    from plugin import create_app
    from plugin.platforms.catalog import import_catalog
    from plugin.storage.db import db
    from plugin.storage.migrate import upgrade

    app = create_app({"INSTANCE_PATH": instance, "DATABASE_URL": database_url})
    upgrade(app)
    data = Path(csv_path).read_bytes()
    started_mib = peak_mib()
    with app.app_context():
        started, cpu = time.perf_counter(), time.process_time()
        report = import_catalog(db.session, "bench", data)
        db.session.commit()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    figures = {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mib": peak_mib(),
        "startup_mib": started_mib,
        "products": report.products,
        "changed": report.changed,
        "errors": len(report.errors),
    }
    print(json.dumps(figures))


def run_import(code: Path, database_url: str, instance: Path, csv_path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code), "COPYDESK_RECONCILE_INTERVAL_SECONDS": "0"}
    args = [sys.executable, str(Path(__file__).resolve()), "--child", database_url]
    done = subprocess.run(
        [*args, str(instance), str(csv_path)],
        env=env,
        cwd=code,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the import failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_both(code: Path, database_url: str, work: Path) -> list[dict]:
    instance = work / f"instance-{uuid.uuid4().hex[:8]}"
    csv_path = work / "catalog.csv"
    return [run_import(code, database_url, instance, csv_path) for _ in ("first", "unchanged")]


def postgres_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


def on_postgres(base: str, schema: str, create: bool) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(base)
    with engine.begin() as conn:
        statement = f"CREATE SCHEMA {schema}" if create else f"DROP SCHEMA {schema} CASCADE"
        conn.execute(text(statement))
    engine.dispose()


def measure(code: Path, label: str, work: Path, postgres: str | None) -> dict[str, list[dict]]:
    results = {"sqlite": run_both(code, f"sqlite:///{work / f'{label}.sqlite'}", work)}
    if postgres:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        on_postgres(postgres, schema, create=True)
        try:
            results["postgresql"] = run_both(code, postgres_schema_url(postgres, schema), work)
        finally:
            on_postgres(postgres, schema, create=False)
    return results


def report(label: str, results: dict[str, list[dict]]) -> None:
    for database, (first, again) in results.items():
        for name, figures in (("first import", first), ("unchanged", again)):
            mark = ""
            if name == "first import":
                fits = figures["seconds"] < TARGET_SECONDS and figures["peak_mib"] < TARGET_MIB
                mark = "  (target met)" if fits else "  (target missed)"
            print(
                f"{label:<9} {database:<10} {name:<13} {figures['seconds']:7.2f} s "
                f"(CPU {figures['cpu_seconds']:6.2f} s)  "
                f"peak RSS {figures['peak_mib']:6.0f} MiB (start-up {figures['startup_mib']:.0f})"
                f"  {figures['products']} products, {figures['changed']} changed{mark}"
            )


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(*sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=os.environ.get("COPYDESK_TEST_POSTGRES_URL", ""),
        default=None,
        help="also run on PostgreSQL at URL (default COPYDESK_TEST_POSTGRES_URL)",
    )
    parser.add_argument("--baseline", metavar="REF", help="also run the code of a git revision")
    args = parser.parse_args()
    if args.postgres == "":
        parser.error("--postgres needs a URL or COPYDESK_TEST_POSTGRES_URL")
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as temp:
        work = Path(temp)
        write_catalog(work / "catalog.csv", args.rows)
        size = (work / "catalog.csv").stat().st_size / 2**20
        print(f"{args.rows} rows, {size:.1f} MiB, {os.cpu_count()} CPUs")
        current = measure(ROOT, "current", work, args.postgres)
        report("current", current)
        if not args.baseline:
            return
        old = work / "baseline"
        old.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        before = measure(old, args.baseline, work, args.postgres)
        report(args.baseline, before)
        for database, runs in current.items():
            for name, now, then in zip(("first", "unchanged"), runs, before[database], strict=True):
                print(
                    f"{database} {name}: {then['seconds'] / now['seconds']:.1f}x faster "
                    f"({then['cpu_seconds'] / now['cpu_seconds']:.1f}x less CPU time), "
                    f"{then['peak_mib'] / now['peak_mib']:.1f}x less memory than {args.baseline}"
                )


if __name__ == "__main__":
    main()
