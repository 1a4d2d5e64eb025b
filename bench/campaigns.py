"""Campaign copy over 20 products, every channel, two audiences: issue #15's three signals.

For each of the first 20 products of a set (the demo catalogue by default) it writes a
single-product campaign for email, social and search ads — goals in turn launch, seasonal,
restock and sale (a sale with the offer "15% off until Sunday") — and, since a collection
intro introduces a collection, one collection-intro campaign per top-level category of those
20 products (launch, all its products among the 20). Each is written for two audiences,
exactly as the ``write_campaign`` job does (``checked_assets``: written, checked, a blocked
asset written again from the planner alone). It prints:

- within limits: the share of stored assets with no channel-limit finding (target 1.00);
- first pass: the share of assets the guardrails did not block as first written (≥ 0.90);
- shared 5-grams: for each campaign and channel, the 5-word sequences the two audiences'
  drafts share, over the mean count of each draft's own (product names masked; ≤ 0.20), and
  the same by channel;
- seconds per product (both audiences, every channel).

``--planner-only`` writes without the model (what a shop with a chat model or another language
gets). ``--out FILE`` writes every asset with its findings.
Run: ``.venv/bin/python bench/campaigns.py [--set demo] [--planner-only] [--out a.json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from adapters.catalog import parse_catalog  # noqa: E402
from bench.copy_quality import read_listings  # noqa: E402
from plugin.campaign import Audience, Brief, Channel, Goal, field_items  # noqa: E402
from plugin.domain import Listing, Verdict  # noqa: E402
from plugin.engine import sentence_passes  # noqa: E402
from plugin.generation import EngineSettings, build_engine  # noqa: E402
from plugin.generation.engine import PromptedEngine  # noqa: E402
from plugin.generation.scoring import masked_words  # noqa: E402
from plugin.guardrails import GuardrailPolicy  # noqa: E402
from plugin.guardrails.channels import RULE as LIMIT_RULE  # noqa: E402
from plugin.services.campaign_writing import Checked, checked_assets  # noqa: E402

SETS = {
    "demo": REPO / "plugin" / "demo" / "demo_catalog.csv",
    "woocommerce": REPO / "tests" / "fixtures" / "woocommerce" / "sample_products.csv",
    "heldout7": REPO / "tests" / "fixtures" / "copy_eval" / "heldout7_listings.json",
}
AUDIENCES = (
    Audience("gift buyers", "shopping for someone else"),
    Audience("new parents", "setting up a home around a baby"),
)
GOALS = (Goal.LAUNCH, Goal.SEASONAL, Goal.RESTOCK, Goal.SALE)
OFFER = "15% off until Sunday"
PRODUCTS = 20


def load_set(name: str) -> list[Listing]:
    path = SETS[name]
    if path.suffix == ".json":
        return read_listings(path)
    return list(parse_catalog(path.read_bytes()).listings)


def five_grams(item: Checked, title: str) -> set[tuple[str, ...]]:
    text = " ".join(t for _, t in field_items(item.asset.channel, item.asset.content))
    words = masked_words(text, title)
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def shared_share(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    mean = (len(a) + len(b)) / 2
    return len(a & b) / mean if mean else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="demo", choices=sorted(SETS))
    parser.add_argument("--planner-only", action="store_true", help="write without the model")
    parser.add_argument("--cache", default=str(REPO / "instance" / "models"))
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--out", default="", help="write every asset to this JSON file")
    parser.add_argument("--products", type=int, default=PRODUCTS, help="how many products")
    args = parser.parse_args()
    writer = None
    if not args.planner_only:
        engine = build_engine(EngineSettings(model_cache_dir=Path(args.cache), device=args.device))
        assert isinstance(engine, PromptedEngine)
        engine.sentence_check = sentence_passes
        writer = engine
    listings = load_set(args.set)[: args.products]
    policy = GuardrailPolicy()
    items: list[Checked] = []
    shares: list[float] = []
    by_channel: dict[str, list[float]] = {}
    dump: list[dict] = []
    campaigns = [
        (
            Brief(
                goal=GOALS[n % len(GOALS)],
                channels=(Channel.EMAIL, Channel.SOCIAL, Channel.ADS),
                offer=OFFER if GOALS[n % len(GOALS)] is Goal.SALE else "",
                audiences=AUDIENCES,
            ),
            [listing],
        )
        for n, listing in enumerate(listings)
    ]
    by_category: dict[str, list[Listing]] = {}
    for listing in listings:
        top = (listing.categories or [listing.product_type or "Shop"])[0].split(">")[0].strip()
        by_category.setdefault(top, []).append(listing)
    campaigns += [
        (
            Brief(
                goal=Goal.LAUNCH,
                channels=(Channel.COLLECTION_INTRO,),
                audiences=AUDIENCES,
                collection=name,
            ),
            members,
        )
        for name, members in by_category.items()
    ]
    started = time.perf_counter()
    for done, (brief, products) in enumerate(campaigns):
        print(f"campaign {done + 1}/{len(campaigns)}", file=sys.stderr, flush=True)
        title = " ".join(p.title for p in products)
        per_audience = [
            checked_assets(brief, products, audience, writer, policy) for audience in AUDIENCES
        ]
        for first, second in zip(*per_audience, strict=True):
            share = shared_share(five_grams(first, title), five_grams(second, title))
            shares.append(share)
            by_channel.setdefault(str(first.asset.channel), []).append(share)
        for audience, checked in zip(AUDIENCES, per_audience, strict=True):
            items += checked
            dump += [
                {
                    "products": [p.title for p in products],
                    "goal": str(brief.goal),
                    "audience": audience.name,
                    "channel": str(c.asset.channel),
                    "content": c.asset.content,
                    "first_verdict": str(c.first),
                    "findings": [f.to_dict() for f in c.findings],
                }
                for c in checked
            ]
    seconds = time.perf_counter() - started
    within = sum(not any(f.rule == LIMIT_RULE for f in c.findings) for c in items)
    first_pass = sum(c.first is not Verdict.BLOCK for c in items)
    n = len(items) or 1
    model = "planner only" if writer is None else writer.model_id
    intros = len(campaigns) - len(listings)
    print(
        f"set {args.set}: {len(listings)} products × 3 channels and {intros} collection "
        "intros, × 2 audiences"
    )
    print(f"writer: {model}")
    print(f"assets                  {len(items)}")
    print(f"within limits           {within / n:.2f}  (target 1.00)")
    print(f"passed first time       {first_pass / n:.2f}  (target ≥ 0.90)")
    print(f"shared 5-grams          {sum(shares) / (len(shares) or 1):.2f}  (target ≤ 0.20)")
    print(
        "  by channel            "
        + ", ".join(f"{c} {sum(v) / len(v):.2f}" for c, v in by_channel.items())
    )
    print(f"seconds per product     {seconds / (len(listings) or 1):.2f}")
    if args.out:
        Path(args.out).write_text(json.dumps(dump, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
