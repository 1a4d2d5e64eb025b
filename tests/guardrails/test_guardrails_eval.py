"""The guardrails meet their targets on the labelled sets they were tuned on (the in-sample set
and the seen holdout_v2) and hold the figures reached on the seen holdout_v3 to holdout_v46; a
regression fails here. holdout_v45 was scored blind once after round 46 (recall 0.853, clean
0.900, precision over claim findings 0.853, span 0.843) and read in round 47; holdout_v46 was
scored blind once after round 47 (recall 0.860, clean 0.893, precision over claim findings
0.766, span 0.865) and read in round 48 (the tests of v36 to v46 are in
``test_guardrails_eval_recent``). holdout_v47 is held out in the bench: scored by hand, once at
the end of a round, with ``bench/guardrails_eval.py --set holdout_vN``, for its aggregates
only."""

import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from plugin.guardrails.evaluation import (
    GROUNDING_RULES,
    format_table,
    load_eval_set,
    score,
)

EVAL_DIR = Path(__file__).parent / "eval"
HELD_OUT_DIR = Path(__file__).parent / "holdout_v2"
HOLDOUT_V3_DIR = Path(__file__).parent / "holdout_v3"
HOLDOUT_V4_DIR = Path(__file__).parent / "holdout_v4"
HOLDOUT_V5_DIR = Path(__file__).parent / "holdout_v5"
HOLDOUT_V6_DIR = Path(__file__).parent / "holdout_v6"
HOLDOUT_V7_DIR = Path(__file__).parent / "holdout_v7"
HOLDOUT_V8_DIR = Path(__file__).parent / "holdout_v8"
HOLDOUT_V9_DIR = Path(__file__).parent / "holdout_v9"
HOLDOUT_V10_DIR = Path(__file__).parent / "holdout_v10"
HOLDOUT_V11_DIR = Path(__file__).parent / "holdout_v11"
HOLDOUT_V12_DIR = Path(__file__).parent / "holdout_v12"
HOLDOUT_V13_DIR = Path(__file__).parent / "holdout_v13"
HOLDOUT_V14_DIR = Path(__file__).parent / "holdout_v14"
HOLDOUT_V15_DIR = Path(__file__).parent / "holdout_v15"
HOLDOUT_V16_DIR = Path(__file__).parent / "holdout_v16"
HOLDOUT_V17_DIR = Path(__file__).parent / "holdout_v17"
HOLDOUT_V18_DIR = Path(__file__).parent / "holdout_v18"
HOLDOUT_V19_DIR = Path(__file__).parent / "holdout_v19"
HOLDOUT_V20_DIR = Path(__file__).parent / "holdout_v20"
HOLDOUT_V21_DIR = Path(__file__).parent / "holdout_v21"
HOLDOUT_V22_DIR = Path(__file__).parent / "holdout_v22"
HOLDOUT_V23_DIR = Path(__file__).parent / "holdout_v23"
HOLDOUT_V24_DIR = Path(__file__).parent / "holdout_v24"
HOLDOUT_V25_DIR = Path(__file__).parent / "holdout_v25"
HOLDOUT_V26_DIR = Path(__file__).parent / "holdout_v26"
HOLDOUT_V27_DIR = Path(__file__).parent / "holdout_v27"
HOLDOUT_V28_DIR = Path(__file__).parent / "holdout_v28"
HOLDOUT_V29_DIR = Path(__file__).parent / "holdout_v29"
HOLDOUT_V30_DIR = Path(__file__).parent / "holdout_v30"
HOLDOUT_V31_DIR = Path(__file__).parent / "holdout_v31"
HOLDOUT_V32_DIR = Path(__file__).parent / "holdout_v32"
HOLDOUT_V33_DIR = Path(__file__).parent / "holdout_v33"
HOLDOUT_V34_DIR = Path(__file__).parent / "holdout_v34"
HOLDOUT_V35_DIR = Path(__file__).parent / "holdout_v35"
PLANTED_KINDS = (
    "accuracy.number",
    "accuracy.material",
    "accuracy.colour",
    "accuracy.certification",
    "accuracy.origin",
    "compliance.health",
    "compliance.social_proof",
    "compliance.contact",
    "bias.gendered_buyer",
)


