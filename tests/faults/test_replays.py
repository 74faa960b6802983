"""Twilio retries: 1,000 replays of 100 MessageSids, half of them concurrent, store each once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select
from werkzeug.serving import make_server

from app import create_app
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.twilio import signature, sms_form
from tips.db import make_engine, make_sessions
from tips.models import Message

SIDS = 100
REPLAYS = 10  # each MessageSid arrives this many times: 1,000 requests in all


@pytest.fixture
def server(database_url: str, redis_url: str, redis_client) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The public app on a real threaded HTTP server."""
    httpd = make_server(
        "127.0.0.1", 0, create_app(make_settings(database_url, redis_url)), threaded=True
    )
    base = f"http://127.0.0.1:{httpd.server_port}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def test_replayed_messages_are_stored_once(server: str, database_url: str) -> None:
    url = server + "/webhooks/twilio/sms"
    forms = [
        sms_form(f"+1555020{i:04d}", f"message number {i}", sid=f"SM{i:032d}") for i in range(SIDS)
    ]

    def send(form: dict[str, str]) -> tuple[str, int, str]:
        # Twilio signs the URL it was given: the public base URL, not the loopback address.
        sig = signature(AUTH_TOKEN, PUBLIC_BASE + "/webhooks/twilio/sms", form)
        response = requests.post(url, data=form, headers={"X-Twilio-Signature": sig}, timeout=30)
        return form["MessageSid"], response.status_code, response.text

    half = REPLAYS // 2
    # First arrivals race each other: every MessageSid is new when its copies come at once.
    with ThreadPoolExecutor(max_workers=16) as pool:
        concurrent = list(pool.map(send, [form for form in forms for _ in range(half)]))
    sequential = [send(form) for form in forms for _ in range(half)]
    assert {status for _, status, _ in concurrent + sequential} == {200}
    replies: dict[str, set[str]] = {}
    for sid, _, body in sequential:
        replies.setdefault(sid, set()).add(body)
    assert all(len(bodies) == 1 for bodies in replies.values())  # a replay gets the same answer
    engine = make_engine(database_url)
    with make_sessions(engine)() as session:
        inbound = session.scalar(select(func.count()).where(Message.direction == "in"))
        outbound = session.scalar(select(func.count()).where(Message.direction == "out"))
        distinct = session.scalar(select(func.count(func.distinct(Message.external_id))))
    engine.dispose()
    assert (inbound, distinct, outbound) == (SIDS, SIDS, SIDS)
