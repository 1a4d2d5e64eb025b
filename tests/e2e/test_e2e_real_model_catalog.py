"""The demo's loop with the real embedded model, driven through the CLI and the HTTP API:
import a catalogue, generate with ``--wait``, approve over HTTP, publish, export.

The hoodie also gets a short description, which lands in the CSV's own "Short description"
column."""

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
    cli(
        "generate",
        "--shop",
        "demo",
        "--product",
        "woo-hoodie-with-logo",
        "--kind",
        "short_description",
        "--wait",
    )
    token = cli("shop", "token", "--shop", "demo").strip().splitlines()[-1]

    from plugin import create_app

    app = create_app()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    pending = "/api/drafts?status=pending&kind="
    drafts = client.get(pending + "description", headers=headers).get_json()["items"]
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

    [short] = client.get(pending + "short_description", headers=headers).get_json()["items"]
    assert short["listing_id"] == hoodie_id and "gemma" in short["model_id"].lower()
    assert short["content"].startswith("<p>") and short["content"].count("<p>") == 1

    for draft in (hoodie, short):
        approve = {"override_reason": "e2e"} if draft["verdict"] == "block" else {}
        response = client.post(f"/api/drafts/{draft['id']}/approve", headers=headers, json=approve)
        assert response.status_code == 202
    from plugin.jobs.worker import Worker

    Worker(app).run_until_idle()
    for draft in (hoodie, short):
        published = client.get(f"/api/drafts/{draft['id']}", headers=headers).get_json()
        assert published["status"] == "published", published

    out = tmp_path / "export.csv"
    cli("catalog", "export", str(out), "--shop", "demo")
    before = list(csv.reader(io.StringIO(catalogue.read_text(encoding="utf-8-sig"))))
    after = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    columns = {before[0].index("Description"): hoodie, before[0].index("Short description"): short}
    sku = before[0].index("SKU")
    for old, new in zip(before, after, strict=True):
        if new[sku] == "woo-hoodie-with-logo":
            for column, draft in columns.items():
                # WooCommerce's CSV writes line breaks inside a cell as the two characters "\n".
                assert new[column].replace("\\n", "\n") == draft["content"]
            others = [c for c in range(len(old)) if c not in columns]
            assert [old[c] for c in others] == [new[c] for c in others]
        else:
            assert old == new
    # Byte-for-byte: the other rows of the file are exactly what was imported.
    old_lines = catalogue.read_bytes().splitlines()
    new_lines = out.read_bytes().splitlines()
    assert [line for line in new_lines if b"woo-hoodie-with-logo" not in line] == [
        line for line in old_lines if b"woo-hoodie-with-logo" not in line
    ]
