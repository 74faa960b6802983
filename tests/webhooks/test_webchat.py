"""The web-chat endpoints: the page's headers, messages in and replies out, polling, forgetting."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import redis
from flask import Flask, jsonify, request
from flask.testing import FlaskClient
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.conftest import make_settings
from tests.support.twilio import sms_form
from tests.support.webchat import open_session
from tests.webhooks.http_servers import serving
from tests.webhooks.test_sms import post
from tips.config import Settings
from tips.db import transaction
from tips.models import Conversation, Message
from webhooks.pseudonyms import pseudonym
from webhooks.webchat import CONTENT_SECURITY_POLICY

URL = "/webhooks/webchat/messages"
FALLBACK = "We got your message. If anyone is in danger call 911."


def new_session(client: FlaskClient) -> str:
    return open_session(client)  # issued by the server for solved work, as the page gets one


def say(client: FlaskClient, session: str, text: str, language: str = "en") -> Any:
    return client.post(URL, json={"session": session, "text": text, "language": language})


def inbound_count(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        query = select(func.count()).select_from(Message).where(Message.direction == "in")
        return s.scalar(query) or 0


def write_staff_reply(sessions: sessionmaker[Session], settings: Settings, session: str) -> int:
    """An outbound message written later, as a staff reply is."""
    sender = pseudonym(settings.pseudonym_key, "webchat", session)
    with transaction(sessions) as s:
        conversation = s.scalars(select(Conversation).where(Conversation.sender == sender)).one()
        message = Message(conversation_id=conversation.id, direction="out", body="Staff here.")
        s.add(message)
        s.flush()
        return message.id


@dataclass
class FakeRasa:
    """A stand-in for Rasa's REST channel that records what it was sent."""

    replies: list[dict[str, Any]]
    received: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> Flask:
        rasa = Flask("fake_rasa")

        @rasa.post("/webhooks/rest/webhook")
        def webhook() -> Any:
            self.received.append(request.get_json())
            return jsonify(self.replies)

        return rasa


BUTTONS = [{"title": "Yes", "payload": "yes"}, {"title": "Not sure", "payload": "not sure"}]


@pytest.fixture
def rasa() -> Iterator[tuple[FakeRasa, str]]:
    fake = FakeRasa([{"recipient_id": "x", "text": "Is anyone in danger now?", "buttons": BUTTONS}])
    with serving(fake.app()) as url:
        yield fake, url


def client_for(settings: Settings) -> FlaskClient:
    return create_app(settings).test_client()


@pytest.mark.parametrize("path", ["/chat", "/es/chat", "/chat/static/chat.js"])
def test_the_page_and_its_files_carry_strict_headers_and_no_cookie(
    client: FlaskClient, path: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "connect-src 'self'" in CONTENT_SECURITY_POLICY
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Set-Cookie" not in response.headers


def test_the_page_loads_nothing_from_elsewhere_and_has_no_inline_code(client: FlaskClient) -> None:
    html = client.get("/chat").get_data(as_text=True)
    assert "http://" not in html.replace('data-exit-url="https://www.weather.gov/"', "")
    assert "https://" not in html.replace('data-exit-url="https://www.weather.gov/"', "")
    assert "<script>" not in html and "style=" not in html
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    assert 'data-exit-url="https://www.weather.gov/"' in html


def test_the_spanish_page_is_in_spanish_and_the_exit_url_is_configurable(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis
) -> None:
    settings = make_settings(sqlite_url, redis_url, quick_exit_url="https://example.org/news")
    html = client_for(settings).get("/es/chat").get_data(as_text=True)
    assert '<html lang="es">' in html
    assert "Salida rápida" in html and "Su mensaje" in html and "Enviar" in html
    assert 'data-exit-url="https://example.org/news"' in html
    assert 'href="/chat"' in html


def test_a_message_is_stored_and_answered_by_the_fallback_when_rasa_is_down(
    client: FlaskClient, sessions: sessionmaker[Session], settings: Settings
) -> None:
    session = new_session(client)
    response = say(client, session, "a man keeps the workers' passports")
    assert response.status_code == 200
    (reply,) = response.get_json()["replies"]
    assert reply["text"] == FALLBACK and isinstance(reply["id"], int)
    assert "Set-Cookie" not in response.headers
    with sessions() as s:
        conversation = s.scalars(select(Conversation)).one()
        messages = s.scalars(select(Message).order_by(Message.id)).all()
    assert conversation.channel == "webchat"
    assert conversation.sender == pseudonym(settings.pseudonym_key, "webchat", session)
    assert [(m.direction, m.body) for m in messages] == [
        ("in", "a man keeps the workers' passports"),
        ("out", FALLBACK),
    ]
    assert messages[1].id == reply["id"]


def test_the_session_id_is_never_stored_or_logged(
    client: FlaskClient, settings: Settings, redis_client: redis.Redis, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    session = new_session(client)
    say(client, session, "they work every night at the nail salon")
    client.post("/webhooks/webchat/forget", json={"session": session})
    say(client, session, "x" * 5001)
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        dump = "\n".join(conn.connection.dbapi_connection.iterdump())  # type: ignore[union-attr]
    engine.dispose()
    assert session not in dump
    for key in redis_client.keys("*"):
        assert session.encode() not in key + (redis_client.dump(key) or b"")
    assert session not in caplog.text and "nail salon" not in caplog.text


def test_the_page_language_picks_the_fallback_language_for_short_messages(
    client: FlaskClient,
) -> None:
    reply = say(client, new_session(client), "hola", language="es").get_json()["replies"][0]
    assert reply["text"].startswith("Recibimos su mensaje")


LONG = "x" * 5001
ISSUED = "<an issued session>"  # replaced by one the server issued, in the test


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ("not json", 400, "body must be a JSON object"),
        (["a list"], 400, "body must be a JSON object"),
        ({"text": "hi"}, 400, "session must be"),
        ({"session": "short", "text": "hi"}, 400, "session must be"),
        ({"session": "a" * 65, "text": "hi"}, 400, "session must be"),
        ({"session": "a" * 31 + "/", "text": "hi"}, 400, "session must be"),
        ({"session": "a" * 40, "text": "hi"}, 403, "not issued by this server"),
        ({"session": "a" * 64, "text": "hi"}, 403, "not issued by this server"),
        ({"session": ISSUED}, 400, "text must be"),
        ({"session": ISSUED, "text": "   "}, 400, "text must be"),
        ({"session": ISSUED, "text": 12}, 400, "text must be"),
        ({"session": ISSUED, "text": LONG}, 413, "longer than 5000"),
        ({"session": ISSUED, "text": "a\x00b"}, 400, "NUL"),
        ({"session": ISSUED, "text": "hi", "language": "fr"}, 400, "language"),
        ({"session": ISSUED, "text": "y" * 300_000}, 413, "too large"),
    ],
)
def test_bad_messages_get_a_clear_4xx_and_nothing_is_stored(
    client: FlaskClient,
    sessions: sessionmaker[Session],
    caplog: Any,
    body: Any,
    status: int,
    error: str,
) -> None:
    if isinstance(body, dict) and body.get("session") == ISSUED:
        body = {**body, "session": new_session(client)}
    if isinstance(body, str):
        response = client.post(URL, data=body, content_type="application/json")
    else:
        response = client.post(URL, json=body)
    assert response.status_code == status
    assert error in response.get_json()["error"]
    assert "web chat request refused" in caplog.text
    assert inbound_count(sessions) == 0
    # whoever is refused still reads the emergency number
    assert "call 911" in response.get_json()["replies"][0]["text"]


