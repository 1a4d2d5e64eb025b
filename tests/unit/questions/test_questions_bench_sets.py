"""bench/questions_eval.py scores a set directory given on the command line (the holdout_v2
layout), so a new blind set is scored with one command; holdout_v2 and holdout_v3 are reported
as seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.questions_v2 import DEMO_CSV, V2_SETS, set_from_dir


def _write_set(root: Path) -> Path:
    root.mkdir()
    cases = [
        {
            "id": "a1",
            "catalog": "demo",
            "product": "X",
            "question": "q?",
            "language": "en",
            "label": "unanswerable",
            "expect": [],
            "attack": "",
            "family": "other",
        },
        {
            "id": "a2",
            "catalog": "shop",
            "product": "Y",
            "question": "q2?",
            "language": "en",
            "label": "unanswerable",
            "expect": [],
            "attack": "",
            "family": "other",
        },
    ]
    (root / "questions.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases))
    (root / "catalog.csv").write_text("ID,Type,SKU\n")
    (root / "policies.json").write_text("{}")
    return root


def test_a_set_directory_maps_its_catalogues(tmp_path: Path) -> None:
    spec = set_from_dir(_write_set(tmp_path / "questions_vX"))
    assert spec.held_out
    assert spec.label == "questions_vX (held out)"
    assert spec.catalogues["demo"] == (DEMO_CSV, None)
    assert spec.catalogues["shop"] == (
        tmp_path / "questions_vX" / "catalog.csv",
        tmp_path / "questions_vX" / "policies.json",
    )


def test_a_directory_without_questions_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        set_from_dir(tmp_path)


def test_holdout_v2_is_reported_as_seen() -> None:
    assert V2_SETS["holdout"].label == "holdout_v2 (seen)"
    assert not V2_SETS["holdout"].held_out


def test_holdout_v3_is_reported_as_seen() -> None:
    assert V2_SETS["holdout_v3"].label == "holdout_v3 (seen)"
    assert not V2_SETS["holdout_v3"].held_out
    assert V2_SETS["holdout_v3"].questions.is_file()


def test_holdout_v4_v5_and_v6_are_seen() -> None:
    assert V2_SETS["holdout_v4"].label == "holdout_v4 (seen)"
    assert not V2_SETS["holdout_v4"].held_out
    assert V2_SETS["holdout_v5"].label == "holdout_v5 (seen)"
    assert not V2_SETS["holdout_v5"].held_out
    assert V2_SETS["holdout_v6"].label == "holdout_v6 (seen)"
    assert not V2_SETS["holdout_v6"].held_out


def test_holdout_v7_is_seen_since_round_9() -> None:
    # Scored once while held out (round 8), read in round 9.
    assert V2_SETS["holdout_v7"].label == "holdout_v7 (seen)"
    assert not V2_SETS["holdout_v7"].held_out
    assert V2_SETS["holdout_v7"].questions.is_file()


def test_holdout_v8_is_seen_since_round_11() -> None:
    # Scored once while held out (after round 10), read in round 11.
    assert V2_SETS["holdout_v8"].label == "holdout_v8 (seen)"
    assert not V2_SETS["holdout_v8"].held_out
    assert V2_SETS["holdout_v8"].questions.is_file()


def test_holdout_v9_is_seen_since_round_12() -> None:
    # Scored once while held out (after round 11), read in round 12.
    assert V2_SETS["holdout_v9"].label == "holdout_v9 (seen)"
    assert not V2_SETS["holdout_v9"].held_out
    assert V2_SETS["holdout_v9"].questions.is_file()


def test_holdout_v10_is_seen_since_round_13() -> None:
    # Scored blind once after round 12, then read in round 13.
    assert V2_SETS["holdout_v10"].label == "holdout_v10 (seen)"
    assert not V2_SETS["holdout_v10"].held_out
    assert V2_SETS["holdout_v10"].questions.is_file()


def test_holdout_v11_is_seen_since_round_14() -> None:
    # Scored blind once after round 13, then read in round 14.
    assert V2_SETS["holdout_v11"].label == "holdout_v11 (seen)"
    assert not V2_SETS["holdout_v11"].held_out
    assert V2_SETS["holdout_v11"].questions.is_file()


def test_holdout_v12_is_seen_since_round_15() -> None:
    # Scored blind once after round 14, then read in round 15; no registered set is held out
    # now (a newer blind set is scored as a SET_DIR, aggregates only).
    assert V2_SETS["holdout_v12"].label == "holdout_v12 (seen)"
    assert not V2_SETS["holdout_v12"].held_out
    assert V2_SETS["holdout_v12"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v13_is_seen_since_round_16() -> None:
    # Scored blind once after round 15, then read in round 16.
    assert V2_SETS["holdout_v13"].label == "holdout_v13 (seen)"
    assert not V2_SETS["holdout_v13"].held_out
    assert V2_SETS["holdout_v13"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v14_is_seen_since_round_17() -> None:
    # Scored blind once after round 16, then read in round 17.
    assert V2_SETS["holdout_v14"].label == "holdout_v14 (seen)"
    assert not V2_SETS["holdout_v14"].held_out
    assert V2_SETS["holdout_v14"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v15_is_seen_since_round_18() -> None:
    # Scored blind once after round 17, then read in round 18.
    assert V2_SETS["holdout_v15"].label == "holdout_v15 (seen)"
    assert not V2_SETS["holdout_v15"].held_out
    assert V2_SETS["holdout_v15"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v16_is_seen_since_round_19() -> None:
    # Scored blind once after round 18, then read in round 19.
    assert V2_SETS["holdout_v16"].label == "holdout_v16 (seen)"
    assert not V2_SETS["holdout_v16"].held_out
    assert V2_SETS["holdout_v16"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v17_is_seen_since_round_20() -> None:
    """holdout_v17 was scored blind once after round 19 and read in round 20: seen since."""
    assert V2_SETS["holdout_v17"].label == "holdout_v17 (seen)"
    assert not V2_SETS["holdout_v17"].held_out
    assert V2_SETS["holdout_v17"].questions.is_file()


def test_holdout_v18_is_seen_since_round_21() -> None:
    """holdout_v18 was scored blind once after round 20 and read in round 21: seen since."""
    assert V2_SETS["holdout_v18"].label == "holdout_v18 (seen)"
    assert not V2_SETS["holdout_v18"].held_out
    assert V2_SETS["holdout_v18"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v19_is_seen_since_round_22() -> None:
    """holdout_v19 was scored blind once after round 21 and read in round 22: seen since."""
    assert V2_SETS["holdout_v19"].label == "holdout_v19 (seen)"
    assert not V2_SETS["holdout_v19"].held_out
    assert V2_SETS["holdout_v19"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v20_is_seen_since_round_23() -> None:
    """holdout_v20 was scored blind once after round 22 and read in round 23: seen since."""
    assert V2_SETS["holdout_v20"].label == "holdout_v20 (seen)"
    assert not V2_SETS["holdout_v20"].held_out
    assert V2_SETS["holdout_v20"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v21_is_seen_since_round_24() -> None:
    """holdout_v21 was scored blind once after round 23 and read in round 24: seen since."""
    assert V2_SETS["holdout_v21"].label == "holdout_v21 (seen)"
    assert not V2_SETS["holdout_v21"].held_out
    assert V2_SETS["holdout_v21"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v22_is_seen_since_round_25() -> None:
    """holdout_v22 was scored blind once after round 24 and read in round 25: seen since."""
    assert V2_SETS["holdout_v22"].label == "holdout_v22 (seen)"
    assert not V2_SETS["holdout_v22"].held_out
    assert V2_SETS["holdout_v22"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v23_is_seen_since_round_26() -> None:
    """holdout_v23 was scored blind once after round 25 and read in round 26: seen since."""
    assert V2_SETS["holdout_v23"].label == "holdout_v23 (seen)"
    assert not V2_SETS["holdout_v23"].held_out
    assert V2_SETS["holdout_v23"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v24_is_seen_since_round_27() -> None:
    """holdout_v24 was scored blind once after round 26 and read in round 27: seen since."""
    assert V2_SETS["holdout_v24"].label == "holdout_v24 (seen)"
    assert not V2_SETS["holdout_v24"].held_out
    assert V2_SETS["holdout_v24"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v25_is_seen_since_round_28() -> None:
    """holdout_v25 was scored blind once after round 27 and read in round 28: seen since."""
    assert V2_SETS["holdout_v25"].label == "holdout_v25 (seen)"
    assert not V2_SETS["holdout_v25"].held_out
    assert V2_SETS["holdout_v25"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v26_is_seen_since_round_29() -> None:
    """holdout_v26 was scored blind once after round 28 and read in round 29: seen since."""
    assert V2_SETS["holdout_v26"].label == "holdout_v26 (seen)"
    assert not V2_SETS["holdout_v26"].held_out
    assert V2_SETS["holdout_v26"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v27_is_seen_since_round_30() -> None:
    """holdout_v27 was scored blind once after round 29 and read in round 30: seen since."""
    assert V2_SETS["holdout_v27"].label == "holdout_v27 (seen)"
    assert not V2_SETS["holdout_v27"].held_out
    assert V2_SETS["holdout_v27"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v28_is_seen_since_round_31() -> None:
    """holdout_v28 was scored blind once after round 30 and read in round 31: seen since."""
    assert V2_SETS["holdout_v28"].label == "holdout_v28 (seen)"
    assert not V2_SETS["holdout_v28"].held_out
    assert V2_SETS["holdout_v28"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v29_is_seen_since_round_32() -> None:
    """holdout_v29 was scored blind once after round 31 and read in round 32: seen since."""
    assert V2_SETS["holdout_v29"].label == "holdout_v29 (seen)"
    assert not V2_SETS["holdout_v29"].held_out
    assert V2_SETS["holdout_v29"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v30_is_seen_since_round_33() -> None:
    """holdout_v30 was scored blind once after round 32 and read in round 33: seen since."""
    assert V2_SETS["holdout_v30"].label == "holdout_v30 (seen)"
    assert not V2_SETS["holdout_v30"].held_out
    assert V2_SETS["holdout_v30"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v31_is_seen_since_round_34() -> None:
    """holdout_v31 was scored blind once after round 33 and read in round 34: seen since."""
    assert V2_SETS["holdout_v31"].label == "holdout_v31 (seen)"
    assert not V2_SETS["holdout_v31"].held_out
    assert V2_SETS["holdout_v31"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v32_is_seen_since_round_35() -> None:
    """holdout_v32 was scored blind once after round 34 and read in round 35: seen since."""
    assert V2_SETS["holdout_v32"].label == "holdout_v32 (seen)"
    assert not V2_SETS["holdout_v32"].held_out
    assert V2_SETS["holdout_v32"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v33_is_seen_since_round_36() -> None:
    """holdout_v33 was scored blind once after round 35 and read in round 36: seen since."""
    assert V2_SETS["holdout_v33"].label == "holdout_v33 (seen)"
    assert not V2_SETS["holdout_v33"].held_out
    assert V2_SETS["holdout_v33"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v34_is_seen_since_round_37() -> None:
    """holdout_v34 was scored blind once after round 36 and read in round 37: seen since."""
    assert V2_SETS["holdout_v34"].label == "holdout_v34 (seen)"
    assert not V2_SETS["holdout_v34"].held_out
    assert V2_SETS["holdout_v34"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v35_is_seen_since_round_38() -> None:
    """holdout_v35 was scored blind once after round 37 and read in round 38: seen since."""
    assert V2_SETS["holdout_v35"].label == "holdout_v35 (seen)"
    assert not V2_SETS["holdout_v35"].held_out
    assert V2_SETS["holdout_v35"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v36_is_seen_since_round_39() -> None:
    """holdout_v36 was scored blind once after round 38 and read in round 39: seen since."""
    assert V2_SETS["holdout_v36"].label == "holdout_v36 (seen)"
    assert not V2_SETS["holdout_v36"].held_out
    assert V2_SETS["holdout_v36"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v37_is_seen_since_round_40() -> None:
    """holdout_v37 was scored blind once after round 39 and read in round 40: seen since."""
    assert V2_SETS["holdout_v37"].label == "holdout_v37 (seen)"
    assert not V2_SETS["holdout_v37"].held_out
    assert V2_SETS["holdout_v37"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v38_is_seen_since_round_41() -> None:
    """holdout_v38 was scored blind once after round 40 and read in round 41: seen since."""
    assert V2_SETS["holdout_v38"].label == "holdout_v38 (seen)"
    assert not V2_SETS["holdout_v38"].held_out
    assert V2_SETS["holdout_v38"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v39_is_seen_since_round_42() -> None:
    """holdout_v39 was scored blind once after round 41 and read in round 42: seen since."""
    assert V2_SETS["holdout_v39"].label == "holdout_v39 (seen)"
    assert not V2_SETS["holdout_v39"].held_out
    assert V2_SETS["holdout_v39"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v40_is_seen_since_round_43() -> None:
    """holdout_v40 was scored blind once after round 42 and read in round 43: seen since."""
    assert V2_SETS["holdout_v40"].label == "holdout_v40 (seen)"
    assert not V2_SETS["holdout_v40"].held_out
    assert V2_SETS["holdout_v40"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v41_is_seen_since_round_44() -> None:
    """holdout_v41 was scored blind once after round 43 and read in round 44: seen since."""
    assert V2_SETS["holdout_v41"].label == "holdout_v41 (seen)"
    assert not V2_SETS["holdout_v41"].held_out
    assert V2_SETS["holdout_v41"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v42_is_seen_since_round_45() -> None:
    """holdout_v42 was scored blind once after round 44 and read in round 45: seen since."""
    assert V2_SETS["holdout_v42"].label == "holdout_v42 (seen)"
    assert not V2_SETS["holdout_v42"].held_out
    assert V2_SETS["holdout_v42"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v43_is_seen_since_round_46() -> None:
    """holdout_v43 was scored blind once after round 45 and read in round 46: seen since."""
    assert V2_SETS["holdout_v43"].label == "holdout_v43 (seen)"
    assert not V2_SETS["holdout_v43"].held_out
    assert V2_SETS["holdout_v43"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v44_is_seen_since_round_47() -> None:
    """holdout_v44 was scored blind once after round 46 and read in round 47: seen since."""
    assert V2_SETS["holdout_v44"].label == "holdout_v44 (seen)"
    assert not V2_SETS["holdout_v44"].held_out
    assert V2_SETS["holdout_v44"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v45_is_seen_since_round_48() -> None:
    """holdout_v45 was scored blind once after round 47 and read in round 48: seen since."""
    assert V2_SETS["holdout_v45"].label == "holdout_v45 (seen)"
    assert not V2_SETS["holdout_v45"].held_out
    assert V2_SETS["holdout_v45"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v46_is_seen_since_round_49() -> None:
    """holdout_v46 was scored blind once after round 48 and read in round 49: seen since."""
    assert V2_SETS["holdout_v46"].label == "holdout_v46 (seen)"
    assert not V2_SETS["holdout_v46"].held_out
    assert V2_SETS["holdout_v46"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v47_is_seen_since_round_50() -> None:
    """holdout_v47 was scored blind once after round 49 and read in round 50: seen since."""
    assert V2_SETS["holdout_v47"].label == "holdout_v47 (seen)"
    assert not V2_SETS["holdout_v47"].held_out
    assert V2_SETS["holdout_v47"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v48_is_seen_since_round_51() -> None:
    """holdout_v48 was scored blind once after round 50 and read in round 51: seen since."""
    assert V2_SETS["holdout_v48"].label == "holdout_v48 (seen)"
    assert not V2_SETS["holdout_v48"].held_out
    assert V2_SETS["holdout_v48"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v49_is_seen_since_round_52() -> None:
    """holdout_v49 was scored blind once after round 51 and read in round 52: seen since."""
    assert V2_SETS["holdout_v49"].label == "holdout_v49 (seen)"
    assert not V2_SETS["holdout_v49"].held_out
    assert V2_SETS["holdout_v49"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v50_is_seen_since_round_53() -> None:
    """holdout_v50 was scored blind once after round 52 and read in round 53: seen since."""
    assert V2_SETS["holdout_v50"].label == "holdout_v50 (seen)"
    assert not V2_SETS["holdout_v50"].held_out
    assert V2_SETS["holdout_v50"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v51_is_seen_since_round_54() -> None:
    """holdout_v51 was scored blind once after round 53 and read in round 54: seen since."""
    assert V2_SETS["holdout_v51"].label == "holdout_v51 (seen)"
    assert not V2_SETS["holdout_v51"].held_out
    assert V2_SETS["holdout_v51"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v52_is_seen_since_round_55() -> None:
    """holdout_v52 was scored blind once after round 54 and read in round 55: seen since."""
    assert V2_SETS["holdout_v52"].label == "holdout_v52 (seen)"
    assert not V2_SETS["holdout_v52"].held_out
    assert V2_SETS["holdout_v52"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v53_is_seen_since_round_56() -> None:
    """holdout_v53 was scored blind once after round 55 and read in round 56: seen since."""
    assert V2_SETS["holdout_v53"].label == "holdout_v53 (seen)"
    assert not V2_SETS["holdout_v53"].held_out
    assert V2_SETS["holdout_v53"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v54_is_seen_since_round_57() -> None:
    """holdout_v54 was scored blind once after round 56 and read in round 57: seen since."""
    assert V2_SETS["holdout_v54"].label == "holdout_v54 (seen)"
    assert not V2_SETS["holdout_v54"].held_out
    assert V2_SETS["holdout_v54"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []


def test_holdout_v55_is_seen_since_round_58() -> None:
    """holdout_v55 was scored blind once after round 57 and read in round 58: seen since."""
    assert V2_SETS["holdout_v55"].label == "holdout_v55 (seen)"
    assert not V2_SETS["holdout_v55"].held_out
    assert V2_SETS["holdout_v55"].questions.is_file()
    assert [name for name, spec in V2_SETS.items() if spec.held_out] == []
