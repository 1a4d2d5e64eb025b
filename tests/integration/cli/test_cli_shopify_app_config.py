"""``copydesk shopify app-config``: shopify.app.toml from the settings, as Shopify reads it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.shopify.documents import API_VERSION
from plugin.cli import main


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    monkeypatch.setenv("COPYDESK_PUBLIC_URL", "https://copydesk.example.com/")
    monkeypatch.setenv("SHOPIFY_API_KEY", "a61950a2cbd5f32876b0b55587ec7a27")
    monkeypatch.setenv("SHOPIFY_SCOPES", "read_products,write_products")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_app_config_writes_what_managed_install_and_app_webhooks_need(env: Path) -> None:
    result = CliRunner().invoke(main, ["shopify", "app-config"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    config = tomllib.loads((env / "shopify.app.toml").read_text())
    base = "https://copydesk.example.com"
    assert config["client_id"] == "a61950a2cbd5f32876b0b55587ec7a27"
    assert config["application_url"] == f"{base}/"
    assert config["embedded"] is True
    assert config["access_scopes"]["scopes"] == "read_products,write_products,write_app_proxy"
    assert config["auth"]["redirect_urls"] == [f"{base}/shopify/callback"]
    assert config["webhooks"]["api_version"] == API_VERSION
    topics, compliance = config["webhooks"]["subscriptions"]
    assert {"app/uninstalled", "products/create", "products/delete", "products/update"} <= set(
        topics["topics"]
    )
    assert topics["uri"] == compliance["uri"] == f"{base}/webhooks/shopify"
    assert compliance["compliance_topics"] == [
        "customers/data_request",
        "customers/redact",
        "shop/redact",
    ]
    assert config["app_proxy"] == {
        "url": f"{base}/shopify/proxy",
        "subpath": "copydesk",
        "prefix": "apps",
    }


def test_app_config_prints_with_a_dash_and_refuses_without_an_api_key(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = CliRunner().invoke(main, ["shopify", "app-config", "-o", "-"])
    assert printed.exit_code == 0 and "embedded = true" in printed.output
    monkeypatch.setenv("SHOPIFY_API_KEY", "")
    refused = CliRunner().invoke(main, ["shopify", "app-config"])
    assert refused.exit_code == 1 and "SHOPIFY_API_KEY" in refused.output
    monkeypatch.setenv("SHOPIFY_API_KEY", "k")
    monkeypatch.setenv("COPYDESK_PUBLIC_URL", "http://127.0.0.1:8000")
    refused = CliRunner().invoke(main, ["shopify", "app-config"])
    assert refused.exit_code == 1 and "https://" in refused.output


def test_app_config_into_a_folder_that_does_not_exist_is_a_clear_error(env: Path) -> None:
    target = env / "deploy" / "shopify.app.toml"
    result = CliRunner().invoke(main, ["shopify", "app-config", "-o", str(target)])
    assert result.exit_code == 1
    assert f"cannot write {target}: No such file or directory" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
