"""Train the copy-clause LoRA adapter on the embedded Gemma 3 270M, on this CPU.

Reads ``training/data/listings.json`` (synthetic listings written for training, never the
held-out ones) and ``training/data/clauses.jsonl`` (a copywriter's ending for each sentence the
planner leaves open), builds the same short prompts the engine uses with the adapter
(``plugin.generation.clauses.tuned_*``), and trains a LoRA on the ending tokens only.
Writes the adapter to ``plugin/generation/adapters/copy-clauses`` (or ``--out``).

Run: ``.venv/bin/python training/train_lora.py [--sets 1] [--epochs 2] [--limit N]``; the
shipped adapter is set 1 (``listings.json``), two epochs, about 11 minutes on a 2-core CPU.
``--sets 1,2,3,4`` reads every set (round 10's reason-writing adapter: 2,862 examples, one
epoch, 34 minutes on a shared CPU; rated worse, so not shipped: docs/generation.md). On a CPU shared with other jobs set ``OMP_NUM_THREADS=1``:
two threads that wait on each other ran a step six times slower than one. Seeded, so a rerun gives the same adapter on one machine.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402
from peft import LoraConfig, get_peft_model  # noqa: E402
from transformers import AutoModelForCausalLM, AutoTokenizer  # noqa: E402

from plugin.domain import DraftKind, GenerationRequest, Listing  # noqa: E402
from plugin.generation import clauses, weave  # noqa: E402
from plugin.generation.compose import context_line, plain_draft  # noqa: E402
from plugin.generation.model_store import (  # noqa: E402
    ADAPTER_TASKS,
    EMBEDDED_ADAPTER,
    EMBEDDED_MODEL_ID,
    model_source,
)
from plugin.generation.plan import plan_description  # noqa: E402
from plugin.generation.settings import EngineSettings  # noqa: E402

DATA = REPO / "training" / "data"
# The adapter's model card, kept here because save_pretrained writes a generic one.
README = REPO / "training" / "ADAPTER_README.md"
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def examples(data: Path, sets: tuple[str, ...] = ("1",)) -> list[tuple[str, str]]:
    """(prompt, ending) pairs; the ending starts with a space, as the model writes it.

    A hook's ending is paired with the opener it was written for and with the planner's other
    openers for that listing that end the same way ("… is", "… are", "…:"), so the adapter
    learns the task rather than one opener.

    Reads the ``listings*.json`` / ``clauses*.jsonl`` pairs of ``sets`` in ``data`` (set "1" is
    ``listings.json`` with ``clauses.jsonl``, "2" is ``listings2.json`` with ``clauses2.jsonl``,
    ...)."""
    rows = []
    for name in sets:
        suffix = "" if name == "1" else name
        listings_path = data / f"listings{suffix}.json"
        clauses_path = data / f"clauses{suffix}.jsonl"
        listings = {
            raw["external_id"]: Listing.from_dict(raw)
            for raw in json.loads(listings_path.read_text(encoding="utf-8"))
        }
        for line in clauses_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((listings[row["external_id"]], row))
    pairs = []
    for listing, row in rows:
        ending = " " + row["ending"].strip() + "\n"
        if row["ask"] != "hook":
            pairs.append((clauses.tuned_reason_prompt(listing.title, row["lead"]), ending))
            continue
        context = context_line(listing)
        openers = {row["lead"]}
        for opener, _ in plan_description(listing).sentences[0].options:
            if opener.split()[-1] == row["lead"].split()[-1]:
                openers.add(opener)
        for opener in sorted(openers):
            pairs.append((clauses.tuned_hook_prompt(listing.title, context, opener), ending))
    return pairs


def weave_examples(data: Path) -> list[tuple[str, str]]:
    """(prompt, prose) pairs from ``weave*.jsonl``: a copywriter's prose for the planner's
    plain draft of a training listing (``plugin.generation.weave``), ending with ``weave.END``.
    The prompt is rebuilt from the listing, so it is the one the engine sends today."""
    listings = {}
    for path in sorted(data.glob("listings*.json")):
        for raw in json.loads(path.read_text(encoding="utf-8")):
            listings[raw["external_id"]] = Listing.from_dict(raw)
    pairs = []
    for path in sorted(data.glob("weave*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            listing = listings[row["external_id"]]
            draft = plain_draft(GenerationRequest(listing=listing, kind=DraftKind.DESCRIPTION))
            prose = row["copy"].strip() + "\n" + weave.END
            pairs.append((weave.weave_prompt(listing, draft), prose))
    return pairs


def batches(pairs: list[tuple[str, str]], tokenizer, size: int):
    for start in range(0, len(pairs), size):
        rows, endings = [], []
        for prompt, ending in pairs[start : start + size]:
            head = tokenizer(prompt)["input_ids"]
            tail = tokenizer(ending, add_special_tokens=False)["input_ids"]
            rows.append(head + tail)
            endings.append(len(tail))
        width = max(len(r) for r in rows)
        keep = max(endings) + 1
        ids = torch.full((len(rows), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros_like(ids)
        labels = torch.full((len(rows), keep - 1), -100, dtype=torch.long)
        for n, (row, tail) in enumerate(zip(rows, endings, strict=True)):
            ids[n, width - len(row) :] = torch.tensor(row)
            mask[n, width - len(row) :] = 1
            labels[n, keep - 1 - tail :] = torch.tensor(row[-tail:])
        yield ids, mask, labels, keep


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=3e-4)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--sets", default="1", help="training sets, comma-separated: 1,2,3,4")
    parser.add_argument("--weave", action="store_true", help="also the weave*.jsonl prose")
    parser.add_argument("--out", type=Path, default=EMBEDDED_ADAPTER)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    random.seed(0)
    torch.manual_seed(0)
    source = model_source(EngineSettings(model_cache_dir=REPO / "instance" / "models"))
    tokenizer = AutoTokenizer.from_pretrained(source)
    model = AutoModelForCausalLM.from_pretrained(source, dtype=torch.float32)
    model = get_peft_model(
        model,
        LoraConfig(
            r=args.rank,
            lora_alpha=2 * args.rank,
            lora_dropout=0.05,
            target_modules=TARGETS,
            task_type="CAUSAL_LM",
        ),
    )
    pairs = examples(args.data, tuple(args.sets.split(",")))
    if args.limit:
        pairs = pairs[: args.limit]
    if args.weave:
        pairs += weave_examples(args.data)
    print(f"{len(pairs)} examples, {args.epochs} epochs")
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    steps = args.epochs * ((len(pairs) + args.batch - 1) // args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: max(0.0, 1 - s / steps))
    model.train()
    started = time.perf_counter()
    step = 0
    for epoch in range(args.epochs):
        random.shuffle(pairs)
        # Similar lengths together: less padding per batch.
        ordered = sorted(pairs, key=lambda p: len(p[0]) + len(p[1]))
        chunks = [ordered[i : i + args.batch] for i in range(0, len(ordered), args.batch)]
        random.shuffle(chunks)
        for chunk in chunks:
            for ids, mask, labels, keep in batches(chunk, tokenizer, args.batch):
                logits = model(input_ids=ids, attention_mask=mask, logits_to_keep=keep).logits
                loss = torch.nn.functional.cross_entropy(
                    logits[:, :-1].reshape(-1, logits.shape[-1]),
                    labels.reshape(-1),
                    ignore_index=-100,
                )
                loss.backward()
                optimiser.step()
                schedule.step()
                optimiser.zero_grad()
                step += 1
                if step % 10 == 0:
                    elapsed = time.perf_counter() - started
                    print(
                        f"epoch {epoch} step {step}/{steps} loss {loss.item():.3f} {elapsed:.0f}s",
                        flush=True,
                    )
    args.out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(args.out))
    # Name the base model, not the path it was loaded from on this machine.
    config_path = args.out / "adapter_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = EMBEDDED_MODEL_ID
    config_path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (args.out / "README.md").write_text(README.read_text(encoding="utf-8"), encoding="utf-8")
    tasks = ["clauses", "weave"] if args.weave else ["clauses"]
    (args.out / ADAPTER_TASKS).write_text(json.dumps(tasks) + "\n", encoding="utf-8")
    print(f"saved to {args.out} in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
