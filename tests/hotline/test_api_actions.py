"""API case actions added for case-management tools: release, escalate, override."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction
from tips.models import Override

from .seed import Verdict, audit_rows, make_tip


@pytest.fixture
def auth(sessions: sessionmaker[Session], staff_user: str) -> dict[str, str]:
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        return {"Authorization": f"Bearer {staff.issue_token(session, user, scopes=['act'])}"}


def test_claim_release_escalate_and_override(
    client: FlaskClient, sessions: sessionmaker[Session], auth: dict[str, str]
) -> None:
    reference = make_tip(sessions, ["they took our passports"], Verdict("medium", "general"))
    base = f"/api/v1/tips/{reference}"
    assert client.post(f"{base}/release", headers=auth).status_code == 409  # nobody holds it
    assert client.post(f"{base}/claim", headers=auth).get_json()["status"] == "claimed"
    released = client.post(f"{base}/release", headers=auth).get_json()
    assert (released["status"], released["claimed_by"]) == ("open", None)
    assert client.post(f"{base}/escalate", headers=auth).get_json()["escalated"] is True
    body = {"field": "queue", "value": "labor_trafficking", "reason": "passports withheld"}
    moved = client.post(f"{base}/override", json=body, headers=auth)
    assert moved.status_code == 200 and moved.get_json()["queue"] == "labor_trafficking"
    with sessions() as session:
        row = session.scalars(select(Override)).one()
    assert (row.old, row.new, row.reason) == ("general", "labor_trafficking", "passports withheld")
    case_work = [e.action for e in audit_rows(sessions) if not e.action.startswith("api_")]
    assert case_work[-4:] == ["claim", "release", "escalate", "override"]


@pytest.mark.parametrize("body", [{}, {"field": "queue", "value": "x"},
                                  {"field": 1, "value": "x", "reason": "y"}])  # fmt: skip
def test_override_without_every_field_is_400(
    client: FlaskClient, sessions: sessionmaker[Session], auth: dict[str, str], body: dict
) -> None:
    reference = make_tip(sessions, ["x"], Verdict("medium", "general"))
    response = client.post(f"/api/v1/tips/{reference}/override", json=body, headers=auth)
    assert response.status_code == 400


def test_an_advocate_cannot_escalate_outside_their_queues(
    client: FlaskClient, sessions: sessionmaker[Session], advocate: str
) -> None:
    reference = make_tip(sessions, ["x"], Verdict("medium", "general"))
    with transaction(sessions) as session:
        user = staff.by_name(session, advocate)
        assert user is not None
        token = staff.issue_token(session, user, scopes=["act"])
    response = client.post(f"/api/v1/tips/{reference}/escalate",
                           headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert response.status_code == 404  # as if it did not exist; the attempt is audited
    assert [e.action for e in audit_rows(sessions)][-2:] == ["denied", "api_escalate"]


@pytest.mark.parametrize(("action", "body"), [
    ("notes", {"body": "white van\x00"}),
    ("override", {"field": "queue", "value": "general", "reason": "a\x00b"}),
])  # fmt: skip
def test_a_nul_in_a_json_field_is_a_clear_400(
    client: FlaskClient,
    sessions: sessionmaker[Session],
    auth: dict[str, str],
    action: str,
    body: dict,
) -> None:
    """PostgreSQL text cannot hold a NUL: refused before it reaches the database."""
    reference = make_tip(sessions, ["x"], Verdict("medium", "general"))
    client.post(f"/api/v1/tips/{reference}/claim", headers=auth)
    response = client.post(f"/api/v1/tips/{reference}/{action}", json=body, headers=auth)
    assert response.status_code == 400 and "NUL" in response.get_json()["error"]
