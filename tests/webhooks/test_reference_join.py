"""A tip reference lets a conversation add to a tip, never read it, and cannot be guessed.

The attacker here has read a reference over the tipster's shoulder, or tries references at
random; the web chat's fallback answers (the bot is down), so only the edge acts.
"""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.support.webchat import open_session
from tips import casework, staff
from tips.db import transaction
from tips.models import AuditEvent, Conversation, Message, Tip
from webhooks.limits import REFERENCE_TRIES_PER_HOUR

URL = "/webhooks/webchat/messages"
DANGER = "help me hes locked me in the back room of the salon on 5th street"


def say(client: FlaskClient, session: str, text: str) -> None:
    assert client.post(URL, json={"session": session, "text": text}).status_code == 200


def poll(client: FlaskClient, session: str) -> list[str]:
    response = client.get(URL, headers={"X-Lantern-Session": session})
    return [reply["text"] for reply in response.get_json()["replies"]]


def filed_tip(sessions: sessionmaker[Session]) -> Tip:
    with sessions() as s:
        return s.scalars(select(Tip)).one()


def tip_of_message(sessions: sessionmaker[Session], body: str) -> int | None:
    with sessions() as s:
        return s.scalars(select(Message.tip_id).where(Message.body == body)).one()


def test_someone_with_the_reference_adds_to_the_tip_but_never_reads_staff_replies(
    client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    tipster, stranger = open_session(client), open_session(client)
    say(client, tipster, DANGER)
    tip = filed_tip(sessions)
    say(client, stranger, f"{tip.reference} what did they say?")
    assert tip_of_message(sessions, f"{tip.reference} what did they say?") == tip.id
    with transaction(sessions) as s:
        ana = staff.add(s, "ana", "correct horse battery staple", "supervisor", secret_key="k" * 40)
        s.flush()
        held = s.get_one(Tip, tip.id)
        casework.claim(s, held, ana)
        reply = casework.reply(s, held, ana, "We are working on it. Are you safe now?")
        to = s.get_one(Conversation, reply.conversation_id)
        joins = s.scalars(select(AuditEvent).where(AuditEvent.action == "joined_by_reference"))
        assert [e.detail for e in joins] == ["a webchat conversation joined by the tip's reference"]
    assert "We are working on it. Are you safe now?" in poll(client, tipster)
    assert "We are working on it. Are you safe now?" not in poll(client, stranger)
    assert to.sender != stranger


def test_references_cannot_be_found_by_trying(
    client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    tipster, guesser = open_session(client), open_session(client)
    say(client, tipster, DANGER)
    tip = filed_tip(sessions)
    for n in range(REFERENCE_TRIES_PER_HOUR):
        say(client, guesser, f"K7F-{n + 2}QM hi")
    say(client, guesser, f"{tip.reference} hi")  # the right one, after the tries ran out
    assert tip_of_message(sessions, f"{tip.reference} hi") != tip.id


def test_the_tipsters_own_reference_is_not_a_try(
    client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    tipster = open_session(client)
    say(client, tipster, DANGER)
    tip = filed_tip(sessions)
    for n in range(REFERENCE_TRIES_PER_HOUR + 2):
        say(client, tipster, f"{tip.reference} more {n}")
    assert (
        tip_of_message(sessions, f"{tip.reference} more {REFERENCE_TRIES_PER_HOUR + 1}") == tip.id
    )


def test_the_poll_refuses_a_session_id_in_the_url(client: FlaskClient) -> None:
    session = open_session(client)
    say(client, session, "hello")
    assert client.get(f"{URL}?session={session}").status_code == 400
    assert client.get(URL, headers={"X-Lantern-Session": session}).status_code == 200
