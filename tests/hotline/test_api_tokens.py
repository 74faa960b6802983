"""API tokens expire, carry scopes (read, act), are revoked at once by their owner or an admin,
note when they were last used, and every request made with one is audited."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import staff, tokens
from tips.crypto import token_digest
from tips.db import transaction
from tips.models import ApiToken, AuditEvent, Tip, utcnow

from .conftest import SECRET_KEY, Clock
from .seed import STAFF_PASSWORD, Verdict, audit_rows, csrf_from, login, make_tip

SECRET_TEXT = "the blue house with the broken gate"
NOTE_TEXT = "called the shelter about the gate house"


def issue(sessions: sessionmaker[Session], name: str, **options: object) -> tuple[int, str]:
    """A token for the account, as `lantern staff token` makes one: its id and the token."""
    with transaction(sessions) as session:
        user = staff.by_name(session, name)
        assert user is not None
        record, token = tokens.issue(session, user, **options)  # type: ignore[arg-type]
        session.flush()
        return record.id, token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def record_of(sessions: sessionmaker[Session], token_id: int) -> ApiToken:
    with sessions() as session:
        record = session.get(ApiToken, token_id)
        assert record is not None
        return record


def last_event(sessions: sessionmaker[Session]) -> AuditEvent:
    return audit_rows(sessions)[-1]


def test_a_new_token_is_read_only_for_90_days_unless_told(
    sessions: sessionmaker[Session], staff_user: str
) -> None:
    default = record_of(sessions, issue(sessions, staff_user)[0])
    assert default.scopes == "read"
    assert default.expires_at - default.created_at == timedelta(days=90)
    longest = record_of(sessions, issue(sessions, staff_user, days=365, scopes=["act"])[0])
    assert longest.scopes == "read act"  # act answers with the tip, so it brings read
    assert longest.expires_at - longest.created_at == timedelta(days=365)
    for bad in ({"days": 366}, {"days": 0}, {"scopes": ["write"]}, {"scopes": []}):
        with pytest.raises(tokens.TokenError):
            issue(sessions, staff_user, **bad)


def test_a_read_token_cannot_act(
    client: FlaskClient,
    sessions: sessionmaker[Session],
    staff_user: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    reference = make_tip(sessions, ["help"], Verdict("high", "general"))
    token_id, token = issue(sessions, staff_user)
    assert client.get(f"/api/v1/tips/{reference}", headers=bearer(token)).status_code == 200
    with caplog.at_level(logging.WARNING):
        refused = client.post(f"/api/v1/tips/{reference}/claim", headers=bearer(token))
    assert refused.status_code == 403
    assert refused.get_json() == {"error": "this token may only read; the act scope is needed"}
    assert 'error="insufficient_scope"' in refused.headers["WWW-Authenticate"]
    with sessions() as session:
        tip = session.scalars(select(Tip).where(Tip.reference == reference)).one()
        assert tip.status == "open" and tip.claimed_by is None
    event = last_event(sessions)
    assert (event.actor, event.action) == (staff_user, "api_refused")
    assert event.detail == f"token={token_id} POST /api/v1/tips/{reference}/claim 403 scope"
    assert f"API token {token_id} refused (scope)" in caplog.text


def test_an_act_token_still_obeys_the_claim_rules(
    client: FlaskClient, sessions: sessionmaker[Session], advocate: str
) -> None:
    reference = make_tip(sessions, ["help"], Verdict("high", "labor_trafficking"))
    _, token = issue(sessions, advocate, scopes=["act"])
    done = {"outcome": "referred_service_provider"}
    unclaimed = client.post(f"/api/v1/tips/{reference}/resolve", json=done, headers=bearer(token))
    assert unclaimed.status_code == 403  # tips.casework: an advocate must hold the claim
    assert client.post(f"/api/v1/tips/{reference}/claim", headers=bearer(token)).status_code == 200
    resolved = client.post(f"/api/v1/tips/{reference}/resolve", json=done, headers=bearer(token))
    assert resolved.status_code == 200 and resolved.get_json()["status"] == "resolved"


def test_an_expired_token_is_refused_with_a_clear_401(
    client: FlaskClient,
    sessions: sessionmaker[Session],
    staff_user: str,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    token_id, token = issue(sessions, staff_user, days=1)
    assert client.get("/api/v1/queues", headers=bearer(token)).status_code == 200
    clock.advance(24 * 3600 + 1)
    with caplog.at_level(logging.WARNING):
        expired = client.get("/api/v1/queues", headers=bearer(token))
    assert expired.status_code == 401
    assert expired.get_json() == {"error": "this token has expired; ask for a new one"}
    assert 'error="invalid_token"' in expired.headers["WWW-Authenticate"]
    assert last_event(sessions).detail == f"token={token_id} GET /api/v1/queues 401 expired"
    assert f"API token {token_id} refused (expired)" in caplog.text


def test_the_owner_lists_and_revokes_tokens_and_revoking_works_at_once(
    signed_in: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    token_id, token = issue(sessions, staff_user, label="case tool", scopes=["act"])
    assert signed_in.get("/api/v1/queues", headers=bearer(token)).status_code == 200
    page = signed_in.get("/staff/account/tokens").get_data(as_text=True)
    assert "case tool" in page and "read, act" in page and "just now" in page
    assert token not in page and token_digest(token) not in page  # shown once, at issue only
    revoked = signed_in.post(f"/staff/account/tokens/{token_id}/revoke",
                             data={"csrf_token": csrf_from(signed_in)})  # fmt: skip
    assert revoked.status_code == 303
    refused = signed_in.get("/api/v1/queues", headers=bearer(token))
    assert refused.status_code == 401 and refused.get_json() == {"error": "this token was revoked"}
    revoking = [e for e in audit_rows(sessions) if e.action == "revoke_token"]
    assert [(e.actor, e.detail) for e in revoking] == [
        (staff_user, f"name={staff_user} token={token_id}")
    ]
    assert "revoked" in signed_in.get("/staff/account/tokens").get_data(as_text=True)


@pytest.mark.parametrize("token_id", ["{theirs}", "999999", "99999999999999999999"])
def test_nobody_revokes_another_account_s_token_from_their_own_page(
    advocate_client: FlaskClient, sessions: sessionmaker[Session], staff_user: str, token_id: str
) -> None:
    theirs, token = issue(sessions, staff_user, label="nightly export")
    url = f"/staff/account/tokens/{token_id.format(theirs=theirs)}/revoke"
    response = advocate_client.post(url, data={"csrf_token": csrf_from(advocate_client)})
    assert response.status_code == 404
    assert record_of(sessions, theirs).revoked_at is None
    assert advocate_client.get("/api/v1/queues", headers=bearer(token)).status_code == 200
    page = advocate_client.get("/staff/account/tokens").get_data(as_text=True)
    assert "nightly export" not in page and "No API tokens." in page


def test_an_admin_revokes_any_account_s_tokens(
    app: Flask, sessions: sessionmaker[Session], advocate: str, advocate_client: FlaskClient
) -> None:
    with transaction(sessions) as session:
        staff.add(session, "root", STAFF_PASSWORD, "admin", secret_key=SECRET_KEY)
    admin = app.test_client()
    assert login(admin, "root").status_code == 302
    first_id, first = issue(sessions, advocate, label="laptop script")
    second_id, second = issue(sessions, advocate)
    assert advocate_client.get(f"/staff/admin/staff/{advocate}/tokens").status_code == 403
    page = admin.get(f"/staff/admin/staff/{advocate}/tokens").get_data(as_text=True)
    assert "laptop script" in page and first not in page
    assert admin.get("/staff/admin/staff/nobody/tokens").status_code == 404
    url = f"/staff/admin/staff/{advocate}/tokens/{first_id}/revoke"
    assert admin.post(url, data={"csrf_token": csrf_from(admin)}).status_code == 303
    assert admin.get("/api/v1/queues", headers=bearer(first)).status_code == 401
    assert admin.get("/api/v1/queues", headers=bearer(second)).status_code == 200
    off = {"csrf_token": csrf_from(admin), "deactivate": "yes"}
    admin.post(f"/staff/admin/staff/{advocate}", data=off)  # deactivating revokes the rest
    assert record_of(sessions, second_id).revoked_at is not None
    assert admin.get("/api/v1/queues", headers=bearer(second)).status_code == 401
    actions = [(e.actor, e.action) for e in audit_rows(sessions)]
    assert ("root", "revoke_token") in actions and ("root", "revoke_tokens") in actions


def test_last_use_moves_at_most_once_a_minute(
    client: FlaskClient, sessions: sessionmaker[Session], staff_user: str, clock: Clock
) -> None:
    token_id, token = issue(sessions, staff_user)
    assert record_of(sessions, token_id).last_used_at is None
    client.get("/api/v1/queues", headers=bearer(token))
    first = record_of(sessions, token_id).last_used_at
    assert first is not None and abs(first - utcnow()) < timedelta(seconds=5)
    clock.advance(30)
    client.get("/api/v1/queues", headers=bearer(token))
    assert record_of(sessions, token_id).last_used_at == first
    clock.advance(31)
    client.get("/api/v1/queues", headers=bearer(token))
    later = record_of(sessions, token_id).last_used_at
    assert later is not None and later - first >= timedelta(minutes=1)


def test_every_request_is_audited_with_its_token_route_and_status_and_no_tip_text(
    client: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    reference = make_tip(sessions, [SECRET_TEXT], Verdict("high", "general"))
    token_id, token = issue(sessions, staff_user, scopes=["act"])
    auth, note = bearer(token), {"body": NOTE_TEXT}
    client.get("/api/v1/queues", headers=auth)
    client.get("/api/v1/tips?queue=general", headers=auth)
    client.get(f"/api/v1/tips/{reference}", headers=auth)
    client.post(f"/api/v1/tips/{reference}/notes", json=note, headers=auth)
    client.post(f"/api/v1/tips/{reference}/notes", json={"body": 7}, headers=auth)
    client.get("/api/v1/tips/ZZZ-ZZZ", headers=auth)
    client.get("/api/v1/tips?queue=Bad!", headers=auth)
    client.get("/api/v1/queues", headers=bearer("not-a-token"))  # nobody to name: no event
    api = [e for e in audit_rows(sessions) if e.action.startswith("api_")]
    assert [(e.actor, e.action, e.detail.split(" tips=")[0]) for e in api] == [
        (staff_user, "api_list_queues", f"token={token_id} GET /api/v1/queues 200"),
        (staff_user, "api_list_tips", f"token={token_id} GET /api/v1/tips 200"),
        (staff_user, "api_view_tip", f"token={token_id} GET /api/v1/tips/{reference} 200"),
        (staff_user, "api_note", f"token={token_id} POST /api/v1/tips/{reference}/notes 200"),
        (staff_user, "api_note", f"token={token_id} POST /api/v1/tips/{reference}/notes 400"),
        (staff_user, "api_view_tip", f"token={token_id} GET /api/v1/tips/ZZZ-ZZZ 404"),
        (staff_user, "api_list_tips", f"token={token_id} GET /api/v1/tips 400"),
    ]
    assert [e.tip_id is not None for e in api] == [False, False, True, True, False, False, False]
    details = " ".join(e.detail for e in audit_rows(sessions))
    assert SECRET_TEXT not in details and NOTE_TEXT not in details


@pytest.mark.parametrize(
    "header", ["Bearer " + "x" * 300, "Bearer \x00", "Bearer a b c", "bearer  ", "Token abc"]
)
def test_malformed_tokens_get_a_json_401(client: FlaskClient, header: str) -> None:
    response = client.get("/api/v1/tips", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.get_json() == {"error": "a valid bearer token is required"}


def test_a_token_of_an_advocate_sees_only_their_queues_after_the_role_changes(
    client: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    _, token = issue(sessions, staff_user)
    make_tip(sessions, ["x"], Verdict("high", "general"))
    assert len(client.get("/api/v1/tips", headers=bearer(token)).get_json()) == 1
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        user.role = "advocate"  # no queues assigned: the token follows the account's rights
    assert client.get("/api/v1/tips", headers=bearer(token)).get_json() == []
