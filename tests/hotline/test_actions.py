"""Case actions on the tip page (CSRF-protected forms) and in the JSON API."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction
from tips.models import Message, Note, Override, Tip

from .seed import Verdict, audit_rows, csrf_from, links_to_tips, make_tip


def tip_row(sessions: sessionmaker[Session], reference: str) -> Tip:
    with sessions() as session:
        return session.scalars(select(Tip).where(Tip.reference == reference)).one()


def post(client: FlaskClient, reference: str, action: str, **form: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": csrf_from(client), **form}
    return client.post(f"/staff/tips/{reference}/{action}", data=data)


@pytest.fixture
def reference(sessions: sessionmaker[Session]) -> str:
    return make_tip(sessions, ["they took our passports"], Verdict("high", "labor_trafficking"))


def test_claim_reply_and_resolve_from_the_tip_page(
    signed_in: FlaskClient, sessions: sessionmaker[Session], reference: str
) -> None:
    response = post(signed_in, reference, "claim")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/staff/tips/{reference}"
    assert "Claimed by <strong>ana</strong>" in signed_in.get(response.headers["Location"]).text
    post(signed_in, reference, "reply", body="Are you safe now? <b>hi</b>")
    with sessions() as session:
        out = session.scalars(select(Message).where(Message.direction == "out")).all()
    assert out[-1].body == "Are you safe now? <b>hi</b>"
    page = signed_in.get(f"/staff/tips/{reference}").text
    assert "Are you safe now? &lt;b&gt;hi&lt;/b&gt;" in page
    post(signed_in, reference, "resolve", outcome="referred_service_provider")
    tip = tip_row(sessions, reference)
    assert (tip.status, tip.outcome) == ("resolved", "referred_service_provider")
    assert "Referred to a service provider" in signed_in.get(f"/staff/tips/{reference}").text
    actions = [e.action for e in audit_rows(sessions)]
    assert actions[-6:] == ["claim", "view_tip", "reply", "view_tip", "resolve", "view_tip"]


@pytest.mark.parametrize("action", ["claim", "release", "notes", "override", "escalate", "reply", "resolve"])  # fmt: skip
def test_every_action_needs_the_csrf_token(
    signed_in: FlaskClient, sessions: sessionmaker[Session], reference: str, action: str
) -> None:
    response = signed_in.post(f"/staff/tips/{reference}/{action}", data={"body": "x"})
    assert response.status_code == 400
    tip = tip_row(sessions, reference)
    assert (tip.status, tip.escalated) == ("open", False)


def test_actions_signed_out_go_to_login(client: FlaskClient, reference: str) -> None:
    client.get("/staff/login")
    response = post(client, reference, "claim")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_note_and_override_with_reason(
    signed_in: FlaskClient, sessions: sessionmaker[Session], reference: str
) -> None:
    post(signed_in, reference, "notes", body="Called the <i>shelter</i>")
    refused = post(signed_in, reference, "override", field="urgency", value="critical", reason="")
    assert refused.status_code == 303
    assert "reason is empty" in signed_in.get(f"/staff/tips/{reference}").text
    post(signed_in, reference, "override", field="urgency", value="critical", reason="gun seen")
    tip = tip_row(sessions, reference)
    assert (tip.urgency, tip.urgency_rank) == ("critical", 0)
    with sessions() as session:
        assert [n.body for n in session.scalars(select(Note))] == ["Called the <i>shelter</i>"]
        assert [(o.field, o.old, o.new) for o in session.scalars(select(Override))] == [
            ("urgency", "high", "critical")
        ]
    page = signed_in.get(f"/staff/tips/{reference}").text
    assert "Called the &lt;i&gt;shelter&lt;/i&gt;" in page
    assert "changed urgency from high to critical" in page and "gun seen" in page


def test_escalate_moves_the_tip_to_the_top(
    signed_in: FlaskClient, sessions: sessionmaker[Session], reference: str
) -> None:
    critical = make_tip(sessions, ["x"], Verdict("critical", "labor_trafficking"), minutes_ago=9)
    post(signed_in, reference, "escalate")
    page = signed_in.get("/staff/queues/labor_trafficking").text
    assert links_to_tips(page) == [reference, critical]
    assert "escalated" in page


def test_advocate_must_claim_before_replying_or_resolving(
    advocate_client: FlaskClient, sessions: sessionmaker[Session], reference: str
) -> None:
    refused = post(advocate_client, reference, "resolve", outcome="no_action")
    assert refused.status_code == 403 and "Claim this tip first." in refused.text
    assert tip_row(sessions, reference).status == "open"
    assert "Claim this tip to reply" in advocate_client.get(f"/staff/tips/{reference}").text
    post(advocate_client, reference, "claim")
    post(advocate_client, reference, "resolve", outcome="no_action")
    assert tip_row(sessions, reference).status == "resolved"


@pytest.fixture
def token(sessions: sessionmaker[Session], staff_user: str) -> dict[str, str]:
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        return {"Authorization": f"Bearer {staff.issue_token(session, user, scopes=['act'])}"}


def test_api_claim_note_resolve(
    client: FlaskClient, sessions: sessionmaker[Session], token: dict[str, str], reference: str
) -> None:
    base = f"/api/v1/tips/{reference}"
    claimed = client.post(f"{base}/claim", headers=token)
    assert claimed.status_code == 200
    assert (claimed.json["status"], claimed.json["claimed_by"]) == ("claimed", "ana")
    noted = client.post(f"{base}/notes", json={"body": "phoned the tipster"}, headers=token)
    assert [n["body"] for n in noted.json["notes"]] == ["phoned the tipster"]
    assert client.post(f"{base}/notes", json={}, headers=token).status_code == 400
    bad = client.post(f"{base}/resolve", json={"outcome": "shrug"}, headers=token)
    assert bad.status_code == 409 and "outcome" in bad.json["error"]
    done = client.post(f"{base}/resolve", json={"outcome": "duplicate"}, headers=token)
    assert (done.json["status"], done.json["outcome"]) == ("resolved", "duplicate")
    assert client.post(f"{base}/claim", headers=token).status_code == 409
    assert client.post("/api/v1/tips/ZZZ-ZZZ/claim", headers=token).status_code == 404
    assert client.post(f"{base}/claim").status_code == 401
    actions = [e.action for e in audit_rows(sessions)]
    assert [a for a in actions if not a.startswith("api_")] == ["claim", "note", "resolve"]
    assert [a for a in actions if a.startswith("api_")] == [
        "api_claim",
        "api_note",
        "api_note",
        "api_resolve",
        "api_resolve",
        "api_claim",
        "api_claim",
    ]  # every request made with the token, refused ones too; the one without a token: none


def test_openapi_describes_every_api_route(client: FlaskClient) -> None:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
    document = response.json
    assert document["openapi"].startswith("3.1")
    described = {(path, method) for path, ops in document["paths"].items() for method in ops}
    routes = {
        (str(rule).replace("<reference>", "{reference}"), method.lower())
        for rule in client.application.url_map.iter_rules()
        if str(rule).startswith("/api/")
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    assert routes == described


def test_queue_filters_and_live_rows_with_the_clock(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    late = make_tip(sessions, ["a"], Verdict("critical", "labor_trafficking"), minutes_ago=12)
    fresh = make_tip(sessions, ["b"], Verdict("high", "labor_trafficking"), minutes_ago=3)
    spanish = make_tip(
        sessions, ["c"], Verdict("medium", "labor_trafficking"), language="es", minutes_ago=1
    )
    post(signed_in, fresh, "claim")
    page = signed_in.get("/staff/queues/labor_trafficking").text
    assert "overdue by 7 min (target 5 min)" in page and 'class="overdue"' in page
    assert links_to_tips(signed_in.get("/staff/queues/labor_trafficking?language=es").text) == [
        spanish
    ]
    assert links_to_tips(signed_in.get("/staff/queues/labor_trafficking?status=claimed").text) == [
        fresh
    ]
    live = signed_in.get("/staff/live.json?queue=labor_trafficking&status=open").json
    assert [row["reference"] for row in live["rows"]] == [late, spanish]
    assert live["rows"][0]["overdue"] is True and live["rows"][0]["waiting"].startswith("overdue")
    assert live["counts"]["labor_trafficking"] == 3


def test_supervisor_reassigns_to_an_advocate_of_the_queue(
    signed_in: FlaskClient,
    advocate_client: FlaskClient,
    sessions: sessionmaker[Session],
    reference: str,
) -> None:
    page = signed_in.get(f"/staff/tips/{reference}").text
    assert '<option value="bo"' in page
    post(signed_in, reference, "reassign", to="bo")
    assert tip_row(sessions, reference).claimed_by is not None
    assert "Claimed by <strong>bo</strong>" in advocate_client.get(f"/staff/tips/{reference}").text
    refused = post(advocate_client, reference, "reassign", to="ana")
    assert refused.status_code == 403 and "Only supervisors" in refused.text
    emergency = make_tip(sessions, ["x"], Verdict("critical", "emergency"))
    post(signed_in, emergency, "reassign", to="bo")
    assert tip_row(sessions, emergency).claimed_by is None
    last = audit_rows(sessions)[-1]  # the advocate's refusal: the failed reassign wrote nothing
    assert (last.actor, last.action) == ("bo", "denied")
    assert [e.detail for e in audit_rows(sessions) if e.action == "reassign"] == ["to=bo"]
