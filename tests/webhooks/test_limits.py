"""The per-sender rate limit: over it, messages are still stored and the bot is not asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.conftest import make_settings
from tests.support.services import free_port
from tests.support.twilio import sms_form
from tests.support.webchat import open_session
from tests.webhooks.http_servers import serving
from tests.webhooks.test_sms import post, replies
from tests.webhooks.test_webchat import FALLBACK, FakeRasa, say
from tips.config import Settings
from tips.models import Message
from tips.runtime import Runtime
from webhooks.limits import WINDOW_SECONDS, window_key, within_limit
from webhooks.pseudonyms import pseudonym

BUSY = (
    "You're sending a lot at once. We have your messages; take a moment, then go on. "
    "If anyone is in danger now, call 911."
)
LIMIT = 3


def inbound(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as s:
        query = select(Message.body).where(Message.direction == "in").order_by(Message.id)
        return list(s.scalars(query))


@pytest.fixture
def rasa() -> Iterator[tuple[FakeRasa, str]]:
    fake = FakeRasa([{"recipient_id": "x", "text": "Thank you. Where was this?"}])
    with serving(fake.app()) as url:
        yield fake, url


@pytest.fixture
def limited(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis, rasa: tuple[FakeRasa, str]
) -> Settings:
    # No burst hold: these messages are sent one by one, and a fixed minute window must not
    # roll over between them.
    return make_settings(
        sqlite_url, redis_url, rasa_url=rasa[1], rate_limit_per_minute=LIMIT, burst_hold=0.0
    )


def test_over_the_limit_web_chat_is_stored_and_answered_calmly_without_the_bot(
    limited: Settings, sessions: sessionmaker[Session], rasa: tuple[FakeRasa, str]
) -> None:
    client = create_app(limited).test_client()
    session = open_session(client)
    answers = [say(client, session, f"message {n}").get_json()["replies"] for n in range(5)]
    assert [a[0]["text"] for a in answers[:LIMIT]] == ["Thank you. Where was this?"] * LIMIT
    assert [a[0]["text"] for a in answers[LIMIT:]] == [BUSY, BUSY]
    assert len(rasa[0].received) == LIMIT
    assert inbound(sessions) == [f"message {n}" for n in range(5)]
    other = say(client, open_session(client), "another visitor").get_json()["replies"]
    assert other[0]["text"] == "Thank you. Where was this?"


def test_over_the_limit_sms_is_stored_and_answered_calmly_in_its_language(
    limited: Settings, sessions: sessionmaker[Session]
) -> None:
    client = create_app(limited).test_client()
    for n in range(LIMIT):
        post(client, sms_form("+15550104477", f"el patron no les paga a los trabajadores {n}"))
    (reply,) = replies(
        post(client, sms_form("+15550104477", "el patron no les paga a los trabajadores"))
    )
    assert reply.startswith("Esta enviando mucho a la vez")
    assert len(inbound(sessions)) == LIMIT + 1


def test_over_the_limit_danger_still_gets_the_emergency_line(
    limited: Settings, sessions: sessionmaker[Session]
) -> None:
    client: FlaskClient = create_app(limited).test_client()
    session = open_session(client)
    for _ in range(LIMIT):
        say(client, session, "hello")
    (reply,) = say(client, session, "they locked her in the basement right now").get_json()[
        "replies"
    ]
    assert "call 911" in reply["text"]


def test_stop_is_answered_even_over_the_limit(limited: Settings) -> None:
    client = create_app(limited).test_client()
    for _ in range(LIMIT + 2):
        post(client, sms_form("+15550104477", "hello"))
    assert "Text START" in replies(post(client, sms_form("+15550104477", "STOP")))[0]


def test_with_redis_down_messages_are_not_held_back(
    sqlite_url: str, sessions: sessionmaker[Session]
) -> None:
    settings = make_settings(
        sqlite_url, f"redis://127.0.0.1:{free_port()}/0", rate_limit_per_minute=1
    )
    client = create_app(settings).test_client()
    session = open_session(client)
    for n in range(3):
        assert say(client, session, f"note {n}").get_json()["replies"][0]["text"] == FALLBACK
    assert inbound(sessions) == ["note 0", "note 1", "note 2"]


def test_the_counter_is_keyed_by_pseudonym_per_minute_and_expires(
    settings: Settings, redis_client: redis.Redis
) -> None:
    runtime = Runtime(
        make_settings(settings.database_url, settings.redis_url, rate_limit_per_minute=2)
    )
    sender = pseudonym(settings.pseudonym_key, "sms", "+15550104477")
    now = 1_700_000_000.0
    assert [within_limit(runtime, sender, now) for _ in range(3)] == [True, True, False]
    assert within_limit(runtime, sender, now + WINDOW_SECONDS)  # the next minute starts afresh
    key = window_key(sender, now)
    assert key.startswith(f"lantern:rate:{sender}:")
    assert 0 < redis_client.ttl(key) <= 2 * WINDOW_SECONDS
    assert not any(b"15550104477" in k for k in redis_client.keys("*"))
