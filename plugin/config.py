"""Configuration layers: defaults, the instance file, ``COPYDESK_*`` environment, then tests."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "SECRET_KEY": None,
    "DATABASE_URL": None,
    "ENCRYPTION_KEY": None,
    "PUBLIC_URL": "http://127.0.0.1:8000",
    "SHOPIFY_API_KEY": "",
    "SHOPIFY_API_SECRET": "",
    # write_app_proxy: the storefront's questions reach us through Shopify's app proxy.
    "SHOPIFY_SCOPES": "read_products,write_products,read_locales,write_app_proxy",
    "SHOPIFY_ORIGIN": None,
    # Tests only: App Bridge's script and the admin's origin (frame-ancestors) served locally.
    "SHOPIFY_APP_BRIDGE_URL": None,
    "SHOPIFY_ADMIN_ORIGIN": None,
    # Storefront questions through the app proxy, per hour: per logged-in customer, per shop.
    "PROXY_QUESTIONS_PER_CUSTOMER_HOUR": 5,
    "PROXY_QUESTIONS_PER_SHOP_HOUR": 200,
    "ENGINE": "transformers",
    "MODEL": None,
    "DEVICE": "auto",
    "MODEL_CACHE_DIR": None,
    "QUEUE": "thread",
    "BROKER_URL": "redis://127.0.0.1:6379/0",
    "BROKER_TRANSPORT_OPTIONS": {},
    "JOB_SWEEP_INTERVAL_SECONDS": 15,
    "JOB_MAX_ATTEMPTS": 5,
    "JOB_BACKOFF_SECONDS": 2.0,
    "JOB_VISIBILITY_TIMEOUT": 600,
    "RECONCILE_INTERVAL_SECONDS": 900,
    "REPAIR_TRIES": 3,
    # Jobs a built-in worker process (``copydesk worker``, the one in ``copydesk serve``) runs
    # at once, each on a thread of its own. The model's rows from all of them share one decoding
    # loop (continuous batching), so a shopper's reply need not wait for a bulk job to end;
    # a waiting reply is claimed before other jobs.
    "WORKER_JOBS": 2,
    # How a reply to a shopper's question is worded once the facts answer it: "quote" (the
    # listing's and the shop's own sentences behind a fixed lead-in) or "model" (the engine words
    # an English answer, kept when grounded). The decision is the same either way; on a busy CPU
    # a model wording is a 5-50 s wait for the shopper, a quote well under a second
    # (docs/questions.md#wording).
    "REPLY_WORDING": "quote",
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "SESSION_LIFETIME_SECONDS": 12 * 3600,
    "ALLOW_PRIVATE_STORE_URLS": False,
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    # Bearer token for GET /metrics (and a worker's own, below); unset, the route is a 404.
    "METRICS_TOKEN": None,
    # ``copydesk worker``'s own /metrics (a worker on a machine without a web process): the
    # port (unset: none) and the address it listens on; off loopback it needs METRICS_TOKEN.
    "WORKER_METRICS_PORT": None,
    "WORKER_METRICS_ADDRESS": "127.0.0.1",
    # ``copydesk serve`` (gunicorn): processes, threads per process, and seconds a stopping
    # process gets to finish its requests (and its job, with the in-process worker). A webhook
    # costs about 1.5 ms of CPU and then waits on the database's commit (a disk flush, 4-6 ms
    # and now and then tens): a thread per process spends most of a request waiting, and
    # 8 per process let a stalled commit hold 16 requests before any queues.
    "SERVER_WORKERS": 2,
    "SERVER_THREADS": 8,
    "SERVER_TIMEOUT": 30,
    "SERVER_GRACEFUL_TIMEOUT": 30,
    # How many proxies in front of us to believe for each X-Forwarded-* header (0: none).
    "PROXY_FIX_X_FOR": 0,
    "PROXY_FIX_X_PROTO": 0,
    "PROXY_FIX_X_HOST": 0,
    "PROXY_FIX_X_PORT": 0,
    "PROXY_FIX_X_PREFIX": 0,
}

SERVER_COUNTS = ("SERVER_WORKERS", "SERVER_THREADS", "SERVER_TIMEOUT", "SERVER_GRACEFUL_TIMEOUT")
PROXY_FIX_KEYS = (
    "PROXY_FIX_X_FOR",
    "PROXY_FIX_X_PROTO",
    "PROXY_FIX_X_HOST",
    "PROXY_FIX_X_PORT",
    "PROXY_FIX_X_PREFIX",
)

QUEUE_BACKENDS = ("thread", "celery")
REPLY_WORDINGS = ("quote", "model")

# Read without the COPYDESK_ prefix: these names are the platforms' own conventions.
# Keys read from the environment as they are: a secret made of digits is still text.
STRING_SUFFIXES = ("_KEY", "_URL", "_SECRET", "_TOKEN")
UNPREFIXED = ("SHOPIFY_API_KEY", "SHOPIFY_API_SECRET", "SHOPIFY_SCOPES")
ENV_PREFIX = "COPYDESK_"


def _coerce(value: str) -> Any:
    """Environment values are strings; accept JSON literals (numbers, booleans) where they parse."""
    try:
        return json.loads(value)
    except ValueError:
        return value


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, value in environ.items():
        if name.startswith(ENV_PREFIX) and not name.startswith("COPYDESK_TEST_"):
            key = name[len(ENV_PREFIX) :]
            found[key] = value if key.endswith(STRING_SUFFIXES) else _coerce(value)
    for name in UNPREFIXED:
        if name in environ:
            found[name] = environ[name]
    return found


def periodic_seconds(config: Mapping[str, Any], key: str, default: float) -> float:
    """How often a periodic job runs: ``config[key]`` when set (0 is off); else ``default``
    while the periodic reconcile is on, and off while it is off (tests, one-off CLI runs)."""
    value = config.get(key)
    if value is None:
        return float(default) if config.get("RECONCILE_INTERVAL_SECONDS") else 0.0
    return float(value)


def load_config(
    instance_path: Path,
    test_config: Mapping[str, Any] | None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Merge every layer, later ones winning, and fill in what depends on the instance folder."""
    config = dict(DEFAULTS)
    config.update(_instance_file(instance_path / "copydesk.json"))
    config.update(from_environment(os.environ if environ is None else environ))
    if test_config:
        config.update(test_config)
    if not config["DATABASE_URL"]:
        config["DATABASE_URL"] = f"sqlite:///{instance_path / 'copydesk.sqlite'}"
    if not config["MODEL_CACHE_DIR"]:
        config["MODEL_CACHE_DIR"] = str(instance_path / "models")
    if config["QUEUE"] not in QUEUE_BACKENDS:
        from plugin.errors import CopydeskError

        raise CopydeskError(
            f"COPYDESK_QUEUE={config['QUEUE']!r} is not a queue backend: use 'thread' (the "
            "built-in database queue) or 'celery' (Celery on the broker at COPYDESK_BROKER_URL)"
        )
    if config["REPLY_WORDING"] not in REPLY_WORDINGS:
        from plugin.errors import CopydeskError

        raise CopydeskError(
            f"COPYDESK_REPLY_WORDING={config['REPLY_WORDING']!r} is not a reply wording: use "
            "'quote' (the listing's own sentences) or 'model' (the engine words the answer)"
        )
    _check_counts(config)
    _check_extras(config)
    # Served over HTTPS, the session cookie never travels in clear, whatever else was set.
    if str(config["PUBLIC_URL"]).lower().startswith("https://"):
        config["SESSION_COOKIE_SECURE"] = True
    _check_numbers(config)
    lifetime = float(config["SESSION_LIFETIME_SECONDS"])
    config["PERMANENT_SESSION_LIFETIME"] = timedelta(seconds=lifetime)
    config["SECRET_KEY"] = config["SECRET_KEY"] or _instance_secret(instance_path, "secret_key")
    config["ENCRYPTION_KEY"] = config["ENCRYPTION_KEY"] or _instance_secret(
        instance_path, "encryption_key"
    )
    return config