@pytest.fixture(scope="module")
def eval_set():
    return load_eval_set(EVAL_DIR)


@pytest.fixture(scope="module")
def report(eval_set):
    return score(*eval_set)


def test_the_set_is_big_and_mixed_enough(eval_set):
    listings, drafts = eval_set
    sources = Counter(d.source for d in drafts)
    assert len(drafts) >= 150
    assert len({d.listing for d in drafts}) >= 30
    # "half clean copy, half with planted errors, plus real outputs of the embedded model"
    assert sources["clean"] >= (sources["clean"] + sources["planted"]) * 0.45
    assert sources["model"] >= 20
    planted = Counter(label.rule for d in drafts if d.source == "planted" for label in d.labels)
    assert all(planted[rule] >= 2 for rule in PLANTED_KINDS), planted
    assert set(listings) >= {d.listing for d in drafts}


def test_every_label_marks_the_text_it_names(eval_set):
    _, drafts = eval_set
    for draft in drafts:
        for label in draft.labels:
            assert draft.text[label.start : label.end] == label.claim, draft.id
        if draft.source == "clean":
            assert draft.labels == (), draft.id


def test_recall_on_grounding_is_at_least_095(report):
    recalls = {rule: report.recall(rule) for rule in GROUNDING_RULES}
    assert all(value >= 0.95 for value in recalls.values()), format_table(report)


def test_precision_over_clean_copy_is_at_least_09(report):
    assert report.clean_precision >= 0.9, report.false_alarms
    assert report.precision() >= 0.9, format_table(report)


def test_the_dev_v2_rows_meet_issue_12s_targets(eval_set):
    """Rows written from issue 12's families (in-sample: the rules were fixed beside them)."""
    listings, drafts = eval_set
    dev = score(listings, [d for d in drafts if d.split == "dev_v2"])
    assert dev.grounding_recall() >= 0.97, format_table(dev)
    assert dev.clean_claim_precision >= 0.95, dev.false_alarms


def test_holdout_v2_loads_and_holds_the_figures_reached_on_it():
    """holdout_v2 was held out for one scoring, then its misses were read to fix their families
    (issue 12, third round): it is a seen development set now, so a regression on it fails
    here. Only a freshly written blind set measures generalisation."""
    listings, drafts = load_eval_set(HELD_OUT_DIR)
    assert len(drafts) == 314 and {d.listing for d in drafts} <= set(listings)
    assert {d.source for d in drafts} == {"clean", "faulty", "model-plain", "model-planned"}
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.97, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms


def test_holdout_v3_holds_the_figures_reached_on_it():
    """holdout_v3 was scored once blind (recall 0.717, clean 0.835), then its misses were read to
    fix their families (issue 12, fourth and fifth rounds): a seen development set, held here at
    the figures reached as a regression floor, with no rule below what it had then."""
    listings, drafts = load_eval_set(HOLDOUT_V3_DIR)
    assert len(drafts) == 226 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.98, format_table(report)
    assert report.clean_claim_precision >= 0.99, report.false_alarms
    assert report.precision() >= 0.80, format_table(report)
    assert report.claim_precision() >= 0.97, report.false_alarms
    assert report.recall("accuracy.category") >= 0.8, format_table(report)
    assert report.recall("accuracy.feature") >= 0.5, format_table(report)


def test_holdout_v4_holds_the_figures_reached_on_it():
    """holdout_v4 was scored blind before and after the fifth round (recall 0.750, clean 0.867),
    then its misses were read to fix their families (issue 12, sixth round): a seen
    development set now, held here at the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V4_DIR)
    assert len(drafts) == 408 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.95, format_table(report)
    assert report.clean_claim_precision >= 0.99, report.false_alarms
    assert report.claim_precision() >= 0.90, report.false_alarms
    assert report.recall("accuracy.category") >= 0.55, format_table(report)
    assert report.recall("accuracy.feature") >= 0.2, format_table(report)


def test_holdout_v5_holds_the_figures_reached_on_it():
    """holdout_v5 was scored blind before and after the sixth round (recall 0.745, clean 0.872),
    then its misses were read to fix their families (issue 12, seventh round): a seen
    development set now, held here at the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V5_DIR)
    assert len(drafts) == 414 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.96, format_table(report)
    assert report.clean_claim_precision >= 0.99, report.false_alarms
    assert report.claim_precision() >= 0.88, report.false_alarms


