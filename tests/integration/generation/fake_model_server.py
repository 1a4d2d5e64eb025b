"""A local HTTP server speaking the OpenAI completions wire format, for the HTTP engine's tests.

It answers ``/v1/models``, ``/v1/completions`` and ``/v1/chat/completions`` like vLLM does, and
can be told to fail, stall or refuse chat, while it records every request it gets.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[dict[str, Any]], str]


@dataclass
class Fault:
    """One scripted misbehaviour, used by the next request that reaches the server."""

    status: int = 500
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class ModelServer:
    def __init__(self, reply: Reply, chat: bool = True, model: str = "tiny-gemma") -> None:
        self.reply = reply
        self.chat = chat
        self.model = model
        self.delay = 0.0
        self.faults: list[Fault] = []
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ModelServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server.requests.append(Recorded(self.path, dict(self.headers), {}))
                if self.path == "/v1/models":
                    self._send(200, {"object": "list", "data": [{"id": server.model}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append(Recorded(self.path, dict(self.headers), body))
                    fault = server.faults.pop(0) if server.faults else None
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    time.sleep(fault.delay if fault else server.delay)
                    if fault:
                        self._send(fault.status, {"error": {"message": "scripted"}}, fault.headers)
                    elif self.path == "/v1/completions":
                        self._completion(body)
                    elif self.path == "/v1/chat/completions":
                        self._chat(body)
                    else:
                        self._send(404, {"error": {"message": "not found"}})
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _usage(self, prompt: str, text: str) -> dict[str, int]:
                return {
                    "prompt_tokens": len(prompt.split()),
                    "completion_tokens": len(text.split()),
                    "total_tokens": len(prompt.split()) + len(text.split()),
                }

            def _completion(self, body: dict[str, Any]) -> None:
                text = server.reply(body)
                choice = {"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}
                self._send(
                    200,
                    {
                        "id": "cmpl-1",
                        "object": "text_completion",
                        "model": body.get("model"),
                        "choices": [choice],
                        "usage": self._usage(body.get("prompt", ""), text),
                    },
                )

            def _chat(self, body: dict[str, Any]) -> None:
                if not server.chat:
                    # What vLLM answers for a base model without a chat template.
                    self._send(400, {"error": {"message": "model has no chat template"}})
                    return
                text = server.reply(body)
                prompt = " ".join(m["content"] for m in body.get("messages", []))
                message = {"role": "assistant", "content": text}
                self._send(
                    200,
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "model": body.get("model"),
                        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                        "usage": self._usage(prompt, text),
                    },
                )

        return Handler
