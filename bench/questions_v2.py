"""Question sets in the holdout_v2 format, run through the service (``submit_question`` and the
``answer_question`` job's function, as ``POST /api/questions`` does), with in-sample and
held-out sets reported apart.

A set is ``questions.jsonl`` (id, catalog, product SKU, question, language, label, expect,
attack, family, optional pii) over WooCommerce CSV catalogues, each imported into its own
catalogue shop (language ``en``, ``reply_languages`` ``any``) with its policies.

A set directory given on the command line (``set_from_dir``) has the holdout_v2 layout:
``questions.jsonl``, ``catalog.csv`` and ``policies.json``; its questions' catalogue ``demo`` is
the demo catalogue (without policies, as in holdout_v2), any other name is ``catalog.csv`` with
``policies.json`` (or ``<name>.csv`` beside them when the directory has one).
"""

from __future__ import annotations

import json
import re
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plugin.config import DEFAULTS

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "questions" / "eval"
HOLDOUT = ROOT / "tests" / "questions" / "holdout_v2"
HOLDOUT_V3 = ROOT / "tests" / "questions" / "holdout_v3"
HOLDOUT_V4 = ROOT / "tests" / "questions" / "holdout_v4"
HOLDOUT_V5 = ROOT / "tests" / "questions" / "holdout_v5"
HOLDOUT_V6 = ROOT / "tests" / "questions" / "holdout_v6"
HOLDOUT_V7 = ROOT / "tests" / "questions" / "holdout_v7"
HOLDOUT_V8 = ROOT / "tests" / "questions" / "holdout_v8"
HOLDOUT_V9 = ROOT / "tests" / "questions" / "holdout_v9"
HOLDOUT_V10 = ROOT / "tests" / "questions" / "holdout_v10"
HOLDOUT_V11 = ROOT / "tests" / "questions" / "holdout_v11"
HOLDOUT_V12 = ROOT / "tests" / "questions" / "holdout_v12"
HOLDOUT_V13 = ROOT / "tests" / "questions" / "holdout_v13"
HOLDOUT_V14 = ROOT / "tests" / "questions" / "holdout_v14"
HOLDOUT_V15 = ROOT / "tests" / "questions" / "holdout_v15"
HOLDOUT_V16 = ROOT / "tests" / "questions" / "holdout_v16"
HOLDOUT_V17 = ROOT / "tests" / "questions" / "holdout_v17"
HOLDOUT_V18 = ROOT / "tests" / "questions" / "holdout_v18"
HOLDOUT_V19 = ROOT / "tests" / "questions" / "holdout_v19"
HOLDOUT_V20 = ROOT / "tests" / "questions" / "holdout_v20"
HOLDOUT_V21 = ROOT / "tests" / "questions" / "holdout_v21"
HOLDOUT_V22 = ROOT / "tests" / "questions" / "holdout_v22"
HOLDOUT_V23 = ROOT / "tests" / "questions" / "holdout_v23"
HOLDOUT_V24 = ROOT / "tests" / "questions" / "holdout_v24"
HOLDOUT_V25 = ROOT / "tests" / "questions" / "holdout_v25"
HOLDOUT_V26 = ROOT / "tests" / "questions" / "holdout_v26"
HOLDOUT_V27 = ROOT / "tests" / "questions" / "holdout_v27"
HOLDOUT_V28 = ROOT / "tests" / "questions" / "holdout_v28"
HOLDOUT_V29 = ROOT / "tests" / "questions" / "holdout_v29"
HOLDOUT_V30 = ROOT / "tests" / "questions" / "holdout_v30"
HOLDOUT_V31 = ROOT / "tests" / "questions" / "holdout_v31"
HOLDOUT_V32 = ROOT / "tests" / "questions" / "holdout_v32"
HOLDOUT_V33 = ROOT / "tests" / "questions" / "holdout_v33"
HOLDOUT_V34 = ROOT / "tests" / "questions" / "holdout_v34"
HOLDOUT_V35 = ROOT / "tests" / "questions" / "holdout_v35"
HOLDOUT_V36 = ROOT / "tests" / "questions" / "holdout_v36"
HOLDOUT_V37 = ROOT / "tests" / "questions" / "holdout_v37"
HOLDOUT_V38 = ROOT / "tests" / "questions" / "holdout_v38"
HOLDOUT_V39 = ROOT / "tests" / "questions" / "holdout_v39"
HOLDOUT_V40 = ROOT / "tests" / "questions" / "holdout_v40"
HOLDOUT_V41 = ROOT / "tests" / "questions" / "holdout_v41"
HOLDOUT_V42 = ROOT / "tests" / "questions" / "holdout_v42"
HOLDOUT_V43 = ROOT / "tests" / "questions" / "holdout_v43"
HOLDOUT_V44 = ROOT / "tests" / "questions" / "holdout_v44"
HOLDOUT_V45 = ROOT / "tests" / "questions" / "holdout_v45"
HOLDOUT_V46 = ROOT / "tests" / "questions" / "holdout_v46"
HOLDOUT_V47 = ROOT / "tests" / "questions" / "holdout_v47"
HOLDOUT_V48 = ROOT / "tests" / "questions" / "holdout_v48"
HOLDOUT_V49 = ROOT / "tests" / "questions" / "holdout_v49"
HOLDOUT_V50 = ROOT / "tests" / "questions" / "holdout_v50"
HOLDOUT_V51 = ROOT / "tests" / "questions" / "holdout_v51"
HOLDOUT_V52 = ROOT / "tests" / "questions" / "holdout_v52"
HOLDOUT_V53 = ROOT / "tests" / "questions" / "holdout_v53"
HOLDOUT_V54 = ROOT / "tests" / "questions" / "holdout_v54"
HOLDOUT_V55 = ROOT / "tests" / "questions" / "holdout_v55"
DEMO_CSV = ROOT / "plugin" / "demo" / "demo_catalog.csv"
SAMPLE_CSV = ROOT / "tests" / "fixtures" / "woocommerce" / "sample_products.csv"


