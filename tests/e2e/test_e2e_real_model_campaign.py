"""A campaign written by the real embedded model, through the CLI and the HTTP API: two
audiences, every channel's limits kept, no discount but the brief's, one draft written again,
approved and exported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "plugin" / "demo" / "demo_catalog.csv"
SKU = "FW-HL-400"


def one_product(tmp_path: Path) -> Path:
    """The demo's headlamp alone (its row byte-for-byte): importing queues one description,
    which ``--wait`` also runs, rather than the whole catalogue's."""
    lines = DEMO.read_bytes().split(b"\n")
    path = tmp_path / "headlamp.csv"
    path.write_bytes(b"\n".join([lines[0], *(x for x in lines if f",{SKU},".encode() in x)]))
    return path


@pytest.mark.model
def test_real_model_campaign_for_two_audiences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'e2e.sqlite'}")
    monkeypatch.setenv(
        "COPYDESK_MODEL_CACHE_DIR",
        os.environ.get("COPYDESK_TEST_MODEL_CACHE", str(REPO / "instance" / "models")),
    )
    runner = CliRunner()

    def cli(*args: str) -> str:
        result = runner.invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    cli("db", "upgrade")
    assert "imported 1 products" in cli(
        "catalog", "import", str(one_product(tmp_path)), "--shop", "demo"
    )
    from plugin import create_app
    from plugin.services.shops import find_shop_by_name, update_settings
    from plugin.storage.db import db

    app = create_app()
    with app.app_context():
        shop = find_shop_by_name(db.session, "demo")
        update_settings(
            db.session,
            shop,
            {
                "auto_generate": "never",
                "audiences": [
                    {"name": "gift buyers", "description": "shopping for someone else"},
                    {"name": "campers", "description": "heading out for a night outdoors"},
                ],
            },
        )
        db.session.commit()
    output = cli(
        "campaign", "new", "--shop", "demo", "--product", SKU,
        "--channel", "email", "--channel", "social", "--channel", "ads",
        "--goal", "sale", "--offer", "15% off until Sunday",
        "--audience", "gift buyers", "--audience", "campers", "--wait",
    )  # fmt: skip
    view = json.loads(output[output.index("{") :])
    drafts = view["drafts"]
    assert len(drafts) == 6
    # Written by the model; a draft it left blocked is written again by the planner alone.
    writers = {d["model_id"] for d in drafts} - {"planner"}
    assert writers and all("gemma" in w.lower() for w in writers), drafts
    for draft in drafts:
        assert not [f for f in draft["findings"] if f["rule"] == "quality.limit"], draft
        assert not [f for f in draft["findings"] if f["rule"] == "compliance.offer"], draft
    email = {d["audience"]: d for d in drafts if d["channel"] == "email"}
    assert email["gift buyers"]["content"] != email["campers"]["content"]
    assert "15% off until Sunday" in email["campers"]["content"]["body"]

    # Another version of one draft, sampled by the model with a fresh seed.
    output = cli("campaign", "regenerate", "--shop", "demo", "--wait", str(email["campers"]["id"]))
    again = json.loads(output[output.index("{") :])
    assert again["revision"] == 2 and again["content"] != email["campers"]["content"]
    assert not [f for f in again["findings"] if f["rule"] == "quality.limit"], again
    drafts = [again if d["id"] == email["campers"]["id"] else d for d in drafts]

    token = cli("shop", "token", "--shop", "demo").strip().splitlines()[-1]
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    approvable = [d for d in drafts if d["verdict"] != "block"]
    assert approvable, drafts
    for draft in approvable:
        response = client.post(f"/api/campaigns/drafts/{draft['id']}/approve", headers=headers)
        assert response.status_code == 200, response.get_json()
    exported = client.get(f"/api/campaigns/{view['id']}/export", headers=headers).get_json()
    assert exported["total"] >= len(approvable)
    assert {row["channel"] for row in exported["items"]} == {d["channel"] for d in approvable}
