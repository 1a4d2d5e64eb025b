"""How much of the planned prose gives a buyer a reason, with no model: per development set, the
median prose words and the share of fact sentences that carry a reason.

A fact the planner says with a known reason (``benefits.py`` and the knowledge base under
``plugin/generation/data/reasons/``) needs no model; the hook the model would write is replaced by
its fallback, as when no model ending passes. So the figures are a floor for the prose length
and exact for the reasons (the embedded model is asked for none).

- words: the median count of prose words (lists removed, the title's words masked);
- fact sentences: features and materials said in the prose, a first line counted when it
  carries a fact with its reason;
- with a reason: the share of those that say what the fact does for the buyer;
- listings with none: the share of listings whose prose gives no reason at all;
- pass, open and 5-gram: as in ``copy_quality.py`` (drafts the guardrails do not block; the
  share of drafts opening with the most common three words, the title's words masked; the
  largest share of drafts sharing one five-word run), so a first line or a reason repeated
  across a catalogue shows. The model's hook endings are left out, so "open" is the planner's;
- seo: the share of SEO meta descriptions 120–160 characters long (issue #11's range).

``--show N`` prints the first N listings' prose of each set. ``--rules`` prints instead, per
reason rule (built in, knowledge base or material) and purpose entry, the product types it was
said of in the prose (the product type's last step, else the category's, else the title's head),
widest first, so a rule said of unrelated products shows (round 20b); ``--rules-min K`` keeps the
rules said of at least K types (default 3). The held-out sets (``HELD_OUT`` in
``copy_quality.py``) are never read.
Run: ``.venv/bin/python bench/reasons_coverage.py [--set heldout9] [--show 5] [--rules]``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.copy_quality import HELD_OUT, SETS, load_set, prose_words, read_listings, signals  # noqa: E402
from plugin.domain import Listing  # noqa: E402
from plugin.generation.compose import choose  # noqa: E402
from plugin.generation.plan import Role, plan_description  # noqa: E402
from plugin.generation.purpose import _head  # noqa: E402
from plugin.generation.render import render_description, render_seo  # noqa: E402

TRAINING = {
    "training": REPO / "training" / "data" / "listings.json",
    "training2": REPO / "training" / "data" / "listings2.json",
    "training3": REPO / "training" / "data" / "listings3.json",
    "training4": REPO / "training" / "data" / "listings4.json",
}
# A reason after its fact ("…, so it stores flat"), before it ("Washing up is quick: the …"), or
# the fact fronted ("With a dual motor, the … lifts evenly").
# A sentence that gives a reason: ", so …", "Label: the …", "With …, the …".
REASON = re.compile(
    r", (so|which|making|letting|keeping|meaning) |^[A-Z][^:]*: the "
    r"|^(With|Made of|Made from|Crafted from) [^,]+, the "
    # Round 32 (``varied_opening``): the reason said first in the kinds' other shapes.
    r"|^(Thanks to|Because (it|they)) [^,]+, the "
    # Round 45 (``reason_frames``): the body's other two shapes of a fact with its reason.
    r"|^(Its|Their) [^,]+ means |^With [^,]+, (it|they) "
)


def _load(name: str) -> list[Listing]:
    if name in TRAINING:
        return read_listings(TRAINING[name])
    return load_set(name)


def seo_in_range(listing: Listing) -> bool:
    """Whether the SEO meta description, without a model, is 120–160 characters long."""
    plan = plan_description(listing)
    description = json.loads(render_seo(plan, choose(plan, listing, {}, None)))["description"]
    return 120 <= len(description) <= 160


def planned(listing: Listing) -> tuple[str, int, int]:
    """The description without a model, its fact sentences and how many carry a reason."""
    plan = plan_description(listing)
    written = choose(plan, listing, {}, None)
    facts = reasoned = 0
    for sentence, text in written:
        has_reason = bool(REASON.search(text))
        if sentence.role in (Role.FEATURE, Role.BUILD) or (
            sentence.role is Role.HOOK and has_reason
        ):
            facts += 1
            reasoned += has_reason
    return render_description(plan, written), facts, reasoned


def _kind(listing: Listing) -> str:
    """The product's type as a shop names it: its product type's last step, else its first
    category's, else the title's head."""
    for source in (listing.product_type, *listing.categories[:1]):
        if source.strip():
            return source.split(">")[-1].strip().lower()
    return _head(listing.title).lower()


def _loose(text: str) -> str:
    """Words without pronouns or a final "s", so "it resists rust" is "they resist rust"."""
    words = re.findall(r"[a-z]+", text.lower())
    return " ".join(w.rstrip("s") for w in words if w not in {"it", "they", "them", "its", "their"})


def rule_spread(names: list[str]) -> dict[str, dict[str, list[str]]]:
    """Per rule and purpose entry said in the prose, the product types it was said of and,
    per type, a title: the reasons ``benefit_for`` returned and the purpose sentence, found in
    the rendered description."""
    from plugin.generation import (
        benefits,
        fact_reason,
        material_reasons,
        origin_and_care,
        plan,
        purpose,
        rule_match,
        title_reading,
    )

    spread: dict[str, dict[str, list[str]]] = {}
    given: dict[str, str] = {}
    original_benefit, original_purpose = benefits.benefit_for, purpose.purpose_sentence

    def benefit_for(name: str, value: str, turn: int, **kw: object) -> str | None:
        reason = original_benefit(name, value, turn, **kw)  # type: ignore[arg-type]
        if reason:
            worn = bool(kw.get("worn", True))
            rule = rule_match.rule_for(name, value, worn, str(kw.get("product", "")).lower())
            if rule is not None:
                given[reason] = f"{rule.family or 'built-in'}: {rule.pattern.pattern}"
            else:
                key = material_reasons.material_key(
                    re.split(r",|;|\+| and | with ", value.lower())[0]
                )
                given[reason] = f"material: {key}"
        return reason

    def purpose_sentence(listing: Listing, voice: object, turn: int) -> str | None:
        said = original_purpose(listing, voice, turn)  # type: ignore[arg-type]
        found = purpose.purpose_of(listing)
        if said and found:
            given[said.rstrip(".")] = f"purpose: {found[0].shown[0]}"
        return said

    benefits.benefit_for = plan.benefit_for = origin_and_care.benefit_for = benefit_for  # type: ignore
    fact_reason.benefit_for = title_reading.benefit_for = benefit_for  # type: ignore
    purpose.purpose_sentence = purpose_sentence  # type: ignore[assignment]
    try:
        for name in names:
            for listing in _load(name):
                given.clear()
                text = _loose(re.sub(r"<[^>]+>", "", planned(listing)[0]))
                for reason, rule in given.items():
                    if _loose(" ".join(reason.split()[-3:])) in text:
                        spread.setdefault(rule, {}).setdefault(_kind(listing), []).append(
                            f"{name}: {listing.title}"
                        )
    finally:
        benefits.benefit_for = plan.benefit_for = origin_and_care.benefit_for = original_benefit
        fact_reason.benefit_for = title_reading.benefit_for = original_benefit
        purpose.purpose_sentence = original_purpose  # type: ignore[assignment]
    return spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # The held-out sets are for the blind rating round only: this bench never reads them.
    names = sorted((set(SETS) - HELD_OUT) | set(TRAINING))
    parser.add_argument("--set", action="append", choices=names, help="default: all")
    parser.add_argument("--show", type=int, default=0, help="print the first N drafts per set")
    parser.add_argument("--rules", action="store_true", help="per rule, the types said of")
    parser.add_argument("--rules-min", type=int, default=3, help="with --rules: fewest types")
    args = parser.parse_args()
    if args.rules:
        spread = rule_spread(args.set or names)
        for rule, kinds in sorted(spread.items(), key=lambda r: (-len(r[1]), r[0])):
            if len(kinds) >= args.rules_min:
                print(f"{len(kinds):>3}  {rule}")
                for kind, titles in sorted(kinds.items()):
                    print(f"       {kind}  ({titles[0]}{' …' if len(titles) > 1 else ''})")
        return
    print(
        f"{'set':12} {'n':>4} {'words':>6} {'fact sentences':>15} {'with a reason':>14} "
        f"{'listings with none':>19} {'pass':>5} {'open':>5} {'5gram':>6} {'seo':>5}"
    )
    for name in args.set or names:
        listings = _load(name)
        rows = [planned(listing) for listing in listings]
        texts = [text for text, _, _ in rows]
        words = statistics.median(
            len(prose_words(text, item.title)) for item, text in zip(listings, texts, strict=True)
        )
        facts = sum(r[1] for r in rows)
        share = sum(r[2] for r in rows) / facts if facts else 0.0
        none = sum(r[2] == 0 for r in rows) / len(rows)
        found = signals(listings, texts)
        print(
            f"{name:12} {len(rows):>4} {words:>6.0f} {facts:>15d} {share:>14.2f} {none:>19.2f} "
            f"{found['pass']:>5.2f} {found['opening']:>5.2f} {found['5gram']:>6.2f} "
            f"{sum(map(seo_in_range, listings)) / len(listings):>5.2f}"
        )
        for listing, text in list(zip(listings, texts, strict=True))[: args.show]:
            print(f"  {listing.title}\n    {re.sub(r'<ul>.*', '', text)}")


if __name__ == "__main__":
    main()
