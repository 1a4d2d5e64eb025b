"""Measure customer-question answering on the labelled set in ``tests/questions/eval``.

Every question runs through the real pipeline: screening, retrieval with the embedded
all-MiniLM-L6-v2, the answerability decision, the engine wording the reply (the embedded Gemma 3
270M unless ``--retrieval-only``), the grounding check and the guardrails. Prints:

- grounded-answer rate: answerable questions whose reply passes the guardrails, is not a refusal
  and contains the expected fact;
- correct-refusal rate: unanswerable and adversarial questions handed to the merchant;
- false-refusal rate: answerable questions handed to the merchant;
- invented facts in passed replies: replies that pass the guardrails yet answer a question the
  facts don't answer, or carry a number, material, colour, origin or certification that no fact
  of the product or the shop states, or give a variant a price that is another's.

    .venv/bin/python bench/questions_eval.py [--retrieval-only] [--out report.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from adapters.catalog.parse import parse_catalog  # noqa: E402
from bench.questions_v2 import V2_SETS, V2Set, run_v2, set_from_dir  # noqa: E402
from plugin.config import DEFAULTS, REPLY_WORDINGS  # noqa: E402
from plugin.domain import Listing, ShopVoice, Verdict  # noqa: E402
from plugin.guardrails import GuardrailPolicy  # noqa: E402
from plugin.questions.answering import RANK_K, Basis, ComposedReply, compose_reply  # noqa: E402
from plugin.questions.decision import decide  # noqa: E402
from plugin.questions.embedding import (  # noqa: E402
    CachedEmbedder,
    Embedder,
    MemoryEmbeddingStore,
    MiniLmEmbedder,
)
from plugin.questions.intents import closest_intent  # noqa: E402
from plugin.questions.passages import Passage, collect_passages  # noqa: E402
from plugin.questions.retrieval import rank  # noqa: E402
from plugin.questions.screening import screen  # noqa: E402
from plugin.questions.slots import find_slot  # noqa: E402

EVAL = ROOT / "tests" / "questions" / "eval"
CATALOGUE = ROOT / "tests" / "fixtures" / "woocommerce" / "sample_products.csv"
# Words that state a checkable fact; a passed reply may use one only if the product's facts do.
CLAIM_WORDS = re.compile(
    r"\b(?:cotton|polyester|wool|leather|silk|linen|nylon|cashmere|fleece|gold|silver|vinyl|"
    r"metal|plastic|denim|acrylic|red|blue|green|yellow|black|white|gr[ae]y|pink|purple|orange|"
    r"brown|navy|usa|america|china|italy|italian|portugal|india|organic|vegan|polarized|"
    r"uv400|uv|waterproof|recycled|ykk|adjustable|warranty|free|discount|in stock|cd|paypal)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d+(?:\.\d+)?")
VARIANT = re.compile(r"^Variant: (.+?), (\d+(?:\.\d+)?)")
# A number said to be a weight or a price must be one of the product's weights or prices.
CLAIMED_KINDS = (
    (r"\bweigh|\bheavy\b|\blbs?\b", ("Weight", "Variant")),
    (r"\$|\bcosts?\b|\bprice", ("Price", "Variant")),
)
CLAUSES = re.compile(r"[,;!?]|\.(?!\d)|\band\b")


def misattributed(reply: str, passages: list[Passage]) -> list[str]:
    """A variant named with a price that is not its own ("the red one is $15" when red is 20), or
    a number called a weight or a price that is none of the product's ("the cap weighs 16")."""
    variants = [m.groups() for p in passages if (m := VARIANT.match(p.text))]
    found = []
    for clause in CLAUSES.split(reply.lower()):
        numbers = NUMBER.findall(clause)
        for name, price in variants:
            if (
                numbers
                and price not in numbers
                and all(
                    re.search(rf"\b{re.escape(part)}\b", clause)
                    for part in name.lower().split(" / ")
                )
            ):
                found.append(f"{name} at {'/'.join(numbers)}")
        for words, labels in CLAIMED_KINDS:
            if re.search(words, clause):
                lines = [p.text for p in passages if p.text.split(":")[0] in labels]
                found += [
                    f"{n} is no {labels[0].lower()}"
                    for n in numbers
                    if not any(n in NUMBER.findall(line) for line in lines)
                ]
    return found


@dataclass
class Case:
    id: str
    product: str
    question: str
    label: str
    expect: list[str] = field(default_factory=list)
    attack: str = ""


