"""Progress on a terminal for long commands, and not a byte of it anywhere else."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from plugin.cli import main
from plugin.cli.progress import ProgressBar
from tests.integration.pipeline.conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[3]
CLI = "from plugin.cli import main; main()"


def run_on_a_terminal(env: dict[str, str], *args: str) -> tuple[str, str]:
    """Run ``copydesk ARGS`` with stderr on a pseudo-terminal; (stdout, what the terminal got)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=follower,
        text=True,
    )
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal's other end closed: the command is over
            break
        if not chunk:
            break
        screen += chunk
    stdout = process.communicate(timeout=120)[0]
    os.close(leader)
    assert process.returncode == 0, screen.decode(errors="replace")
    return stdout, screen.decode()


def test_catalog_import_shows_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        "COPYDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'tty.sqlite'}",
    }
    subprocess.run([sys.executable, "-c", CLI, "db", "upgrade"], env=env, cwd=ROOT, check=True)
    stdout, screen = run_on_a_terminal(env, "catalog", "import", str(SAMPLE), "--shop", "tty")
    final = screen.replace("\r\n", "\n").split("\r")[-1]
    assert final.startswith("importing sample_products.csv [########################] 18/18")
    assert "products 100%" in final
    assert "imported 18 products" in stdout and "\r" not in stdout


def test_no_progress_when_the_output_is_not_a_terminal(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'pipe.sqlite'}")
    runner = CliRunner()
    assert runner.invoke(main, ["db", "upgrade"]).exit_code == 0
    result = runner.invoke(main, ["catalog", "import", str(SAMPLE), "--shop", "pipe"])
    assert result.exit_code == 0, result.output
    assert "imported 18 products" in result.output
    for output in (result.output, result.stderr):
        assert "\r" not in output and "[#" not in output


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_without_a_total_the_bar_counts() -> None:
    screen = Terminal()
    bar = ProgressBar("syncing demo", "products", stream=screen)
    bar.advance(1500)
    bar.close()
    assert screen.getvalue().startswith("\rsyncing demo 1,500 products ")
    assert screen.getvalue().endswith(" s\n")