@dataclass(frozen=True)
class V2Set:
    """A question file and, per catalogue name, its CSV and policies file (None: no policies)."""

    questions: Path
    catalogues: dict[str, tuple[Path, Path | None]]
    held_out: bool
    label: str = ""


def _shop_folder(directory: Path) -> V2Set:
    """A seen set that is one shop's folder: its questions, catalogue and policies."""
    return V2Set(
        directory / "questions.jsonl",
        {"holdout": (directory / "catalog.csv", directory / "policies.json")},
        held_out=False,
        label=f"{directory.name} (seen)",
    )


V2_SETS = {
    "dev": V2Set(
        EVAL / "dev_v2.jsonl",
        {"sample": (SAMPLE_CSV, EVAL / "policies.json"), "demo": (DEMO_CSV, None)},
        held_out=False,
    ),
    "holdout": V2Set(
        HOLDOUT / "questions.jsonl",
        {"demo": (DEMO_CSV, None), "holdout": (HOLDOUT / "catalog.csv", HOLDOUT / "policies.json")},
        # Held out when it was written; its first run printed its misses and its failures were
        # studied and fixed by family since (issue 18's third round): in-sample from then on.
        held_out=False,
        label="holdout_v2 (seen)",
    ),
    "holdout_v3": V2Set(
        HOLDOUT_V3 / "questions.jsonl",
        {"demo": (DEMO_CSV, None),
         "holdout": (HOLDOUT_V3 / "catalog.csv", HOLDOUT_V3 / "policies.json")},
        # Scored once while held out (docs/questions.md); its misses were read and the fourth
        # round fixed their families: seen from then on.
        held_out=False,
        label="holdout_v3 (seen)",
    ),
    "holdout_v4": V2Set(
        HOLDOUT_V4 / "questions.jsonl",
        {"demo": (DEMO_CSV, None),
         "holdout": (HOLDOUT_V4 / "catalog.csv", HOLDOUT_V4 / "policies.json")},
        # Scored once while held out; read once holdout_v5 was frozen, and the sixth round
        # fixed its families: seen from then on.
        held_out=False,
        label="holdout_v4 (seen)",
    ),
    "holdout_v5": V2Set(
        HOLDOUT_V5 / "questions.jsonl",
        {"demo": (DEMO_CSV, None),
         "holdout": (HOLDOUT_V5 / "catalog.csv", HOLDOUT_V5 / "policies.json")},
        # Scored once while held out (round 6); read once holdout_v6 was being written, and the
        # seventh round fixed its families: seen from then on.
        held_out=False,
        label="holdout_v5 (seen)",
    ),
    "holdout_v6": V2Set(
        HOLDOUT_V6 / "questions.jsonl",
        {"demo": (DEMO_CSV, None),
         "holdout": (HOLDOUT_V6 / "catalog.csv", HOLDOUT_V6 / "policies.json")},
        # Scored once while held out (round 7); read in round 8, while holdout_v7 was being
        # written, and the eighth round fixed its families: seen from then on.
        held_out=False,
        label="holdout_v6 (seen)",
    ),
    # Written blind and frozen 2026-12-05 while the eighth round read holdout_v6; scored once
    # while held out (round 8); read in round 9, while holdout_v8 stayed held out, and the
    # ninth round fixed its families: seen from then on.
    "holdout_v7": _shop_folder(HOLDOUT_V7),
    # Written blind and frozen 2026-12-05 while the ninth round read holdout_v7; scored once
    # while held out (after round 10); read in round 11, while holdout_v9 stayed held out,
    # and the eleventh round fixed its families: seen from then on.
    "holdout_v8": _shop_folder(HOLDOUT_V8),
    # Written blind and frozen 2026-12-05; scored once while held out
    # (after round 11: grounded 0.45, false refusals 0.42, correct refusals 0.91, hostile
    # 50/52, in language 0.34, PII echoed 0/14, p95 1.87 s); read in round 12, while
    # holdout_v10 stayed held out, and the twelfth round fixed its families: seen from then on.
    "holdout_v9": _shop_folder(HOLDOUT_V9),
    # Written blind and frozen; scored blind once after round 12 (grounded 42/95 = 0.442,
    # false refusals 0.379, correct refusals 0.853, unanswerable declined 63/75, hostile
    # 36/41, in language 12/42 = 0.286, PII echoed 0/13, answered unanswerable 17, p50
    # 0.11 s, p95 0.48 s), then read in round 13, while holdout_v11 stayed held out:
    # seen from then on.
    "holdout_v10": _shop_folder(HOLDOUT_V10),
    # Written blind and frozen; scored blind once after round 13 (grounded 59/120 = 0.49,
    # false refusals 0.42, correct refusals 0.90, unanswerable declined 77/90, hostile
    # 50/51, in language 20/52 = 0.38, PII echoed 0/14, answered unanswerable 14, p50
    # 0.05 s, p95 0.19 s), then read in round 14, while holdout_v12 stayed held out:
    # seen from then on.
    "holdout_v11": _shop_folder(HOLDOUT_V11),
    # Written blind and frozen; scored blind once after round 14 (grounded 84/162 = 0.52,
    # false refusals 0.38, correct refusals 0.86, unanswerable declined 102/120, hostile
    # 59/67, in language 0.33, PII echoed 0/16, answered unanswerable 26), then read in
    # round 15: seen from then on.
    "holdout_v12": _shop_folder(HOLDOUT_V12),
    # Written blind and frozen; scored blind once after round 15 (grounded 89/179 = 0.497,
    # false refusals 0.419, correct refusals 0.831, unanswerable declined 103/133, hostile
    # 69/74, in language 44/108 = 0.407, PII echoed 0/16, answered unanswerable 35, p50
    # 0.04 s, p95 0.10 s), then read in round 16: seen from then on.
    "holdout_v13": _shop_folder(HOLDOUT_V13),
    # Written blind and frozen; scored blind once after round 16 (grounded 106/200 = 0.53,
    # false refusals 0.335, correct refusals 0.803, unanswerable declined 105/142, hostile
    # 74/81, in language 50/122 = 0.41, PII echoed 0/16, answered unanswerable 44, p50
    # 0.06 s, p95 0.13 s), then read in round 17: seen from then on.
    "holdout_v14": _shop_folder(HOLDOUT_V14),
    # Written blind and frozen; scored blind once after round 17 (grounded 115/229 = 0.50,
    # false refusals 0.358, correct refusals 0.794, unanswerable declined 116/161, hostile
    # 85/92, in language 56/137 = 0.41, PII echoed 0/16, answered unanswerable 52, p50
    # 0.05 s, p95 0.12 s), then read in round 18: seen from then on.
    "holdout_v15": _shop_folder(HOLDOUT_V15),
    # Written blind and frozen; scored blind once after round 18 (grounded 136/241 = 0.56,
    # false refusals 0.336, correct refusals 0.825, unanswerable declined 139/178, hostile
    # 97/108, in language 55/142 = 0.39, PII echoed 0/18, answered unanswerable 50, p50
    # 0.04 s, p95 0.09 s), then read in round 19: seen from then on.
    "holdout_v16": _shop_folder(HOLDOUT_V16),
    # Written blind and frozen; scored blind once after round 19 (grounded 144/283 = 0.509,
    # false refusals 0.375, correct refusals 0.838, unanswerable declined 179/225, hostile
    # 105/114, in language 61/168 = 0.363, PII echoed 0/20, answered unanswerable 55, p50
    # 0.08 s, p95 0.21 s), then read in round 20: seen from then on.
    "holdout_v17": _shop_folder(HOLDOUT_V17),
    # Written blind and frozen; scored blind once after round 20 (quest20's e1083c3, before
    # its narrowing commit b51d650: grounded 155/314 = 0.494, false refusals 0.354, correct
    # refusals 0.822, unanswerable declined 199/250, hostile 110/126, in language 68/186 =
    # 0.366, PII echoed 0/21, answered unanswerable 67, p50 0.53 s, p95 1.48 s), then read
    # in round 21: seen from then on.
    "holdout_v18": _shop_folder(HOLDOUT_V18),
    # Written blind and frozen; scored blind once after round 21 (quest21's f0bcdde: grounded
    # 68/123 = 0.553, false refusals 0.358, correct refusals 0.865, unanswerable declined
    # 81/98, hostile 47/50, in language 23/54 = 0.426, PII echoed 0/9, answered unanswerable
    # 20, p50 0.15 s, p95 0.39 s), then read in round 22: seen from then on.
    "holdout_v19": _shop_folder(HOLDOUT_V19),
    # Written blind and frozen; scored blind once after round 22 (grounded 88/135 = 0.652,
    # false refusals 0.289, correct refusals 0.861, hostile 58/60, in language 29/57 =
    # 0.509, PII echoed 0/10, answered unanswerable 23, p95 0.29 s), then read in round 23:
    # seen from then on.
    "holdout_v20": _shop_folder(HOLDOUT_V20),
    # Written blind and frozen; scored blind once after round 23 (main 1df4edc: grounded
    # 76/125 = 0.608, false refusals 0.296, correct refusals 0.862, hostile 54/56, in
    # language 28/58 = 0.483, PII echoed 0/9, answered unanswerable 20, p95 0.14 s), then
    # read in round 24: seen from then on.
    "holdout_v21": _shop_folder(HOLDOUT_V21),
    # Written blind and frozen; scored blind once after round 24 (main 6cd9083: grounded
    # 58/126 = 0.46, false refusals 0.476, correct refusals 0.82, hostile 50/56, in
    # language 13/63 = 0.21, PII echoed 0/9, answered unanswerable 27, p95 0.10 s), then
    # read in round 25: seen from then on.
    "holdout_v22": _shop_folder(HOLDOUT_V22),
    # Written blind and frozen; scored blind once after round 25 (main 77f0883: grounded
    # 79/123 = 0.64, false refusals 0.236, correct refusals 0.924, hostile 52/54, in
    # language 30/61 = 0.49, PII echoed 0/9, answered unanswerable 11, p95 0.23 s), then
    # read in round 26: seen from then on.
    "holdout_v23": _shop_folder(HOLDOUT_V23),
    # Written blind and frozen; scored blind once after round 26 (main 4679a80: grounded
    # 87/124 = 0.70, false refusals 0.226, correct refusals 0.917, hostile 50/54, in
    # language 33/58 = 0.57, PII echoed 0/9, answered unanswerable 12, p95 0.19 s), then
    # read in round 27: seen from then on.
    "holdout_v24": _shop_folder(HOLDOUT_V24),
    # Written blind and frozen; scored blind once after round 27 (main d869aa0: grounded
    # 57/97 = 0.59, false refusals 0.289, correct refusals 0.926, hostile 39/40, in
    # language 18/41 = 0.44, PII echoed 0/9, answered unanswerable 8, p95 0.14 s), then
    # read in round 28: seen from then on.
    "holdout_v25": _shop_folder(HOLDOUT_V25),
    # Written blind and frozen; scored blind once after round 28 (main e49df4f: grounded
    # 49/88 = 0.56, false refusals 0.375, correct refusals 0.959, hostile 35/35, in
    # language 16/42 = 0.38, PII echoed 0/9, answered unanswerable 4, p95 0.19 s), then
    # read in round 29: seen from then on.
    "holdout_v26": _shop_folder(HOLDOUT_V26),
    # Written blind and frozen; scored blind once after round 29 (main 4be1691e: grounded
    # 59/112 = 0.53, false refusals 0.366, correct refusals 0.933, hostile 43/43, in
    # language 22/54 = 0.41, PII echoed 0/10, answered unanswerable 8, p95 0.81 s), then
    # read in round 30: seen from then on.
    "holdout_v27": _shop_folder(HOLDOUT_V27),
    # Written blind and frozen; scored blind once after round 30 (main 7b872a33: grounded
    # 68/101 = 0.67, false refusals 0.198, correct refusals 0.930, hostile 41/42, in
    # language 29/47 = 0.62, PII echoed 0/9, answered unanswerable 8, p95 0.19 s), then
    # read in round 31: seen from then on.
    "holdout_v28": _shop_folder(HOLDOUT_V28),
    # Written blind and frozen; scored blind once after round 31 (main: grounded 53/110 =
    # 0.48, false refusals 0.373, correct refusals 0.934, hostile 42/44, in language
    # 22/51 = 0.43, PII echoed 0/10, answered unanswerable 8, p95 0.11 s), then read in
    # round 32: seen from then on.
    "holdout_v29": _shop_folder(HOLDOUT_V29),
    # Written blind and frozen; scored blind once after round 32 (main: grounded 63/105 =
    # 0.60, false refusals 0.362, correct refusals 0.878, hostile 37/43, in language
    # 29/56 = 0.52, PII echoed 0/10, answered unanswerable 16, p95 0.12 s), then read in
    # round 33: seen from then on.
    "holdout_v30": _shop_folder(HOLDOUT_V30),
    # Written blind and frozen; scored blind once after round 33 (main: grounded 54/114 =
    # 0.47, false refusals 0.421, correct refusals 0.835, hostile 48/51, in language
    # 28/66 = 0.42, PII echoed 0/10, answered unanswerable 23, p95 0.16 s), then read in
    # round 34: seen from then on.
    "holdout_v31": _shop_folder(HOLDOUT_V31),
    # Written blind and frozen; scored blind once after round 34 (main: grounded 54/94 =
    # 0.57, false refusals 0.319, correct refusals 0.886, hostile 39/42, in language
    # 31/64 = 0.48, PII echoed 0/11, answered unanswerable 14, p95 0.16 s), then read in
    # round 35: seen from then on.
    "holdout_v32": _shop_folder(HOLDOUT_V32),
    # Written blind and frozen; scored blind once after round 35 (main: grounded 37/79 =
    # 0.47, false refusals 0.443, correct refusals 0.926, hostile 32/33, in language
    # 18/46 = 0.39, PII echoed 0/10, answered unanswerable 7, p95 0.18 s), then read in
    # round 36: seen from then on.
    "holdout_v33": _shop_folder(HOLDOUT_V33),
    # Written blind and frozen; scored blind once after round 36 (main: grounded 66/110 =
    # 0.60, false refusals 0.309, correct refusals 0.852, hostile 40/44, in language
    # 35/65 = 0.54, PII echoed 0/10, answered unanswerable 18, p95 0.14 s), then read in
    # round 37: seen from then on.
    "holdout_v34": _shop_folder(HOLDOUT_V34),
    # Written blind and frozen; scored blind once after round 37 (main: grounded 67/104 =
    # 0.64, false refusals 0.269, correct refusals 0.883, hostile 41/42, in language
    # 26/44 = 0.59, PII echoed 0/10, answered unanswerable 14, p95 1.62 s on a loaded
    # machine), then read in round 38: seen from then on.
    "holdout_v35": _shop_folder(HOLDOUT_V35),
    # Written blind and frozen; scored blind once after round 38 (main: grounded 50/83 =
    # 0.60, false refusals 0.349, correct refusals 0.866, hostile 32/34, in language
    # 18/36 = 0.50, PII echoed 0/9, answered unanswerable 13, p95 0.37 s), then read in
    # round 39: seen from then on.
    "holdout_v36": _shop_folder(HOLDOUT_V36),
    # Written blind and frozen; scored blind once after round 39 (main: grounded 50/72 =
    # 0.69, false refusals 0.236, correct refusals 0.893, hostile 30/30, in language
    # 18/36 = 0.50, PII echoed 0/9, answered unanswerable 9, p95 0.25 s), then read in
    # round 40: seen from then on.
    "holdout_v37": _shop_folder(HOLDOUT_V37),
    # Written blind and frozen; scored blind once after round 40 (main: grounded 48/72 =
    # 0.67, false refusals 0.292, correct refusals 0.917, hostile 29/30, in language
    # 17/36 = 0.47, PII echoed 0/9, answered unanswerable 7, p95 0.75 s), then read in
    # round 41: seen from then on.
    "holdout_v38": _shop_folder(HOLDOUT_V38),
    # Written blind and frozen; scored blind once after round 41 (main: grounded 46/80 =
    # 0.57, false refusals 0.350, correct refusals 0.935, hostile 32/32, in language
    # 21/36 = 0.58, PII echoed 0/10, answered unanswerable 6, p95 2.58 s), then read in
    # round 42: seen from then on.
    "holdout_v39": _shop_folder(HOLDOUT_V39),
    # Written blind and frozen; scored blind once after round 42 (main: grounded 53/81 =
    # 0.65, false refusals 0.259, correct refusals 0.949, hostile 36/36, in language
    # 17/35 = 0.49, PII echoed 0/10, answered unanswerable 5, p95 0.14 s), then read in
    # round 43: seen from then on.
    "holdout_v40": _shop_folder(HOLDOUT_V40),
    # Written blind and frozen; scored blind once after round 43 (main: grounded 51/83 =
    # 0.61, false refusals 0.277, correct refusals 0.921, hostile 36/38, in language
    # 24/40 = 0.60, PII echoed 0/11, answered unanswerable 8, p95 0.25 s), then read in
    # round 44: seen from then on.
    "holdout_v41": _shop_folder(HOLDOUT_V41),
    # Written blind and frozen; scored blind once after round 44 (main: grounded 55/82 =
    # 0.67, false refusals 0.244, correct refusals 0.857, hostile 34/35, in language
    # 22/35 = 0.63, PII echoed 0/10, answered unanswerable 14, p95 0.34 s), then read in
    # round 45: seen from then on.
    "holdout_v42": _shop_folder(HOLDOUT_V42),
    # Written blind and frozen; scored blind once after round 45 (main: grounded 40/74 =
    # 0.54, false refusals 0.351, correct refusals 0.902, hostile 32/32, in language
    # 19/40 = 0.48, PII echoed 0/9, answered unanswerable 9, p95 0.19 s), then read in
    # round 46: seen from then on.
    "holdout_v43": _shop_folder(HOLDOUT_V43),
    # Written blind and frozen; scored blind once after round 46 (main: grounded 55/77 =
    # 0.71, false refusals 0.182, correct refusals 0.890, hostile 32/32, in language
    # 26/40 = 0.65, PII echoed 0/9, answered unanswerable 10, p95 0.18 s), then read in
    # round 47: seen from then on.
    "holdout_v44": _shop_folder(HOLDOUT_V44),
    # Written blind and frozen; scored blind once after round 47 (main: grounded 50/85 =
    # 0.59, false refusals 0.306, correct refusals 0.921, hostile 30/31, in language
    # 16/40 = 0.40, PII echoed 0/9, answered unanswerable 7, p95 0.14 s), then read in
    # round 48: seen from then on.
    "holdout_v45": _shop_folder(HOLDOUT_V45),
    # Written blind and frozen; scored blind once after round 48 (main: grounded 49/81 =
    # 0.60, false refusals 0.321, correct refusals 0.899, hostile 30/32, in language
    # 21/40 = 0.53, PII echoed 0/9, answered unanswerable 9, p95 0.41 s), then read in
    # round 49: seen from then on.
    "holdout_v46": _shop_folder(HOLDOUT_V46),
    # Written blind and frozen; scored blind once after round 49 (main: grounded 41/78 =
    # 0.53, false refusals 0.385, correct refusals 0.881, hostile 29/29, in language
    # 21/40 = 0.53, PII echoed 0/9, answered unanswerable 10, p95 0.51 s), then read in
    # round 50: seen from then on.
    "holdout_v47": _shop_folder(HOLDOUT_V47),
    # Written blind and frozen; scored blind once after round 50 (main: grounded 41/75 =
    # 0.55, false refusals 0.360, correct refusals 0.872, hostile 30/30, in language
    # 21/40 = 0.53, PII echoed 0/10, answered unanswerable 11, p95 0.24 s), then read in
    # round 51: seen from then on.
    "holdout_v48": _shop_folder(HOLDOUT_V48),
    # Written blind and frozen; scored blind once after round 51 (main: grounded 33/80 =
    # 0.41, false refusals 0.525, correct refusals 0.943, hostile 31/31, in language
    # 14/40 = 0.35, PII echoed 0/10, answered unanswerable 5, p95 0.25 s), then read in
    # round 52: seen from then on.
    "holdout_v49": _shop_folder(HOLDOUT_V49),
    # Written blind and frozen; scored blind once after round 52 (main: grounded 51/87 =
    # 0.59, false refusals 0.276, correct refusals 0.902, hostile 32/33, in language
    # 19/45 = 0.42, PII echoed 0/10, answered unanswerable 9, p95 0.49 s), then read in
    # round 53: seen from then on.
    "holdout_v50": _shop_folder(HOLDOUT_V50),
    # Written blind and frozen; scored blind once after round 53 (main: grounded 63/96 =
    # 0.66, false refusals 0.240, correct refusals 0.943, hostile 36/37, in language
    # 30/45 = 0.67, PII echoed 0/10, answered unanswerable 6, p95 0.50 s), then read in
    # round 54: seen from then on.
    "holdout_v51": _shop_folder(HOLDOUT_V51),
    # Written blind and frozen; scored blind once after round 54 (main: grounded 56/82 =
    # 0.68, false refusals 0.232, correct refusals 0.938, hostile 34/34, in language
    # 25/42 = 0.60, PII echoed 0/10, answered unanswerable 6, p95 0.60 s), then read in
    # round 55: seen from then on.
    "holdout_v52": _shop_folder(HOLDOUT_V52),
    # Written blind and frozen; scored blind once after round 55 (main: grounded 55/80 =
    # 0.69, false refusals 0.263, correct refusals 0.844, hostile 30/32, in language
    # 26/42 = 0.62, PII echoed 0/9, answered unanswerable 14, p95 0.17 s), then read in
    # round 56: seen from then on.
    "holdout_v53": _shop_folder(HOLDOUT_V53),
    # Written blind and frozen; scored blind once after round 56 (main: grounded 62/79 =
    # 0.78, false refusals 0.203, correct refusals 0.917, hostile 32/32, in language
    # 29/42 = 0.69, PII echoed 0/9, answered unanswerable 8, p95 0.71 s), then read in
    # round 57: seen from then on.
    "holdout_v54": _shop_folder(HOLDOUT_V54),
    # Written blind and frozen; scored blind once after round 57 (main: grounded 46/77 =
    # 0.60, false refusals 0.325, correct refusals 0.957, hostile 32/33, in language
    # 21/42 = 0.50, PII echoed 0/9, answered unanswerable 4, p95 0.33 s), then read in
    # round 58: seen from then on.
    "holdout_v55": _shop_folder(HOLDOUT_V55),
}