def _instance_file(path: Path) -> dict[str, Any]:
    """The instance file's settings (none when it is missing); a broken one stops the app with
    its path and the reason, not a traceback from the JSON parser."""
    from plugin.errors import CopydeskError

    if not path.exists():
        return {}
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise CopydeskError(f"{path} is not valid JSON ({exc})") from exc
    if not isinstance(settings, dict):
        raise CopydeskError(f'{path} must be a JSON object of settings, such as {{"QUEUE": ...}}')
    return settings


# Settings read as numbers where they are used (a job, a request, a periodic timer): one that is
# not a number stops the app with its name at start, instead of a float() traceback in there.
NUMBER_KEYS = (
    "SESSION_LIFETIME_SECONDS",
    "RECONCILE_INTERVAL_SECONDS",
    "FULL_RECONCILE_INTERVAL_SECONDS",
    "SHOPIFY_WEBHOOK_CHECK_SECONDS",
    "WOOCOMMERCE_HEALTH_INTERVAL_SECONDS",
    "JOB_SWEEP_INTERVAL_SECONDS",
    "JOB_MAX_ATTEMPTS",
    "JOB_BACKOFF_SECONDS",
    "JOB_VISIBILITY_TIMEOUT",
    "REPAIR_TRIES",
    "MAX_CONTENT_LENGTH",
    "SHOPIFY_TIMEOUT_SECONDS",
    "SHOPIFY_BULK_THRESHOLD",
    "SHOPIFY_BULK_POLL_SECONDS",
    "PROXY_QUESTIONS_PER_CUSTOMER_HOUR",
    "PROXY_QUESTIONS_PER_SHOP_HOUR",
)


