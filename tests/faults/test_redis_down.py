"""With Redis gone, the edge still stores and answers; filed tips wait in SQL for the sweep."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import select

from app import create_app, create_internal_app
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.services import free_port
from tests.support.twilio import signature, sms_form
from tips.db import make_engine, make_sessions
from tips.models import Message, Tip, utcnow
from tips.store import stale_tip_ids

TOKEN = {"Authorization": "Bearer " + "i" * 40}


def test_messages_and_tips_survive_a_dead_redis(sqlite_url: str) -> None:
    settings = make_settings(sqlite_url, f"redis://127.0.0.1:{free_port()}/0")
    public, internal = (
        create_app(settings).test_client(),
        create_internal_app(settings).test_client(),
    )
    form = sms_form("+15550109911", "they keep the workers locked in the barn at night")
    started = time.monotonic()
    sms = public.post(
        "/webhooks/twilio/sms", data=form,
        headers={"X-Twilio-Signature": signature(AUTH_TOKEN, PUBLIC_BASE + "/webhooks/twilio/sms", form)},
    )  # fmt: skip
    assert sms.status_code == 200 and time.monotonic() - started < 5
    filed = internal.post("/internal/tips", headers=TOKEN, json={"sender_id": "9a" * 16})
    assert filed.status_code == 201
    engine = make_engine(sqlite_url)
    with make_sessions(engine)() as session:
        assert session.scalars(select(Message.body).where(Message.direction == "in")).all() == [
            "they keep the workers locked in the barn at night"
        ]
        tip = session.scalars(
            select(Tip).where(Tip.reference == filed.get_json()["reference"])
        ).one()
        assert tip.assessed_revision < tip.revision  # not triaged yet: the sweep will send it
        assert tip.id in stale_tip_ids(session, utcnow() + timedelta(minutes=1))
    engine.dispose()
