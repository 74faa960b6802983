"""Retention: rules from the file, what a purge removes and keeps, holds and open tips."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from tips import retention, staff
from tips.config import ROOT
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound
from tips.models import (
    Assessment,
    AuditEvent,
    Contact,
    Conversation,
    Media,
    Message,
    Note,
    Tip,
    TipEntity,
    utcnow,
)
from tips.store import save_assessment, submit

RULES = retention.load_rules(ROOT / "tips" / "retention.yml")


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def file_tip(
    s: Session, sender: str, queue: str, status: str, days_ago: int, **extra: object
) -> int:
    message, _ = record_inbound(s, Inbound("sms", sender, "they took our passports", None))
    tip, _ = submit(s, channel="sms", sender=sender, language="en",
                    answers={"where": "5th st"}, complete=True)  # fmt: skip
    s.flush()
    save_assessment(s, tip, tip.revision, {
        "rubric_version": "1", "urgency": "high", "category": "labor_trafficking", "queue": queue,
        "immediate_danger": False, "minor_involved": None, "language": "en",
        "indicators": [{"name": "documents_withheld", "evidence": ["took our passports"]}]})  # fmt: skip
    conversation = s.scalars(select(Conversation).where(Conversation.sender == sender)).one()
    s.add(Media(message_id=message.id, position=0, content_type="image/jpeg", url_encrypted="x"))
    s.add(Contact(conversation_id=conversation.id, address_encrypted="y", expires_at=utcnow()))
    s.add(TipEntity(tip_id=tip.id, kind="phone", digest="d" * 64))
    user = staff.add(s, f"sue{tip.id}", "a long enough password", "supervisor", secret_key="k" * 40)
    s.flush()
    s.add(Note(tip_id=tip.id, staff_id=user.id, body="she said 5th st"))
    s.flush()
    for key, value in {"status": status, **extra}.items():
        setattr(tip, key, value)
    s.flush()
    s.execute(update(Tip).where(Tip.id == tip.id).values(
        updated_at=utcnow() - timedelta(days=days_ago)))  # fmt: skip
    return tip.id


def content_left(s: Session, tip_id: int) -> dict[str, object]:
    tip = s.get_one(Tip, tip_id)
    return {
        "bodies": [m.body for m in s.scalars(select(Message).where(Message.tip_id == tip_id))],
        "media": len(s.scalars(select(Media)).all()),
        "answers": tip.answers,
        "notes": [n.body for n in s.scalars(select(Note).where(Note.tip_id == tip_id))],
        "entities": len(s.scalars(select(TipEntity).where(TipEntity.tip_id == tip_id)).all()),
        "indicators": [a.indicators for a in s.scalars(select(Assessment).where(Assessment.tip_id == tip_id))],
    }  # fmt: skip


def test_a_purge_removes_content_and_keeps_the_skeleton(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        tip_id = file_tip(s, "a" * 32, "spam", "open", days_ago=31)
    with transaction(store) as s:
        assert retention.apply(s, RULES) == {"purged": 1}
    with store() as s:
        assert content_left(s, tip_id) == {"bodies": [""], "media": 0, "answers": {}, "notes": [""],
                                           "entities": 0, "indicators": [[]]}  # fmt: skip
        assert s.scalars(select(Contact)).all() == []
        tip = s.get_one(Tip, tip_id)
        assert tip.purged_at is not None
        assert (tip.queue, tip.urgency, tip.status) == ("spam", "high", "open")
        events = [(e.actor, e.action, e.detail) for e in s.scalars(select(AuditEvent))]
        assert events[-2:] == [("retention", "purge", "rule=spam after 30 days"),
                               ("retention", "retention_run", "purged=1")]  # fmt: skip
    with transaction(store) as s:  # a second run finds nothing more to do
        assert retention.apply(s, RULES) == {"purged": 0}


def test_what_is_never_or_not_yet_purged(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        kept = [
            file_tip(s, "b" * 32, "spam", "open", days_ago=29),
            file_tip(s, "c" * 32, "spam", "open", days_ago=40, legal_hold=True),
            file_tip(s, "d" * 32, "spam", "claimed", days_ago=40),
            file_tip(s, "e" * 32, "labor_trafficking", "open", days_ago=900),
            file_tip(s, "f" * 32, "labor_trafficking", "resolved", days_ago=300, outcome="no_action"),
        ]  # fmt: skip
        gone = [
            file_tip(s, "g" * 32, "general", "resolved", days_ago=31, outcome="not_trafficking"),
            file_tip(s, "h" * 32, "labor_trafficking", "resolved", days_ago=366, outcome="no_action"),
        ]  # fmt: skip
    with transaction(store) as s:
        assert retention.apply(s, RULES) == {"purged": 2}
    with store() as s:
        assert [s.get_one(Tip, i).purged_at is None for i in kept] == [True] * 5
        assert [s.get_one(Tip, i).purged_at is None for i in gone] == [False] * 2
        assert content_left(s, kept[0])["answers"] == {"where": "5th st"}


@pytest.mark.parametrize("text", [
    "rules: [{name: x, days: 0}]",
    "rules: [{name: x, days: 3, status: claimed}]",
    "rules: [{name: x, days: 3, status: open}]",
    "rules: [{days: 3}]",
    "rules: {}",
    "rules: [{name: x, days: 3, queue: [1]}]",
    ": not yaml [",
])  # fmt: skip
def test_unsafe_or_malformed_rules_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "retention.yml"
    path.write_text(text)
    with pytest.raises(retention.RetentionError):
        retention.load_rules(path)
