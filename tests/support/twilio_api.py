"""A local stand-in for Twilio's REST API: Messages.json and media, over real HTTP in a thread.

It checks basic auth as Twilio does, records what it was sent, answers with Twilio's JSON
shapes, and can be told to fail the next sends (429, 5xx, 21610) a set number of times.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from flask import Flask, Response, jsonify, request

from tests.webhooks.http_servers import serving

ACCOUNT_SID = "AC" + "7" * 32
FROM_NUMBER = "+15550100001"
AUTH_TOKEN = "twilio-api-stand-in-token-0123456789"
ERROR_TEXT = {
    429: (20429, "Too Many Requests"),
    500: (20500, "Internal Server Error"),
    503: (20503, "Service Unavailable"),
    21610: (21610, "Attempt to send to unsubscribed recipient"),
    21211: (21211, "The 'To' number {to} is not a valid phone number."),
}


@dataclass
class Failure:
    """Answer the next `times` sends with this HTTP status and Twilio error code."""

    status: int
    code: int
    times: int


@dataclass
class TwilioApi:
    """What the stand-in was sent and how it should answer."""

    auth_token: str = AUTH_TOKEN
    base_url: str = ""
    sent: list[dict[str, str]] = field(default_factory=list)  # accepted messages
    refused: list[dict[str, Any]] = field(default_factory=list)  # answered with an error
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path -> (bytes, type)
    media_fetches: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, status: int, code: int | None = None, times: int = 1) -> None:
        """Make the next `times` sends fail: e.g. (429) or (400, 21610)."""
        with self.lock:
            self.failures.append(Failure(status, code or ERROR_TEXT[status][0], times))

    def add_media(self, content: bytes, content_type: str, message_sid: str = "") -> str:
        """Host a file the way Twilio hosts MMS media; returns its URL."""
        message_sid = message_sid or "MM" + secrets.token_hex(16)
        media_sid = "ME" + secrets.token_hex(16)
        path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{message_sid}/Media/{media_sid}"
        self.media[path] = (content, content_type)
        return self.base_url + path

    def settings_env(self, backoff: float = 0.05) -> dict[str, str]:
        """The environment that points a worker's Twilio notifier here."""
        return {
            "LANTERN_NOTIFIER": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": self.auth_token, "TWILIO_FROM_NUMBER": FROM_NUMBER,
            "TWILIO_API_BASE": self.base_url, "LANTERN_SMS_BACKOFF_SECONDS": str(backoff),
        }  # fmt: skip

    def _next_failure(self) -> Failure | None:
        with self.lock:
            while self.failures and self.failures[0].times <= 0:
                self.failures.pop(0)
            if not self.failures:
                return None
            self.failures[0].times -= 1
            return self.failures[0]

    def app(self) -> Flask:
        """The Flask app that plays Twilio."""
        api = Flask("twilio_api_stand_in")
        prefix = f"/2010-04-01/Accounts/{ACCOUNT_SID}"

        @api.before_request
        def basic_auth() -> Response | None:
            auth = request.authorization
            if auth is None or (auth.username, auth.password) != (ACCOUNT_SID, self.auth_token):
                return _error(401, 20003, "Authenticate")
            return None

        @api.post(f"{prefix}/Messages.json")
        def create_message() -> Response:
            form = {k: request.form.get(k, "") for k in ("To", "From", "Body")}
            failure = self._next_failure()
            if failure is not None:
                self.refused.append({**form, "status": failure.status, "code": failure.code})
                message = ERROR_TEXT.get(failure.code, (failure.code, "Error"))[1]
                message = message.format(to=form["To"])  # Twilio quotes the number in some
                return _error(failure.status, failure.code, message)
            self.sent.append(form)
            response = jsonify(_message_json(form))
            response.status_code = 201
            return response

        @api.get(f"{prefix}/Messages/<message_sid>/Media/<media_sid>")
        def fetch_media(message_sid: str, media_sid: str) -> Response:
            found = self.media.get(request.path)
            self.media_fetches.append(request.path)
            if found is None:
                return _error(404, 20404, "The requested resource was not found")
            return Response(found[0], mimetype=found[1])

        return api


def _error(status: int, code: int, message: str) -> Response:
    response = jsonify(
        code=code, message=message, more_info=f"https://www.twilio.com/docs/errors/{code}",
        status=status,
    )  # fmt: skip
    response.status_code = status
    if status == 429:
        response.headers["Retry-After"] = "1"
    return response


def _message_json(form: dict[str, str]) -> dict[str, Any]:
    """The body Twilio answers a created message with (status "queued")."""
    sid = "SM" + secrets.token_hex(16)
    now = format_datetime(datetime.now(UTC))
    uri = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"
    return {
        "account_sid": ACCOUNT_SID, "api_version": "2010-04-01", "body": form["Body"],
        "date_created": now, "date_sent": None, "date_updated": now,
        "direction": "outbound-api", "error_code": None, "error_message": None,
        "from": form["From"], "messaging_service_sid": None, "num_media": "0",
        "num_segments": "1", "price": None, "price_unit": "USD", "sid": sid, "status": "queued",
        "subresource_uris": {"media": uri.replace(".json", "/Media.json")},
        "to": form["To"], "uri": uri,
    }  # fmt: skip


@contextmanager
def twilio_api(auth_token: str = AUTH_TOKEN) -> Iterator[TwilioApi]:
    """Run the stand-in on a free loopback port for the length of the block."""
    api = TwilioApi(auth_token)
    with serving(api.app()) as url:
        api.base_url = url
        yield api
