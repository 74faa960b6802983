"""The retention task on a real Celery worker, Redis broker and database."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from tests.support.services import Process, wait_for
from tips.config import Settings
from tips.db import transaction
from tips.inbox import Inbound, record_inbound
from tips.models import AuditEvent, Message, Tip, utcnow
from tips.runtime import Runtime
from tips.store import save_assessment, submit
from triage.housekeeping import apply_retention
from triage.queueing import make_celery


def old_tip(sessions: sessionmaker[Session], sender: str, queue: str, hold: bool) -> int:
    with transaction(sessions) as s:
        record_inbound(s, Inbound("sms", sender, "win a free phone!!! click", None))
        tip, _ = submit(s, channel="sms", sender=sender, language="en", answers={}, complete=True)
        s.flush()
        save_assessment(s, tip, tip.revision, {
            "rubric_version": "1", "urgency": "low", "category": "not_trafficking", "queue": queue,
            "immediate_danger": False, "minor_involved": None, "language": "en", "indicators": []})  # fmt: skip
        s.flush()
        s.execute(update(Tip).where(Tip.id == tip.id).values(
            legal_hold=hold, updated_at=utcnow() - timedelta(days=45)))  # fmt: skip
        return tip.id


def test_the_worker_purges_due_tips_and_audits_the_run(
    settings: Settings, worker: Process, sessions: sessionmaker[Session]
) -> None:
    due = old_tip(sessions, "ab" * 16, "spam", hold=False)
    held = old_tip(sessions, "cd" * 16, "spam", hold=True)
    make_celery(Runtime(settings))
    apply_retention.delay()
    wait_for(lambda: "retention: purged 1 tips" in worker.log.read_text(), 30, "retention run")
    with sessions() as s:
        assert s.get_one(Tip, due).purged_at is not None
        assert s.get_one(Tip, held).purged_at is None
        bodies = {
            m.tip_id: m.body for m in s.scalars(select(Message).where(Message.direction == "in"))
        }
        assert bodies == {due: "", held: "win a free phone!!! click"}
        runs = s.scalars(select(AuditEvent).where(AuditEvent.action == "retention_run")).all()
        assert [r.detail for r in runs] == ["purged=1"]
