"""The SMS webhook: signatures, duplicates, keywords, the fallback, and what is never stored."""

from __future__ import annotations

import json
import time

import redis
from flask.testing import FlaskClient
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.twilio import signature, sms_form
from tips.config import Settings
from tips.models import Conversation, Message
from webhooks.pseudonyms import pseudonym
from webhooks.sms import twiml

URL = PUBLIC_BASE + "/webhooks/twilio/sms"
PHONE = "+15550104477"


def post(client: FlaskClient, form: dict[str, str], sig: str | None = None):  # type: ignore[no-untyped-def]
    headers = {"X-Twilio-Signature": sig if sig is not None else signature(AUTH_TOKEN, URL, form)}
    return client.post("/webhooks/twilio/sms", data=form, headers=headers)


def replies(response) -> list[str]:  # type: ignore[no-untyped-def]
    from commands.sms import replies_of

    return replies_of(response.get_data(as_text=True))


def count(sessions: sessionmaker[Session], direction: str = "in") -> int:
    with sessions() as s:
        return (
            s.scalar(
                select(func.count()).select_from(Message).where(Message.direction == direction)
            )
            or 0
        )


def test_a_missing_or_forged_signature_is_refused(client: FlaskClient, sessions) -> None:  # type: ignore[no-untyped-def]
    form = sms_form(PHONE, "hello")
    assert client.post("/webhooks/twilio/sms", data=form).status_code == 403
    assert post(client, form, sig="bm90IGEgc2lnbmF0dXJl").status_code == 403
    tampered = dict(form, Body="changed after signing")
    assert post(client, tampered, sig=signature(AUTH_TOKEN, URL, form)).status_code == 403
    other_url = signature(AUTH_TOKEN, "https://elsewhere.test/webhooks/twilio/sms", form)
    assert post(client, form, sig=other_url).status_code == 403
    assert count(sessions) == 0


def test_with_the_bot_down_the_fallback_comes_fast_and_the_message_is_kept(
    client: FlaskClient,
    sessions,
    settings: Settings,  # type: ignore[no-untyped-def]
) -> None:
    started = time.monotonic()
    response = post(client, sms_form(PHONE, "there is a girl at the motel on 5th"))
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    assert replies(response) == ["We got your message. If anyone is in danger call 911."]
    with sessions() as s:
        conversation = s.scalars(select(Conversation)).one()
        assert conversation.sender == pseudonym(settings.pseudonym_key, "sms", PHONE)
        bodies = s.scalars(select(Message.body).order_by(Message.id)).all()
    assert bodies == ["there is a girl at the motel on 5th", replies(response)[0]]


def test_a_repeated_message_sid_is_processed_once(client: FlaskClient, sessions) -> None:  # type: ignore[no-untyped-def]
    form = sms_form(PHONE, "first text")
    first, second = post(client, form), post(client, form)
    assert first.status_code == second.status_code == 200
    assert replies(first) == replies(second)
    assert count(sessions, "in") == 1
    assert count(sessions, "out") == 1


def test_stop_confirms_once_forgets_the_session_and_silences_until_start(
    client: FlaskClient,
    sessions,
    settings: Settings,
    redis_client: redis.Redis,  # type: ignore[no-untyped-def]
) -> None:
    sender = pseudonym(settings.pseudonym_key, "sms", PHONE)
    tracker_key = f"lantern:tracker:{sender}"
    redis_client.set(tracker_key, json.dumps({"events": []}))
    assert "Text START" in replies(post(client, sms_form(PHONE, " stop ")))[0]
    assert redis_client.exists(tracker_key) == 0
    assert replies(post(client, sms_form(PHONE, "are you there"))) == []
    assert "Welcome back" in replies(post(client, sms_form(PHONE, "START")))[0]
    assert replies(post(client, sms_form(PHONE, "ok"))) != []
    assert count(sessions, "in") == 4  # everything they sent is kept


def test_spanish_keywords_answer_in_spanish(client: FlaskClient) -> None:
    assert "Escriba START" in replies(post(client, sms_form(PHONE, "ALTO")))[0]
    assert "Emergencia: 911" in replies(post(client, sms_form(PHONE, "ayuda")))[0]


