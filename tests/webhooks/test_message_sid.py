"""Twilio's MessageSid is kept only as a keyed hash, still knows a retry, and goes with a purge.

With a MessageSid and the account's credentials, Twilio's API gives back the number a text came
from, so a MessageSid in clear is as good as the number. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator

import pytest
import redis
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.conftest import make_settings
from tests.support.twilio import sms_form
from tests.webhooks.test_sms import post, replies
from tips import retention
from tips.config import Settings
from tips.crypto import message_id_digest
from tips.db import make_engine, make_sessions, transaction
from tips.models import Base, Message, Tip, utcnow

PHONE = "+15550104477"
DANGER = "help hes locked me in the back room of the salon right now"


@pytest.fixture
def line(
    database_url: str, redis_url: str, redis_client: redis.Redis
) -> Iterator[tuple[Settings, FlaskClient, sessionmaker[Session]]]:
    settings = make_settings(database_url, redis_url, burst_hold=0.0)
    engine = make_engine(database_url)
    yield settings, create_app(settings).test_client(), make_sessions(engine)
    engine.dispose()


def everything_stored(sessions: sessionmaker[Session]) -> str:
    """Every value of every row of every table, as text (the same on SQLite and PostgreSQL)."""
    with sessions() as s:
        rows = [row for table in Base.metadata.sorted_tables for row in s.execute(table.select())]
    return "\n".join(" ".join(str(value) for value in row) for row in rows)


def test_the_message_sid_is_kept_only_as_a_keyed_hash_that_still_knows_a_retry(
    line: tuple[Settings, FlaskClient, sessionmaker[Session]],
    redis_client: redis.Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    settings, client, sessions = line
    sid = "SM" + secrets.token_hex(16)
    form = sms_form(PHONE, DANGER, sid=sid)
    first = post(client, form)
    assert first.status_code == 200
    stored = everything_stored(sessions)
    assert DANGER in stored  # the search looks where the message is
    assert sid not in stored and sid[2:] not in stored
    assert message_id_digest(settings.pseudonym_key, sid) in stored
    for key in redis_client.keys("*"):
        assert sid[2:].encode() not in key + (redis_client.dump(key) or b"")
    assert sid[2:] not in caplog.text
    retry = post(client, form)  # Twilio retries with the same MessageSid
    assert replies(retry) == replies(first)
    with sessions() as s:
        inbound = s.scalars(select(Message).where(Message.direction == "in")).all()
    assert len(inbound) == 1


def test_a_purge_leaves_nothing_derived_from_the_message_sid(
    line: tuple[Settings, FlaskClient, sessionmaker[Session]],
) -> None:
    settings, client, sessions = line
    sid = "SM" + secrets.token_hex(16)
    assert post(client, sms_form(PHONE, DANGER, sid=sid)).status_code == 200
    digest = message_id_digest(settings.pseudonym_key, sid)
    with transaction(sessions) as s:
        tip = s.scalars(select(Tip)).one()
        tip.status = "resolved"
        retention.purge(s, tip, utcnow(), retention.ACTOR, "rule=test")
    stored = everything_stored(sessions)
    assert digest not in stored and sid not in stored and DANGER not in stored
    with sessions() as s:
        assert s.scalars(select(Message.external_id)).all() == [None, None]
