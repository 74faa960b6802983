"""The SMS edge with the database down: the tipster is answered, the message waits in Redis
(once per MessageSid), danger pages on-call at once, and the drain files everything once the
database is back. Twilio's fallback URL keeps what it can and always answers safely.

"Down" is the database itself going away under a running app: its sessions are pointed at a
PostgreSQL address where nothing listens, so every query fails to connect, as when the server
or the network to it is gone; "back" points them at the database again.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from commands.sms import replies_of
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.leaks import forms
from tests.support.services import free_port
from tests.support.twilio import signature, sms_form
from tips import staff
from tips.config import ROOT
from tips.crypto import message_id_digest
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound
from tips.models import Conversation, Message, Tip, utcnow
from triage.tasks import assess_tip, page_held_message
from webhooks import outage
from webhooks.outage import STREAM, UNREADABLE, drain_outage_queue

PRIMARY, FALLBACK_PATH = "/webhooks/twilio/sms", "/webhooks/twilio/sms/fallback"
PHONE = "+15550104477"
FALLBACK = "We got your message. If anyone is in danger call 911."
DANGER = "they locked her in the basement right now, help"
PAGED = "PAGE on-call"


@pytest.fixture
def line(sqlite_url: str, redis_url: str, redis_client: redis.Redis) -> Flask:
    """The public app on SQLite and the private Redis, replies not held for bursts."""
    app = create_app(make_settings(sqlite_url, redis_url, burst_hold=0.0))
    app.config["TESTING"] = True
    return app


@contextmanager
def database_down(app: Flask) -> Iterator[None]:
    """The database goes away under the running app, and comes back when the block ends."""
    runtime = app.extensions["lantern"]
    working = runtime.sessions
    gone = make_engine(f"postgresql://lantern@127.0.0.1:{free_port()}/lantern")
    runtime.sessions = make_sessions(gone)
    try:
        yield
    finally:
        runtime.sessions = working
        gone.dispose()


def text(client: FlaskClient, form: dict[str, str], path: str = PRIMARY, **headers: str) -> Any:
    signed = {"X-Twilio-Signature": signature(AUTH_TOKEN, PUBLIC_BASE + path, form), **headers}
    return client.post(path, data=form, headers=signed)


def replies(response: Any) -> list[str]:
    return replies_of(response.get_data(as_text=True))


def queued_tasks(client: redis.Redis, queue: str) -> list[tuple[str, list[Any]]]:
    """(task name, arguments) of the Celery messages waiting in a queue on the real broker."""
    messages = [json.loads(raw) for raw in client.lrange(queue, 0, -1)]
    return [(m["headers"]["task"], json.loads(base64.b64decode(m["body"]))[0]) for m in messages]


def everything_in(client: redis.Redis) -> bytes:
    """Every key and value in Redis, dumped, with the Celery message bodies decoded."""
    blob = b"".join(key + (client.dump(key) or b"") for key in client.keys("*"))
    bodies = [
        base64.b64decode(json.loads(raw)["body"]) for raw in client.lrange("lantern.urgent", 0, -1)
    ]
    return blob + b"".join(bodies)


def logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def has_number(blob: str | bytes) -> list[str]:
    raw = blob.encode() if isinstance(blob, str) else blob
    return [form for form in forms(PHONE) if form.encode() in raw]


def inbound_bodies(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as s:
        rows = s.scalars(select(Message.body).where(Message.direction == "in").order_by(Message.id))
        return list(rows)


def test_with_the_database_down_the_tipster_gets_the_fallback_and_the_message_waits_in_redis(
    line: Flask, redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    body = "the nail salon on 5th keeps the workers in the back room at night"
    with database_down(line):
        response = text(line.test_client(), sms_form(PHONE, body))
    assert response.status_code == 200 and response.mimetype == "application/xml"
    assert replies(response) == [FALLBACK]
    assert redis_client.xlen(STREAM) == 1
    stored = everything_in(redis_client)
    assert has_number(stored) == [] and body.encode() not in stored  # pseudonymous, encrypted
    assert "held in the outage queue" in logged(caplog)
    assert has_number(logged(caplog)) == []


def test_a_twilio_retry_during_the_outage_is_queued_once(
    line: Flask, redis_client: redis.Redis
) -> None:
    form = sms_form(PHONE, "the van is white with Ohio plates")
    client = line.test_client()
    with database_down(line):
        first, again = text(client, form), text(client, form)
        through_fallback = text(client, dict(form, ErrorCode="11200"), FALLBACK_PATH)
    assert first.status_code == again.status_code == through_fallback.status_code == 200
    assert replies(first) == replies(again) == [FALLBACK]
    assert redis_client.xlen(STREAM) == 1


def test_once_the_database_is_back_the_drain_files_each_message_once_in_order(
    line: Flask, sessions: sessionmaker[Session], redis_client: redis.Redis
) -> None:
    client = line.test_client()
    bodies = ["hi", "there are kids working at the farm on county road 9", "every night"]
    forms_sent = [sms_form(PHONE, body) for body in bodies]
    with database_down(line):
        for form in forms_sent:
            assert text(client, form).status_code == 200
        assert drain_outage_queue()["filed"] == 0  # still down: nothing is taken out
    assert redis_client.xlen(STREAM) == 3

    summary = drain_outage_queue()
    assert (summary["filed"], summary["waiting"]) == (3, 0)
    assert drain_outage_queue()["filed"] == 0  # drained twice: still once
    assert inbound_bodies(sessions) == bodies
    with sessions() as s:
        stored = s.scalars(select(Message).order_by(Message.id)).all()
        assert [m.body for m in stored if m.direction == "out"] == [FALLBACK] * 3
        key = line.extensions["lantern"].settings.pseudonym_key
        digests = [message_id_digest(key, f["MessageSid"]) for f in forms_sent]
        assert [m.external_id for m in stored if m.direction == "in"] == digests

    retried = text(client, forms_sent[1])  # Twilio retries once the database is back
    assert replies(retried) == [FALLBACK]  # answered from the record, not filed again
    assert len(inbound_bodies(sessions)) == 3


def test_a_danger_message_pages_on_call_while_the_database_is_down_and_reaches_staff(
    line: Flask,
    sessions: sessionmaker[Session],
    redis_client: redis.Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    client = line.test_client()
    with database_down(line):
        response = text(client, sms_form(PHONE, DANGER))
        assert response.status_code == 200 and "911" in replies(response)[0]
        ((task, args),) = queued_tasks(redis_client, "lantern.urgent")
        assert task == "triage.tasks.page_held_message"
        assert page_held_message(*args)["sent"] is True  # as the urgent worker runs it: no SQL
        assert page_held_message(*args)["sent"] is False  # redelivered: paged once
    (page,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith(PAGED)]
    assert f"HELD-{args[0]}" in page and "CRITICAL" in page and "database down" in page
    assert has_number(everything_in(redis_client)) == []

    redis_client.delete("lantern.urgent")
    assert drain_outage_queue()["filed"] == 1
    with sessions() as s:
        tip = s.scalars(select(Tip)).one()
    assert [a[0] for _, a in queued_tasks(redis_client, "lantern.urgent")] == [tip.id]
    assert assess_tip(tip.id)["urgency"] == "critical"
    listed = client.get(
        "/api/v1/tips", headers={"Authorization": f"Bearer {staff_token(sessions)}"}
    )
    assert [(t["reference"], t["queue"]) for t in listed.get_json()] == [
        (tip.reference, "emergency")
    ]
    assert has_number(logged(caplog)) == []


def staff_token(sessions: sessionmaker[Session]) -> str:
    with transaction(sessions) as session:
        user = staff.add(
            session, "ana", "correct horse battery staple", "supervisor", secret_key="s" * 40
        )
        return staff.issue_token(session, user)


def test_stop_during_the_outage_is_confirmed_and_holds_once_filed(
    line: Flask, sessions: sessionmaker[Session]
) -> None:
    with database_down(line):
        (reply,) = replies(text(line.test_client(), sms_form(PHONE, "STOP")))
    assert "Text START" in reply
    assert drain_outage_queue()["filed"] == 1
    with sessions() as s:
        assert s.scalars(select(Conversation.stopped)).one() is True


def test_with_redis_down_too_the_edge_answers_503_for_twilio_to_try_the_fallback(
    line: Flask, redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    line.extensions["lantern"].redis = redis.Redis(port=free_port(), socket_connect_timeout=0.2)
    with database_down(line):
        response = text(line.test_client(), sms_form(PHONE, "hello"))
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert "outage queue unavailable too" in logged(caplog)


def test_an_entry_that_cannot_be_opened_is_set_aside_and_blocks_nothing(
    line: Flask,
    sessions: sessionmaker[Session],
    redis_client: redis.Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:
    redis_client.xadd(STREAM, {"payload": "written under another key"})
    with database_down(line):
        text(line.test_client(), sms_form(PHONE, "the second one"))
    summary = drain_outage_queue()
    assert (summary["unreadable"], summary["filed"], summary["waiting"]) == (1, 1, 0)
    assert redis_client.xlen(UNREADABLE) == 1 and inbound_bodies(sessions) == ["the second one"]
    assert "unreadable" in logged(caplog)


def test_the_fallback_url_answers_a_signed_request_with_twiml_and_keeps_the_message(
    line: Flask, sessions: sessionmaker[Session], redis_client: redis.Redis
) -> None:
    form = sms_form(PHONE, "the boss took our passports", ErrorCode="11200")
    response = text(line.test_client(), form, FALLBACK_PATH)
    assert response.status_code == 200 and response.mimetype == "application/xml"
    (reply,) = replies(response)
    assert reply == FALLBACK and len(reply) <= 160
    assert redis_client.xlen(STREAM) == 1
    assert drain_outage_queue()["filed"] == 1
    assert inbound_bodies(sessions) == ["the boss took our passports"]


def test_the_fallback_url_after_the_primary_stored_the_message_files_it_once(
    line: Flask, sessions: sessionmaker[Session]
) -> None:
    form = sms_form(PHONE, "the primary stored this, then Twilio gave up waiting")
    client = line.test_client()
    assert text(client, form).status_code == 200
    assert text(client, dict(form, ErrorCode="11205"), FALLBACK_PATH).status_code == 200
    assert drain_outage_queue()["repeats"] == 1
    assert len(inbound_bodies(sessions)) == 1


def test_the_fallback_url_refuses_what_twilio_did_not_sign_for_it(
    line: Flask, redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    client = line.test_client()
    form = sms_form(PHONE, "hello")
    forged = {
        "none": {},
        "not a signature": {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"},
        "the primary's": {"X-Twilio-Signature": signature(AUTH_TOKEN, PUBLIC_BASE + PRIMARY, form)},
        "another token's": {
            "X-Twilio-Signature": signature("x" * 32, PUBLIC_BASE + FALLBACK_PATH, form)
        },
    }
    for headers in forged.values():
        assert client.post(FALLBACK_PATH, data=form, headers=headers).status_code == 403
    tampered = dict(form, Body="changed after signing")
    signed = signature(AUTH_TOKEN, PUBLIC_BASE + FALLBACK_PATH, form)
    response = client.post(FALLBACK_PATH, data=tampered, headers={"X-Twilio-Signature": signed})
    assert response.status_code == 403
    assert redis_client.xlen(STREAM) == 0
    assert logged(caplog).count("sms fallback rejected: missing or invalid Twilio signature") == 5


def test_the_fallback_url_gives_bad_input_a_clear_400(
    line: Flask, redis_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    client = line.test_client()
    no_sid = sms_form(PHONE, "x")
    del no_sid["MessageSid"]
    bad_media = sms_form(PHONE, "x", NumMedia="50")
    for form in (no_sid, bad_media):
        assert text(client, form, FALLBACK_PATH).status_code == 400
    assert redis_client.xlen(STREAM) == 0
    assert "sms fallback rejected: From, MessageSid or Body missing" in logged(caplog)
    assert "sms fallback rejected: NumMedia must be 0 to 10" in logged(caplog)


def test_the_fallback_url_answers_safely_even_with_redis_down(
    line: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    line.extensions["lantern"].redis = redis.Redis(port=free_port(), socket_connect_timeout=0.2)
    response = text(
        line.test_client(), sms_form(PHONE, "hola, necesito ayuda por favor ahora"), FALLBACK_PATH
    )
    assert response.status_code == 200
    (reply,) = replies(response)
    assert "911" in reply and reply.startswith("Recibimos su mensaje")
    assert "not kept, Redis unavailable" in logged(caplog)
    assert has_number(logged(caplog)) == []


def test_an_outage_entry_opens_only_under_the_key_it_was_written_with(line: Flask) -> None:
    settings = line.extensions["lantern"].settings
    held = outage.Held(Inbound("sms", "ab" * 16, "text", "cd" * 32), ("a reply",), utcnow())
    assert outage.decode(settings, outage.encode(settings, held)) == held
    other = make_settings(settings.database_url, settings.redis_url, secret_key="o" * 40)
    with pytest.raises(ValueError):
        outage.decode(other, outage.encode(settings, held))


def test_beat_runs_the_drain_every_thirty_seconds() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTERN_")}
    env |= {"LANTERN_ENV": "test", "LANTERN_SECRET_KEY": "s" * 40,
            "LANTERN_PSEUDONYM_KEY": "p" * 40, "LANTERN_INTERNAL_TOKEN": "i" * 40}  # fmt: skip
    probe = "import json, worker; print(json.dumps(worker.celery.conf.beat_schedule['drain_outage_queue']))"
    done = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry = json.loads(done.stdout.strip().splitlines()[-1])
    assert entry == {"task": "webhooks.outage.drain_outage_queue", "schedule": 30.0}
