"""Unclaimed critical and high tips page again, up an escalation chain, on a real worker."""

from __future__ import annotations

from datetime import timedelta

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.support.services import Process, wait_for
from tips.db import transaction
from tips.models import Page, Tip, utcnow
from tips.store import escalations_due, save_assessment
from triage.notify import PageNotice
from triage.rubric import RUBRIC_VERSION
from triage.tasks import sweep

TOKEN = {"Authorization": "Bearer " + "i" * 40}
TARGETS = {"critical": 5, "high": 30}


def verdict(urgency: str) -> dict[str, object]:
    """The current rubric's verdict, so the worker's own run on the same revision is a repeat."""
    return {
        "rubric_version": RUBRIC_VERSION, "urgency": urgency, "category": "labor_trafficking",
        "queue": "labor_trafficking", "immediate_danger": False, "minor_involved": None,
        "language": "en", "indicators": [],
    }  # fmt: skip


def tip_aged(
    client: FlaskClient, sessions: sessionmaker[Session], urgency: str, minutes: int, sender: str
) -> int:
    filed = client.post("/internal/tips", headers=TOKEN, json={"sender_id": sender})
    tip_id = int(filed.get_json()["tip_id"])
    with transaction(sessions) as s:
        tip = s.get_one(Tip, tip_id)
        tip.revision += 1  # a revision of its own, so the worker's run on the filing cannot win
        save_assessment(s, tip, tip.revision, verdict(urgency))
        tip.created_at = utcnow() - timedelta(minutes=minutes)
    return tip_id


def test_levels_follow_the_time_waited(
    internal_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    fresh = tip_aged(internal_client, sessions, "critical", 2, "a1" * 16)
    late = tip_aged(internal_client, sessions, "critical", 11, "a2" * 16)
    high = tip_aged(internal_client, sessions, "high", 31, "a3" * 16)
    medium = tip_aged(internal_client, sessions, "medium", 500, "a4" * 16)
    claimed = tip_aged(internal_client, sessions, "critical", 60, "a5" * 16)
    with transaction(sessions) as s:
        s.get_one(Tip, claimed).status = "claimed"
    with sessions() as s:
        due = dict(escalations_due(s, utcnow(), TARGETS, max_level=3))
    assert due == {late: 2, high: 1}
    assert fresh not in due and medium not in due


def test_an_unclaimed_critical_tip_is_paged_again_by_the_sweep(
    worker: Process, internal_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    tip_id = tip_aged(internal_client, sessions, "critical", 6, "b1" * 16)
    sweep.apply_async()
    wait_for(lambda: "UNCLAIMED (escalation 1)" in worker.log.read_text(), 30, "escalation")
    with sessions() as s:
        pages = s.scalars(select(Page).where(Page.tip_id == tip_id, Page.level == 1)).all()
    assert len(pages) == 1 and pages[0].sent_at is not None
    sweep.apply_async()
    wait_for(lambda: worker.log.read_text().count("triage.tasks.sweep") >= 4, 30, "second sweep")
    assert worker.log.read_text().count("UNCLAIMED (escalation 1)") == 1


def test_the_escalation_page_says_so() -> None:
    notice = PageNotice("K7F-2QM", "high", "labor_trafficking", ("debt_bondage",), level=2)
    assert notice.text().startswith("Lantern UNCLAIMED (escalation 2) HIGH tip K7F-2QM")
