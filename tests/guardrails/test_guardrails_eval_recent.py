"""The figures reached on the seen holdout_v36 to holdout_v46, held a little under (split from
``test_guardrails_eval`` in round 42 to keep that file short); a regression fails here."""

from pathlib import Path

from plugin.guardrails.evaluation import format_table, load_eval_set, score

HOLDOUT_V36_DIR = Path(__file__).parent / "holdout_v36"
HOLDOUT_V37_DIR = Path(__file__).parent / "holdout_v37"
HOLDOUT_V38_DIR = Path(__file__).parent / "holdout_v38"
HOLDOUT_V39_DIR = Path(__file__).parent / "holdout_v39"
HOLDOUT_V40_DIR = Path(__file__).parent / "holdout_v40"
HOLDOUT_V41_DIR = Path(__file__).parent / "holdout_v41"
HOLDOUT_V42_DIR = Path(__file__).parent / "holdout_v42"
HOLDOUT_V43_DIR = Path(__file__).parent / "holdout_v43"
HOLDOUT_V44_DIR = Path(__file__).parent / "holdout_v44"
HOLDOUT_V45_DIR = Path(__file__).parent / "holdout_v45"
HOLDOUT_V46_DIR = Path(__file__).parent / "holdout_v46"


def test_holdout_v36_holds_the_figures_reached_on_it():
    """holdout_v36 was scored blind after rounds 37 and 38 (recall 0.884 both times, clean 0.927
    and 0.933, precision over claim findings 0.882 and 0.886, span covered 0.853), then its
    misses were read to fix their families (issue 12, round 39): a seen development set now,
    held here a little under the figures that round reached (in-sample: see
    docs/guardrails.md, "Round 39")."""
    listings, drafts = load_eval_set(HOLDOUT_V36_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.88, format_table(report)
    assert report.clean_claim_precision >= 0.96, report.false_alarms
    assert report.claim_precision() >= 0.91, report.false_alarms
    assert report.span_overlap >= 0.84, format_table(report)


def test_holdout_v37_holds_the_figures_reached_on_it():
    """holdout_v37 was scored blind once after round 38 (recall 0.954, clean 0.947, precision
    over claim findings 0.903, span covered 0.840, brand 0 of 4), then read in round 39: held
    here a little under the figures that round reached (in-sample)."""
    listings, drafts = load_eval_set(HOLDOUT_V37_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.95, format_table(report)
    assert report.clean_claim_precision >= 0.96, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms
    assert report.span_overlap >= 0.82, format_table(report)
    assert report.recall("accuracy.brand") >= 0.75, format_table(report)


def test_holdout_v38_holds_the_figures_reached_on_it():
    """holdout_v38 was scored blind once after round 39 (recall 0.877, clean 0.947, precision
    over claim findings 0.868, span covered 0.751), then read in round 40, which changed no
    rule: held here a little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V38_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.87, format_table(report)
    assert report.clean_claim_precision >= 0.94, report.false_alarms
    assert report.claim_precision() >= 0.86, report.false_alarms
    assert report.span_overlap >= 0.74, format_table(report)


def test_holdout_v39_holds_the_figures_reached_on_it():
    """holdout_v39 was scored blind once after round 40 (recall 0.855, clean 0.940, precision
    over claim findings 0.899, span covered 0.754), then read in round 41 (in-sample after it:
    recall 0.897, clean 0.960, precision over claim findings 0.937): held here a little under
    those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V39_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.89, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.93, report.false_alarms
    assert report.span_overlap >= 0.74, format_table(report)


def test_holdout_v40_holds_the_figures_reached_on_it():
    """holdout_v40 was scored blind once after round 41 (recall 0.882, clean 0.933, precision
    over claim findings 0.903, span covered 0.675), then read in round 42 (in-sample after it:
    recall 0.924, clean 0.980, precision over claim findings 0.961, span 0.689): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V40_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.91, format_table(report)
    assert report.clean_claim_precision >= 0.97, report.false_alarms
    assert report.claim_precision() >= 0.95, report.false_alarms
    assert report.span_overlap >= 0.68, format_table(report)


def test_holdout_v41_holds_the_figures_reached_on_it():
    """holdout_v41 was scored blind once after round 42 (recall 0.893, clean 0.907, precision
    over claim findings 0.861, span covered 0.778), then read in round 43 (in-sample after it:
    recall 0.910, clean 0.947, precision over claim findings 0.919, span 0.780): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V41_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.90, format_table(report)
    assert report.clean_claim_precision >= 0.94, report.false_alarms
    assert report.claim_precision() >= 0.91, report.false_alarms
    assert report.span_overlap >= 0.77, format_table(report)


def test_holdout_v42_holds_the_figures_reached_on_it():
    """holdout_v42 was scored blind once after round 43 (recall 0.882, clean 0.987, precision
    over claim findings 0.954, span covered 0.829), then read in round 44 (in-sample after it:
    recall 0.908, clean 0.987, precision over claim findings 0.960, span 0.836): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V42_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.90, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.95, report.false_alarms
    assert report.span_overlap >= 0.83, format_table(report)


def test_holdout_v43_holds_the_figures_reached_on_it():
    """holdout_v43 was scored blind once after round 44 (recall 0.904, clean 0.953, precision
    over claim findings 0.945, span covered 0.827), then read in round 45 (in-sample after it:
    recall 0.930, clean 0.987, precision over claim findings 0.970, span 0.831): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V43_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.92, format_table(report)
    assert report.clean_claim_precision >= 0.98, report.false_alarms
    assert report.claim_precision() >= 0.96, report.false_alarms
    assert report.span_overlap >= 0.82, format_table(report)


def test_holdout_v44_holds_the_figures_reached_on_it():
    """holdout_v44 was scored blind once after round 45 (recall 0.846, clean 0.927, precision
    over claim findings 0.841, span covered 0.853), then read in round 46 (in-sample after it:
    recall 0.886, clean 0.960, precision over claim findings 0.928, span 0.847): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V44_DIR)
    assert len(drafts) == 386 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.88, format_table(report)
    assert report.clean_claim_precision >= 0.95, report.false_alarms
    assert report.claim_precision() >= 0.92, report.false_alarms
    assert report.span_overlap >= 0.84, format_table(report)


def test_holdout_v45_holds_the_figures_reached_on_it():
    """holdout_v45 was scored blind once after round 46 (recall 0.853, clean 0.900, precision
    over claim findings 0.853, span covered 0.843), then read in round 47 (in-sample after it:
    recall 0.941, clean 0.953, precision over claim findings 0.949, span 0.853): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V45_DIR)
    assert len(drafts) == 383 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.93, format_table(report)
    assert report.clean_claim_precision >= 0.94, report.false_alarms
    assert report.claim_precision() >= 0.94, report.false_alarms
    assert report.span_overlap >= 0.84, format_table(report)


def test_holdout_v46_holds_the_figures_reached_on_it():
    """holdout_v46 was scored blind once after round 47 (recall 0.860, clean 0.893, precision
    over claim findings 0.766, span covered 0.865), then read in round 48 (in-sample after it:
    recall 0.860, clean 0.920, precision over claim findings 0.839, span 0.865): held here a
    little under those figures."""
    listings, drafts = load_eval_set(HOLDOUT_V46_DIR)
    assert len(drafts) == 389 and {d.listing for d in drafts} <= set(listings)
    report = score(listings, drafts)
    assert report.grounding_recall() >= 0.85, format_table(report)
    assert report.clean_claim_precision >= 0.91, report.false_alarms
    assert report.claim_precision() >= 0.83, report.false_alarms
    assert report.span_overlap >= 0.85, format_table(report)
