"""Roles on the server: advocates see their assigned queues only; refusals are audited."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction

from .conftest import ADVOCATE
from .seed import Verdict, audit_rows, csrf_from, links_to_tips, make_tip


@pytest.fixture
def two_tips(sessions: sessionmaker[Session]) -> dict[str, str]:
    return {
        "labor": make_tip(sessions, ["they took our passports"], Verdict("high", "labor_trafficking")),
        "emergency": make_tip(sessions, ["help now"], Verdict("critical", "emergency")),
    }  # fmt: skip


def test_advocate_cannot_open_a_queue_not_assigned(
    advocate_client: FlaskClient, sessions: sessionmaker[Session], two_tips: dict[str, str]
) -> None:
    response = advocate_client.get("/staff/queues/emergency")
    assert response.status_code == 403
    assert two_tips["emergency"] not in response.get_data(as_text=True)
    denied = [e for e in audit_rows(sessions) if e.action == "denied"]
    assert [(e.actor, e.detail) for e in denied] == [(ADVOCATE, "queue=emergency")]


def test_advocate_cannot_open_a_tip_in_a_queue_not_assigned(
    advocate_client: FlaskClient, sessions: sessionmaker[Session], two_tips: dict[str, str]
) -> None:
    response = advocate_client.get(f"/staff/tips/{two_tips['emergency']}")
    assert response.status_code == 404  # as if it did not exist; the attempt is audited
    assert "help now" not in response.get_data(as_text=True)
    assert advocate_client.post(
        f"/staff/tips/{two_tips['emergency']}/claim",
        data={"csrf_token": _csrf(advocate_client)},
    ).status_code == 404  # fmt: skip
    denied = [e for e in audit_rows(sessions) if e.action == "denied"]
    assert len(denied) == 2 and all(e.tip_id is not None for e in denied)


def _csrf(client: FlaskClient) -> str:
    return csrf_from(client)


def test_advocate_sees_only_assigned_queues_and_their_tips(
    advocate_client: FlaskClient, two_tips: dict[str, str]
) -> None:
    assert advocate_client.get("/staff/queues/labor_trafficking").status_code == 200
    page = advocate_client.get("/staff/").get_data(as_text=True)
    assert links_to_tips(page) == [two_tips["labor"]]
    assert 'data-queue-count="emergency"' not in page
    live = advocate_client.get("/staff/live.json").get_json()
    assert [row["reference"] for row in live["rows"]] == [two_tips["labor"]]
    assert set(live["counts"]) == {"labor_trafficking"}
    assert advocate_client.get("/staff/live.json?queue=emergency").status_code == 403


def test_supervisor_sees_every_queue(signed_in: FlaskClient, two_tips: dict[str, str]) -> None:
    assert signed_in.get("/staff/queues/emergency").status_code == 200
    assert set(links_to_tips(signed_in.get("/staff/").get_data(as_text=True))) == set(
        two_tips.values()
    )


def test_new_assignment_takes_effect_on_the_next_request(
    advocate_client: FlaskClient, sessions: sessionmaker[Session], two_tips: dict[str, str]
) -> None:
    with transaction(sessions) as session:
        user = staff.by_name(session, ADVOCATE)
        assert user is not None
        staff.assign_queues(session, user, ["emergency"])
    assert advocate_client.get("/staff/queues/emergency").status_code == 200
    assert advocate_client.get("/staff/queues/labor_trafficking").status_code == 403


def test_audit_page_is_for_supervisors_newest_first(
    signed_in: FlaskClient, advocate_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["<b>secret words</b>"], Verdict("low", "general"))
    signed_in.get(f"/staff/tips/{reference}")
    page = signed_in.get("/staff/audit")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert text.index("view tip") < text.index("login")
    assert reference in text and "secret words" not in text
    assert advocate_client.get("/staff/audit").status_code == 403
    assert audit_rows(sessions)[-1].action == "denied"


def test_audit_page_is_paged(signed_in: FlaskClient, sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        for n in range(60):
            staff.audit(session, actor="ana", action="api_list_tips", detail=f"n={n}")
    first = signed_in.get("/staff/audit").get_data(as_text=True)
    assert "n=59" in first and "n=0<" not in first and "?page=2" in first
    second = signed_in.get("/staff/audit?page=2").get_data(as_text=True)
    assert "n=0<" in second and "n=59" not in second
    assert signed_in.get("/staff/audit?page=x").status_code == 200


def test_api_applies_the_same_rules(
    client: FlaskClient, sessions: sessionmaker[Session], advocate: str, two_tips: dict[str, str]
) -> None:
    with transaction(sessions) as session:
        user = staff.by_name(session, advocate)
        assert user is not None
        token = staff.issue_token(session, user, scopes=["act"])
    auth = {"Authorization": f"Bearer {token}"}
    rows = client.get("/api/v1/tips", headers=auth).get_json()
    assert [row["reference"] for row in rows] == [two_tips["labor"]]
    assert client.get("/api/v1/tips?queue=emergency", headers=auth).status_code == 403
    assert client.get(f"/api/v1/tips/{two_tips['emergency']}", headers=auth).status_code == 404
    claim = client.post(f"/api/v1/tips/{two_tips['emergency']}/claim", headers=auth)
    assert claim.status_code == 404 and claim.get_json() == {"error": "no tip with that reference"}
    queues = client.get("/api/v1/queues", headers=auth).get_json()
    assert queues == [{"queue": "labor_trafficking", "open": 1, "by_urgency": {"high": 1}}]
