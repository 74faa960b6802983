"""The migrations match the models, and go down to 0001 and up again, on both databases."""

from __future__ import annotations

import secrets

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from tips.crypto import message_id_digest
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound
from tips.migrate import alembic_config, upgrade
from tips.models import Base, Message, utcnow


def test_schema_matches_the_models_after_a_round_trip(database_url: str) -> None:
    command.downgrade(alembic_config(database_url), "0001")
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0007"
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
