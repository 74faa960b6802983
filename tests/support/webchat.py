"""Web-chat sessions opened as the chat page opens them: fetch a challenge, do the work, trade it.

The nonce is found here the way chat.js finds it (SHA-256 of "challenge:nonce" starting with
`bits` zero bits), not with the server's own check, so a test notices if the two drift apart.
Two transports share it: Flask's test client (for one app in the test process) and HTTP (for
the whole running system, tests/support/system.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from itertools import count
from typing import Any

import requests
from flask.testing import FlaskClient

CHALLENGE_URL = "/webhooks/webchat/challenge"
SESSIONS_URL = "/webhooks/webchat/sessions"
MAX_BITS = 30  # the most work the page will do, whatever the server asks (chat.js)
HTTP_TIMEOUT = 30.0


class NoSession(RuntimeError):
    """The server would not issue a session; the status and its answer are in the message."""


def solve(challenge: str, bits: int) -> str:
    """The first nonce that does the work the challenge asks, as the page finds it."""
    bits = max(0, min(MAX_BITS, bits))
    if bits == 0:
        return "0"
    prefix = hashlib.sha256(f"{challenge}:".encode())
    for nonce in count():
        attempt = prefix.copy()
        attempt.update(str(nonce).encode())
        if int.from_bytes(attempt.digest(), "big") >> (256 - bits) == 0:
            return str(nonce)
    raise AssertionError("unreachable")  # count() never ends


def solution(issued: Mapping[str, Any], language: str | None = None) -> dict[str, str]:
    """The body that trades a challenge, as the challenge endpoint issued it, for a session."""
    challenge = str(issued["challenge"])
    body = {"challenge": challenge, "nonce": solve(challenge, int(issued["bits"]))}
    if language is not None:  # the page sends its language along; the server may ignore it
        body["language"] = language
    return body


def request_session(client: FlaskClient, address: str = "127.0.0.1", **headers: str) -> Any:
    """Fetch a challenge, solve it and ask for a session, through a test client: the response."""
    environ = {"REMOTE_ADDR": address}
    issued = client.get(CHALLENGE_URL, environ_base=environ, headers=headers).get_json()
    return client.post(SESSIONS_URL, json=solution(issued), environ_base=environ, headers=headers)


def open_session(client: FlaskClient, address: str = "127.0.0.1") -> str:
    """A session the server issued, from an address, through a test client."""
    response = request_session(client, address)
    assert response.status_code == 201, response.get_json()
    return str(response.get_json()["session"])


def open_session_at(
    base_url: str, http: requests.Session | None = None, language: str | None = None
) -> str:
    """A session a running web app issued, over HTTP, as a browser tab gets one."""
    get, post = (http.get, http.post) if http is not None else (requests.get, requests.post)
    issued = get(base_url + CHALLENGE_URL, timeout=HTTP_TIMEOUT)
    issued.raise_for_status()
    body = solution(issued.json(), language)
    response = post(base_url + SESSIONS_URL, json=body, timeout=HTTP_TIMEOUT)
    if response.status_code != 201:
        raise NoSession(f"no web-chat session: HTTP {response.status_code} {response.text[:300]}")
    return str(response.json()["session"])
