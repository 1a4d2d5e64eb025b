"""Webhook ingestion under load: signed Shopify and WooCommerce product deliveries, open-loop.

    python bench/webhooks.py [--rates 100,300,500] [--seconds 20] [--db sqlite,postgres]

For each database, a fresh one is migrated and seeded with a Shopify and a WooCommerce shop;
``copydesk serve --no-worker`` (gunicorn, ``COPYDESK_SERVER_*`` as set) and a bare Flask
endpoint under the same gunicorn set-up (``bench/bare_server.py``) are started side by side.
At each rate the same deliveries (10 % of them byte-for-byte repeats) go to the bare endpoint,
then to Copydesk, each for ``--seconds``. The table gives p50, p99 and the slowest answer,
errors (anything but 200, or no answer), answers slower than Shopify's 5 s, Copydesk's p50
and p99 as a multiple of the bare endpoint's, and the server's CPU time per delivery (all its
processes: on a shared machine latencies depend on what else runs, this much less). Last,
every delivery Copydesk acknowledged must be in ``webhook_events`` exactly once, with exactly
one ``process_webhook`` job: the script exits non-zero if one is lost or doubled.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_env import (  # noqa: E402
    Process,
    Settings,
    copydesk,
    database,
    free_port,
    wait_http,
)
from bench.webhook_load import (  # noqa: E402
    SHOPIFY_SHOP,
    Result,
    Summary,
    WooDeliveries,
    first_errors,
    schedule,
    send_open_loop,
    shopify_delivery,
    summarize,
)

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def seed(settings: Settings) -> tuple[int, str]:
    """Migrate and add the two shops; returns the WooCommerce shop's id and webhook secret."""
    from plugin import create_app
    from plugin.services.shops import connect_shop
    from plugin.storage.db import Database, db
    from plugin.storage.migrate import upgrade

    app = create_app(settings.app_config())
    upgrade(app)
    secret = secrets.token_urlsafe(24)
    with app.app_context():
        connect_shop(
            db.session,
            platform="shopify",
            name=SHOPIFY_SHOP,
            url=f"https://{SHOPIFY_SHOP}",
            credentials={"access_token": "shpat_bench"},
        )
        woo = connect_shop(
            db.session,
            platform="woocommerce",
            name="store.example",
            url="https://store.example",
            credentials={"consumer_key": "ck_bench", "consumer_secret": "cs_bench"},
            webhook_secret=secret,
        )
        db.session.commit()
        woo_id = woo.id
    Database.state(app).engine.dispose()
    return woo_id, secret


@dataclass(frozen=True)
class Recorded:
    acknowledged: int
    lost: int  # acknowledged, not in webhook_events
    doubled: int  # in webhook_events more than once
    without_one_job: int  # acknowledged, recorded, but not exactly one process_webhook job
    unacknowledged_recorded: int  # not acknowledged (error, timeout) yet recorded: harmless


def check_recorded(database_url: str, results: list[Result]) -> Recorded:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    with engine.connect() as conn:
        events = Counter(
            (platform, event_id)
            for platform, event_id in conn.execute(
                text("SELECT platform, event_id FROM webhook_events")
            )
        )
        jobs = Counter(
            key
            for (key,) in conn.execute(
                text("SELECT idempotency_key FROM jobs WHERE name = 'process_webhook'")
            )
        )
    engine.dispose()
    acked = {(r.delivery.platform, r.delivery.event_id) for r in results if r.acknowledged}
    answered = {(r.delivery.platform, r.delivery.event_id) for r in results} - acked
    return Recorded(
        acknowledged=len(acked),
        lost=sum(events[key] == 0 for key in acked),
        doubled=sum(count > 1 for count in events.values()),
        without_one_job=sum(
            events[key] == 1 and jobs[f"webhook:{key[0]}:{key[1]}"] != 1 for key in acked
        ),
        unacknowledged_recorded=sum(events[key] > 0 for key in answered),
    )


def row(
    db: str, rate: int, server: str, summary: Summary, bare: Summary | None, cpu_ms: float
) -> str:
    ratio = (
        f"{summary.p50_ms / bare.p50_ms:6.1f}x {summary.p99_ms / bare.p99_ms:6.1f}x"
        if bare and bare.p50_ms and bare.p99_ms
        else f"{'':>7} {'':>7}"
    )
    return (
        f"{db:<9}{rate:>6}  {server:<9}{summary.sent:>7}{summary.errors:>7}{summary.slow:>6}"
        f"{summary.p50_ms:>9.1f}{summary.p99_ms:>9.1f}{summary.max_ms:>9.1f}  {ratio}"
        f"{cpu_ms:>9.2f}"
    )