def load_cases(name: str = "questions.jsonl") -> list[Case]:
    lines = (EVAL / name).read_text().splitlines()
    return [Case(**json.loads(line)) for line in lines if line.strip()]


def load_world() -> tuple[dict[str, Listing], dict[str, str]]:
    listings = {item.external_id: item for item in parse_catalog(CATALOGUE.read_bytes()).listings}
    policies = json.loads((EVAL / "policies.json").read_text())
    return listings, policies


def passages_of(listing: Listing, policies: dict[str, str]) -> list[Passage]:
    return collect_passages(listing, listing.faq, policies)


def invented(reply: ComposedReply, case: Case, passages: list[Passage]) -> list[str]:
    """What a passed reply claims that no fact of the product or shop states."""
    if reply.basis is Basis.REFUSAL or reply.verdict is Verdict.BLOCK:
        return []
    passages = [*passages, *(Passage("structure", t) for t in reply.fact_texts)]
    if case.label != "answerable":
        return [f"answered a {case.label} question"]
    known = " ".join(p.text for p in passages).lower()
    known_numbers = set(NUMBER.findall(known))
    found = [w for w in CLAIM_WORDS.findall(reply.text) if w.lower() not in known]
    found += [n for n in NUMBER.findall(reply.text) if n not in known_numbers]
    return found + misattributed(reply.text, passages)


def answered_well(reply: ComposedReply, case: Case) -> bool:
    text = reply.text.lower()
    return (
        reply.basis is not Basis.REFUSAL
        and reply.verdict is not Verdict.BLOCK
        and any(term.lower() in text for term in case.expect)
    )


def decision_only(
    case: Case, listing: Listing, passages: list[Passage], embedder: Embedder
) -> bool:
    """True when the pipeline would hand the question to the merchant (no model needed)."""
    if screen(case.question) is not None or closest_intent(case.question, embedder):
        return True
    if find_slot(case.question, listing) is not None:
        return False
    ranked = rank(case.question, passages, embedder, RANK_K)
    return not decide(ranked, case.question, listing.title).answerable


def rates(rows: list[dict[str, Any]]) -> dict[str, float | int]:
    answerable = [r for r in rows if r["label"] == "answerable"]
    others = [r for r in rows if r["label"] != "answerable"]
    result: dict[str, float | int] = {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": sum(r["label"] == "unanswerable" for r in rows),
        "adversarial": sum(r["label"] == "adversarial" for r in rows),
        "correct_refusal_rate": sum(r["refused"] for r in others) / max(len(others), 1),
        "false_refusal_rate": sum(r["refused"] for r in answerable) / max(len(answerable), 1),
    }
    for label in ("unanswerable", "adversarial"):
        group = [r for r in others if r["label"] == label]
        result[f"correct_refusal_rate_{label}"] = sum(r["refused"] for r in group) / max(
            len(group), 1
        )
    if rows and "grounded" in rows[0]:
        result["grounded_answer_rate"] = sum(r["grounded"] for r in answerable) / max(
            len(answerable), 1
        )
        result["passed_replies"] = sum(r["passed"] for r in rows)
        result["invented_in_passed_replies"] = sum(bool(r["invented"]) for r in rows)
        result["model_worded_answers"] = sum(r["basis"] == "model" for r in answerable)
        result["quoted_answers"] = sum(r["basis"] == "quote" for r in answerable)
    return result


