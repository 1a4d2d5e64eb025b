"""The HTTP engine: any server speaking OpenAI's ``/v1/completions`` and ``/v1/chat/completions``
(vLLM, TGI, llama.cpp's server), so a fleet of workers can share GPU model servers.

Requests run in a bounded thread pool; 429, 5xx, timeouts and dropped connections are retried
with exponential backoff (honouring ``Retry-After``); other 4xx answers are not.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

from plugin.errors import GenerationError
from plugin.generation.engine import Completion, PromptedEngine
from plugin.generation.prompts import Prompt
from plugin.generation.settings import EngineSettings

log = logging.getLogger(__name__)

TEMPERATURE = 0.8
TOP_P = 0.95
MAX_BACKOFF_SECONDS = 30.0
# Servers that cannot chat with this model (a base model without a chat template) answer these.
_NO_CHAT_STATUSES = (400, 404, 405, 422, 501)


def _is_retryable(status: int) -> bool:
    return status == 429 or status >= 500


def _retry_after(response: requests.Response | None) -> float | None:
    if response is None:
        return None
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


class _NoChat(Exception):
    """The server will not use the chat endpoint for this model."""


class OpenAIEngine(PromptedEngine):
    """Completions over HTTP; chat when ``OPENAI_CHAT`` says so or when the server accepts it."""

    def __init__(
        self,
        settings: EngineSettings,
        *,
        attempts: int = 4,
        backoff_seconds: float = 0.5,
    ) -> None:
        if not settings.openai_base_url:
            raise GenerationError("COPYDESK_OPENAI_BASE_URL is required for the openai engine")
        super().__init__(
            model_id=settings.openai_model or "openai-compatible",
            retries=settings.generation_retries,
            max_new_tokens=settings.max_new_tokens,
            planned=settings.planned_copy,
        )
        base = settings.openai_base_url.rstrip("/")
        self.api_root = base if base.endswith("/v1") else f"{base}/v1"
        self.settings = settings
        self.attempts = attempts
        self.backoff_seconds = backoff_seconds
        self.chat: bool | None = settings.openai_chat
        self._model_name = settings.openai_model
        self._local = threading.local()
        self._model_lock = threading.Lock()

    def plans_copy(self) -> bool:
        """Planned copy only for a server said (``OPENAI_CHAT=false``) to serve a completion
        (base) model; one found out by a refused chat request keeps the single prompts, so
        its copy does not change between the first call and the next."""
        return self.settings.openai_chat is False

    def writes_in_language(self) -> bool:
        """A served model, chat or completion, writes other languages from its prompts."""
        return False

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            if self.settings.openai_api_key:
                session.headers["Authorization"] = f"Bearer {self.settings.openai_api_key}"
            self._local.session = session
        return session

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """One call with retries; returns the decoded JSON body."""
        url = f"{self.api_root}{path}"
        last_error = ""
        for attempt in range(self.attempts):
            response = None
            try:
                response = self._session().request(
                    method, url, json=body, timeout=self.settings.openai_timeout
                )
            except (requests.Timeout, requests.ConnectionError) as exc:
                last_error = f"{type(exc).__name__} calling {path}"
            else:
                if response.ok:
                    try:
                        return response.json()
                    except ValueError as exc:
                        raise GenerationError(f"{path} answered with invalid JSON") from exc
                if path.startswith("/chat/") and response.status_code in _NO_CHAT_STATUSES:
                    raise _NoChat(response.status_code)
                if not _is_retryable(response.status_code):
                    raise GenerationError(
                        f"model server answered {response.status_code} on {path}: "
                        f"{response.text[:200]}"
                    )
                last_error = f"model server answered {response.status_code} on {path}"
            if attempt + 1 < self.attempts:
                wait = _retry_after(response) or self.backoff_seconds * 2**attempt
                log.warning("%s; retrying in %.1fs", last_error, wait)
                time.sleep(min(wait, MAX_BACKOFF_SECONDS))
        raise GenerationError(last_error or f"{path} failed", retryable=True)

    def model_name(self) -> str:
        """The configured model, or the first one the server lists."""
        with self._model_lock:
            if not self._model_name:
                listing = self._request("GET", "/models")
                try:
                    self._model_name = str(listing["data"][0]["id"])
                except (KeyError, IndexError, TypeError) as exc:
                    raise GenerationError("the model server lists no models") from exc
                self.model_id = self._model_name
            return self._model_name

    def _sampling(self, prompt: Prompt, seed: int | None) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model_name(), "max_tokens": prompt.max_new_tokens}
        if seed is None:
            body["temperature"] = 0
        else:
            body.update(temperature=TEMPERATURE, top_p=TOP_P, seed=seed)
        return body

    def _chat(self, prompt: Prompt, seed: int | None) -> Completion:
        body = {**self._sampling(prompt, seed), "messages": list(prompt.messages)}
        data = self._request("POST", "/chat/completions", body)
        try:
            text = data["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError) as exc:
            raise GenerationError("chat completion without choices[0].message") from exc
        return self._completion(text, data, chat=True)

    def _complete_text(self, prompt: Prompt, seed: int | None) -> Completion:
        body = {
            **self._sampling(prompt, seed),
            "prompt": prompt.completion,
            "stop": list(prompt.stop[:4]),
        }
        data = self._request("POST", "/completions", body)
        try:
            text = data["choices"][0]["text"] or ""
        except (KeyError, IndexError, TypeError) as exc:
            raise GenerationError("completion without choices[0].text") from exc
        return self._completion(text, data)

    @staticmethod
    def _completion(text: str, data: dict[str, Any], chat: bool = False) -> Completion:
        usage = data.get("usage") or {}
        return Completion(
            text=text,
            tokens_in=int(usage.get("prompt_tokens") or 0),
            tokens_out=int(usage.get("completion_tokens") or 0),
            chat=chat,
        )

    def _one(self, prompt: Prompt, seed: int | None) -> Completion:
        if self.chat is False:
            return self._complete_text(prompt, seed)
        try:
            completion = self._chat(prompt, seed)
        except _NoChat as refused:
            if self.chat:
                raise GenerationError(f"the model server refused chat ({refused})") from refused
            log.info("model server refused chat (%s); using /v1/completions", refused)
            self.chat = False
            return self._complete_text(prompt, seed)
        self.chat = True
        return completion

    def complete(self, prompts: Sequence[Prompt], seeds: Sequence[int | None]) -> list[Completion]:
        if not prompts:
            return []
        self.model_name()
        if self.chat is None:
            # Settle chat or completions on one request before fanning out.
            first = self._one(prompts[0], seeds[0])
            return [first, *self.complete(prompts[1:], seeds[1:])]
        workers = min(self.settings.openai_concurrency, len(prompts))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(self._one, prompts, seeds))