def test_holdout_v6_holds_the_figures_reached_on_it():
    """holdout_v6 was scored blind once after the seventh round (recall 0.745, clean 0.861), then
    its misses were read to fix their families (issue 12, eighth round): a seen development set
    now, held here at the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V6_DIR)
    assert len(drafts) == 409 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.94, format_table(report)
    assert report.clean_claim_precision >= 0.99, report.false_alarms
    assert report.claim_precision() >= 0.92, report.false_alarms


def test_holdout_v7_holds_the_figures_reached_on_it():
    """holdout_v7 was scored blind once after the eighth round (recall 0.745, clean 0.919), then
    its misses were read to fix their families (issue 12, ninth round): a seen development set
    now, held here a little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V7_DIR)
    assert len(drafts) == 372 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.97, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.93, report.false_alarms


def test_holdout_v8_holds_the_figures_reached_on_it():
    """holdout_v8 was scored blind once after the ninth round (recall 0.912, clean 0.856), then
    its false alarms and misses were read to fix their families (issue 12, tenth round): a seen
    development set now, held here a little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V8_DIR)
    assert len(drafts) == 387 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.98, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.98, report.false_alarms


def test_holdout_v9_holds_the_figures_reached_on_it():
    """holdout_v9 was scored blind once after the eleventh round (recall 0.885, clean 0.899),
    then its misses and false alarms were read to fix their families (issue 12, twelfth round):
    a seen development set now, held here a little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V9_DIR)
    assert len(drafts) == 375 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.93, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.96, report.false_alarms


