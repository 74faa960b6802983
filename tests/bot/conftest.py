"""Fixtures for the action tests: trackers as the edge and NLU fill them, and a local internal API.

These tests run in the Rasa environment (.venv-rasa) with `--confcutdir tests/bot`; only
rasa_sdk, the standard library and pytest are available, not the app's packages.
"""

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker

BOT_DIR = Path(__file__).resolve().parents[2] / "bot"

# The action server runs from bot/ as `rasa run actions --actions actions`; import it the same way.
if str(BOT_DIR) not in sys.path:
    sys.path.insert(0, str(BOT_DIR))

TOKEN = "test-internal-token"
SENDER = "c0ffee16"


@pytest.fixture
def make_tracker():
    """A tracker whose latest message is the given text, as the edge and the NLU pass it on."""

    def make(
        text: str,
        intent: str = "report_tip",
        confidence: float = 0.9,
        channel: str = "sms",
        detected: str = "en",
        danger: bool = False,
        **slots: Any,
    ) -> Tracker:
        message = {
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "entities": [],
            "metadata": {"channel": channel, "language": detected, "danger": danger},
        }
        return Tracker(
            sender_id=SENDER,
            slots={"language": "en", **slots},
            latest_message=message,
            events=[{"event": "user", "text": text, "parse_data": message}],
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name="action_listen",
        )

    return make


class RecordedRequest:
    def __init__(self, method: str, path: str, headers: dict[str, str], body: Any) -> None:
        self.method, self.path, self.headers, self.body = method, path, headers, body


class InternalAPI:
    """A tiny HTTP server on 127.0.0.1 that answers like the app's internal API."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.status = 201
        self.reply: dict[str, Any] | None = {"reference": "K7F-2QM", "tip_id": 1, "paged": False}
        self.delay = 0.0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def _handler(self) -> type:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw) if raw else None
                api.requests.append(RecordedRequest("POST", self.path, dict(self.headers), body))
                if api.delay:
                    threading.Event().wait(api.delay)
                if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                    self._answer(401, {"error": "unauthorized"})
                    return
                self._answer(api.status, api.reply)

            def _answer(self, status: int, reply: dict[str, Any] | None) -> None:
                data = json.dumps(reply).encode() if reply is not None else b"not json"
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def internal_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[InternalAPI]:
    """A running internal API; the actions are pointed at it through the environment."""
    api = InternalAPI()
    api.start()
    monkeypatch.setenv("LANTERN_INTERNAL_URL", api.url)
    monkeypatch.setenv("LANTERN_INTERNAL_TOKEN", TOKEN)
    monkeypatch.setenv("LANTERN_EMERGENCY_NUMBER", "112")
    yield api
    api.stop()


@pytest.fixture
def unreachable_api(monkeypatch: pytest.MonkeyPatch) -> str:
    """An internal API address where nothing listens (a port just closed)."""
    api = InternalAPI()
    url = api.url
    api._server.server_close()
    monkeypatch.setenv("LANTERN_INTERNAL_URL", url)
    monkeypatch.setenv("LANTERN_INTERNAL_TOKEN", TOKEN)
    return url