def test_help_names_the_line_how_to_stop_and_the_emergency_number(client: FlaskClient) -> None:
    (reply,) = replies(post(client, sms_form(PHONE, "HELP")))
    assert "STOP" in reply and "911" in reply and len(reply) <= 160


def test_an_sms_without_its_fields_is_a_clear_400(client: FlaskClient) -> None:
    form = sms_form(PHONE, "x")
    del form["MessageSid"]
    assert post(client, form).status_code == 400
    no_body = sms_form(PHONE, "x")
    del no_body["Body"]
    assert post(client, no_body).status_code == 400


def test_the_phone_number_and_caller_location_are_never_stored(
    client: FlaskClient,
    settings: Settings,
    redis_client: redis.Redis,  # type: ignore[no-untyped-def]
) -> None:
    post(client, sms_form(PHONE, "my boss keeps my passport"))
    post(client, sms_form(PHONE, "STOP"))
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        dump = "\n".join(conn.connection.dbapi_connection.iterdump())  # type: ignore[union-attr]
    engine.dispose()
    assert "my boss keeps my passport" in dump  # the search works
    for needle in (PHONE, PHONE[1:], PHONE[2:], "62701", "SPRINGFIELD"):
        assert needle not in dump
    for key in redis_client.keys("*"):
        assert PHONE[2:].encode() not in key + (redis_client.dump(key) or b"")


def test_a_database_outage_with_redis_down_too_answers_503_so_twilio_retries() -> None:
    # With Redis up the message waits in the outage queue instead (tests/webhooks/test_outage.py).
    settings = make_settings("postgresql://lantern@127.0.0.1:1/none", "redis://127.0.0.1:1/0")
    client = create_app(settings).test_client()
    response = post(client, sms_form(PHONE, "hello"))
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"


def test_the_internal_api_is_not_on_the_public_app(client: FlaskClient) -> None:
    assert client.post("/internal/tips", json={}).status_code == 404


def test_twiml_escapes_what_it_carries() -> None:
    body = twiml(["<b>&</b>"]).get_data(as_text=True)
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in body


def test_danger_with_the_bot_down_still_files_an_urgent_tip(
    client: FlaskClient,
    sessions,
    redis_client: redis.Redis,  # type: ignore[no-untyped-def]
) -> None:
    from tests.webhooks.test_internal import queued_tip_ids
    from tips.models import Tip

    reply = replies(post(client, sms_form(PHONE, "they locked her in the basement right now")))
    assert "911" in reply[0]
    with sessions() as s:
        tip = s.scalars(select(Tip)).one()
        assert [m.body for m in tip.messages][0] == "they locked her in the basement right now"
    assert queued_tip_ids(redis_client, "lantern.urgent") == [tip.id]


def test_a_spanish_message_gets_the_fallback_in_spanish(client: FlaskClient) -> None:
    (reply,) = replies(post(client, sms_form(PHONE, "hay unas muchachas encerradas en la casa")))
    assert reply.startswith("Recibimos su mensaje")
    (reply,) = replies(post(client, sms_form(PHONE, "ok")))  # too short to change the language
    assert reply.startswith("Recibimos su mensaje")


def test_a_message_with_a_known_reference_joins_that_tip_at_the_edge(
    client: FlaskClient,
    internal_client: FlaskClient,
    sessions,  # type: ignore[no-untyped-def]
) -> None:
    from tips.models import Tip

    filed = internal_client.post(
        "/internal/tips", headers={"Authorization": "Bearer " + "i" * 40},
        json={"sender_id": "ab" * 16},
    )  # fmt: skip
    reference = filed.get_json()["reference"]
    post(client, sms_form(PHONE, f"{reference.lower()} the van is white"))
    post(client, sms_form(PHONE, "and it has Ohio plates"))
    with sessions() as s:
        tip = s.scalars(select(Tip).where(Tip.reference == reference)).one()
        assert [m.body for m in tip.messages if m.direction == "in"][-2:] == [
            f"{reference.lower()} the van is white",
            "and it has Ohio plates",
        ]
