"""The migrations match the models, and go down to 0001 and up again, on both databases."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from tips import tokens
from tips.crypto import message_id_digest, new_token, token_digest
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound
from tips.migrate import alembic_config, upgrade
from tips.models import ApiToken, Base, Message, StaffUser, utcnow


def test_schema_matches_the_models_after_a_round_trip(database_url: str) -> None:
    command.downgrade(alembic_config(database_url), "0001")
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0008"
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def old_sms(database_url: str, sids: list[str]) -> None:
    """Messages stored before 0006, with Twilio's ids in clear (and one already hashed)."""
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO conversations (id, channel, sender, language, stopped, created_at, "
                 "last_inbound_at) VALUES (1, 'sms', :sender, 'en', false, :now, :now)"),
            {"sender": "ab" * 16, "now": utcnow()},
        )  # fmt: skip
        for n, sid in enumerate([*sids, None, HASHED], start=1):
            connection.execute(
                text("INSERT INTO messages (id, conversation_id, direction, body, external_id, "
                     "created_at, attempts) VALUES (:id, 1, 'in', 'hello', :sid, :now, 0)"),
                {"id": n, "sid": sid, "now": utcnow()},
            )  # fmt: skip
    engine.dispose()


HASHED = "c" * 64
KEY = "k" * 40


@pytest.mark.parametrize("key", [KEY, ""])
def test_0006_hashes_the_message_sids_in_clear_or_drops_them_without_the_key(
    database_url: str, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    command.downgrade(alembic_config(database_url), "0005")
    sids = ["SM" + secrets.token_hex(16) for _ in range(3)] + ["MM" + secrets.token_hex(16)]
    old_sms(database_url, sids)
    monkeypatch.setenv("LANTERN_PSEUDONYM_KEY", key)
    upgrade(database_url)
    engine = make_engine(database_url)
    sessions = make_sessions(engine)
    with sessions() as s:
        stored = s.scalars(select(Message.external_id).order_by(Message.id)).all()
    expected = [message_id_digest(KEY, sid) for sid in sids] if key else [None] * len(sids)
    assert stored == [*expected, None, HASHED]
    if key:  # a Twilio retry of a message taken before the migration is still known
        with transaction(sessions) as s:
            again = Inbound("sms", "ab" * 16, "hello", message_id_digest(key, sids[0]))
            assert record_inbound(s, again)[1] is True
    engine.dispose()


def old_staff(database_url: str, token: str | None) -> None:
    """An account as 0007 kept it: at most one API token, as a digest on the account's row."""
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO staff_users (name, password_hash, role, token_hash, active, "
                 "created_at, failed_logins, must_change_password) VALUES "
                 "(:name, 'x', 'supervisor', :digest, true, :now, 0, false)"),
            {"name": f"staff-{secrets.token_hex(3)}", "now": utcnow(),
             "digest": token_digest(token) if token else None},
        )  # fmt: skip
        connection.execute(  # a row pointing at the account, as queues and notes do
            text("INSERT INTO staff_queues (staff_id, queue) SELECT max(id), 'general' "
                 "FROM staff_users")
        )  # fmt: skip
    engine.dispose()


def test_0008_keeps_old_tokens_working_but_read_only_and_expiring(database_url: str) -> None:
    command.downgrade(alembic_config(database_url), "0007")
    token = new_token()
    old_staff(database_url, token)
    old_staff(database_url, None)
    before = utcnow()
    upgrade(database_url)
    engine = make_engine(database_url)
    assert "token_hash" not in {c["name"] for c in inspect(engine).get_columns("staff_users")}
    with make_sessions(engine)() as session:
        (record,) = session.scalars(select(ApiToken)).all()
        assert tokens.find(session, token) is record
        assert record.scopes == "read" and record.label == "issued before 0008"
        assert tokens.allows(record, "read") and not tokens.allows(record, "act")
        expiry = record.expires_at - before
        assert timedelta(days=90) <= expiry < timedelta(days=90, minutes=5)
        assert tokens.state(record, utcnow()) == "active"
        assert tokens.state(record, before + timedelta(days=91)) == "expired"
    engine.dispose()


def test_0008_down_keeps_each_account_s_newest_live_token(database_url: str) -> None:
    engine = make_engine(database_url)
    with transaction(make_sessions(engine)) as session:
        user = StaffUser(name="ana", password_hash="x", role="supervisor")
        session.add(user)
        older = tokens.issue(session, user, "older")[1]
        revoked, newest = tokens.issue(session, user, "revoked"), tokens.issue(session, user)
        revoked[0].created_at = newest[0].created_at = utcnow() + timedelta(seconds=1)
        tokens.revoke(revoked[0], utcnow())
    engine.dispose()
    command.downgrade(alembic_config(database_url), "0007")
    engine = make_engine(database_url)
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT token_hash FROM staff_users")).scalar_one()
    engine.dispose()
    assert kept == token_digest(newest[1]) != token_digest(older)
