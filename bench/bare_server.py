"""A bare Flask endpoint under the same gunicorn set-up as ``copydesk serve``: the yardstick
``bench/webhooks.py`` compares Copydesk's webhook routes with.

    python bench/bare_server.py --port 8001

Same processes, threads, timeouts and access log as ``serve`` (``COPYDESK_SERVER_*``); each
webhook route reads the body and answers 200 with a small JSON body, nothing more.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from flask import Flask, jsonify, request

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plugin.config import load_config  # noqa: E402
from plugin.web.gunicorn_server import CopydeskServer  # noqa: E402


def bare_app() -> Flask:
    app = Flask(__name__)

    @app.post("/webhooks/shopify")
    @app.post("/webhooks/woocommerce/<int:shop_id>")
    def webhook(shop_id: int | None = None):  # type: ignore[no-untyped-def]
        request.get_data(cache=False)
        return jsonify({"status": "queued"}), 200

    @app.get("/healthz")
    def healthz():  # type: ignore[no-untyped-def]
        return jsonify({"status": "ok"})

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    instance = Path(os.environ.get("COPYDESK_INSTANCE_PATH", "instance"))
    config = load_config(instance, {"SECRET_KEY": "-", "ENCRYPTION_KEY": "-"})
    CopydeskServer(config, f"{args.host}:{args.port}", bare_app).run()


if __name__ == "__main__":
    main()
