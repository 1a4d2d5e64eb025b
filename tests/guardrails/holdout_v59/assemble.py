"""Assemble drafts.jsonl for guardrails holdout v59 from the hand-written drafts and the raw model output.

Run from this folder:  python assemble.py
"""
import glob
import json
import os
import random

import make_hand
import model_labels

HERE = os.path.dirname(os.path.abspath(__file__))


def model_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "model_raw_*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                raw = json.loads(line)
                if not raw["text"].strip():
                    continue  # the model wrote nothing: kept in the raw file, not a draft
                suffix = "" if raw["kind"] == "description" else f"-{raw['kind']}"
                rows.append({
                    "id": f"gv59-{raw['path']}-{raw['key']}{suffix}",
                    "listing": raw["key"],
                    "kind": raw["kind"],
                    "source": f"model-{raw['path']}",
                    "text": raw["text"],
                    "labels": model_labels.labels_for(raw["path"], raw["kind"], raw["key"], raw["text"]),
                })
    used = {(r["source"][len("model-"):], r["kind"], r["listing"]) for r in rows}
    missing = set(model_labels.LABELS) - used
    assert not missing, f"labels for drafts that do not exist: {missing}"
    return rows


def main():
    clean, faulty = make_hand.build()
    rows = []
    for n, row in enumerate(clean, 1):
        rows.append({"id": f"gv59-c-{n:03d}", "listing": row["listing"], "kind": row["kind"], "source": "clean",
                     "text": row["text"], "labels": row["labels"]})
    for n, row in enumerate(faulty, 1):
        rows.append({"id": f"gv59-f-{n:03d}", "listing": row["listing"], "kind": row["kind"], "source": "faulty",
                     "text": row["text"], "labels": row["labels"]})
    rows.extend(model_rows())
    random.Random(2026120759).shuffle(rows)
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} drafts")


if __name__ == "__main__":
    main()
