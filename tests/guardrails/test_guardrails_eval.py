"""The guardrails meet issue 4's targets on the labelled eval set; a regression fails here."""

from collections import Counter
from pathlib import Path

import pytest

from plugin.guardrails.evaluation import (
    GROUNDING_RULES,
    format_table,
    load_eval_set,
    median_ms,
    score,
    time_per_draft,
)

EVAL_DIR = Path(__file__).parent / "eval"
HELD_OUT_DIR = Path(__file__).parent / "holdout_v2"
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


def test_the_held_out_set_loads_and_is_scored_apart():
    """Only that the bench can score it: its figures are read once, by a person, never asserted
    here (a test that fails on them would invite tuning to the held-out set)."""
    listings, drafts = load_eval_set(HELD_OUT_DIR)
    assert len(drafts) == 314 and {d.listing for d in drafts} <= set(listings)
    assert {d.source for d in drafts} == {"clean", "faulty", "model-plain", "model-planned"}


def test_median_time_per_draft_is_under_5_ms(eval_set):
    assert median_ms(time_per_draft(*eval_set, rounds=3)) < 5.0
