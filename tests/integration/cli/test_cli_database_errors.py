"""A database the command cannot use (never migrated, unreachable) is a one-line error that says
what to do, not a SQLAlchemy traceback: the first thing a new install runs into."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'fresh.sqlite'}")

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, list(args))

    return invoke


@pytest.mark.parametrize(
    "args",
    [
        ("shop", "token", "--shop", "harbour"),
        ("generate", "--shop", "harbour", "--all"),
        ("sync", "--shop", "harbour"),
    ],
)
def test_a_database_never_migrated_says_to_run_db_upgrade(run, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "copydesk db upgrade" in result.output
    assert "Traceback" not in result.output and "[SQL:" not in result.output


def test_a_catalogue_import_before_db_upgrade_says_so(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lamps.csv"
    path.write_text(
        "Handle,Title,Body (HTML),Variant Price\nbrass-lamp,Brass Desk Lamp,,64.00\n",
        encoding="utf-8",
    )
    result = run("catalog", "import", str(path), "--shop", "lamps")
    assert result.exit_code == 1
    assert "copydesk db upgrade" in result.output
    assert "Traceback" not in result.output


def test_a_database_that_cannot_be_opened_names_the_setting(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-folder" / "copydesk.sqlite"
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{missing}")
    result = run("db", "current")
    assert result.exit_code == 1
    assert "COPYDESK_DATABASE_URL" in result.output
    assert "unable to open database file" in result.output
    assert "Traceback" not in result.output


def test_serve_on_a_database_never_migrated_warns_at_start(
    run, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import plugin.web.gunicorn_server as gunicorn_server

    class NoServer:
        def __init__(self, *args: object) -> None:
            pass

        def run(self) -> None:
            pass

    monkeypatch.setattr(gunicorn_server, "CopydeskServer", NoServer)
    result = run("serve", "--no-worker", "--port", "8123")
    assert result.exit_code == 0, result.output
    assert "run `copydesk db upgrade`" in result.output

    assert run("db", "upgrade").exit_code == 0
    assert "db upgrade" not in run("serve", "--no-worker", "--port", "8123").output