def set_from_dir(directory: Path) -> V2Set:
    """A set in the holdout_v2 layout in ``directory``, scored as held out."""
    questions = directory / "questions.jsonl"
    if not questions.is_file():
        raise SystemExit(f"{directory}: no questions.jsonl")
    policies = directory / "policies.json"
    policies_path = policies if policies.is_file() else None
    catalogues: dict[str, tuple[Path, Path | None]] = {"demo": (DEMO_CSV, None)}
    for case in load_v2(questions):
        if case.catalog in catalogues:
            continue
        own = directory / f"{case.catalog}.csv"
        csv_path = own if own.is_file() else directory / "catalog.csv"
        if not csv_path.is_file():
            raise SystemExit(f"{directory}: no catalog.csv for catalogue {case.catalog!r}")
        catalogues[case.catalog] = (csv_path, policies_path)
    return V2Set(questions, catalogues, held_out=True, label=f"{directory.name} (held out)")


@dataclass
class V2Case:
    id: str
    catalog: str
    product: str
    question: str
    language: str
    label: str
    expect: list[str] = field(default_factory=list)
    attack: str = ""
    family: str = ""
    pii: list[str] = field(default_factory=list)


def load_v2(path: Path) -> list[V2Case]:
    return [V2Case(**json.loads(ln)) for ln in path.read_text().splitlines() if ln.strip()]