# Of those, the ones 0 or less would break the queue: a lease already out when it is taken
# runs a job twice at once, and a sweep every 0 seconds spins on the database.
POSITIVE_KEYS = ("JOB_VISIBILITY_TIMEOUT", "JOB_SWEEP_INTERVAL_SECONDS")


def _check_numbers(config: Mapping[str, Any]) -> None:
    from plugin.errors import CopydeskError

    for key in NUMBER_KEYS:
        value = config.get(key)
        if value is None:
            continue
        try:
            if isinstance(value, bool):
                raise TypeError(key)
            number = float(value)
        except (TypeError, ValueError) as exc:
            raise CopydeskError(f"COPYDESK_{key}={value!r} must be a number") from exc
        if key in POSITIVE_KEYS and not number > 0:
            raise CopydeskError(f"COPYDESK_{key}={value!r} must be a number above 0")
    port = config.get("WORKER_METRICS_PORT")
    if port is not None and (
        isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535
    ):
        raise CopydeskError(
            f"COPYDESK_WORKER_METRICS_PORT={port!r} must be a port number from 0 to 65535"
        )
    if not isinstance(config.get("BROKER_TRANSPORT_OPTIONS"), dict):
        # Not the value: transport options may hold a password.
        raise CopydeskError(
            "COPYDESK_BROKER_TRANSPORT_OPTIONS must be a JSON object, such as "
            '{"global_keyprefix": "copydesk:"}'
        )


def _check_database_url(url: str) -> None:
    """A URL SQLAlchemy cannot read, or whose database it does not know, stops the app with the
    setting's name and the two shapes it takes."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from plugin.errors import CopydeskError

    try:
        make_url(url).get_dialect()
    except (ArgumentError, NoSuchModuleError) as exc:
        # The reason, not the URL: it may hold a password.
        raise CopydeskError(
            f"COPYDESK_DATABASE_URL is not a database URL SQLAlchemy knows ({exc}): write "
            "sqlite:////absolute/path/copydesk.sqlite or postgresql+psycopg://user:pass@host/db"
        ) from exc


def _check_extras(config: dict[str, Any]) -> None:
    """Celery and the PostgreSQL driver are optional installs: say which one a setting needs
    before anything fails on a missing module."""
    from importlib.util import find_spec

    from plugin.errors import CopydeskError

    if config["QUEUE"] == "celery" and not all(find_spec(name) for name in ("celery", "redis")):
        raise CopydeskError(
            "COPYDESK_QUEUE=celery needs Celery with Redis support, which is not installed: "
            "pip install 'copydesk[celery]' (or set COPYDESK_QUEUE=thread)"
        )
    scheme = str(config["DATABASE_URL"]).split(":", 1)[0].lower()
    if scheme.startswith("postgres"):
        driver = scheme.partition("+")[2]
        if driver in ("", "psycopg2") and not find_spec("psycopg2"):
            raise CopydeskError(
                f"COPYDESK_DATABASE_URL starts with {scheme}://, which SQLAlchemy opens with "
                "psycopg2, not installed: write postgresql+psycopg://... and "
                "pip install 'copydesk[postgres]'"
            )
        if driver == "psycopg" and not find_spec("psycopg"):
            raise CopydeskError(
                "COPYDESK_DATABASE_URL is a PostgreSQL URL, but its driver psycopg is not "
                "installed: pip install 'copydesk[postgres]'"
            )
    _check_database_url(str(config["DATABASE_URL"]))


def _check_counts(config: dict[str, Any]) -> None:
    """Server sizes are whole numbers of at least 1; proxy counts whole numbers of at least 0.
    A wrong one stops the app with its name, not a traceback from deep inside gunicorn."""
    from plugin.errors import CopydeskError

    counts = [(k, 1) for k in (*SERVER_COUNTS, "WORKER_JOBS")] + [(k, 0) for k in PROXY_FIX_KEYS]
    for key, least in counts:
        value = config[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise CopydeskError(
                f"COPYDESK_{key}={value!r} must be a whole number of at least {least}"
            )


def _instance_secret(instance_path: Path, name: str) -> str:
    """A development secret generated once into the instance folder (mode 0600)."""
    from cryptography.fernet import Fernet

    from plugin.errors import CopydeskError

    path = instance_path / name
    try:
        if not path.exists():
            instance_path.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(Fernet.generate_key().decode())
        return path.read_text().strip()
    except OSError as exc:
        raise CopydeskError(
            f"cannot keep the development secret {path} ({exc.strerror or exc}): set "
            f"COPYDESK_INSTANCE_PATH to a folder this user can write, or COPYDESK_{name.upper()}"
        ) from exc
