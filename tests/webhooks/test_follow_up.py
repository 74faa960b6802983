"""Follow-up consent at the SMS edge: a yes keeps the number encrypted and expiring, a no or STOP
deletes it, START does not bring it back, and the tipster's later words join the same tip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import cast

import pytest
import redis
from sqlalchemy import create_engine, select

from commands.sms import replies_of
from tests.support.webchat import open_session
from tests.webhooks.follow_up import CONSENT_QUESTION, PHONE, Line, running_line
from tips.crypto import decrypt
from tips.db import transaction
from tips.models import Contact, Message, Tip, utcnow
from tips.outbound import CONTACT_PURPOSE, Consent, delete_expired_contacts
from webhooks.follow_up import NO_CONSENT, said_yes


@pytest.fixture
def line(database_url: str, redis_url: str, redis_client: redis.Redis) -> Iterator[Line]:
    with running_line(database_url, redis_url, contact_days=3) as running:
        yield running


def replies(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200
    return replies_of(response.get_data(as_text=True))


def contacts(line: Line) -> list[Contact]:
    with line.sessions() as s:
        return list(s.scalars(select(Contact)))


def test_a_yes_over_sms_keeps_the_number_encrypted_until_it_expires(line: Line) -> None:
    assert replies(line.text("there are kids working nights at the car wash")) == [CONSENT_QUESTION]
    assert contacts(line) == []  # nothing before the yes
    (answer,) = replies(line.text("yes"))
    assert answer.startswith("Your reference: ")
    (contact,) = contacts(line)
    assert contact.conversation_id == line.conversation().id
    assert PHONE not in contact.address_encrypted
    assert decrypt(line.settings.secret_key, CONTACT_PURPOSE, contact.address_encrypted) == PHONE
    left = contact.expires_at - utcnow()
    assert timedelta(days=3) - timedelta(minutes=1) < left <= timedelta(days=3)
    assert line.tip().answers["followup_consent"] is True
    line.text("one more thing: the van is grey")
    assert [c.id for c in contacts(line)] == [contact.id]  # a later turn does not stretch it


def test_no_consent_keeps_nothing_and_a_later_no_deletes_the_contact(line: Line) -> None:
    line.text("they took his passport")
    line.text("no")
    assert line.tip().answers["followup_consent"] is False
    assert contacts(line) == []
    line.text("yes")  # read back and changed to yes
    assert len(contacts(line)) == 1
    line.text("no")  # and back to no
    assert contacts(line) == []


def test_web_chat_never_keeps_a_contact(line: Line) -> None:
    session_id = open_session(line.client)
    for text in ("a girl is kept in the back room", "yes"):
        response = line.client.post(
            "/webhooks/webchat/messages", json={"session": session_id, "text": text}
        )
        assert response.status_code == 200
    with line.sessions() as s:
        assert s.scalars(select(Tip)).one().answers["followup_consent"] is True
    assert contacts(line) == []


def test_stop_confirms_once_forgets_the_bot_and_the_contact_and_start_does_not_restore_it(
    line: Line, redis_client: redis.Redis
) -> None:
    line.text("workers sleep in the warehouse")
    line.text("yes")
    assert len(contacts(line)) == 1
    sender = line.conversation().sender
    tracker = f"{line.settings.rasa_key_prefix}:tracker:{sender}"
    redis_client.set(tracker, json.dumps({"events": []}))
    (confirmation,) = replies(line.text("Stop"))
    assert "START" in confirmation
    assert contacts(line) == [] and redis_client.exists(tracker) == 0
    asked = len(line.bot.received)
    assert replies(line.text("hello?")) == []  # silence after STOP, the bot is not asked
    assert len(line.bot.received) == asked
    assert "Welcome back" in replies(line.text("UNSTOP"))[0]
    assert replies(line.text("is anyone there")) == [CONSENT_QUESTION]
    assert contacts(line) == []  # resumed, but the number stays deleted
    with line.sessions() as s:
        kept = s.scalars(select(Message.body).where(Message.direction == "in")).all()
    assert "workers sleep in the warehouse" in kept and "hello?" in kept  # the tip keeps all


def test_the_number_is_nowhere_in_clear(line: Line, redis_client: redis.Redis) -> None:
    if not line.settings.database_url.startswith("sqlite"):
        pytest.skip("the dump below reads SQLite; the PostgreSQL run checks the rest")
    line.text("my cousin is forced to work at the farm")
    line.text("yes")
    engine = create_engine(line.settings.database_url)
    with engine.connect() as conn:
        dump = "\n".join(conn.connection.dbapi_connection.iterdump())  # type: ignore[union-attr]
    engine.dispose()
    assert "forced to work at the farm" in dump
    for needle in (PHONE, PHONE[1:], PHONE[2:]):
        assert needle not in dump
    for key in cast(list[bytes], redis_client.keys("*")):
        value = cast(bytes | None, redis_client.dump(key)) or b""
        assert PHONE[2:].encode() not in key + value


def test_expired_contacts_are_deleted_by_the_sweep_query(line: Line) -> None:
    line.text("a man keeps the cooks locked in")
    line.text("yes")
    with transaction(line.sessions) as s:
        assert delete_expired_contacts(s, utcnow()) == 0
        assert delete_expired_contacts(s, utcnow() + timedelta(days=3, minutes=1)) == 1
    assert contacts(line) == []


def test_an_answer_to_staff_joins_the_same_tip_and_triage_runs_again(line: Line) -> None:
    line.text("the boss keeps their passports")
    line.text("yes")
    before = line.tip()
    line.text("the restaurant is the Golden Wok on Main")
    after = line.tip()
    assert after.id == before.id and after.revision > before.revision
    with line.sessions() as s:
        bodies = s.scalars(select(Message.body).where(Message.tip_id == after.id)).all()
    assert "the restaurant is the Golden Wok on Main" in bodies


def test_a_tipster_back_with_the_reference_from_another_phone_joins_the_tip_but_no_yes_is_borrowed(
    line: Line,
) -> None:
    line.text("there is a girl locked in the motel room 12")
    (answer,) = replies(line.text("yes"))
    reference = answer.removeprefix("Your reference: ")
    other = "+15550109999"
    line.text(f"{reference} they moved her to a white van", phone=other)
    assert line.tip(other).id == line.tip().id
    with line.sessions() as s:
        assert len(s.scalars(select(Contact)).all()) == 1  # only the phone that said yes


TURN = datetime(2026, 3, 1, 12, 0)
EARLIER = TURN - timedelta(days=1)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (NO_CONSENT, Consent(1, True, TURN + timedelta(seconds=1)), True),  # filed now
        (Consent(1, None, EARLIER), Consent(1, True, EARLIER), True),  # the yes this turn
        (Consent(1, True, EARLIER), Consent(1, True, EARLIER), False),  # said before
        (NO_CONSENT, Consent(1, True, EARLIER), False),  # a tip joined by reference
        (Consent(1, True, EARLIER), Consent(2, True, TURN), True),  # a second tip, filed now
        (Consent(1, None, EARLIER), Consent(1, False, EARLIER), False),
    ],
)
def test_only_the_turn_that_says_yes_keeps_a_number(
    before: Consent, after: Consent, expected: bool
) -> None:
    assert said_yes(before, after, TURN) is expected


def test_a_tipster_back_with_the_reference_in_web_chat_joins_the_same_tip(line: Line) -> None:
    line.text("a boy sells flowers at night and is never paid")
    (answer,) = replies(line.text("no"))
    reference = answer.removeprefix("Your reference: ")
    said = f"{reference.lower()} he is there again tonight"
    response = line.client.post(
        "/webhooks/webchat/messages", json={"session": open_session(line.client), "text": said}
    )
    assert response.status_code == 200
    with line.sessions() as s:
        tip = s.scalars(select(Tip).where(Tip.reference == reference)).one()
        bodies = [m.body for m in tip.messages if m.direction == "in"]
        revision = tip.revision
    assert bodies[-1] == said and revision > 2
