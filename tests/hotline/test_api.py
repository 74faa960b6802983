"""The JSON API: bearer tokens, queue filter, the single tip, JSON errors and audit."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction

from .seed import Verdict, audit_rows, make_tip

ISO_Z = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic YW5hOnBhc3N3b3Jk"},
    ],
)
def test_no_valid_token_is_401_json(client: FlaskClient, token: str, headers: dict) -> None:
    for path in ("/api/v1/tips", "/api/v1/tips/K7F-2QM"):
        response = client.get(path, headers=headers)
        assert response.status_code == 401
        assert response.is_json and "error" in response.get_json()
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_token_of_a_deactivated_account_is_401(
    client: FlaskClient, sessions: sessionmaker[Session], token: str, staff_user: str
) -> None:
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        user.active = False
    assert client.get("/api/v1/tips", headers=bearer(token)).status_code == 401


def test_list_is_ordered_like_the_queue_page(
    client: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    medium = make_tip(sessions, ["a"], Verdict("medium", "general"), minutes_ago=60)
    critical = make_tip(
        sessions,
        ["b"],
        Verdict("critical", "emergency", "sex_trafficking", True, True),
        minutes_ago=1,
    )
    high = make_tip(sessions, ["c"], Verdict("high", "labor_trafficking"), minutes_ago=30)
    response = client.get("/api/v1/tips", headers=bearer(token))
    assert response.status_code == 200
    rows = response.get_json()
    assert [row["reference"] for row in rows] == [critical, high, medium]
    first = rows[0]
    assert set(first) == {
        "reference",
        "urgency",
        "category",
        "queue",
        "language",
        "region",
        "status",
        "created_at",
        "immediate_danger",
        "minor_involved",
        "escalated",
        "claimed_by",
    }
    assert first["urgency"] == "critical" and first["queue"] == "emergency"
    assert first["immediate_danger"] is True and first["minor_involved"] is True
    assert first["status"] == "open" and first["language"] == "en"
    assert ISO_Z.fullmatch(first["created_at"])


def test_untriaged_tip_carries_the_tipster_answers_as_flags(
    client: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    make_tip(sessions, ["help"], answers={"immediate_danger": True, "minor_involved": "maybe"})
    (row,) = client.get("/api/v1/tips", headers=bearer(token)).get_json()
    assert row["urgency"] is None and row["queue"] is None
    assert row["immediate_danger"] is True and row["minor_involved"] is None


def test_queue_filter(client: FlaskClient, sessions: sessionmaker[Session], token: str) -> None:
    labor = make_tip(sessions, ["a"], Verdict("high", "labor_trafficking"))
    make_tip(sessions, ["b"], Verdict("critical", "emergency"))
    untriaged = make_tip(sessions, ["c"])
    rows = client.get("/api/v1/tips?queue=labor_trafficking", headers=bearer(token)).get_json()
    assert [row["reference"] for row in rows] == [labor]
    rows = client.get("/api/v1/tips?queue=untriaged", headers=bearer(token)).get_json()
    assert [row["reference"] for row in rows] == [untriaged]
    assert client.get("/api/v1/tips?queue=nothing_here", headers=bearer(token)).get_json() == []


@pytest.mark.parametrize("queue", ["Emergency", "a" * 49, "sex trafficking", "x;drop", "é"])
def test_bad_queue_is_400_json(client: FlaskClient, token: str, queue: str) -> None:
    response = client.get("/api/v1/tips", query_string={"queue": queue}, headers=bearer(token))
    assert response.status_code == 400
    assert "queue" in response.get_json()["error"]


def test_single_tip_has_answers_transcript_and_indicators(
    client: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    indicators = [{"name": "confiscated_documents", "evidence": "took my passport"}]
    reference = make_tip(
        sessions,
        ["<b>they</b> took my passport"],
        Verdict("high", "labor_trafficking", indicators=indicators),
        answers={"where": "Main St farm", "immediate_danger": False},
        reply="Thank you.",
    )
    response = client.get(f"/api/v1/tips/{reference}", headers=bearer(token))
    assert response.status_code == 200
    body = response.get_json()
    assert body["reference"] == reference and body["urgency"] == "high"
    assert body["answers"] == {"where": "Main St farm", "immediate_danger": False}
    assert [(m["direction"], m["body"]) for m in body["transcript"]] == [
        ("in", "<b>they</b> took my passport"),
        ("out", "Thank you."),
    ]
    assert all(ISO_Z.fullmatch(m["created_at"]) for m in body["transcript"])
    assert body["indicators"] == indicators
    assert body["rubric_version"] == "test-1"
    assert response.mimetype == "application/json"


def test_unknown_reference_is_404_json(client: FlaskClient, token: str) -> None:
    for reference in ("ZZZ-ZZZ", "nonsense"):
        response = client.get(f"/api/v1/tips/{reference}", headers=bearer(token))
        assert response.status_code == 404
        assert response.get_json() == {"error": "no tip with that reference"}


def test_api_reads_are_audited(
    client: FlaskClient, sessions: sessionmaker[Session], token: str, staff_user: str
) -> None:
    reference = make_tip(sessions, ["a"], Verdict("low", "general"))
    client.get("/api/v1/tips?queue=general", headers=bearer(token))
    client.get(f"/api/v1/tips/{reference}", headers=bearer(token))
    client.get("/api/v1/tips", headers={})  # refused: leaves no audit row
    events = [(e.actor, e.action, e.detail, e.tip_id is not None) for e in audit_rows(sessions)]
    assert events == [
        (staff_user, "api_list_tips", "token=1 GET /api/v1/tips 200 tips=1", False),
        (staff_user, "api_view_tip", f"token=1 GET /api/v1/tips/{reference} 200", True),
    ]
