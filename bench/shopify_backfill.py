"""A Shopify backfill of a large catalogue through the fake Shopify: bulk operation vs paged pull.

    python bench/shopify_backfill.py [--products 20000] [--variants 3] [--restore-rate 100]

The fake Shopify (``tests/fakes``) runs in a process of its own with the catalogue; each path
then installs the shop in a fresh Copydesk (SQLite in a temporary folder, its own process, so
that its peak memory is its own) and runs the io queue until the backfill is stored: the paged
pull with ``SHOPIFY_BULK_THRESHOLD=0``, the bulk operation with the default threshold, completed
by polling (no web process receives the finish webhook here). Printed side by side: wall time,
Admin API calls, the query cost they asked for, the bulk file downloads, peak memory and its
growth over the process's size before the sync.

The fake does not throttle here (it would make the paged run take hours); "throttle floor" is
the least time Shopify would make the same calls take at ``--restore-rate`` points a second (the
standard plan's rate; Plus shops get more), after the 1,000-point bucket is spent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SHOP = "bench-backfill.myshopify.com"
API_KEY = "bench-api-key"
API_SECRET = "bench-api-secret"
BUCKET = 1000.0


def serve_fake(products: int, variants: int) -> None:
    """The fake Shopify with the catalogue, until stdin closes."""
    from tests.fakes.shopify_server import FakeShopify

    fake = FakeShopify(api_key=API_KEY, api_secret=API_SECRET, restore_rate=1e9).start()
    store = fake.shop(SHOP)
    sizes = ["Small", "Medium", "Large", "X-Large", "XX-Large"][:variants]
    for number in range(products):
        store.add_product(
            title=f"Linen Shirt {number}",
            description_html=(
                f"<p>A relaxed linen shirt, number {number}, cut loose through the body, with a "
                "mother-of-pearl button placket and a curved hem that sits well untucked.</p>"
            ),
            vendor="Bench Mills",
            product_type="Shirts",
            tags=["linen", "summer"],
            options=[{"name": "Size", "values": sizes}],
            variants=[
                {"sku": f"LS-{number}-{s}", "price": "48.00", "options": {"Size": s}}
                for s in sizes
            ],
        )
    print(fake.url, flush=True)
    sys.stdin.read()
    fake.stop()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_backfill(mode: str, fake_url: str) -> dict[str, Any]:
    """Install the shop in a fresh Copydesk and run the io queue until its backfill is stored."""
    import requests
    from cryptography.fernet import Fernet
    from sqlalchemy import func, select

    from plugin import create_app
    from plugin.jobs.worker import Worker
    from plugin.platforms.shopify.install import complete_install
    from plugin.storage.db import db
    from plugin.storage.migrate import upgrade
    from plugin.storage.models import JobRecord, ListingRecord, Shop

    folder = Path(tempfile.mkdtemp(prefix=f"copydesk-backfill-{mode}-"))
    app = create_app(
        {
            "INSTANCE_PATH": str(folder / "instance"),
            "DATABASE_URL": f"sqlite:///{folder / 'copydesk.sqlite'}",
            "SECRET_KEY": "bench",
            "ENCRYPTION_KEY": Fernet.generate_key().decode(),
            "PUBLIC_URL": "http://copydesk.bench",
            "SHOPIFY_API_KEY": API_KEY,
            "SHOPIFY_API_SECRET": API_SECRET,
            "SHOPIFY_ORIGIN": fake_url + "/{shop}",
            "ALLOW_PRIVATE_STORE_URLS": True,
            "RECONCILE_INTERVAL_SECONDS": 0,
            "JOB_BACKOFF_SECONDS": 0.5,
            "SHOPIFY_BULK_THRESHOLD": 0 if mode == "paged" else 1000,
            "SHOPIFY_BULK_POLL_SECONDS": 0.5,
        }
    )
    upgrade(app)
    authorize = requests.get(
        f"{fake_url}/{SHOP}/admin/oauth/authorize",
        params={"client_id": API_KEY, "redirect_uri": "http://copydesk.bench/cb", "state": "s"},
        allow_redirects=False,
        timeout=30,
    )
    code = authorize.headers["Location"].split("code=")[1].split("&")[0]
    worker = Worker(app, ("io",))
    before = rss_mb()
    started = time.perf_counter()
    with app.app_context():
        shop_id = complete_install(db.session, SHOP, code, app.config).id
        while True:
            if worker.run_once():
                continue
            db.session.expire_all()
            pending = db.session.scalar(
                select(func.count())
                .select_from(JobRecord)
                .where(JobRecord.queue == "io", JobRecord.status.in_(("queued", "running")))
            )
            if not pending:
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        shop = db.session.get(Shop, shop_id)
        assert shop is not None and shop.bulk_operation_id is None
        listings = db.session.scalar(
            select(func.count()).select_from(ListingRecord).where(ListingRecord.shop_id == shop_id)
        )
        failed = db.session.scalar(
            select(func.count()).select_from(JobRecord).where(JobRecord.status == "failed")
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": seconds,
        "listings": listings,
        "failed_jobs": failed,
        "rss_before_mb": before,
        "rss_peak_mb": peak,
    }


def counts(fake_url: str) -> dict[str, int]:
    import requests

    return dict(requests.get(f"{fake_url}/_fake/requests", timeout=30).json())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--variants", type=int, default=3, choices=range(1, 6))
    parser.add_argument("--restore-rate", type=float, default=100.0)
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--run", choices=("bulk", "paged"), help=argparse.SUPPRESS)
    parser.add_argument("--fake-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        serve_fake(args.products, args.variants)
        return
    if args.run:
        print(json.dumps(run_backfill(args.run, args.fake_url)))
        return

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    print(f"building a fake shop of {args.products:,} products x {args.variants} variants ...")
    fake = subprocess.Popen(
        [sys.executable, __file__, "--serve-fake", "--products", str(args.products)]
        + ["--variants", str(args.variants)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert fake.stdout is not None
        fake_url = fake.stdout.readline().strip()
        results = {}
        for mode in ("bulk", "paged"):
            first = counts(fake_url)
            print(f"{mode}: backfilling ...", flush=True)
            child = subprocess.run(
                [sys.executable, __file__, "--run", mode, "--fake-url", fake_url],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            if child.returncode != 0:
                raise SystemExit(f"{mode} run failed:\n{child.stderr[-3000:]}")
            result = json.loads(child.stdout.strip().splitlines()[-1])
            last = counts(fake_url)
            result.update({k: last[k] - first[k] for k in last})
            results[mode] = result
    finally:
        if fake.stdin:
            fake.stdin.close()
        fake.wait(timeout=30)
    report(results, args.restore_rate)


def report(results: dict[str, dict[str, Any]], restore_rate: float) -> None:
    def floor(r: dict[str, Any]) -> float:
        return max(r["cost"] - BUCKET, 0.0) / restore_rate

    rows = [
        ("listings stored", lambda r: f"{r['listings']:,}"),
        ("failed jobs", lambda r: str(r["failed_jobs"])),
        ("wall time", lambda r: f"{r['seconds']:.1f} s"),
        ("Admin API calls", lambda r: f"{r['graphql']:,}"),
        ("bulk file downloads", lambda r: str(r["downloads"])),
        ("query cost asked", lambda r: f"{r['cost']:,}"),
        (f"throttle floor at {restore_rate:g} pts/s", lambda r: f"{floor(r):,.0f} s"),
        ("peak memory (RSS)", lambda r: f"{r['rss_peak_mb']:.0f} MB"),
        ("growth over start", lambda r: f"{r['rss_peak_mb'] - r['rss_before_mb']:.0f} MB"),
    ]
    print()
    print(f"{'':32}{'bulk':>16}{'paged':>16}")
    for label, cell in rows:
        print(f"{label:32}{cell(results['bulk']):>16}{cell(results['paged']):>16}")


if __name__ == "__main__":
    main()
