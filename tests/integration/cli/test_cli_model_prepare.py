"""``copydesk model prepare`` with ``COPYDESK_MODEL`` set: nothing to convert, but it must not
call a folder that is not there "ready" (every generate job would then fail on it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main


@pytest.fixture
def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'm.sqlite'}")

    def run(model: str):  # type: ignore[no-untyped-def]
        monkeypatch.setenv("COPYDESK_MODEL", model)
        return CliRunner().invoke(main, ["model", "prepare"])

    return run


def test_a_model_folder_that_does_not_exist_is_an_error(prepare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "models" / "my-finetune"
    result = prepare(str(missing))
    assert result.exit_code == 1
    assert f"COPYDESK_MODEL={missing}" in result.output
    assert "ready" not in result.output


def test_a_folder_without_a_model_config_is_an_error(prepare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "empty-model"
    folder.mkdir()
    result = prepare(str(folder))
    assert result.exit_code == 1
    assert "config.json" in result.output


def test_a_model_folder_is_ready_as_it_is(prepare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "tiny-model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    result = prepare(str(folder))
    assert result.exit_code == 0, result.output
    assert f"model ready at {folder}" in result.output


def test_a_hub_id_is_named_as_one_not_called_ready(prepare) -> None:  # type: ignore[no-untyped-def]
    result = prepare("someorg/some-model-1b")
    assert result.exit_code == 0, result.output
    assert "Hugging Face" in result.output
    assert "ready" not in result.output
