"""``copydesk ask`` as a user runs it: its own app on the instance's database."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main
from plugin.storage.db import db
from tests.conftest import make_app
from tests.integration.questions.conftest import add_shop


@pytest.fixture
def cli_shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A sample shop in the database the CLI will open (no generation on import). The questions
    asked here are ones the facts do not answer, so the real model is never loaded."""
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    app = make_app(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'cli.sqlite'}")
    with app.app_context():
        add_shop(db.session, "cli-shop")
    db.state(app).engine.dispose()
    return "cli-shop"


def test_ask_prints_the_id_and_with_wait_the_reply(cli_shop: str) -> None:
    runner = CliRunner()
    queued = runner.invoke(
        main, ["ask", "--shop", cli_shop, "--product", "woo-cap", "Is it waterproof?"]
    )
    assert queued.exit_code == 0, queued.output
    assert queued.output.strip() == "question 1"

    waited = runner.invoke(
        main,
        ["ask", "--shop", cli_shop, "--product", "woo-belt", "--wait", "Is it real leather?"],
    )
    assert waited.exit_code == 0, waited.output
    assert "question 2" in waited.output
    assert "needs merchant: yes" in waited.output
    assert "reply: Thank you for your question!" in waited.output


def test_ask_about_an_unknown_product_fails_cleanly(cli_shop: str) -> None:
    result = CliRunner().invoke(main, ["ask", "--shop", cli_shop, "--product", "nope", "Colour?"])
    assert result.exit_code != 0
    assert "no product 'nope'" in result.output