def test_holdout_v10_holds_the_figures_reached_on_it():
    """holdout_v10 was scored blind once after the twelfth round (recall 0.884, clean 0.873,
    precision over claim findings 0.855), then its misses and false alarms were read to fix
    their families (issue 12, thirteenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V10_DIR)
    assert len(drafts) == 390 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.96, format_table(report)
    assert report.clean_claim_precision >= 0.96, report.false_alarms
    assert report.claim_precision() >= 0.92, report.false_alarms


def test_holdout_v11_holds_the_figures_reached_on_it():
    """holdout_v11 was scored blind once after the thirteenth round (recall 0.821, clean 0.907,
    precision over claim findings 0.853), then its misses and false alarms were read to fix
    their families (issue 12, fourteenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V11_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.94, format_table(report)
    assert report.clean_claim_precision >= 0.97, report.false_alarms
    assert report.claim_precision() >= 0.95, report.false_alarms


def test_holdout_v12_holds_the_figures_reached_on_it():
    """holdout_v12 was scored blind once after the fourteenth round (recall 0.811, clean 0.813,
    precision over claim findings 0.658), then its false alarms and misses were read to fix
    their families (issue 12, fifteenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V12_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.78, format_table(report)
    assert report.clean_claim_precision >= 0.90, report.false_alarms
    assert report.claim_precision() >= 0.78, report.false_alarms


def test_holdout_v13_holds_the_figures_reached_on_it():
    """holdout_v13 was scored blind once after the fifteenth round (recall 0.805, clean 0.868,
    precision over claim findings 0.760), then its false alarms and misses were read to fix
    their families (issue 12, sixteenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V13_DIR)
    assert len(drafts) == 387 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.80, format_table(report)
    assert report.clean_claim_precision >= 0.90, report.false_alarms
    assert report.claim_precision() >= 0.82, report.false_alarms


def test_holdout_v14_holds_the_figures_reached_on_it():
    """holdout_v14 was scored blind once after the sixteenth round (recall 0.810, clean 0.833,
    precision over claim findings 0.773), then its false alarms and misses were read to fix
    their families (issue 12, seventeenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V14_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.86, format_table(report)
    assert report.clean_claim_precision >= 0.94, report.false_alarms
    assert report.claim_precision() >= 0.89, report.false_alarms


def test_holdout_v15_holds_the_figures_reached_on_it():
    """holdout_v15 was scored blind once after the seventeenth round (recall 0.850, clean 0.787,
    precision over claim findings 0.694), then its false alarms and misses were read to fix
    their families (issue 12, eighteenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V15_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.85, format_table(report)
    assert report.clean_claim_precision >= 0.93, report.false_alarms
    assert report.claim_precision() >= 0.84, report.false_alarms


def test_holdout_v16_holds_the_figures_reached_on_it():
    """holdout_v16 was scored blind once after the eighteenth round (recall 0.842, clean 0.800,
    precision over claim findings 0.748), then its clean drafts' claim findings were read to fix
    their families (issue 12, nineteenth round): a seen development set now, held here a little
    under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V16_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.85, format_table(report)
    assert report.clean_claim_precision >= 0.86, report.false_alarms
    assert report.claim_precision() >= 0.81, report.false_alarms


def test_holdout_v17_holds_the_figures_reached_on_it():
    """holdout_v17 was scored blind once after the nineteenth round (recall 0.835, clean 0.860,
    precision over claim findings 0.790), then its misses and false alarms were read to fix
    their families (issue 12, twentieth round, materials first): a seen development set now,
    held here a little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V17_DIR)
    assert len(drafts) == 389 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.92, format_table(report)
    assert report.recall("accuracy.material") >= 0.9, format_table(report)
    assert report.clean_claim_precision >= 0.90, report.false_alarms
    assert report.claim_precision() >= 0.83, report.false_alarms


def test_holdout_v18_holds_the_figures_reached_on_it():
    """holdout_v18 was scored blind once after the twentieth round (recall 0.885, clean 0.900,
    precision over claim findings 0.846, material recall 0.781), then its misses and false
    alarms were read to fix their families (issue 12, twenty-first round): a seen development
    set now, held here a little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V18_DIR)
    assert len(drafts) == 389 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.93, format_table(report)
    assert report.recall("accuracy.material") >= 0.93, format_table(report)
    assert report.clean_claim_precision >= 0.97, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms


def test_holdout_v19_holds_the_figures_reached_on_it():
    """holdout_v19 was scored blind once after the twenty-first round (recall 0.908, clean 0.920,
    precision over claim findings 0.854), then its misses and false alarms were read to fix
    their families (issue 12, twenty-second round): a seen development set now, held here a
    little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V19_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.95, format_table(report)
    assert report.recall("accuracy.material") >= 0.9, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms


def test_holdout_v20_holds_the_figures_reached_on_it():
    """holdout_v20 was scored blind once after the twenty-second round (recall 0.837, clean
    0.933, precision over claim findings 0.853, colour recall 0.615), then its misses and false
    alarms were read to fix their families (issue 12, twenty-third round): a seen development
    set now, held here a little under the figures that round reached."""
    listings, drafts = load_eval_set(HOLDOUT_V20_DIR)
    assert len(drafts) == 385 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.89, format_table(report)
    assert report.recall("accuracy.colour") >= 0.95, format_table(report)
    assert report.clean_claim_precision >= 0.97, report.false_alarms
    assert report.claim_precision() >= 0.90, report.false_alarms


def test_holdout_v21_holds_the_figures_reached_on_it():
    """holdout_v21 was scored blind once after the twenty-third round (recall 0.870, clean
    0.903, precision over claim findings 0.856), then its clean drafts' claim findings and its
    misses were read to fix their families (issue 12, twenty-fourth round): a seen development
    set now, held here a little under the figures that round reached (grounding recall 0.880,
    feature recall 0.483, clean 0.981, precision over claim findings 0.951)."""
    listings, drafts = load_eval_set(HOLDOUT_V21_DIR)
    assert len(drafts) == 389 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.87, format_table(report)
    assert report.recall("accuracy.feature") >= 0.45, format_table(report)
    assert report.clean_claim_precision >= 0.97, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms


def test_holdout_v22_holds_the_figures_reached_on_it():
    """holdout_v22 was scored blind once after the twenty-fourth round (recall 0.827, clean
    0.927, precision over claim findings 0.888, span covered 0.697), then its clean drafts' claim
    findings and its misses were read to fix their families (issue 12, twenty-fifth round): a
    seen development set now, held here a little under the figures that round reached
    (grounding recall 0.918, clean 1.000, precision over claim findings 0.975, span covered
    0.745)."""
    listings, drafts = load_eval_set(HOLDOUT_V22_DIR)
    assert len(drafts) == 385 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.90, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.95, report.false_alarms
    assert report.span_overlap >= 0.72, format_table(report)


def test_holdout_v23_holds_the_figures_reached_on_it():
    """holdout_v23 was scored blind once after the twenty-fifth round (recall 0.844, clean
    0.893, precision over claim findings 0.849, span covered 0.799, compatibility 0 of 13), then
    its clean drafts' claim findings and its misses were read to fix their families (issue 12,
    twenty-sixth round): a seen development set now, held here a little under the figures that
    round reached (grounding recall 0.862, clean 0.953, precision over claim findings 0.930,
    span covered 0.817, compatibility 8 of 13, health 5 of 13)."""
    listings, drafts = load_eval_set(HOLDOUT_V23_DIR)
    assert len(drafts) == 384 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.85, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.92, report.false_alarms
    assert report.span_overlap >= 0.80, format_table(report)
    assert report.recall("accuracy.compatibility") >= 0.6, format_table(report)
    assert report.recall("compliance.health") >= 0.35, format_table(report)


def test_holdout_v24_holds_the_figures_reached_on_it():
    """holdout_v24 was scored blind once after the twenty-sixth round (recall 0.825, clean
    0.907, precision over claim findings 0.847, span covered 0.831, price 0.625, health 1 of 6),
    then its clean drafts' claim findings and its misses were read to fix their families (issue
    12, twenty-seventh round): a seen development set now, held here a little under the figures
    that round reached (grounding recall 0.912, clean 0.993, precision over claim findings
    0.957, span covered 0.848, origin 1.000, price 7 of 8, health 5 of 6, feature 8 of 21)."""
    listings, drafts = load_eval_set(HOLDOUT_V24_DIR)
    assert len(drafts) == 384 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.90, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms
    assert report.span_overlap >= 0.83, format_table(report)
    assert report.recall("accuracy.origin") >= 0.95, format_table(report)
    assert report.recall("accuracy.price") >= 0.85, format_table(report)
    assert report.recall("compliance.health") >= 0.6, format_table(report)
    assert report.recall("accuracy.feature") >= 0.35, format_table(report)


def test_holdout_v25_holds_the_figures_reached_on_it():
    """holdout_v25 was scored blind once after the twenty-seventh round (recall 0.833, clean
    0.973, precision over claim findings 0.941, span covered 0.740, care 0 of 16, compatibility 3
    of 21), then its misses were read to fix their families (issue 12, twenty-eighth round): a
    seen development set now, held here a little under the figures that round reached
    (grounding recall 0.865, clean 0.973, precision over claim findings 0.950, span covered
    0.758, material 21 of 23, care 15 of 16, compatibility 10 of 21, feature 8 of 16, health 10
    of 15, warranty 5 of 6)."""
    listings, drafts = load_eval_set(HOLDOUT_V25_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.85, format_table(report)
    assert report.clean_claim_precision >= 0.96, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms
    assert report.span_overlap >= 0.74, format_table(report)
    assert report.recall("accuracy.material") >= 0.87, format_table(report)
    assert report.recall("accuracy.care") >= 0.85, format_table(report)
    assert report.recall("accuracy.compatibility") >= 0.4, format_table(report)
    assert report.recall("accuracy.feature") >= 0.4, format_table(report)
    assert report.recall("compliance.health") >= 0.6, format_table(report)


def test_holdout_v26_holds_the_figures_reached_on_it():
    """holdout_v26 was scored blind once after the twenty-eighth round (recall 0.938, clean
    0.920, precision over claim findings 0.873, span covered 0.799, care 8 of 12, compatibility
    5 of 11, health 5 of 8, feature 2 of 22, category 0 of 8), then its clean drafts' claim
    findings and its misses were read to fix their families (issue 12, twenty-ninth round): a
    seen development set now, held here a little under the figures that round reached
    (grounding recall 0.973, clean 0.987, precision over claim findings 0.965, span covered
    0.800, care 11 of 12, compatibility 7 of 11, health 8 of 8, feature 9 of 22, category 2 of
    8)."""
    listings, drafts = load_eval_set(HOLDOUT_V26_DIR)
    assert len(drafts) == 384 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.95, format_table(report)
    assert report.clean_claim_precision >= 0.97, report.false_alarms
    assert report.claim_precision() >= 0.95, report.false_alarms
    assert report.span_overlap >= 0.78, format_table(report)
    assert report.recall("accuracy.care") >= 0.85, format_table(report)
    assert report.recall("accuracy.compatibility") >= 0.55, format_table(report)
    assert report.recall("compliance.health") >= 0.85, format_table(report)
    assert report.recall("accuracy.feature") >= 0.35, format_table(report)
    assert report.recall("accuracy.category") >= 0.2, format_table(report)


def test_holdout_v27_holds_the_figures_reached_on_it():
    """holdout_v27 was scored blind once after round 29 (recall 0.838, clean 0.820, precision
    over claim findings 0.777, span covered 0.696, material 19 of 23 with 47 alarms, health 3 of
    9, size 0 of 4, compatibility 4 of 16), then its clean drafts' claim findings and its misses
    were read to fix their families (issue 12, round 30): a seen development set now, held here
    a little under the figures that round reached (in-sample: see docs/guardrails.md, "Round
    30")."""
    listings, drafts = load_eval_set(HOLDOUT_V27_DIR)
    assert len(drafts) == 385 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.84, format_table(report)
    assert report.clean_claim_precision >= 0.94, report.false_alarms
    assert report.claim_precision() >= 0.90, report.false_alarms
    assert report.span_overlap >= 0.70, format_table(report)
    assert report.recall("accuracy.material") >= 0.85, format_table(report)
    assert report.recall("compliance.health") >= 0.85, format_table(report)
    assert report.recall("accuracy.size") >= 0.95, format_table(report)
    assert report.recall("accuracy.compatibility") >= 0.3, format_table(report)


def test_holdout_v28_holds_the_figures_reached_on_it():
    """holdout_v28 was scored blind once after round 30 (recall 0.808, clean 0.880, precision
    over claim findings 0.793, span covered 0.696, material 0.731, colour 0.667, absolute 1 of 6,
    social proof 1 of 5, size 1 of 5), then its clean drafts' claim findings and its misses were
    read to fix their families (issue 12, round 31): a seen development set now, held here a
    little under the figures that round reached (in-sample: see docs/guardrails.md, "Round
    31")."""
    listings, drafts = load_eval_set(HOLDOUT_V28_DIR)
    assert len(drafts) == 385 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.86, format_table(report)
    assert report.clean_claim_precision >= 0.94, report.false_alarms
    assert report.claim_precision() >= 0.88, report.false_alarms
    assert report.span_overlap >= 0.71, format_table(report)
    assert report.recall("accuracy.material") >= 0.80, format_table(report)
    assert report.recall("accuracy.colour") >= 0.85, format_table(report)
    assert report.recall("accuracy.origin") >= 0.85, format_table(report)
    assert report.recall("compliance.absolute") >= 0.95, format_table(report)
    assert report.recall("compliance.social_proof") >= 0.95, format_table(report)
    assert report.recall("accuracy.size") >= 0.55, format_table(report)


def test_holdout_v29_holds_the_figures_reached_on_it():
    """holdout_v29 was scored blind once after round 31 (recall 0.845, clean 0.933, precision
    over claim findings 0.868, span covered 0.756, origin 0.714), then its clean drafts' claim
    findings and its misses were read to fix their families (issue 12, round 32): a seen
    development set now, held here a little under the figures that round reached (in-sample:
    see docs/guardrails.md, "Round 32")."""
    listings, drafts = load_eval_set(HOLDOUT_V29_DIR)
    assert len(drafts) == 385 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.87, format_table(report)
    assert report.clean_claim_precision >= 0.96, report.false_alarms
    assert report.claim_precision() >= 0.90, report.false_alarms
    assert report.span_overlap >= 0.75, format_table(report)
    assert report.recall("accuracy.material") >= 0.88, format_table(report)
    assert report.recall("accuracy.colour") >= 0.80, format_table(report)
    assert report.recall("accuracy.origin") >= 0.84, format_table(report)
    assert report.recall("accuracy.care") >= 0.80, format_table(report)


def test_holdout_v30_holds_the_figures_reached_on_it():
    """holdout_v30 was scored blind once after round 32 (recall 0.815, clean 0.914, precision
    over claim findings 0.904, span covered 0.789, origin 0.667), then its clean drafts' claim
    findings and its misses were read to fix their families (issue 12, round 33): a seen
    development set now, held here a little under the figures that round reached (in-sample:
    see docs/guardrails.md, "Round 33")."""
    listings, drafts = load_eval_set(HOLDOUT_V30_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.84, format_table(report)
    assert report.clean_claim_precision >= 0.93, report.false_alarms
    assert report.claim_precision() >= 0.92, report.false_alarms
    assert report.span_overlap >= 0.78, format_table(report)
    assert report.recall("accuracy.origin") >= 0.80, format_table(report)
    assert report.recall("accuracy.material") >= 0.77, format_table(report)


def test_holdout_v31_holds_the_figures_reached_on_it():
    """holdout_v31 was scored blind once after round 33 (recall 0.881, clean 0.914, precision
    over claim findings 0.893, span covered 0.814, price 0.667), then its clean drafts' claim
    findings and its misses were read to fix their families (issue 12, round 34): a seen
    development set now, held here a little under the figures that round reached (in-sample:
    see docs/guardrails.md, "Round 34")."""
    listings, drafts = load_eval_set(HOLDOUT_V31_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.89, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.93, report.false_alarms
    assert report.span_overlap >= 0.80, format_table(report)
    assert report.recall("accuracy.price") >= 0.88, format_table(report)
    assert report.recall("accuracy.material") >= 0.83, format_table(report)


def test_holdout_v32_holds_the_figures_reached_on_it():
    """holdout_v32 was scored blind once after round 34 (recall 0.863, clean 0.947, precision
    over claim findings 0.884, span covered 0.813, material 0.793), then its clean drafts' claim
    findings and its misses were read to fix their families (issue 12, round 35): a seen
    development set now, held here a little under the figures that round reached (in-sample:
    see docs/guardrails.md, "Round 35")."""
    listings, drafts = load_eval_set(HOLDOUT_V32_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.89, format_table(report)
    assert report.clean_claim_precision >= 0.96, report.false_alarms
    assert report.claim_precision() >= 0.90, report.false_alarms
    assert report.span_overlap >= 0.81, format_table(report)
    assert report.recall("accuracy.material") >= 0.92, format_table(report)


def test_holdout_v33_holds_the_figures_reached_on_it():
    """holdout_v33 was scored blind once after round 35 (recall 0.835, clean 0.908, precision
    over claim findings 0.768, span covered 0.858, material 0.793, origin 0.706), then its clean
    drafts' claim findings and its misses were read to fix their families (issue 12, round 36):
    a seen development set now, held here a little under the figures that round reached
    (in-sample: see docs/guardrails.md, "Round 36")."""
    listings, drafts = load_eval_set(HOLDOUT_V33_DIR)
    assert len(drafts) == 388 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.87, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.88, report.false_alarms
    assert report.span_overlap >= 0.84, format_table(report)
    assert report.recall("accuracy.material") >= 0.88, format_table(report)
    assert report.recall("accuracy.origin") >= 0.80, format_table(report)


def test_holdout_v34_holds_the_figures_reached_on_it():
    """holdout_v34 was scored blind once after round 36 (recall 0.923, clean 0.967, precision
    over claim findings 0.904, span covered 0.785, material 0.857, origin 0.846), then its misses
    were read to fix their families (issue 12, round 37): a seen development set now, held here a
    little under the figures that round reached (in-sample: see docs/guardrails.md, "Round 37")."""
    listings, drafts = load_eval_set(HOLDOUT_V34_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.95, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.89, report.false_alarms
    assert report.span_overlap >= 0.77, format_table(report)
    assert report.recall("accuracy.material") >= 0.88, format_table(report)
    assert report.recall("accuracy.origin") >= 0.90, format_table(report)
    assert report.recall("accuracy.price") >= 0.95, format_table(report)


def test_holdout_v35_holds_the_figures_reached_on_it():
    """holdout_v35 was scored blind after round 36 (by a slip) and after round 37 (recall 0.838,
    clean 0.920, precision over claim findings 0.902, span covered 0.802, certification 0.778,
    origin 0.733), then its misses were read to fix their families (issue 12, round 38): a seen
    development set now, held here a little under the figures that round reached (in-sample:
    see docs/guardrails.md, "Round 38")."""
    listings, drafts = load_eval_set(HOLDOUT_V35_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.87, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.92, report.false_alarms
    assert report.span_overlap >= 0.79, format_table(report)
    assert report.recall("accuracy.certification") >= 0.95, format_table(report)
    assert report.recall("accuracy.origin") >= 0.79, format_table(report)


def test_the_bench_will_not_list_a_held_out_sets_misses(tmp_path, monkeypatch, capsys):
    """Reading a held-out set's misses spends it: the refusal is checked on a folder put in
    ``HELD_OUT`` for the test, whichever sets are held out at the time."""
    bench_path = Path(__file__).resolve().parents[2] / "bench" / "guardrails_eval.py"
    spec = importlib.util.spec_from_file_location("guardrails_eval_bench", bench_path)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setattr(bench, "HELD_OUT", (tmp_path,))
    monkeypatch.setattr(sys, "argv", ["guardrails_eval.py", "--set", str(tmp_path), "--misses"])
    with pytest.raises(SystemExit) as exit_:
        bench.main()
    assert exit_.value.code == 2 and "held-out" in capsys.readouterr().err


def test_the_bench_scores_a_folder_given_on_the_command_line(tmp_path):
    """How a new blind set is scored: ``bench/guardrails_eval.py --set PATH``."""
    listing = {"title": "Enamel Camp Mug", "attributes": {"Capacity": ["350 ml"]}}
    (tmp_path / "listings.json").write_text(json.dumps({"M1": listing}))
    rows = [
        {"id": "c1", "listing": "M1", "kind": "description", "source": "clean",
         "text": "<p>A 350 ml enamel camp mug for the trail and the kitchen table.</p>",
         "labels": []},
        {"id": "f1", "listing": "M1", "kind": "description", "source": "faulty",
         "text": "<p>A 500 ml enamel camp mug for the trail and the kitchen table.</p>",
         "labels": [{"rule": "accuracy.number", "start": 5, "end": 11, "claim": "500 ml",
                     "severity": "block", "why": "listing says 350 ml"}]},
        {"id": "s1", "listing": "M1", "kind": "short_description", "source": "faulty",
         "text": "<p>A 400 ml camp mug.</p>",
         "labels": [{"rule": "accuracy.number", "start": 5, "end": 11}]},
    ]  # fmt: skip
    (tmp_path / "drafts.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    bench = Path(__file__).resolve().parents[2] / "bench" / "guardrails_eval.py"
    root = str(bench.parents[1])
    result = subprocess.run(
        [sys.executable, str(bench), "--set", str(tmp_path)],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": root}, cwd=root,
    )  # fmt: skip
    assert f"== {tmp_path.name} ({tmp_path}): 3 drafts (1 clean, 2 faulty)" in result.stdout
    # a short description is HTML like a description, and its label's claim is the text spanned
    assert "recall accuracy.number            1.000  (2 labels)" in result.stdout
    assert "clean drafts with no claim finding       1.000" in result.stdout
