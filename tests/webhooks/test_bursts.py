"""A burst of texts is one turn: stored one by one, answered once, by its last message."""

from __future__ import annotations

import threading
import time

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from commands.sms import replies_of
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.twilio import signature, sms_form
from tips.config import Settings
from tips.models import Message

URL = PUBLIC_BASE + "/webhooks/twilio/sms"
PHONE = "+15550104412"
BURST = ["help me", "hes locked me in the room", "this is another girls phone"]
WARM = "hello there, I want to ask about something I saw at work"
GAP = 0.1  # seconds between the texts, each sent before the last is answered


def send_burst(app: Flask, texts: list[str]) -> list[list[str]]:
    """Post each text on its own thread, GAP apart; the replies each request got back."""
    answers: list[list[str]] = [[] for _ in texts]

    def post(i: int, body: str) -> None:
        form = sms_form(PHONE, body)
        headers = {"X-Twilio-Signature": signature(AUTH_TOKEN, URL, form)}
        response = app.test_client().post("/webhooks/twilio/sms", data=form, headers=headers)
        assert response.status_code == 200
        answers[i] = replies_of(response.get_data(as_text=True))

    threads = [threading.Thread(target=post, args=(i, t)) for i, t in enumerate(texts)]
    for thread in threads:
        thread.start()
        time.sleep(GAP)
    for thread in threads:
        thread.join(timeout=30)
    return answers


def stored(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        rows = select(Message.body).where(Message.direction == "in").order_by(Message.id)
        return list(session.scalars(rows))


def warm(app: Flask) -> None:
    """One text from another phone first, so the burst is not timed against start-up work."""
    form = sms_form("+15550104413", WARM)
    headers = {"X-Twilio-Signature": signature(AUTH_TOKEN, URL, form)}
    app.test_client().post("/webhooks/twilio/sms", data=form, headers=headers)


def test_a_burst_gets_one_answer_and_every_text_is_kept(app: Flask, sessions) -> None:  # type: ignore[no-untyped-def]
    warm(app)
    answers = send_burst(app, BURST)

    answered = [a for a in answers if a]
    assert len(answered) == 1, answers
    assert answers[-1] == answered[0]  # the last text answers for the burst
    assert any("911" in reply for reply in answered[0])  # the bot is down: the safe fallback
    assert sorted(stored(sessions)) == sorted([WARM, *BURST])


def test_texts_far_apart_are_each_answered(app: Flask, settings: Settings) -> None:
    client = app.test_client()
    for body in ("first text", "second text"):
        form = sms_form(PHONE, body)
        headers = {"X-Twilio-Signature": signature(AUTH_TOKEN, URL, form)}
        response = client.post("/webhooks/twilio/sms", data=form, headers=headers)
        assert replies_of(response.get_data(as_text=True))


def test_without_redis_each_text_is_answered_alone(sqlite_url: str, sessions) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(sqlite_url, "redis://127.0.0.1:1/0")
    app = create_app(settings)
    warm(app)

    answers = send_burst(app, BURST[:2])

    assert all(answers), answers  # more replies than needed, never a lost one
