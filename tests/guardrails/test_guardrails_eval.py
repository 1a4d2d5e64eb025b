"""The guardrails meet their targets on the labelled sets they were tuned on (the in-sample set
and the seen holdout_v2), hold the figures reached on the seen holdout_v3, and hold those reached
on the seen holdout_v4 to holdout_v57, one row each in ``SEEN`` checked by
``test_seen_set_holds_its_figures[holdout_vN]``; a regression fails here. When a round reads a
set that was scored blind, add a row for it. holdout_v58 and holdout_v59 are held out in the
bench: each scored by hand, once at the end of a round (v58 after round 60), with
``bench/guardrails_eval.py --set holdout_vN``, for its aggregates only."""

import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

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


class Seen(NamedTuple):
    """A seen set held a little under the figures reached on it: its folder, its draft count,
    floors for grounding recall, clean drafts with no claim finding, precision over claim
    findings and span covered (None where no floor was set), then when it was scored blind and
    read, and floors for single rules' recall where a round set them."""

    folder: Path
    drafts: int
    recall: float
    clean: float
    claim: float
    span: float | None
    note: str
    rules: dict[str, float] = {}


HERE = Path(__file__).parent
# fmt: off
SEEN = [
    Seen(HERE / "holdout_v4", 408, 0.95, 0.99, 0.90, None,
         "blind before and after round 5: recall 0.750, clean 0.867; read in round 6",
         rules={"accuracy.category": 0.55, "accuracy.feature": 0.20}),
    Seen(HERE / "holdout_v5", 414, 0.96, 0.99, 0.88, None,
         "blind before and after round 6: recall 0.745, clean 0.872; read in round 7"),
    Seen(HERE / "holdout_v6", 409, 0.94, 0.99, 0.92, None,
         "blind after round 7: recall 0.745, clean 0.861; read in round 8"),
    Seen(HERE / "holdout_v7", 372, 0.97, 0.98, 0.93, None,
         "blind after round 8: recall 0.745, clean 0.919; read in round 9"),
    Seen(HERE / "holdout_v8", 387, 0.98, 0.98, 0.98, None,
         "blind after round 9: recall 0.912, clean 0.856; read in round 10"),
    Seen(HERE / "holdout_v9", 375, 0.93, 0.98, 0.96, None,
         "blind after round 11: recall 0.885, clean 0.899; read in round 12"),
    Seen(HERE / "holdout_v10", 390, 0.96, 0.96, 0.92, None,
         "blind after round 12: recall 0.884, clean 0.873, claim 0.855; read in round 13"),
    Seen(HERE / "holdout_v11", 388, 0.94, 0.97, 0.95, None,
         "blind after round 13: recall 0.821, clean 0.907, claim 0.853; read in round 14"),
    Seen(HERE / "holdout_v12", 386, 0.78, 0.90, 0.78, None,
         "blind after round 14: recall 0.811, clean 0.813, claim 0.658; read in round 15"),
    Seen(HERE / "holdout_v13", 387, 0.80, 0.90, 0.82, None,
         "blind after round 15: recall 0.805, clean 0.868, claim 0.760; read in round 16"),
    Seen(HERE / "holdout_v14", 388, 0.86, 0.94, 0.89, None,
         "blind after round 16: recall 0.810, clean 0.833, claim 0.773; read in round 17"),
    Seen(HERE / "holdout_v15", 388, 0.85, 0.93, 0.84, None,
         "blind after round 17: recall 0.850, clean 0.787, claim 0.694; read in round 18"),
    Seen(HERE / "holdout_v16", 388, 0.85, 0.86, 0.81, None,
         "blind after round 18: recall 0.842, clean 0.800, claim 0.748; read in round 19"),
    Seen(HERE / "holdout_v17", 389, 0.92, 0.90, 0.83, None,
         "blind after round 19: recall 0.835, clean 0.860, claim 0.790; read in round 20",
         rules={"accuracy.material": 0.90}),
    Seen(HERE / "holdout_v18", 389, 0.93, 0.97, 0.94, None,
         "blind after round 20: recall 0.885, clean 0.900, claim 0.846, material recall 0.781; "
         "read in round 21",
         rules={"accuracy.material": 0.93}),
    Seen(HERE / "holdout_v19", 386, 0.95, 0.98, 0.94, None,
         "blind after round 21: recall 0.908, clean 0.920, claim 0.854; read in round 22",
         rules={"accuracy.material": 0.90}),
    Seen(HERE / "holdout_v20", 385, 0.89, 0.97, 0.90, None,
         "blind after round 22: recall 0.837, clean 0.933, claim 0.853, colour recall 0.615; "
         "read in round 23",
         rules={"accuracy.colour": 0.95}),
    Seen(HERE / "holdout_v21", 389, 0.87, 0.97, 0.94, None,
         "blind after round 23: recall 0.870, clean 0.903, claim 0.856; read in round 24; "
         "reached recall 0.880, feature recall 0.483, clean 0.981, claim 0.951",
         rules={"accuracy.feature": 0.45}),
    Seen(HERE / "holdout_v22", 385, 0.90, 0.98, 0.95, 0.72,
         "blind after round 24: recall 0.827, clean 0.927, claim 0.888, span 0.697; read in "
         "round 25; reached recall 0.918, clean 1.000, claim 0.975, span 0.745"),
    Seen(HERE / "holdout_v23", 384, 0.85, 0.95, 0.92, 0.80,
         "blind after round 25: recall 0.844, clean 0.893, claim 0.849, span 0.799, "
         "compatibility 0 of 13; read in round 26; reached recall 0.862, clean 0.953, claim "
         "0.930, span 0.817, compatibility 8 of 13, health 5 of 13",
         rules={"accuracy.compatibility": 0.60, "compliance.health": 0.35}),
    Seen(HERE / "holdout_v24", 384, 0.90, 0.98, 0.94, 0.83,
         "blind after round 26: recall 0.825, clean 0.907, claim 0.847, span 0.831, price 0.625, "
         "health 1 of 6; read in round 27; reached recall 0.912, clean 0.993, claim 0.957, span "
         "0.848, origin 1.000, price 7 of 8, health 5 of 6, feature 8 of 21",
         rules={"accuracy.origin": 0.95, "accuracy.price": 0.85, "compliance.health": 0.60,
                "accuracy.feature": 0.35}),
    Seen(HERE / "holdout_v25", 386, 0.85, 0.96, 0.94, 0.74,
         "blind after round 27: recall 0.833, clean 0.973, claim 0.941, span 0.740, care 0 of "
         "16, compatibility 3 of 21; read in round 28; reached recall 0.865, clean 0.973, claim "
         "0.950, span 0.758, material 21 of 23, care 15 of 16, compatibility 10 of 21, feature 8 "
         "of 16, health 10 of 15, warranty 5 of 6",
         rules={"accuracy.material": 0.87, "accuracy.care": 0.85, "accuracy.compatibility": 0.40,
                "accuracy.feature": 0.40, "compliance.health": 0.60}),
    Seen(HERE / "holdout_v26", 384, 0.95, 0.97, 0.95, 0.78,
         "blind after round 28: recall 0.938, clean 0.920, claim 0.873, span 0.799, care 8 of "
         "12, compatibility 5 of 11, health 5 of 8, feature 2 of 22, category 0 of 8; read in "
         "round 29; reached recall 0.973, clean 0.987, claim 0.965, span 0.800, care 11 of 12, "
         "compatibility 7 of 11, health 8 of 8, feature 9 of 22, category 2 of 8",
         rules={"accuracy.care": 0.85, "accuracy.compatibility": 0.55, "compliance.health": 0.85,
                "accuracy.feature": 0.35, "accuracy.category": 0.20}),
    Seen(HERE / "holdout_v27", 385, 0.84, 0.94, 0.90, 0.70,
         "blind after round 29: recall 0.838, clean 0.820, claim 0.777, span 0.696, material 19 "
         "of 23 with 47 alarms, health 3 of 9, size 0 of 4, compatibility 4 of 16; read in round "
         "30",
         rules={"accuracy.material": 0.85, "compliance.health": 0.85, "accuracy.size": 0.95,
                "accuracy.compatibility": 0.30}),
    Seen(HERE / "holdout_v28", 385, 0.86, 0.94, 0.88, 0.71,
         "blind after round 30: recall 0.808, clean 0.880, claim 0.793, span 0.696, material "
         "0.731, colour 0.667, absolute 1 of 6, social proof 1 of 5, size 1 of 5; read in round "
         "31",
         rules={"accuracy.material": 0.80, "accuracy.colour": 0.85, "accuracy.origin": 0.85,
                "compliance.absolute": 0.95, "compliance.social_proof": 0.95,
                "accuracy.size": 0.55}),
    Seen(HERE / "holdout_v29", 385, 0.87, 0.96, 0.90, 0.75,
         "blind after round 31: recall 0.845, clean 0.933, claim 0.868, span 0.756, origin "
         "0.714; read in round 32",
         rules={"accuracy.material": 0.88, "accuracy.colour": 0.80, "accuracy.origin": 0.84,
                "accuracy.care": 0.80}),
    Seen(HERE / "holdout_v30", 388, 0.84, 0.93, 0.92, 0.78,
         "blind after round 32: recall 0.815, clean 0.914, claim 0.904, span 0.789, origin "
         "0.667; read in round 33",
         rules={"accuracy.origin": 0.80, "accuracy.material": 0.77}),
    Seen(HERE / "holdout_v31", 388, 0.89, 0.95, 0.93, 0.80,
         "blind after round 33: recall 0.881, clean 0.914, claim 0.893, span 0.814, price 0.667; "
         "read in round 34",
         rules={"accuracy.price": 0.88, "accuracy.material": 0.83}),
    Seen(HERE / "holdout_v32", 388, 0.89, 0.96, 0.90, 0.81,
         "blind after round 34: recall 0.863, clean 0.947, claim 0.884, span 0.813, material "
         "0.793; read in round 35",
         rules={"accuracy.material": 0.92}),
    Seen(HERE / "holdout_v33", 388, 0.87, 0.95, 0.88, 0.84,
         "blind after round 35: recall 0.835, clean 0.908, claim 0.768, span 0.858, material "
         "0.793, origin 0.706; read in round 36",
         rules={"accuracy.material": 0.88, "accuracy.origin": 0.80}),
    Seen(HERE / "holdout_v34", 386, 0.95, 0.95, 0.89, 0.77,
         "blind after round 36: recall 0.923, clean 0.967, claim 0.904, span 0.785, material "
         "0.857, origin 0.846; read in round 37",
         rules={"accuracy.material": 0.88, "accuracy.origin": 0.90, "accuracy.price": 0.95}),
    Seen(HERE / "holdout_v35", 386, 0.87, 0.95, 0.92, 0.79,
         "blind after round 36 (by a slip) and after round 37: recall 0.838, clean 0.920, claim "
         "0.902, span 0.802, certification 0.778, origin 0.733; read in round 38",
         rules={"accuracy.certification": 0.95, "accuracy.origin": 0.79}),
    Seen(HERE / "holdout_v36", 386, 0.88, 0.96, 0.91, 0.84,
         "blind after rounds 37 and 38: recall 0.884 both times, clean 0.927 and 0.933, claim "
         "0.882 and 0.886, span 0.853; read in round 39"),
    Seen(HERE / "holdout_v37", 386, 0.95, 0.96, 0.94, 0.82,
         "blind after round 38: recall 0.954, clean 0.947, claim 0.903, span 0.840, brand 0 of "
         "4; read in round 39",
         rules={"accuracy.brand": 0.75}),
    Seen(HERE / "holdout_v38", 386, 0.87, 0.94, 0.86, 0.74,
         "blind after round 39: recall 0.877, clean 0.947, claim 0.868, span 0.751; read in "
         "round 40, which changed no rule"),
    Seen(HERE / "holdout_v39", 386, 0.89, 0.95, 0.93, 0.74,
         "blind after round 40: recall 0.855, clean 0.940, claim 0.899, span 0.754; read in "
         "round 41; reached recall 0.897, clean 0.960, claim 0.937"),
    Seen(HERE / "holdout_v40", 386, 0.91, 0.97, 0.95, 0.68,
         "blind after round 41: recall 0.882, clean 0.933, claim 0.903, span 0.675; read in "
         "round 42; reached recall 0.924, clean 0.980, claim 0.961, span 0.689"),
    Seen(HERE / "holdout_v41", 386, 0.90, 0.94, 0.91, 0.77,
         "blind after round 42: recall 0.893, clean 0.907, claim 0.861, span 0.778; read in "
         "round 43; reached recall 0.910, clean 0.947, claim 0.919, span 0.780"),
    Seen(HERE / "holdout_v42", 386, 0.90, 0.98, 0.95, 0.82,
         "blind after round 43: recall 0.882, clean 0.987, claim 0.954, span 0.829; read in "
         "round 44; reached recall 0.908, clean 0.987, claim 0.960, span 0.836; round 55 found "
         "one more feature label, partly covered, so the span is 0.829"),
    Seen(HERE / "holdout_v43", 386, 0.92, 0.98, 0.96, 0.82,
         "blind after round 44: recall 0.904, clean 0.953, claim 0.945, span 0.827; read in "
         "round 45; reached recall 0.930, clean 0.987, claim 0.970, span 0.831"),
    Seen(HERE / "holdout_v44", 386, 0.88, 0.95, 0.92, 0.84,
         "blind after round 45: recall 0.846, clean 0.927, claim 0.841, span 0.853; read in "
         "round 46; reached recall 0.886, clean 0.960, claim 0.928, span 0.847"),
    Seen(HERE / "holdout_v45", 383, 0.93, 0.94, 0.94, 0.84,
         "blind after round 46: recall 0.853, clean 0.900, claim 0.853, span 0.843; read in "
         "round 47; reached recall 0.941, clean 0.953, claim 0.949, span 0.853"),
    Seen(HERE / "holdout_v46", 389, 0.85, 0.91, 0.83, 0.85,
         "blind after round 47: recall 0.860, clean 0.893, claim 0.766, span 0.865; read in "
         "round 48; reached recall 0.860, clean 0.920, claim 0.839, span 0.865"),
    Seen(HERE / "holdout_v47", 382, 0.89, 0.96, 0.85, 0.79,
         "blind after round 48: recall 0.904, clean 0.960, claim 0.834, span 0.799; read in "
         "round 49; reached recall 0.904, clean 0.967, claim 0.856, span 0.799"),
    Seen(HERE / "holdout_v48", 386, 0.84, 0.93, 0.84, 0.79,
         "blind after round 49: recall 0.830, clean 0.920, claim 0.773, span 0.793; read in "
         "round 50; reached recall 0.851, clean 0.940, claim 0.849, span 0.797"),
    Seen(HERE / "holdout_v49", 386, 0.90, 0.93, 0.85, 0.92,
         "blind after round 50: recall 0.907, clean 0.940, claim 0.821, span 0.923; read in "
         "round 51; reached recall 0.907, clean 0.940, claim 0.860, span 0.923"),
    Seen(HERE / "holdout_v50", 390, 0.91, 0.95, 0.85, 0.82,
         "blind after round 51: recall 0.882, clean 0.960, claim 0.861, span 0.844; read in "
         "round 52; reached recall 0.922, clean 0.960, claim 0.866, span 0.835",
         rules={"accuracy.colour": 0.9, "accuracy.feature": 0.35}),
    Seen(HERE / "holdout_v51", 390, 0.88, 0.96, 0.93, 0.76,
         "blind after round 52: recall 0.873, clean 0.940, claim 0.892, span 0.775; read in "
         "round 53; reached recall 0.892, clean 0.973, claim 0.950, span 0.773",
         rules={"accuracy.colour": 0.7, "accuracy.origin": 0.75}),
    Seen(HERE / "holdout_v52", 388, 0.83, 0.94, 0.85, 0.77,
         "blind after round 53: recall 0.837, clean 0.940, claim 0.858, span 0.775; read in "
         "round 54"),
    Seen(HERE / "holdout_v53", 390, 0.89, 0.96, 0.92, 0.69,
         "blind after round 54: recall 0.894, clean 0.960, claim 0.922, span 0.700; read in "
         "round 55"),
    Seen(HERE / "holdout_v54", 387, 0.84, 0.94, 0.87, 0.67,
         "blind after round 55: recall 0.841, clean 0.940, claim 0.874, span 0.672; read in "
         "round 56"),
    Seen(HERE / "holdout_v55", 387, 0.87, 0.92, 0.80, 0.72,
         "blind after round 56: recall 0.870, clean 0.927, claim 0.808, span 0.722; read in "
         "round 57"),
    Seen(HERE / "holdout_v56", 387, 0.86, 0.91, 0.78, 0.75,
         "blind after round 57: recall 0.868, clean 0.913, claim 0.787, span 0.751; read in "
         "round 58"),
    Seen(HERE / "holdout_v57", 386, 0.88, 0.96, 0.92, 0.81,
         "blind after round 59: recall 0.882, clean 0.960, claim 0.924, span 0.812; read in "
         "round 60"),
]
# fmt: on


@pytest.mark.parametrize("seen", SEEN, ids=lambda seen: seen.folder.name)
def test_seen_set_holds_its_figures(seen):
    """Each seen set (one row of ``SEEN``) still loads with its draft count and holds its floors:
    a regression on any of them fails here under the set's id."""
    listings, drafts = load_eval_set(seen.folder)
    assert len(drafts) == seen.drafts and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= seen.recall, format_table(report)
    assert report.clean_claim_precision >= seen.clean, report.false_alarms
    assert report.claim_precision() >= seen.claim, report.false_alarms
    if seen.span is not None:
        assert report.span_overlap >= seen.span, format_table(report)
    for rule, floor in seen.rules.items():
        assert report.recall(rule) >= floor, format_table(report)


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
