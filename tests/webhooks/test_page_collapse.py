"""A burst of critical tips from one source pages on-call once, then once more to say how many.

The attack: many "danger" tips from one address (each through its own web-chat session) or
one sender paged on-call staff once each. Now the first pages at once, the rest of the burst
waits for one page that counts them, and a critical tip from any other source still pages at
once. The tasks run here as plain calls, as a worker runs them, with the console notifier.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.conftest import make_settings
from tests.support.webchat import open_session
from tips.db import transaction
from tips.inbox import Inbound, conversation_for, record_inbound
from tips.models import Message, Page, Tip, utcnow
from tips.store import open_tip_for, revise, start_next_tip
from triage.tasks import assess_tip, page_collapsed, page_on_call, sweep

DANGER = "they locked her in the basement right now, help"
ATTACKER, OTHER = "203.0.113.7", "198.51.100.20"
PAGED = "PAGE on-call"


@pytest.fixture
def line(sqlite_url: str, redis_url: str, redis_client: redis.Redis) -> Flask:
    settings = make_settings(
        sqlite_url, redis_url, burst_hold=0.0, webchat_sessions_per_address_per_hour=100
    )
    return create_app(settings)


def chat_tip(client: FlaskClient, sessions: sessionmaker[Session], address: str) -> int:
    """A danger tip through a new web-chat session from an address; its id."""
    session = open_session(client, address)
    body = {"session": session, "text": DANGER}
    assert client.post("/webhooks/webchat/messages", json=body, environ_base={
        "REMOTE_ADDR": address}).status_code == 200  # fmt: skip
    with sessions() as s:
        return int(s.scalars(select(Tip.id).order_by(Tip.id.desc())).first() or 0)


def triage_and_page(tip_id: int, level: int = 0) -> dict[str, Any]:
    """What the worker does for a tip: assess it, and page since it is critical."""
    assert assess_tip(tip_id)["urgency"] == "critical"
    return dict(page_on_call(tip_id, level))


def pages_sent(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith(PAGED)]


def age_pages(sessions: sessionmaker[Session], minutes: int) -> None:
    """Move every page back in time: the collapse window has closed."""
    before = utcnow() - timedelta(minutes=minutes)
    with transaction(sessions) as s:
        s.execute(update(Page).values(created_at=before))


def test_a_burst_from_one_address_pages_once_then_once_with_the_count(
    line: Flask, sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    client = line.test_client()
    burst = [chat_tip(client, sessions, ATTACKER) for _ in range(6)]
    assert len(set(burst)) == 6  # six sessions, six tips
    results = [triage_and_page(tip_id) for tip_id in burst]
    assert [r["sent"] for r in results] == [True] + [False] * 5
    assert len(pages_sent(caplog)) == 1
    # A critical tip from anyone else is paged at once, burst or no burst.
    other = chat_tip(client, sessions, OTHER)
    assert triage_and_page(other)["sent"] is True
    assert len(pages_sent(caplog)) == 2
    # Nothing more until the window closes; then one page says how many.
    assert sweep()["collapsed"] == 0
    age_pages(sessions, 10)
    assert sweep()["collapsed"] == 1
    leader = results[1]["collapsed_into"]
    assert page_collapsed(leader) == {"page_id": leader, "sent": True, "tips": 5}
    summary = pages_sent(caplog)[-1]
    assert "5 more CRITICAL tips from the same source as" in summary
    with sessions() as s:
        references = s.scalars(select(Tip.reference).where(Tip.id.in_(burst[1:]))).all()
        pages = s.scalars(select(Page)).all()
    assert all(reference in summary for reference in references)
    assert all(page.sent_at is not None for page in pages)  # every tip was paged, in aggregate
    assert page_collapsed(leader)["sent"] is False  # safe to run twice
    assert sweep()["collapsed"] == 0 and sweep()["paged"] == 0
    assert len(pages_sent(caplog)) == 3


def sms_tips(sessions: sessionmaker[Session], sender: str, count: int) -> list[int]:
    """Tips one SMS sender filed one after another ("another tip"), each in danger."""
    found = []
    for n in range(count):
        with transaction(sessions) as s:
            record_inbound(s, Inbound("sms", sender, f"{DANGER} {n}", None))
            conversation = conversation_for(s, "sms", sender)
            tip, _ = open_tip_for(s, conversation)
            revise(tip)
            s.flush()
            found.append(tip.id)
            start_next_tip(s, conversation)
    return found


def test_a_burst_from_one_sms_sender_pages_once_and_another_sender_at_once(
    line: Flask, sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    burst = sms_tips(sessions, "ab" * 16, 4)
    assert [triage_and_page(t)["sent"] for t in burst] == [True, False, False, False]
    (other,) = sms_tips(sessions, "cd" * 16, 1)
    assert triage_and_page(other)["sent"] is True
    assert len(pages_sent(caplog)) == 2


def test_escalations_of_a_burst_collapse_too(
    line: Flask, sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    burst = sms_tips(sessions, "ef" * 16, 3)
    for tip_id in burst:
        triage_and_page(tip_id)
    with transaction(sessions) as s:
        s.execute(update(Tip).values(created_at=utcnow() - timedelta(minutes=6)))
    assert sweep()["escalated"] == 3
    results = [page_on_call(tip_id, 1) for tip_id in burst]
    assert [r["sent"] for r in results] == [True, False, False]
    assert sum("UNCLAIMED (escalation 1)" in p for p in pages_sent(caplog)) == 1
    assert sweep()["escalated"] == 0  # the collapsed ones are not asked for again


def test_with_redis_unreachable_every_critical_tip_is_paged(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis,
    sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    line = create_app(make_settings(sqlite_url, redis_url))
    burst = sms_tips(sessions, "12" * 16, 3)
    for tip_id in burst:
        assert assess_tip(tip_id)["urgency"] == "critical"
    runtime = line.extensions["lantern"]
    runtime.redis = redis.Redis(port=1, socket_connect_timeout=0.2)  # gone
    assert [page_on_call(t)["sent"] for t in burst] == [True, True, True]
    with sessions() as s:
        assert s.scalars(select(Message.id)).all()  # the tips are intact
