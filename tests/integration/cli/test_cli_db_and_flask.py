"""``copydesk db`` beyond upgrade, and ``copydesk`` as a Flask CLI group (routes, shell)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from plugin.cli import main

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    runner = CliRunner()

    def run(*args: str, ok: bool = True, input: str | None = None):  # type: ignore[no-untyped-def]
        result = runner.invoke(main, list(args), catch_exceptions=False, input=input)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return run


def tables(tmp_path: Path) -> set[str]:
    engine = create_engine(f"sqlite:///{tmp_path / 'cli.sqlite'}")
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_current_upgrade_downgrade_tell_where_the_database_is(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from plugin.storage.migrate import head

    newest = head()
    assert cli("db", "current").output.startswith("base (no migrations applied)")
    # Part of the way is not "up to date": the operator is told where it stopped.
    result = cli("db", "upgrade", "--revision", "0002")
    assert result.output.strip() == f"database is at 0002 (newest is {newest})"
    assert cli("db", "upgrade").output.strip() == f"database is at {newest} (head)"
    assert cli("db", "current").output.strip() == f"{newest} (head)"
    assert "questions" in tables(tmp_path)

    result = cli("db", "downgrade", "0001")
    assert result.output.strip() == "database is at 0001"
    assert "0001; newest is" in cli("db", "current").output
    cli("db", "downgrade", "base")
    assert tables(tmp_path) <= {"alembic_version"}
    assert cli("db", "current").output.startswith("base")

    missing = cli("db", "downgrade", ok=False)
    assert missing.exit_code != 0 and "REVISION" in missing.output


def test_revision_writes_the_next_numbered_migration_with_the_models_changes(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from plugin.storage import migrate
    from plugin.storage.models import Base

    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations)
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)
    newest = migrate.head()
    following = f"{int(newest) + 1:04d}"

    # Autogenerating against a database behind head would mix old and new changes: refused.
    early = cli("db", "revision", "-m", "too early", ok=False)
    assert early.exit_code != 0 and "copydesk db upgrade" in early.output

    cli("db", "upgrade")
    note = sa.Table("operator_notes", Base.metadata, sa.Column("id", sa.Integer, primary_key=True))
    try:
        result = cli("db", "revision", "-m", "add operator notes")
    finally:
        Base.metadata.remove(note)
    [written] = (migrations / "versions").glob(f"{following}_*.py")
    assert result.output.strip().splitlines()[-1] == f"wrote {written}"
    assert written.name == f"{following}_add_operator_notes.py"
    text = written.read_text()
    assert f"revision = '{following}'" in text and f"down_revision = '{newest}'" in text
    assert "op.create_table('operator_notes'" in text
    assert "op.drop_table('operator_notes')" in text

    empty = cli("db", "revision", "-m", "by hand", "--empty")
    assert "_by_hand.py" in empty.output


def test_copydesk_has_flasks_routes_and_shell_and_keeps_its_own_commands(cli) -> None:  # type: ignore[no-untyped-def]
    routes = cli("routes").output
    assert "/healthz" in routes and "/api/drafts/<int:draft_id>/approve" in routes
    shell = cli("shell", input="print('queue=' + app.config['QUEUE'])\n").output
    assert "queue=thread" in shell

    listing = cli("--help").output
    for name in ("serve", "worker", "db", "model", "catalog", "sync", "generate", "shop", "check"):
        assert f"  {name} " in listing
    assert "  run " not in listing  # serve (or serve --dev) is how Copydesk is run
    assert "--app" not in listing
    db_help = cli("db", "--help").output
    for name in ("upgrade", "downgrade", "current", "revision"):
        assert f"  {name} " in db_help


def test_flask_app_plugin_routes_and_shell(tmp_path: Path) -> None:
    environ = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        "COPYDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'f.sqlite'}",
    }
    flask = [sys.executable, "-m", "flask", "--app", "plugin"]
    routes = subprocess.run(
        [*flask, "routes"], cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=120
    )
    assert routes.returncode == 0, routes.stderr
    assert "/healthz" in routes.stdout
    shell = subprocess.run(
        [*flask, "shell"],
        cwd=tmp_path,
        env=environ,
        input="print('db=' + app.config['DATABASE_URL'])\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shell.returncode == 0, shell.stderr
    assert f"db=sqlite:///{tmp_path / 'f.sqlite'}" in shell.stdout + shell.stderr


@pytest.mark.parametrize("args", [("upgrade", "--revision", "0099"), ("downgrade", "first")])
def test_a_revision_that_does_not_exist_is_a_one_line_error(cli, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    cli("db", "upgrade")
    result = cli("db", *args, ok=False)
    assert result.exit_code == 1
    assert "Can't locate revision" in result.output
    assert "copydesk db current" in result.output
