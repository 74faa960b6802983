"""Which tips staff were shown is in the audit log (ids, never text), for the live refresh of
the queue pages and for API lists too, without a row for every poll that shows nothing new."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips.models import AuditEvent, AuditTip, Tip

from .conftest import Clock
from .seed import Verdict, make_tip

SECRET_TEXT = "the red barn behind the orchard"
POLL = "/staff/live.json?queue=general"


def tip_id(sessions: sessionmaker[Session], reference: str) -> int:
    with sessions() as session:
        return session.scalars(select(Tip.id).where(Tip.reference == reference)).one()


def events(sessions: sessionmaker[Session], action: str) -> list[tuple[str, set[int]]]:
    """The events of one action, oldest first, each with the ids of the tips it showed."""
    with sessions() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()
        shown = session.execute(select(AuditTip.event_id, AuditTip.tip_id)).all()
        return [(row.detail, {t for e, t in shown if e == row.id}) for row in rows]


def no_text_in_the_log(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        details = session.scalars(select(AuditEvent.detail)).all()
    assert details and not any(SECRET_TEXT in detail for detail in details)


def test_live_refresh_writes_when_the_tips_shown_change(
    signed_in: FlaskClient, sessions: sessionmaker[Session], clock: Clock
) -> None:
    first = make_tip(sessions, [SECRET_TEXT], Verdict("high", "general"))
    assert signed_in.get("/staff/queues/general").status_code == 200
    assert events(sessions, "view_queue")[-1][1] == {tip_id(sessions, first)}
    for _ in range(5):  # the same tips the page showed: nothing more to write
        assert signed_in.get(POLL).status_code == 200
    assert events(sessions, "view_live") == []

    second = make_tip(sessions, ["a second tip"], Verdict("medium", "general"))
    for _ in range(3):
        assert [r["reference"] for r in signed_in.get(POLL).get_json()["rows"]] == [first, second]
    both = {tip_id(sessions, first), tip_id(sessions, second)}
    assert events(sessions, "view_live") == [("queue=general", both)]

    clock.advance(5 * 60 + 1)  # unchanged, but a reminder is due
    signed_in.get(POLL)
    signed_in.get(POLL)
    assert events(sessions, "view_live") == [("queue=general", both)] * 2
    no_text_in_the_log(sessions)


def test_live_refresh_of_another_view_is_written_once(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    labor = make_tip(sessions, [SECRET_TEXT], Verdict("high", "labor_trafficking"))
    for _ in range(4):
        assert signed_in.get("/staff/live.json").status_code == 200
        assert signed_in.get("/staff/live.json?status=claimed").status_code == 200
    assert events(sessions, "view_live") == [
        ("queue=*", {tip_id(sessions, labor)}),
        ("queue=* status=claimed", set()),
    ]


def test_api_lists_record_the_tips_they_show_when_they_change(
    client: FlaskClient, sessions: sessionmaker[Session], token: str, clock: Clock
) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    first = make_tip(sessions, [SECRET_TEXT], Verdict("high", "general"))
    for _ in range(3):
        assert client.get("/api/v1/tips?queue=general", headers=auth).status_code == 200
    listed = events(sessions, "api_list_tips")
    assert len(listed) == 3  # every request is audited ...
    assert [ids for _, ids in listed] == [{tip_id(sessions, first)}, set(), set()]  # ... once
    assert all(detail.endswith("unchanged") for detail, _ in listed[1:])

    second = make_tip(sessions, ["another"], Verdict("low", "general"))
    client.get("/api/v1/tips?queue=general", headers=auth)
    assert events(sessions, "api_list_tips")[-1][1] == {
        tip_id(sessions, first),
        tip_id(sessions, second),
    }
    clock.advance(5 * 60 + 1)
    client.get("/api/v1/tips?queue=general", headers=auth)
    assert len(events(sessions, "api_list_tips")[-1][1]) == 2
    client.get(f"/api/v1/tips/{first}", headers=auth)
    with sessions() as session:
        viewed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "api_view_tip")
        ).one()
        assert viewed.tip_id == tip_id(sessions, first)
    no_text_in_the_log(sessions)


def test_the_audit_page_counts_the_tips_an_event_showed(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    make_tip(sessions, ["one"], Verdict("high", "general"))
    make_tip(sessions, ["two"], Verdict("high", "general"))
    signed_in.get("/staff/queues/general")
    assert "(2 tips shown)" in signed_in.get("/staff/audit").get_data(as_text=True)