HEADER = (
    f"{'db':<9}{'rate/s':>6}  {'server':<9}{'sent':>7}{'errors':>7}{'>5s':>6}"
    f"{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}  {'p50/bare':>7} {'p99/bare':>7}{'cpu ms':>9}"
)


def run_database(kind: str, args: argparse.Namespace, workdir: Path) -> tuple[list[dict], bool]:
    """Every rate against both servers on one database; the rows and whether none was lost."""
    rows: list[dict] = []
    with database(kind, workdir, args.postgres_url) as url:
        settings = Settings.make(workdir / kind, url)
        woo_id, woo_secret = seed(settings)
        ports = {"bare": free_port(), "copydesk": free_port()}
        servers = {
            "bare": Process(
                f"bare-{kind}",
                ["bench/bare_server.py", "--port", str(ports["bare"])],
                settings,
                workdir,
            ),
            "copydesk": Process(
                f"serve-{kind}",
                copydesk(["serve", "--no-worker", "--port", str(ports["copydesk"])]),
                settings,
                workdir,
            ),
        }
        copydesk_results: list[Result] = []
        try:
            for name, server in servers.items():
                wait_http(f"http://127.0.0.1:{ports[name]}/healthz", server)
            woo = WooDeliveries(woo_id, woo_secret)
            shopify_secret = settings.env["SHOPIFY_API_SECRET"]
            for rate in args.rates:
                deliveries = schedule(
                    rate * args.seconds,
                    [partial(shopify_delivery, shopify_secret), woo.delivery],
                    seed=rate,
                )
                bare: Summary | None = None
                for name in ("bare", "copydesk"):
                    time.sleep(2)  # let the last run's stragglers and the database settle
                    cpu = servers[name].cpu_seconds()
                    results = send_open_loop(
                        f"http://127.0.0.1:{ports[name]}",
                        deliveries,
                        rate,
                        connections=args.connections,
                    )
                    cpu_ms = (servers[name].cpu_seconds() - cpu) * 1000 / len(results)
                    summary = summarize(results)
                    print(row(kind, rate, name, summary, bare, cpu_ms), flush=True)
                    for error in first_errors(results):
                        print(f"    e.g. {error}", flush=True)
                    if name == "bare":
                        bare = summary
                    else:
                        copydesk_results.extend(results)
                    rows.append(
                        {
                            "db": kind,
                            "rate": rate,
                            "server": name,
                            "server_cpu_ms": round(cpu_ms, 3),
                            **summary.as_dict(),
                        }
                    )
        finally:
            for server in servers.values():
                server.stop()
        recorded = check_recorded(url, copydesk_results)
    print(
        f"{kind}: {recorded.acknowledged} distinct deliveries acknowledged, "
        f"{recorded.lost} lost, {recorded.doubled} recorded twice, "
        f"{recorded.without_one_job} without exactly one job "
        f"({recorded.unacknowledged_recorded} unacknowledged ones recorded anyway)",
        flush=True,
    )
    rows.append({"db": kind, "check": recorded.__dict__})
    return rows, not (recorded.lost or recorded.doubled or recorded.without_one_job)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", default="100,300,500", help="deliveries per second")
    parser.add_argument("--seconds", type=int, default=20, help="length of each run")
    parser.add_argument("--db", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("COPYDESK_TEST_POSTGRES_URL", DEFAULT_POSTGRES),
        help="a database the benchmark may create (and drop) a schema in",
    )
    parser.add_argument("--connections", type=int, default=128, help="client connections")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    args.rates = [int(r) for r in args.rates.split(",")]
    kinds = [k.strip() for k in args.db.split(",")]
    print(
        f"{os.cpu_count()} CPUs; gunicorn {os.environ.get('COPYDESK_SERVER_WORKERS', 'default')} "
        f"processes x {os.environ.get('COPYDESK_SERVER_THREADS', 'default')} threads; "
        f"{args.seconds} s per run; open-loop, 10 % duplicates"
    )
    print(HEADER)
    all_rows: list[dict] = []
    clean = True
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as tmp:
        for kind in kinds:
            rows, ok = run_database(kind, args, Path(tmp))
            all_rows.extend(rows)
            clean = clean and ok
    if args.json:
        args.json.write_text(json.dumps(all_rows, indent=1))
    sys.exit(0 if clean else 1)


if __name__ == "__main__":
    main()
