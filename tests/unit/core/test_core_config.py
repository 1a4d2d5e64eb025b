"""Configuration layers: defaults < instance file < COPYDESK_* environment < test mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plugin.config import load_config
from plugin.errors import CopydeskError


def test_layers_win_in_order(tmp_path: Path) -> None:
    (tmp_path / "copydesk.json").write_text(
        json.dumps({"PUBLIC_URL": "https://file.example", "REPAIR_TRIES": 5, "ENGINE": "openai"})
    )
    env = {"COPYDESK_REPAIR_TRIES": "4", "COPYDESK_ENGINE": "transformers", "SHOPIFY_API_KEY": "k"}
    config = load_config(tmp_path, {"ENGINE": "openai"}, env)
    assert config["PUBLIC_URL"] == "https://file.example"
    assert config["REPAIR_TRIES"] == 4
    assert config["ENGINE"] == "openai"
    assert config["SHOPIFY_API_KEY"] == "k"
    assert config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'copydesk.sqlite'}"


def test_development_secrets_are_generated_once_and_private(tmp_path: Path) -> None:
    first = load_config(tmp_path, None, {})
    second = load_config(tmp_path, None, {})
    assert first["ENCRYPTION_KEY"] == second["ENCRYPTION_KEY"]
    assert first["SECRET_KEY"] != first["ENCRYPTION_KEY"]
    assert (tmp_path / "encryption_key").stat().st_mode & 0o077 == 0


def test_secret_like_values_stay_strings(tmp_path: Path) -> None:
    config = load_config(tmp_path, None, {"COPYDESK_SECRET_KEY": "12345"})
    assert config["SECRET_KEY"] == "12345"


def test_an_unknown_queue_backend_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CopydeskError, match="'rabbitmq' is not a queue backend: use 'thread'"):
        load_config(tmp_path, None, {"COPYDESK_QUEUE": "rabbitmq"})


def test_replies_quote_the_listing_unless_the_model_is_asked_to_word_them(
    tmp_path: Path,
) -> None:
    assert load_config(tmp_path, None, {})["REPLY_WORDING"] == "quote"
    chosen = load_config(tmp_path, None, {"COPYDESK_REPLY_WORDING": "model"})
    assert chosen["REPLY_WORDING"] == "model"
    with pytest.raises(CopydeskError, match="COPYDESK_REPLY_WORDING='llm' is not a reply wording"):
        load_config(tmp_path, None, {"COPYDESK_REPLY_WORDING": "llm"})


def test_the_celery_backend_takes_its_broker_from_the_environment(tmp_path: Path) -> None:
    config = load_config(
        tmp_path,
        None,
        {
            "COPYDESK_QUEUE": "celery",
            "COPYDESK_BROKER_URL": "redis://queue.internal:6379/2",
            "COPYDESK_BROKER_TRANSPORT_OPTIONS": '{"global_keyprefix": "shop-a:"}',
        },
    )
    assert config["QUEUE"] == "celery"
    assert config["BROKER_URL"] == "redis://queue.internal:6379/2"
    assert config["BROKER_TRANSPORT_OPTIONS"] == {"global_keyprefix": "shop-a:"}
    assert load_config(tmp_path, None, {})["BROKER_URL"] == "redis://127.0.0.1:6379/0"


def test_a_periodic_job_runs_by_default_only_while_reconcile_is_on() -> None:
    from plugin.config import periodic_seconds

    on, off = {"RECONCILE_INTERVAL_SECONDS": 900}, {"RECONCILE_INTERVAL_SECONDS": 0}
    assert periodic_seconds(on, "CHECK_SECONDS", 3600) == 3600.0
    assert periodic_seconds(off, "CHECK_SECONDS", 3600) == 0.0
    assert periodic_seconds({**off, "CHECK_SECONDS": 60}, "CHECK_SECONDS", 3600) == 60.0
    assert periodic_seconds({**on, "CHECK_SECONDS": 0}, "CHECK_SECONDS", 3600) == 0.0


def test_server_and_proxy_settings_default_to_gunicorn_sizes_and_no_trusted_proxy(
    tmp_path: Path,
) -> None:
    config = load_config(tmp_path, None, {})
    assert (config["SERVER_WORKERS"], config["SERVER_THREADS"]) == (2, 8)
    assert config["SERVER_GRACEFUL_TIMEOUT"] == 30
    assert all(config[f"PROXY_FIX_X_{h}"] == 0 for h in ("FOR", "PROTO", "HOST", "PORT", "PREFIX"))
    env = {"COPYDESK_SERVER_WORKERS": "8", "COPYDESK_PROXY_FIX_X_PROTO": "1"}
    config = load_config(tmp_path, None, env)
    assert config["SERVER_WORKERS"] == 8 and config["PROXY_FIX_X_PROTO"] == 1


@pytest.mark.parametrize(
    ("key", "value"),
    [("SERVER_WORKERS", "0"), ("SERVER_THREADS", "many"), ("PROXY_FIX_X_FOR", "-1")],
)
def test_a_bad_server_or_proxy_count_is_a_clear_error(tmp_path: Path, key: str, value: str) -> None:
    with pytest.raises(CopydeskError, match=f"COPYDESK_{key}=.* must be a whole number"):
        load_config(tmp_path, None, {f"COPYDESK_{key}": value})


def test_celery_without_its_extra_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "celery", None)  # as if not installed
    with pytest.raises(CopydeskError, match=r"pip install 'copydesk\[celery\]'"):
        load_config(tmp_path, None, {"COPYDESK_QUEUE": "celery"})
    assert load_config(tmp_path, None, {})["QUEUE"] == "thread"


@pytest.mark.parametrize(
    ("url", "missing", "says"),
    [
        ("postgresql+psycopg://u@db/copydesk", "psycopg", "driver psycopg is not installed"),
        ("postgresql://u@db/copydesk", "psycopg2", "write postgresql+psycopg://"),
    ],
)
def test_a_postgresql_url_without_its_driver_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, missing: str, says: str
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, missing, None)
    with pytest.raises(CopydeskError, match=r"copydesk\[postgres\]") as raised:
        load_config(tmp_path, None, {"COPYDESK_DATABASE_URL": url})
    assert says in raised.value.message


def test_the_cli_shows_the_missing_extra_as_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from click.testing import CliRunner

    from plugin.cli import main

    monkeypatch.setitem(sys.modules, "celery", None)
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("COPYDESK_QUEUE", "celery")
    result = CliRunner().invoke(main, ["worker"])
    assert result.exit_code == 1
    assert "Error: COPYDESK_QUEUE=celery needs Celery" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"ENGINE": "openai",}', "is not valid JSON"),
        ('["ENGINE", "openai"]', "must be a JSON object"),
    ],
)
def test_a_broken_instance_file_is_a_clear_error_naming_it(
    tmp_path: Path, text: str, says: str
) -> None:
    (tmp_path / "copydesk.json").write_text(text)
    with pytest.raises(CopydeskError, match="copydesk.json") as raised:
        load_config(tmp_path, None, {})
    assert says in raised.value.message


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("SESSION_LIFETIME_SECONDS", "a day"),
        ("RECONCILE_INTERVAL_SECONDS", "hourly"),
        ("JOB_BACKOFF_SECONDS", "[2]"),
        ("MAX_CONTENT_LENGTH", "true"),
    ],
)
def test_a_number_setting_that_is_not_a_number_is_a_clear_error(
    tmp_path: Path, key: str, value: str
) -> None:
    with pytest.raises(CopydeskError, match=f"COPYDESK_{key}=.* must be a number"):
        load_config(tmp_path, None, {f"COPYDESK_{key}": value})
    assert load_config(tmp_path, None, {f"COPYDESK_{key}": "30"})[key] == 30


@pytest.mark.parametrize("url", ["copydesk.sqlite", "sqllite:///copydesk.sqlite"])
def test_a_database_url_sqlalchemy_cannot_read_is_a_clear_error(tmp_path: Path, url: str) -> None:
    with pytest.raises(CopydeskError, match="COPYDESK_DATABASE_URL") as raised:
        load_config(tmp_path, None, {"COPYDESK_DATABASE_URL": url})
    assert "sqlite:///" in raised.value.message


def test_an_instance_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(CopydeskError, match="COPYDESK_INSTANCE_PATH") as raised:
        load_config(blocker / "instance", None, {})
    assert "secret_key" in raised.value.message


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("JOB_VISIBILITY_TIMEOUT", "-5"),
        ("JOB_VISIBILITY_TIMEOUT", "0"),
        ("JOB_SWEEP_INTERVAL_SECONDS", "0"),
    ],
)
def test_a_job_lease_or_sweep_of_no_time_is_a_clear_error(
    tmp_path: Path, key: str, value: str
) -> None:
    """A lease that has run out when it is taken lets a second worker run the same job."""
    with pytest.raises(CopydeskError, match=f"COPYDESK_{key}={value} must be a number above 0"):
        load_config(tmp_path, None, {f"COPYDESK_{key}": value})


@pytest.mark.parametrize("value", ['"copydesk:"', "global_keyprefix=copydesk:", "[1]"])
def test_broker_transport_options_that_are_not_a_json_object_are_a_clear_error(
    tmp_path: Path, value: str
) -> None:
    with pytest.raises(CopydeskError, match="BROKER_TRANSPORT_OPTIONS must be a JSON object"):
        load_config(tmp_path, None, {"COPYDESK_BROKER_TRANSPORT_OPTIONS": value})


@pytest.mark.parametrize("value", ["abc", "70000", "9101.5"])
def test_a_worker_metrics_port_that_is_not_a_port_is_a_clear_error(
    tmp_path: Path, value: str
) -> None:
    """It was read by `copydesk worker` alone, as an int() traceback."""
    with pytest.raises(CopydeskError, match="WORKER_METRICS_PORT=.* must be a port number"):
        load_config(tmp_path, None, {"COPYDESK_WORKER_METRICS_PORT": value})
    assert (
        load_config(tmp_path, None, {"COPYDESK_WORKER_METRICS_PORT": "9101"})["WORKER_METRICS_PORT"]
        == 9101
    )