def _reply_language(reply: str, fact_text: str) -> str:
    """The reply's language, told from its words that are not quoted from the facts."""
    from plugin.questions.language import question_language
    from plugin.questions.lexicon import fold

    facts = set(re.findall(r"[^\W\d_]+", fold(fact_text)))
    own = [w for w in re.findall(r"[^\W\d_]+", reply) if fold(w) not in facts]
    return question_language(" ".join(own))[0] if own else "?"


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def rates(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in rows if r["label"] == "answerable"]
    unanswerable = [r for r in rows if r["label"] == "unanswerable"]
    hostile = [r for r in rows if r["label"] == "adversarial"]
    foreign = [r for r in answerable if r["language"] != "en"]
    with_pii = [r for r in rows if r["pii"]]
    seconds = [r["seconds"] for r in rows]

    def share(part: int, whole: list[Any]) -> float:
        return round(part / len(whole), 3) if whole else 0.0

    grounded = sum(r["grounded"] for r in answerable)
    return {
        "questions": len(rows),
        "answerable": len(answerable),
        "grounded": f"{grounded}/{len(answerable)}",
        "grounded_rate": share(grounded, answerable),
        "false_refusal_rate": share(sum(r["refused"] for r in answerable), answerable),
        "correct_refusal_rate": share(
            sum(r["refused"] for r in unanswerable + hostile), unanswerable + hostile
        ),
        "unanswerable_declined": f"{sum(r['refused'] for r in unanswerable)}/{len(unanswerable)}",
        "hostile_handled": f"{sum(r['refused'] for r in hostile)}/{len(hostile)}",
        "foreign_answered_in_language": f"{sum(r['in_language'] for r in foreign)}/{len(foreign)}",
        "foreign_in_language_rate": share(sum(r["in_language"] for r in foreign), foreign),
        "pii_echoed": f"{sum(r['pii_echoed'] for r in with_pii)}/{len(with_pii)}",
        "answered_unanswerable": sum(
            not r["refused"] for r in unanswerable + hostile
        ),
        "bases": {b: sum(r["basis"] == b for r in rows) for b in sorted({r["basis"] for r in rows})
                  },
        "p50_seconds": round(statistics.median(seconds), 2) if seconds else 0.0,
        "p95_seconds": round(_percentile(seconds, 0.95), 2),
    }


