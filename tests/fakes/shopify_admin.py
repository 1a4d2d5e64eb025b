"""A stand-in for the Shopify admin and App Bridge, for the embedded screen in a real browser.

A real HTTP server on 127.0.0.1 (another site than the app's ``localhost``, so the app's frame
is third-party). It serves:

- ``/store/<name>/apps/copydesk``: the admin page, which frames the app's URL with
  ``embedded=1&shop=…&host=…`` and answers its frame's token requests (``postMessage``) with a
  fresh session token from ``/token``;
- ``/probe`` (framed as ``localhost``): sets a third-party cookie, to show the browser blocks them;
- ``/token?shop=…``: a session token signed with the app's secret, as App Bridge gets one;
- ``/shopifycloud/app-bridge.js`` (the path of Shopify's CDN script; point
  ``SHOPIFY_APP_BRIDGE_URL`` here): ``window.shopify.idToken()`` asking the parent frame.

Real App Bridge cannot be downloaded in the tests; this one keeps its contract: ``idToken()``
resolves to a token only inside the admin's frame.
"""

from __future__ import annotations

import base64
import html
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from adapters.shopify.session_token import encode_session_token

APP_BRIDGE_PATH = "/shopifycloud/app-bridge.js"

APP_BRIDGE_STAND_IN = """
(function () {
  var waiting = {}, next = 0;
  window.addEventListener("message", function (event) {
    var data = event.data || {};
    if (event.source === window.parent && data.type === "stand-in:id-token" && waiting[data.id]) {
      waiting[data.id](data.token);
      delete waiting[data.id];
    }
  });
  window.shopify = {
    idToken: function () {
      return new Promise(function (resolve) {
        next += 1;
        waiting[next] = resolve;
        window.parent.postMessage({ type: "stand-in:id-token-request", id: next }, "*");
      });
    }
  };
})();
"""

ADMIN_PAGE = """<!doctype html>
<html><head><title>Shopify admin (stand-in)</title></head>
<body>
<h1>Admin of {shop}</h1>
<iframe id="app" name="app" src="{src}" style="width:1200px;height:800px"></iframe>
<iframe id="probe" src="{probe}" style="width:1px;height:1px"></iframe>
<script>
window.addEventListener("message", function (event) {{
  var data = event.data || {{}};
  if (data.type !== "stand-in:id-token-request") {{ return; }}
  fetch("/token?shop={shop}").then(function (r) {{ return r.text(); }}).then(function (token) {{
    var reply = {{ type: "stand-in:id-token", id: data.id, token: token }};
    event.source.postMessage(reply, event.origin);
  }});
}});
</script>
</body></html>
"""


class FakeShopifyAdmin:
    def __init__(self, *, app_url: str, api_key: str, api_secret: str) -> None:
        self.app_url = app_url.rstrip("/")
        self.api_key = api_key
        self.api_secret = api_secret
        self.tokens_issued = 0
        self.clock_offset = 0  # seconds the admin's clock is off ours (its tokens' iat, nbf, exp)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def __enter__(self) -> FakeShopifyAdmin:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def origin(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def app_bridge_url(self) -> str:
        return self.origin + APP_BRIDGE_PATH

    @property
    def probe_url(self) -> str:
        """This server under another site's name: a third-party frame that sets a cookie."""
        assert self._server is not None
        return f"http://localhost:{self._server.server_address[1]}/probe"

    def page_url(self, shop: str) -> str:
        return f"{self.origin}/store/{shop.split('.')[0]}/apps/copydesk?shop={shop}"

    def host_param(self, shop: str) -> str:
        admin = f"admin.shopify.com/store/{shop.split('.')[0]}"
        return base64.urlsafe_b64encode(admin.encode()).decode().rstrip("=")

    def session_token(self, shop: str) -> str:
        now = int(time.time()) + self.clock_offset
        with self._lock:
            self.tokens_issued += 1
            jti = f"stand-in-{self.tokens_issued}"
        claims = {
            "iss": f"https://{shop}/admin",
            "dest": f"https://{shop}",
            "aud": self.api_key,
            "sub": "1",
            "exp": now + 60,
            "nbf": now,
            "iat": now,
            "jti": jti,
            "sid": "stand-in-session",
        }
        return encode_session_token(claims, self.api_secret)


def _handler_for(admin: FakeShopifyAdmin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, body: str, content_type: str) -> None:
            raw = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(raw)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(raw)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            shop = query.get("shop", "")
            if parts.path == APP_BRIDGE_PATH:
                self._send(APP_BRIDGE_STAND_IN, "text/javascript")
            elif parts.path == "/token":
                self._send(admin.session_token(shop), "text/plain")
            elif parts.path.startswith("/store/"):
                src = f"{admin.app_url}/?embedded=1&shop={shop}&host={admin.host_param(shop)}"
                page = ADMIN_PAGE.format(shop=shop, src=html.escape(src), probe=admin.probe_url)
                self._send(page, "text/html")
            elif parts.path == "/probe":
                # A cookie any browser keeps when allowed: Secure counts on localhost.
                self.send_response(200)
                self.send_header("Set-Cookie", "probe=1; SameSite=None; Secure; Path=/")
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send_error(404)

    return Handler
