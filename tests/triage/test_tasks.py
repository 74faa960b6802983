"""The triage tasks on a real Celery worker, Redis broker and database."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.support.services import Process, wait_for
from tips.db import transaction
from tips.inbox import Inbound, record_inbound
from tips.models import Assessment, Page, Tip
from triage.tasks import enqueue_assessment

TOKEN = {"Authorization": "Bearer " + "i" * 40}


def triaged(sessions: sessionmaker[Session], tip_id: int) -> bool:
    with sessions() as s:
        tip = s.get_one(Tip, tip_id)
        return tip.assessed_revision == tip.revision


def file(
    internal_client: FlaskClient, sessions: sessionmaker[Session], text: str, **body: object
) -> int:
    sender = "cd" * 16
    with transaction(sessions) as s:
        record_inbound(s, Inbound("sms", sender, text, None))
    response = internal_client.post(
        "/internal/tips", headers=TOKEN, json={"sender_id": sender, "complete": True, **body}
    )
    assert response.status_code == 201
    return int(response.get_json()["tip_id"])


def test_a_filed_tip_is_assessed_queued_and_explained(
    worker: Process, internal_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    tip_id = file(
        internal_client, sessions,
        "my boss at the Golden Wok on 5th and Main in Dayton took our passports and we sleep "
        "in the basement, we are not paid",
    )  # fmt: skip
    wait_for(lambda: triaged(sessions, tip_id), 30, "assessment")
    with sessions() as s:
        tip = s.get_one(Tip, tip_id)
        assessment = s.scalars(select(Assessment).where(Assessment.tip_id == tip_id)).one()
    assert tip.queue == assessment.queue == "labor_trafficking"
    assert tip.urgency in {"high", "medium"}
    names = {i["name"] for i in assessment.indicators}
    assert "confiscated_documents" in names
    assert all(i["evidence"] for i in assessment.indicators)
    assert assessment.rubric_version


def test_a_critical_tip_pages_on_call_once_even_when_assessed_twice(
    worker: Process, internal_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    tip_id = file(
        internal_client, sessions, "they locked a girl in the van outside the motel right now",
        emergency=True, answers={"immediate_danger": True},
    )  # fmt: skip
    wait_for(lambda: "PAGE on-call" in worker.log.read_text(), 30, "page")
    enqueue_assessment(tip_id)
    enqueue_assessment(tip_id, urgent=True)
    wait_for(lambda: worker.log.read_text().count("assess_tip") >= 6, 30, "repeat runs")
    with sessions() as s:
        tip = s.get_one(Tip, tip_id)
        assessments = s.scalar(select(func.count()).where(Assessment.tip_id == tip_id))
        pages = s.scalars(select(Page).where(Page.tip_id == tip_id)).all()
    assert (tip.urgency, tip.queue) == ("critical", "emergency")
    assert assessments == 1
    assert len(pages) == 1 and pages[0].sent_at is not None
    assert worker.log.read_text().count("PAGE on-call") == 1


def test_tips_naming_the_same_phone_number_are_related(
    worker: Process, internal_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    from sqlalchemy import select as select_

    from tips.casework import related_tips
    from tips.models import TipEntity

    first = file(
        internal_client, sessions, "the boss calls the girls from (555) 013-2288, they owe him"
    )
    second_sender = "ef" * 16
    with transaction(sessions) as s:
        record_inbound(
            s, Inbound("sms", second_sender, "ad says call 555-013-2288 for massage", None)
        )
    second = internal_client.post(
        "/internal/tips", headers=TOKEN, json={"sender_id": second_sender, "complete": True}
    ).get_json()["tip_id"]
    wait_for(lambda: triaged(sessions, first) and triaged(sessions, second), 30, "both assessed")
    with sessions() as s:
        assert [t.id for t in related_tips(s, s.get_one(Tip, first))] == [second]
        digests = s.scalars(select_(TipEntity.digest)).all()
    assert digests and all("555" not in d and "2288" not in d for d in digests)