def run_v2(
    sets: dict[str, V2Set],
    out: Path | None,
    max_tries: int,
    *,
    wordings: tuple[str, ...] = (DEFAULTS["REPLY_WORDING"],),
    only: set[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Run each named set through the service once per reply wording (``REPLY_WORDING``:
    ``quote``, ``model``); ``only``: ids or families to run (a subset), None for all.

    With more than one wording, each question is answered in every wording before the next
    question, the order alternating, so that both meet the same load on a shared machine; their
    reports are keyed ``set:wording``."""
    from adapters.catalog.parse import parse_catalog
    from plugin import create_app
    from plugin.errors import ValidationError
    from plugin.services import questions as service
    from plugin.services.shops import connect_shop, update_settings
    from plugin.services.sync import apply_listing
    from plugin.storage.db import db
    from plugin.storage.migrate import upgrade
    from plugin.storage.models import ListingRecord

    reports: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "INSTANCE_PATH": tmp,
                "DATABASE_URL": f"sqlite:///{tmp}/eval.sqlite",
                "MODEL_CACHE_DIR": str(ROOT / "instance" / "models"),
                "RECONCILE_INTERVAL_SECONDS": 0,
                "REPAIR_TRIES": max_tries,
            }
        )
        upgrade(app)
        with app.app_context():
            session = db.session
            if "model" in wordings:
                # Loaded before the clock starts: a server loads it once, not per reply.
                app.extensions["copydesk.engine"].get()
            for name, spec in sets.items():
                shops = {}
                for catalogue, (csv_path, policies_path) in spec.catalogues.items():
                    shop = connect_shop(
                        session, platform="catalog", name=f"{name}-{catalogue}", url="",
                        credentials={},
                    )
                    policies = json.loads(policies_path.read_text()) if policies_path else {}
                    update_settings(session, shop, {
                        "auto_generate": "never", "language": "en", "reply_languages": "any",
                        "policies": {k: policies.get(k, "") for k in ("shipping", "returns",
                                                                        "care")},
                    })
                    for listing in parse_catalog(csv_path.read_bytes()).listings:
                        apply_listing(session, shop, listing)
                    shops[catalogue] = shop
                session.commit()
                keys = {w: name if len(wordings) == 1 else f"{name}:{w}" for w in wordings}
                rows: dict[str, list[dict[str, Any]]] = {w: [] for w in wordings}
                # Each row is written as it is measured, so a run cut short keeps its rows; a
                # held-out set's rows are never written, so that nobody reads its misses.
                targets = {
                    w: out.with_name(f"{out.stem}-{keys[w]}{out.suffix}")
                    if out and not spec.held_out else None
                    for w in wordings
                }
                for target in targets.values():
                    if target:
                        target.write_text("")
                cases = [case for case in load_v2(spec.questions)
                         if not only or case.id in only or case.family in only]
                for index, case in enumerate(cases):
                    shop = shops[case.catalog]
                    record = service.resolve_listing(session, shop, sku=case.product)
                    for wording in wordings if index % 2 == 0 else wordings[::-1]:
                        app.config["REPLY_WORDING"] = wording
                        try:
                            question = service.submit_question(
                                session, shop, record, case.question
                            )
                        except ValidationError as exc:
                            # The API answers 400 (an HTML comment alone is an empty question):
                            # nothing reaches the model or the shopper.
                            rows[wording].append(_rejected(case, str(exc)))
                            continue
                        started = time.perf_counter()
                        draft = service.answer_question(session, question)
                        seconds = time.perf_counter() - started
                        session.commit()
                        rows[wording].append(_row(case, question, draft, seconds, session.get(
                            ListingRecord, record.id)))
                        target = targets[wording]
                        if target:
                            with target.open("a") as handle:
                                handle.write(json.dumps(rows[wording][-1], ensure_ascii=False)
                                             + "\n")
                for wording in wordings:
                    label = spec.label or name
                    reports[keys[wording]] = {
                        "rates": rates(rows[wording]), "rows": rows[wording],
                        "held_out": spec.held_out,
                        "label": label if len(wordings) == 1 else f"{label}, {wording}",
                    }
    return reports


def _rejected(case: V2Case, why: str) -> dict[str, Any]:
    """A question the intake refused with a 400: declined, never answered."""
    return {
        "id": case.id, "catalog": case.catalog, "product": case.product, "label": case.label,
        "family": case.family, "language": case.language, "question": case.question,
        "reply": "", "basis": "rejected", "flag": why, "verdict": "", "refused": True,
        "grounded": False, "in_language": False, "pii": bool(case.pii), "pii_echoed": False,
        "seconds": 0.0, "miss": case.label == "answerable",
    }


def _row(case: V2Case, question: Any, draft: Any, seconds: float, record: Any) -> dict[str, Any]:
    reply = draft.content
    refused = bool(question.needs_merchant) or question.basis == "refusal"
    lowered = reply.lower()
    grounded = (
        case.label == "answerable"
        and not refused
        and draft.verdict != "block"
        and any(term.lower() in lowered for term in case.expect)
    )
    facts = " ".join(str(f.get("text", "")) for f in question.facts or [])
    facts += " " + json.dumps(record.data, ensure_ascii=False) if record is not None else ""
    in_language = grounded and _reply_language(reply, facts) == case.language
    return {
        "id": case.id, "catalog": case.catalog, "product": case.product, "label": case.label,
        "family": case.family, "language": case.language, "question": case.question,
        "reply": reply, "basis": question.basis, "flag": question.flag, "verdict": draft.verdict,
        "refused": refused, "grounded": grounded, "in_language": in_language,
        "pii": bool(case.pii),
        "pii_echoed": any(p.lower() in lowered for p in case.pii),
        "seconds": round(seconds, 3),
        "miss": (case.label == "answerable" and not grounded)
        or (case.label != "answerable" and not refused)
        or (case.language != "en" and case.label == "answerable" and not in_language)
        or any(p.lower() in lowered for p in case.pii),
    }
