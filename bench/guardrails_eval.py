"""Recall and precision of the guardrails on labelled draft sets, each reported separately.

    python bench/guardrails_eval.py [--set in-sample|holdout_v2|holdout_v3|holdout_v4|holdout_v5|
                                    holdout_v6|holdout_v7|holdout_v8|holdout_v9|holdout_v10|
                                    holdout_v11|holdout_v12|holdout_v13|holdout_v14|holdout_v15|
                                    holdout_v16|holdout_v17|holdout_v18|holdout_v19|holdout_v20|
                                    holdout_v21|holdout_v22|holdout_v23|holdout_v24|holdout_v25|
                                    holdout_v26|holdout_v27|holdout_v28|holdout_v29|holdout_v30|
                                    holdout_v31|holdout_v32|holdout_v33|holdout_v34|holdout_v35|
                                    holdout_v36|holdout_v37|holdout_v38|holdout_v39|holdout_v40|
                                    holdout_v41|holdout_v42|holdout_v43|holdout_v44|holdout_v45|
                                    holdout_v46|holdout_v47|holdout_v48|holdout_v49|holdout_v50|
                                    holdout_v51|both|all|PATH ...]
                                    [--misses]

In-sample: ``tests/guardrails/eval`` (the rules were written and tuned beside it).
``holdout_v2 (seen)``: ``tests/guardrails/holdout_v2``, written blind and frozen before the claim
model (issue 12), scored once as a held-out set and then used to tune (its misses were read):
it is a development set now. ``holdout_v3 (seen)``: ``tests/guardrails/holdout_v3``, written
blind and frozen 2026-12-04, scored once blind (recall 0.717, clean 0.835 after that round's
changes) and then used to tune: a development set too. ``holdout_v4 (seen)``, frozen
2026-12-05, scored blind twice (recall 0.750, clean 0.867 after the fifth round), then read in
the sixth round. ``holdout_v5 (seen)``, frozen 2026-12-05, scored blind twice (recall 0.745,
clean 0.872 after the sixth round), then read in the seventh. ``holdout_v6 (seen)``, frozen
2026-12-05, scored blind once (recall 0.745, clean 0.861 after the seventh round), then read in
the eighth. ``holdout_v7 (seen)``, frozen 2026-12-05, scored blind once (recall 0.745, clean
0.919 after the eighth round), then read in the ninth. ``holdout_v8 (seen)``, frozen
2026-12-05, scored blind once (recall 0.912, clean 0.856 after the ninth round), then read in
the tenth. ``holdout_v9 (seen)``, frozen 2026-12-05, scored blind once (recall 0.885, clean
0.899 after the eleventh round), then read in the twelfth. ``holdout_v10 (seen)``, frozen
2026-12-05, scored blind once after the twelfth round (recall 0.884, clean 0.873, precision over
claim findings 0.855), then read in the thirteenth. ``holdout_v11 (seen)``, frozen
2026-12-05, scored blind once after the thirteenth round (recall 0.821, clean 0.907, precision
over claim findings 0.853), then read in the fourteenth. ``holdout_v12 (seen)``, frozen
2026-12-05, scored blind once after the fourteenth round (recall 0.811, clean 0.813, precision
over claim findings 0.658), then read in the fifteenth. ``holdout_v13 (seen)``, frozen
2026-12-05 (session 12), scored blind once after the fifteenth round (recall 0.805, clean 0.868,
precision over claim findings 0.760), then read in the sixteenth. ``holdout_v14 (seen)``,
frozen 2026-12-05 (session 12), scored blind once after the sixteenth round (recall 0.810, clean
0.833, precision over claim findings 0.773), then read in the seventeenth. ``holdout_v15
(seen)``, frozen 2026-12-05 (session 13), scored blind once after the seventeenth round (recall
0.850, clean 0.787, precision over claim findings 0.694, span coverage 0.700), then read in the
eighteenth. ``holdout_v16 (seen)``, frozen 2026-12-05 (session 13), scored blind once after the
eighteenth round (recall 0.842, clean 0.800, clean with no finding at all 0.727, precision over
claim findings 0.748, over all findings 0.715, span coverage 0.710), then read in the
nineteenth. ``holdout_v17 (seen)``, written blind and frozen 2026-12-05 (session 13), scored
blind once after the nineteenth round (recall 0.835, clean 0.860, precision over claim findings
0.790, material recall 0.625), then read in the twentieth. ``holdout_v18 (seen)``, written
blind and frozen 2026-12-05 (session 13), scored blind once after the twentieth round (recall
0.885, clean 0.900, precision over claim findings 0.846, material recall 0.781), then read in the
twenty-first. ``holdout_v19 (seen)``, written blind and frozen 2026-12-06, scored blind once
after the twenty-first round (recall 0.908, clean 0.920, precision over claim findings 0.854),
then read in the twenty-second. ``holdout_v20 (seen)``, written blind and frozen 2026-12-06,
scored blind once after the twenty-second round (recall 0.837, clean 0.933, precision over claim
findings 0.853, colour recall 0.615), then read in the twenty-third. ``holdout_v21 (seen)``,
written blind and frozen 2026-12-06, scored blind once after the twenty-third round (recall
0.870, clean 0.903, precision over claim findings 0.856), then read in the twenty-fourth.
``holdout_v22 (seen)``, written blind and frozen 2026-12-06, scored blind once after the
twenty-fourth round (recall 0.827, clean 0.927, precision over claim findings 0.888, span
coverage 0.697), then read in the twenty-fifth. ``holdout_v23 (seen)``, written blind and
frozen 2026-12-06, scored blind once after the twenty-fifth round (recall 0.844, clean 0.893,
precision over claim findings 0.849, span coverage 0.799), then read in the twenty-sixth.
``holdout_v24 (seen)``, written blind and frozen 2026-12-06, scored blind once after the
twenty-sixth round (recall 0.825, clean 0.907, precision over claim findings 0.847, span
coverage 0.831), then read in the twenty-seventh. ``holdout_v25 (seen)``, written blind and
frozen 2026-12-06, scored blind once after the twenty-seventh round (recall 0.833, clean 0.973,
precision over claim findings 0.941, span coverage 0.740), then read in the twenty-eighth.
``holdout_v26 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 28
(recall 0.938, clean 0.920, claim precision 0.873, span 0.799), then read in round 29.
``holdout_v27 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 29
(recall 0.838, clean 0.820, claim precision 0.777, span 0.696), then read in round 30.
``holdout_v28 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 30
(recall 0.808, clean 0.880, claim precision 0.793, span 0.696), then read in round 31.
``holdout_v29 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 31
(recall 0.845, clean 0.933, claim precision 0.868, span 0.756), then read in round 32.
``holdout_v30 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 32
(recall 0.815, clean 0.914, claim precision 0.904, span 0.789), then read in round 33.
``holdout_v31 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 33
(recall 0.881, clean 0.914, claim precision 0.893, span 0.814), then read in round 34.
``holdout_v32 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 34
(recall 0.863, clean 0.947, claim precision 0.884, span 0.813), then read in round 35.
``holdout_v33 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 35
(recall 0.835, clean 0.908, claim precision 0.768, span 0.858), then read in round 36.
``holdout_v34 (seen)``, written blind and frozen 2026-12-06, scored blind once after round 36
(recall 0.923, clean 0.967, claim precision 0.904, span 0.785), then read in round 37.
``holdout_v35 (seen)``, written blind in session 21 and frozen 2026-12-06, scored blind after
round 36 (by a slip) and after round 37 (recall 0.838, clean 0.920, claim precision 0.902, span
0.802), then read in round 38.
``holdout_v36 (seen)``, written blind in session 21 and frozen 2026-12-06, scored blind after
round 37 (recall 0.884, clean 0.927, claim precision 0.882, span 0.853) and after round 38
(recall 0.884, clean 0.933), then read in round 39.
``holdout_v37 (seen)``, written blind in session 22 and frozen 2026-12-07, scored blind once
after round 38 (recall 0.954, clean 0.947, claim precision 0.903, span 0.840), then read in
round 39.
``holdout_v38 (seen)``, written blind in session 22 and frozen 2026-12-07, scored blind once
after round 39 (recall 0.877, clean 0.947, claim precision 0.868, span 0.751), then read in
round 40.
``holdout_v39 (seen)``, written blind in session 22 and frozen 2026-12-07, scored blind once
after round 40 (recall 0.855, clean 0.940, claim precision 0.899, span 0.754), then read in
round 41.
``holdout_v40 (seen)``, written blind in session 22 and frozen 2026-12-07, scored blind once
after round 41 (recall 0.882, clean 0.933, claim precision 0.903, span 0.675), then read in
round 42.
``holdout_v41 (seen)``, written blind in session 23 and frozen 2026-12-07, scored blind once
after round 42 (recall 0.893, clean 0.907, claim precision 0.861, span 0.778), then read in
round 43.
``holdout_v42 (seen)``, written blind in session 23 and frozen 2026-12-07, scored blind once
after round 43 (recall 0.882, clean 0.987, claim precision 0.954, span 0.829), then read in
round 44.
``holdout_v43 (seen)``, written blind in session 23 and frozen 2026-12-07, scored blind once
after round 44 (recall 0.904, clean 0.953, claim precision 0.945, span 0.827), then read in
round 45.
``holdout_v44 (seen)``, written blind in session 23 and frozen 2026-12-07, scored blind once
after round 45 (recall 0.846, clean 0.927, claim precision 0.841, span 0.853), then read in
round 46.
``holdout_v45 (seen)``, written blind in session 24 and frozen 2026-12-07, scored blind once
after round 46 (recall 0.853, clean 0.900, claim precision 0.853, span 0.843), then read in
round 47.
``holdout_v46 (seen)``, written blind in session 24 and frozen 2026-12-07, scored blind once
after round 47 (recall 0.860, clean 0.893, claim precision 0.766, span 0.865), then read in
round 48.
``holdout_v47 (seen)``, written blind in session 24 and frozen 2026-12-07, scored blind once
after round 48 (recall 0.904, clean 0.960, claim precision 0.834, span 0.799), then read in
round 49.
``holdout_v48 (seen)``, written blind in session 24 and frozen 2026-12-07, scored blind once
after round 49 (recall 0.830, clean 0.920, claim precision 0.773, span 0.793), then read in
round 50.
``holdout_v49 (seen)``, written blind in session 25 and frozen 2026-12-07, scored blind once
after round 50 (recall 0.907, clean 0.940, claim precision 0.821, span 0.923), then read in
round 51.
``holdout_v50 (seen)``, written blind in session 25 and frozen 2026-12-07, scored blind once
after round 51 (recall 0.882, clean 0.960, claim precision 0.861, span 0.844), then read in
round 52.
``holdout_v51 (seen)``, written blind in session 25 and frozen 2026-12-07, scored blind once
after round 52 (recall 0.873, clean 0.940, claim precision 0.892, span 0.775), then read in
round 53.
``holdout_v52 (seen)``, written blind in session 26 and frozen 2026-12-07, scored blind once
after round 53 (recall 0.837, clean 0.940, claim precision 0.858, span 0.775), then read in
round 54.
``holdout_v53 (seen)``, written blind in session 26 and frozen 2026-12-07, scored blind once
after round 54 (recall 0.894, clean 0.960, claim precision 0.922, span 0.700), then read in
round 55.
``holdout_v54 (seen)``, written blind in session 27 and frozen 2026-12-07, scored blind once
after round 55 (recall 0.841, clean 0.940, claim precision 0.874, span 0.672), then read in
round 56.
``holdout_v55 (seen)``, written blind in session 27 and frozen 2026-12-07, scored blind once
after round 56 (recall 0.870, clean 0.927, claim precision 0.808, span 0.722), then read in
round 57.
``holdout_v56 (seen)``, written blind in session 28 and frozen 2026-12-07, scored blind once
after round 57 (recall 0.868, clean 0.913, claim precision 0.787, span 0.751), then read in
round 58.
``holdout_v57 (seen)``, written blind in session 28 and frozen 2026-12-07, scored blind once
after round 59 (recall 0.882, clean 0.960, claim precision 0.924, span 0.812), then read in
round 60.
``both`` is in-sample and holdout_v2, ``all`` (the default) adds holdout_v3 to holdout_v57.

``holdout_v58 (held out)``, written blind in session 29 and frozen 2026-12-07, is in
``HELD_OUT``, its misses unread: scored blind once after round 60 (recall 0.867, clean 0.933,
claim precision 0.841, span 0.764), for the next round to read. ``holdout_v59 (held out)``,
written blind in session 29 and frozen 2026-12-07, is in ``HELD_OUT`` too, kept unscored for a
later round. ``all`` leaves them out.
``--set PATH`` scores any folder in the same format (``listings.json`` and ``drafts.jsonl``,
labels as in holdout_v2; a ``short_description``
is HTML like a description). ``--set`` can be given more than once. ``--misses`` lists each
set's missed labels and false alarms; it is refused for a held-out set, since reading its misses
spends it. Precision is given over all findings and over claim findings (``accuracy``,
``compliance``) alone: the held-out sets label claims only. A label its own rule misses but a
blocking claim finding of another rule overlaps (a product's own size, labelled
``accuracy.size``, blocked by ``accuracy.number``) stays a miss; each set's summary counts
those apart, "found under another rule", by the two rules, and gives the grounding recall
counting them beside the unchanged headline; ``--misses`` marks each "(found as RULE)".

Targets (issue 12, on a held-out set): recall >= 0.97 on unsupported numbers, prices,
materials, colours, certifications and origins; >= 0.95 of clean drafts with no claim finding;
finding spans on the claim; median < 5 ms per draft (``bench/guardrails_speed.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from plugin.guardrails.evaluation import (
    GROUNDING_RULES,
    EvalDraft,
    Report,
    format_table,
    load_eval_set,
    score,
)

TESTS = Path(__file__).resolve().parent.parent / "tests" / "guardrails"
IN_SAMPLE = TESTS / "eval"
HOLDOUT_V2 = TESTS / "holdout_v2"
HOLDOUT_V3 = TESTS / "holdout_v3"
HOLDOUT_V4 = TESTS / "holdout_v4"
HOLDOUT_V5 = TESTS / "holdout_v5"
HOLDOUT_V6 = TESTS / "holdout_v6"
HOLDOUT_V7 = TESTS / "holdout_v7"
HOLDOUT_V8 = TESTS / "holdout_v8"
HOLDOUT_V9 = TESTS / "holdout_v9"
HOLDOUT_V10 = TESTS / "holdout_v10"
HOLDOUT_V11 = TESTS / "holdout_v11"
HOLDOUT_V12 = TESTS / "holdout_v12"
HOLDOUT_V13 = TESTS / "holdout_v13"
HOLDOUT_V14 = TESTS / "holdout_v14"
HOLDOUT_V15 = TESTS / "holdout_v15"
HOLDOUT_V16 = TESTS / "holdout_v16"
HOLDOUT_V17 = TESTS / "holdout_v17"
HOLDOUT_V18 = TESTS / "holdout_v18"
HOLDOUT_V19 = TESTS / "holdout_v19"
HOLDOUT_V20 = TESTS / "holdout_v20"
HOLDOUT_V21 = TESTS / "holdout_v21"
HOLDOUT_V22 = TESTS / "holdout_v22"
HOLDOUT_V23 = TESTS / "holdout_v23"
HOLDOUT_V24 = TESTS / "holdout_v24"
HOLDOUT_V25 = TESTS / "holdout_v25"
HOLDOUT_V26 = TESTS / "holdout_v26"
HOLDOUT_V27 = TESTS / "holdout_v27"
HOLDOUT_V28 = TESTS / "holdout_v28"
HOLDOUT_V29 = TESTS / "holdout_v29"
HOLDOUT_V30 = TESTS / "holdout_v30"
HOLDOUT_V31 = TESTS / "holdout_v31"
HOLDOUT_V32 = TESTS / "holdout_v32"
HOLDOUT_V33 = TESTS / "holdout_v33"
HOLDOUT_V34 = TESTS / "holdout_v34"
HOLDOUT_V35 = TESTS / "holdout_v35"
HOLDOUT_V36 = TESTS / "holdout_v36"
HOLDOUT_V37 = TESTS / "holdout_v37"
HOLDOUT_V38 = TESTS / "holdout_v38"
HOLDOUT_V39 = TESTS / "holdout_v39"
HOLDOUT_V40 = TESTS / "holdout_v40"
HOLDOUT_V41 = TESTS / "holdout_v41"
HOLDOUT_V42 = TESTS / "holdout_v42"
HOLDOUT_V43 = TESTS / "holdout_v43"
HOLDOUT_V44 = TESTS / "holdout_v44"
HOLDOUT_V45 = TESTS / "holdout_v45"
HOLDOUT_V46 = TESTS / "holdout_v46"
HOLDOUT_V47 = TESTS / "holdout_v47"
HOLDOUT_V48 = TESTS / "holdout_v48"
HOLDOUT_V49 = TESTS / "holdout_v49"
HOLDOUT_V50 = TESTS / "holdout_v50"
HOLDOUT_V51 = TESTS / "holdout_v51"
HOLDOUT_V52 = TESTS / "holdout_v52"
HOLDOUT_V53 = TESTS / "holdout_v53"
HOLDOUT_V54 = TESTS / "holdout_v54"
HOLDOUT_V55 = TESTS / "holdout_v55"
HOLDOUT_V56 = TESTS / "holdout_v56"
HOLDOUT_V57 = TESTS / "holdout_v57"
HOLDOUT_V58 = TESTS / "holdout_v58"
HOLDOUT_V59 = TESTS / "holdout_v59"
HELD_OUT: tuple[Path, ...] = (HOLDOUT_V58, HOLDOUT_V59)
NAMED = {
    "in-sample": (IN_SAMPLE,),
    "holdout_v2": (HOLDOUT_V2,),
    "holdout_v3": (HOLDOUT_V3,),
    "holdout_v4": (HOLDOUT_V4,),
    "holdout_v5": (HOLDOUT_V5,),
    "holdout_v6": (HOLDOUT_V6,),
    "holdout_v7": (HOLDOUT_V7,),
    "holdout_v8": (HOLDOUT_V8,),
    "holdout_v9": (HOLDOUT_V9,),
    "holdout_v10": (HOLDOUT_V10,),
    "holdout_v11": (HOLDOUT_V11,),
    "holdout_v12": (HOLDOUT_V12,),
    "holdout_v13": (HOLDOUT_V13,),
    "holdout_v14": (HOLDOUT_V14,),
    "holdout_v15": (HOLDOUT_V15,),
    "holdout_v16": (HOLDOUT_V16,),
    "holdout_v17": (HOLDOUT_V17,),
    "holdout_v18": (HOLDOUT_V18,),
    "holdout_v19": (HOLDOUT_V19,),
    "holdout_v20": (HOLDOUT_V20,),
    "holdout_v21": (HOLDOUT_V21,),
    "holdout_v22": (HOLDOUT_V22,),
    "holdout_v23": (HOLDOUT_V23,),
    "holdout_v24": (HOLDOUT_V24,),
    "holdout_v25": (HOLDOUT_V25,),
    "holdout_v26": (HOLDOUT_V26,),
    "holdout_v27": (HOLDOUT_V27,),
    "holdout_v28": (HOLDOUT_V28,),
    "holdout_v29": (HOLDOUT_V29,),
    "holdout_v30": (HOLDOUT_V30,),
    "holdout_v31": (HOLDOUT_V31,),
    "holdout_v32": (HOLDOUT_V32,),
    "holdout_v33": (HOLDOUT_V33,),
    "holdout_v34": (HOLDOUT_V34,),
    "holdout_v35": (HOLDOUT_V35,),
    "holdout_v36": (HOLDOUT_V36,),
    "holdout_v37": (HOLDOUT_V37,),
    "holdout_v38": (HOLDOUT_V38,),
    "holdout_v39": (HOLDOUT_V39,),
    "holdout_v40": (HOLDOUT_V40,),
    "holdout_v41": (HOLDOUT_V41,),
    "holdout_v42": (HOLDOUT_V42,),
    "holdout_v43": (HOLDOUT_V43,),
    "holdout_v44": (HOLDOUT_V44,),
    "holdout_v45": (HOLDOUT_V45,),
    "holdout_v46": (HOLDOUT_V46,),
    "holdout_v47": (HOLDOUT_V47,),
    "holdout_v48": (HOLDOUT_V48,),
    "holdout_v49": (HOLDOUT_V49,),
    "holdout_v50": (HOLDOUT_V50,),
    "holdout_v51": (HOLDOUT_V51,),
    "holdout_v52": (HOLDOUT_V52,),
    "holdout_v53": (HOLDOUT_V53,),
    "holdout_v54": (HOLDOUT_V54,),
    "holdout_v55": (HOLDOUT_V55,),
    "holdout_v56": (HOLDOUT_V56,),
    "holdout_v57": (HOLDOUT_V57,),
    "holdout_v58": (HOLDOUT_V58,),
    "holdout_v59": (HOLDOUT_V59,),
    "both": (IN_SAMPLE, HOLDOUT_V2),
    "all": (
        IN_SAMPLE,
        HOLDOUT_V2,
        HOLDOUT_V3,
        HOLDOUT_V4,
        HOLDOUT_V5,
        HOLDOUT_V6,
        HOLDOUT_V7,
        HOLDOUT_V8,
        HOLDOUT_V9,
        HOLDOUT_V10,
        HOLDOUT_V11,
        HOLDOUT_V12,
        HOLDOUT_V13,
        HOLDOUT_V14,
        HOLDOUT_V15,
        HOLDOUT_V16,
        HOLDOUT_V17,
        HOLDOUT_V18,
        HOLDOUT_V19,
        HOLDOUT_V20,
        HOLDOUT_V21,
        HOLDOUT_V22,
        HOLDOUT_V23,
        HOLDOUT_V24,
        HOLDOUT_V25,
        HOLDOUT_V26,
        HOLDOUT_V27,
        HOLDOUT_V28,
        HOLDOUT_V29,
        HOLDOUT_V30,
        HOLDOUT_V31,
        HOLDOUT_V32,
        HOLDOUT_V33,
        HOLDOUT_V34,
        HOLDOUT_V35,
        HOLDOUT_V36,
        HOLDOUT_V37,
        HOLDOUT_V38,
        HOLDOUT_V39,
        HOLDOUT_V40,
        HOLDOUT_V41,
        HOLDOUT_V42,
        HOLDOUT_V43,
        HOLDOUT_V44,
        HOLDOUT_V45,
        HOLDOUT_V46,
        HOLDOUT_V47,
        HOLDOUT_V48,
        HOLDOUT_V49,
        HOLDOUT_V50,
        HOLDOUT_V51,
        HOLDOUT_V52,
        HOLDOUT_V53,
        HOLDOUT_V54,
        HOLDOUT_V55,
        HOLDOUT_V56,
        HOLDOUT_V57,
    ),
}
NAMED["held-out"] = NAMED["holdout_v2"]  # the name before holdout_v2 was seen


def set_name(folder: Path) -> str:
    if folder == IN_SAMPLE:
        return "in-sample (tests/guardrails/eval)"
    if folder.parent == TESTS and folder.name.startswith("holdout_v"):
        state = "held out" if folder in HELD_OUT else "seen"
        return f"{folder.name} ({state}) (tests/guardrails/{folder.name})"
    return f"{folder.name} ({folder})"


def summary(name: str, drafts: list[EvalDraft], report: Report) -> str:
    sources = ", ".join(f"{n} {s}" for s, n in sorted(report.drafts.items()))
    lines = [f"== {name}: {len(drafts)} drafts ({sources})", "", format_table(report), ""]
    for rule in GROUNDING_RULES:
        lines.append(f"recall {rule:<26} {report.recall(rule):.3f}  ({report.labels[rule]} labels)")
    lines += [
        f"recall, the six grounding rules together  {report.grounding_recall():.3f}  (target 0.97)",
        f"  the same, counting those found under another rule  "
        f"{report.grounding_recall_with_elsewhere():.3f}",
        f"found under another rule (missed by its own; a blocking claim finding of another "
        f"rule on it)  {report.found_elsewhere()}{_elsewhere(report)}",
        f"clean drafts with no claim finding       {report.clean_claim_precision:.3f}  "
        f"(target 0.95; {report.drafts['clean']} clean drafts)",
        f"clean drafts with no finding at all      {report.clean_precision:.3f}",
        f"precision over all findings              {report.precision():.3f}",
        f"precision over claim findings            {report.claim_precision():.3f}",
        f"span: share of a found label covered     {report.span_overlap:.3f}",
        f"severity as labelled (found labels)      {report.severity_agreement:.3f}",
    ]
    return "\n".join(lines)


def _elsewhere(report: Report) -> str:
    pairs = sorted(report.elsewhere.items(), key=lambda pair: (-pair[1], pair[0]))
    shown = ", ".join(f"{label} as {rule.split('.', 1)[1]} {n}" for (label, rule), n in pairs)
    return f": {shown}" if shown else ""


def misses(report: Report) -> str:
    lines = [
        f"missed  {i}: {label.rule} {label.claim!r}"
        + (f"  (found as {report.elsewhere_rule[n]})" if n in report.elsewhere_rule else "")
        for n, (i, label) in enumerate(report.misses)
    ]
    lines += [f"false   {i}: {item.rule} {claim!r}" for i, item, claim in report.false_alarms]
    return "\n".join(lines)


def folders(choices: list[str]) -> list[Path]:
    chosen: list[Path] = []
    for choice in choices:
        for folder in NAMED.get(choice, (Path(choice).resolve(),)):
            if folder not in chosen:
                chosen.append(folder)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        action="append",
        metavar="in-sample|holdout_v2|...|holdout_v59|both|all|PATH",
        help="a named set or a folder with listings.json and drafts.jsonl (default: all)",
    )
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    chosen = folders(args.set or ["all"])
    if args.misses and any(folder in HELD_OUT for folder in chosen):
        parser.error("--misses would spend a held-out set: score it without --misses")
    for number, folder in enumerate(chosen):
        if not (folder / "listings.json").is_file() or not (folder / "drafts.jsonl").is_file():
            parser.error(f"{folder} has no listings.json and drafts.jsonl")
        listings, drafts = load_eval_set(folder)
        report = score(listings, drafts)
        print(("\n" if number else "") + summary(set_name(folder), drafts, report))
        if folder == IN_SAMPLE:
            for split in sorted({d.split for d in drafts} - {"dev"}):
                part = [d for d in drafts if d.split == split]
                print("\n" + summary(f"in-sample split {split!r}", part, score(listings, part)))
        if args.misses:
            print("\n" + misses(report))


if __name__ == "__main__":
    main()