def test_a_lone_surrogate_is_refused_not_a_500(client: FlaskClient) -> None:
    raw = '{"session": "' + new_session(client) + '", "text": "\\ud800"}'
    response = client.post(URL, data=raw, content_type="application/json")
    assert response.status_code == 400


def test_the_bots_buttons_reach_web_chat_and_sms_stays_text(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis, rasa: tuple[FakeRasa, str]
) -> None:
    fake, url = rasa
    client = client_for(make_settings(sqlite_url, redis_url, rasa_url=url))
    (reply,) = say(client, new_session(client), "hello", language="es").get_json()["replies"]
    assert reply["text"] == "Is anyone in danger now?"
    assert reply["buttons"] == BUTTONS
    assert fake.received[0]["metadata"] == {
        "channel": "webchat",
        "language": "und",
        "danger": False,  # the edge's danger check, read by the bot
        "page_language": "es",
    }
    twiml = post(client, sms_form("+15550104477", "hello")).get_data(as_text=True)
    assert "<Message>Is anyone in danger now?</Message>" in twiml
    assert "payload" not in twiml and "Not sure" not in twiml


def test_polling_returns_the_replies_after_an_id(
    client: FlaskClient, sessions: sessionmaker[Session], settings: Settings
) -> None:
    session, other = new_session(client), new_session(client)
    first = say(client, session, "hello").get_json()["replies"][0]["id"]
    say(client, other, "hello")
    headers = {"X-Lantern-Session": session}
    polled = client.get(URL, query_string={"after": 0}, headers=headers).get_json()
    assert polled == {"replies": [{"id": first, "text": FALLBACK}]}
    staff = write_staff_reply(sessions, settings, session)
    later = client.get(URL, query_string={"after": first}, headers=headers).get_json()
    assert later == {"replies": [{"id": staff, "text": "Staff here."}]}
    assert client.get(URL, query_string={"after": staff}, headers=headers).get_json() == {
        "replies": []
    }


def test_polling_is_one_query(client: FlaskClient, app: Flask) -> None:
    session = new_session(client)
    say(client, session, "hello")
    statements: list[str] = []
    engine = app.extensions["lantern"].engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        client.get(URL, headers={"X-Lantern-Session": session})
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(statements) == 1


@pytest.mark.parametrize(
    "query", [{"after": "1"}, {"session": "bad", "after": "1"}, {"session": "a" * 40, "after": "x"}]
)
def test_bad_polls_get_a_clear_400(client: FlaskClient, query: dict[str, str]) -> None:
    response = client.get(URL, query_string=query)
    assert response.status_code == 400
    assert response.get_json()["error"]


@pytest.mark.parametrize("content_type", ["application/json", "text/plain;charset=UTF-8"])
def test_forget_deletes_the_bots_state_and_keeps_the_messages(
    client: FlaskClient,
    sessions: sessionmaker[Session],
    settings: Settings,
    redis_client: redis.Redis,
    content_type: str,
) -> None:
    session = new_session(client)
    say(client, session, "there are children working in the back")
    sender = pseudonym(settings.pseudonym_key, "webchat", session)
    tracker, lock = f"lantern:tracker:{sender}", f"lantern:lock:{sender}"
    redis_client.set(tracker, json.dumps({"events": []}))
    redis_client.set(lock, "1")
    body = json.dumps({"session": session})
    response = client.post("/webhooks/webchat/forget", data=body, content_type=content_type)
    assert response.status_code == 204
    assert redis_client.exists(tracker, lock) == 0
    assert inbound_count(sessions) == 1


def test_forget_without_a_valid_session_is_a_400(client: FlaskClient) -> None:
    assert client.post("/webhooks/webchat/forget", json={}).status_code == 400
    assert client.post("/webhooks/webchat/forget", data="{").status_code == 400
