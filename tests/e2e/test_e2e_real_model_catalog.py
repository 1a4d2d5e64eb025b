"""The demo's loop with the real embedded model, driven through the CLI and the HTTP API:
import a catalogue, generate with ``--wait``, approve over HTTP, publish, export."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main
from tests.integration.pipeline.conftest import SAMPLE

REPO = Path(__file__).resolve().parents[2]
WANTED = ("woo-hoodie-with-logo", "woo-beanie", "woo-tshirt")


def small_catalogue(tmp_path: Path) -> Path:
    """Three simple products of WooCommerce's sample, rows kept byte-for-byte."""
    lines = SAMPLE.read_bytes().split(b"\n")
    keep = [lines[0]] + [
        line for line in lines[1:] if any(f",{s},".encode() in line for s in WANTED)
    ]
    path = tmp_path / "three.csv"
    path.write_bytes(b"\n".join(keep) + b"\n")
    return path


@pytest.mark.model
def test_real_model_drafts_are_approved_published_and_exported(
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

    catalogue = small_catalogue(tmp_path)
    cli("db", "upgrade")
    assert "imported 3 products" in cli("catalog", "import", str(catalogue), "--shop", "demo")
    cli("generate", "--shop", "demo", "--all", "--wait")
    token = cli("shop", "token", "--shop", "demo").strip().splitlines()[-1]

    from plugin import create_app

    app = create_app()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    drafts = client.get("/api/drafts?status=pending", headers=headers).get_json()["items"]
    assert len(drafts) == 3
    assert all("gemma" in d["model_id"].lower() for d in drafts)
    hoodie_id = client.get("/api/listings?sku=woo-hoodie-with-logo", headers=headers).get_json()[
        "items"
    ][0]["id"]
    hoodie = next(d for d in drafts if d["listing_id"] == hoodie_id)
    text = hoodie["content"]
    assert text.startswith("<") and "Product:" not in text and "Attributes:" not in text
    assert "hoodie" in text.lower()
    for other in ("Beanie", "T-Shirt"):
        assert other not in text, "a second product leaked into the hoodie's description"

    approve = {"content": text} if hoodie["verdict"] != "block" else {"override_reason": "e2e"}
    response = client.post(f"/api/drafts/{hoodie['id']}/approve", headers=headers, json=approve)
    assert response.status_code == 202
    from plugin.jobs.worker import Worker

    Worker(app).run_until_idle()
    assert (
        client.get(f"/api/drafts/{hoodie['id']}", headers=headers).get_json()["status"]
        == "published"
    )

    out = tmp_path / "export.csv"
    cli("catalog", "export", str(out), "--shop", "demo")
    before = list(csv.reader(io.StringIO(catalogue.read_text(encoding="utf-8-sig"))))
    after = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    column = before[0].index("Description")
    sku = before[0].index("SKU")
    for old, new in zip(before, after, strict=True):
        if new[sku] == "woo-hoodie-with-logo":
            # WooCommerce's CSV writes line breaks inside a cell as the two characters "\n".
            assert new[column].replace("\\n", "\n") == hoodie["content"]
            assert old[:column] + old[column + 1 :] == new[:column] + new[column + 1 :]
        else:
            assert old == new
    # Byte-for-byte: the other rows of the file are exactly what was imported.
    old_lines = catalogue.read_bytes().splitlines()
    new_lines = out.read_bytes().splitlines()
    assert [line for line in new_lines if b"woo-hoodie-with-logo" not in line] == [
        line for line in old_lines if b"woo-hoodie-with-logo" not in line
    ]