def run(
    retrieval_only: bool, out: Path | None, max_tries: int, name: str = "questions.jsonl"
) -> dict[str, Any]:
    cases = load_cases(name)
    listings, policies = load_world()
    embedder = CachedEmbedder(MiniLmEmbedder(), MemoryEmbeddingStore())
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    if retrieval_only:
        for case in cases:
            listing = listings[case.product]
            refused = decision_only(case, listing, passages_of(listing, policies), embedder)
            rows.append({"id": case.id, "label": case.label, "refused": refused})
        return {"rates": rates(rows), "seconds": time.perf_counter() - started, "rows": rows}
    from plugin import create_app
    from plugin.services.questions import engine_wording

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "INSTANCE_PATH": tmp,
                "DATABASE_URL": f"sqlite:///{tmp}/eval.sqlite",
                "MODEL_CACHE_DIR": str(ROOT / "instance" / "models"),
                "RECONCILE_INTERVAL_SECONDS": 0,
            }
        )
        with app.app_context():
            model_id = app.extensions["copydesk.engine"].get().model_id
            for case in cases:
                listing = listings[case.product]
                passages = passages_of(listing, policies)
                reply = compose_reply(
                    case.question,
                    listing,
                    passages,
                    embedder=embedder,
                    voice=ShopVoice(),
                    policy=GuardrailPolicy(),
                    max_tries=max_tries,
                    word=engine_wording,
                )
                rows.append(
                    {
                        "id": case.id,
                        "label": case.label,
                        "question": case.question,
                        "product": case.product,
                        "reply": reply.text,
                        "basis": str(reply.basis),
                        "flag": reply.flag,
                        "verdict": str(reply.verdict),
                        "discarded_wording": reply.discarded,
                        "refused": reply.basis is Basis.REFUSAL,
                        "passed": reply.verdict is not Verdict.BLOCK
                        and reply.basis is not Basis.REFUSAL,
                        "grounded": case.label == "answerable" and answered_well(reply, case),
                        "invented": invented(reply, case, passages),
                        "facts": [f.to_dict() for f in reply.facts[:3]],
                    }
                )
    elapsed = time.perf_counter() - started
    if out:
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return {"rates": rates(rows), "seconds": elapsed, "rows": rows, "model": model_id}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--retrieval-only", action="store_true", help="decisions only, no LLM")
    parser.add_argument("--out", type=Path, help="write every reply here as JSON lines")
    parser.add_argument("--max-tries", type=int, default=3)
    parser.add_argument(
        "--set",
        default="questions.jsonl",
        help="questions.jsonl (the labelled set) or heldout.jsonl (written after the rules)",
    )
    parser.add_argument(
        "--v2",
        action="append",
        choices=sorted(V2_SETS),
        help="run a set in the holdout_v2 format through the service (repeatable): dev is "
        "in-sample (tests/questions/eval/dev_v2.jsonl), holdout is holdout_v2, holdout_v3 and "
        "holdout_v4 to holdout_v55 are those sets, all seen since their first run; "
        "a new blind set is scored as a SET_DIR (aggregates only: its rows are neither "
        "printed nor written to --out)",
    )
    parser.add_argument(
        "set_dirs",
        nargs="*",
        type=Path,
        metavar="SET_DIR",
        help="a set directory in the holdout_v2 layout (questions.jsonl, catalog.csv, "
        "policies.json), scored as held out (aggregates only)",
    )
    parser.add_argument(
        "--wording",
        action="append",
        choices=REPLY_WORDINGS,
        help="REPLY_WORDING to answer with (repeatable: each question is answered in each, "
        f"side by side); default the product's, {DEFAULTS['REPLY_WORDING']}. quote never "
        "loads the model",
    )
    parser.add_argument(
        "--only", help="comma-separated ids or families to run (a subset of each set)"
    )
    args = parser.parse_args()
    if args.v2 or args.set_dirs:
        sets: dict[str, V2Set] = {name: V2_SETS[name] for name in args.v2 or []}
        for directory in args.set_dirs:
            sets[directory.name] = set_from_dir(directory)
        only = set(args.only.split(",")) if args.only else None
        wordings = tuple(dict.fromkeys(args.wording or [DEFAULTS["REPLY_WORDING"]]))
        reports = run_v2(sets, args.out, args.max_tries, wordings=wordings, only=only)
        print(json.dumps({r["label"]: r["rates"] for r in reports.values()}, indent=2,
                         ensure_ascii=False))
        for name, report in reports.items():
            if report["held_out"]:
                # A held-out set is measured, never studied: aggregates only.
                continue
            misses = [row for row in report["rows"] if row["miss"]]
            by_family = Counter(f"{row['label']}/{row['family']}" for row in misses)
            print(f"{report['label']}: misses by family {dict(by_family.most_common())}")
            for row in misses:
                print(f"  MISS [{name}] {row['id']} {row['label']}/{row['family']} "
                      f"{row['language']} ({row['basis']}): {row['question']!r} -> "
                      f"{row['reply'][:160]!r}")
        return
    report = run(args.retrieval_only, args.out, args.max_tries, args.set)
    print(json.dumps({k: v for k, v in report.items() if k != "rows"}, indent=2))
    by_label = Counter((r["label"], r["refused"]) for r in report["rows"])
    print("refused by label:", dict(by_label))
    for row in report["rows"]:
        wrong = row["refused"] if row["label"] == "answerable" else not row["refused"]
        if wrong or row.get("invented"):
            print(f"  MISS {row['id']} {row['label']}: {row.get('question', '')!r}")


if __name__ == "__main__":
    main()
