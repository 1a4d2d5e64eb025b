"""``copydesk campaign new|show|regenerate|export``, run as a merchant would, on its own
database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main

DEMO = Path(__file__).parents[3] / "plugin" / "demo" / "demo_catalog.csv"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    # A chat-model server (never reached): campaigns are written by the planner alone.
    monkeypatch.setenv("COPYDESK_ENGINE", "openai")
    monkeypatch.setenv("COPYDESK_OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    runner = CliRunner()

    def run(*args: str, ok: bool = True):  # type: ignore[no-untyped-def]
        result = runner.invoke(main, list(args), catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    run("db", "upgrade")
    run("catalog", "import", str(DEMO), "--shop", "demo")
    from plugin import create_app
    from plugin.services.shops import find_shop_by_name, update_settings
    from plugin.storage.db import db

    with create_app().app_context():
        shop = find_shop_by_name(db.session, "demo")
        audiences = [{"name": "gift buyers", "description": "shopping for someone else"}]
        update_settings(db.session, shop, {"audiences": audiences})
        db.session.commit()
    return run


def test_campaign_new_wait_prints_the_drafts_and_export_hands_over_approved_copy(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "campaign",
        "new",
        "--shop",
        "demo",
        "--product",
        "FW-GRND-30",
        "--product",
        "FW-DRIP-02",
        "--channel",
        "email",
        "--channel",
        "social",
        "--channel",
        "ads",
        "--goal",
        "sale",
        "--offer",
        "10% off until Friday",
        "--audience",
        "gift buyers",
        "--wait",
    )
    lines = result.output.splitlines()
    assert lines[0].startswith("campaign ")
    campaign_id = int(lines[0].split()[1])
    view = json.loads(result.output[result.output.index("{") :])
    assert view["id"] == campaign_id and view["status"] == "ready"
    assert [d["channel"] for d in view["drafts"]] == ["email", "social", "ads"]
    assert all(d["audience"] == "gift buyers" for d in view["drafts"])
    assert all(d["verdict"] != "block" for d in view["drafts"]), view["drafts"]

    shown = json.loads(cli("campaign", "show", "--shop", "demo", str(campaign_id)).output)
    assert shown["brief"]["offer"] == "10% off until Friday"
    # Nothing approved yet: the export is its header alone.
    exported = cli("campaign", "export", "--shop", "demo", str(campaign_id)).output
    assert list(csv.reader(io.StringIO(exported)))[0][:3] == ["campaign_id", "campaign", "channel"]
    assert len(exported.splitlines()) == 1


def test_campaign_regenerate_wait_prints_the_new_version(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "campaign", "new", "--shop", "demo", "--product", "FW-BTL-750", "--product", "FW-MUG-350",
        "--channel", "email", "--audience", "gift buyers", "--wait",
    )  # fmt: skip
    [email] = json.loads(result.output[result.output.index("{") :])["drafts"]

    result = cli(
        "campaign", "regenerate", "--shop", "demo", "--reason", "warmer, please", "--wait",
        str(email["id"]),
    )  # fmt: skip
    assert result.output.startswith("job ")
    new = json.loads(result.output[result.output.index("{") :])
    assert (new["channel"], new["audience"], new["status"]) == ("email", "gift buyers", "pending")
    assert new["revision"] == email["revision"] + 1 and new["content"] != email["content"]
    shown = json.loads(cli("campaign", "show", "--shop", "demo", str(email["campaign_id"])).output)
    assert [d["id"] for d in shown["drafts"]] == [new["id"]]

    again = cli("campaign", "regenerate", "--shop", "demo", str(email["id"]), ok=False)
    assert again.exit_code == 1 and "a newer draft has replaced this one" in again.output


def test_campaign_new_refuses_a_bad_brief(cli) -> None:  # type: ignore[no-untyped-def]
    both = cli(
        "campaign",
        "new",
        "--shop",
        "demo",
        "--product",
        "FW-GRND-30",
        "--collection",
        "Coffee",
        "--channel",
        "email",
        ok=False,
    )
    assert both.exit_code != 0 and "either --product" in both.output
    unknown = cli(
        "campaign",
        "new",
        "--shop",
        "demo",
        "--collection",
        "Coffee",
        "--channel",
        "email",
        "--audience",
        "runners",
        ok=False,
    )
    assert unknown.exit_code == 1 and "no audience named 'runners'" in unknown.output
    assert "Usage:" in cli("campaign", "new", "--help").output


def test_campaign_export_into_a_folder_that_does_not_exist_is_a_clear_error(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    created = cli("campaign", "new", "--shop", "demo", "--product", "FW-TEE", "--channel", "ads")
    campaign_id = created.output.split()[-1]
    target = tmp_path / "exports" / "ads.csv"
    result = cli(
        "campaign", "export", "--shop", "demo", "--out", str(target), campaign_id, ok=False
    )
    assert result.exit_code == 1
    assert f"cannot write {target}: No such file or directory" in result.output
