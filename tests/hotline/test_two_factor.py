"""Two-step sign-in, the pause after failures, the 12-hour limit and session rotation."""

from __future__ import annotations

import time

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction

from .conftest import Clock
from .seed import STAFF_PASSWORD, code_step, csrf_from, password_step, totp_now

FAILED = "did not match an active account"


def test_password_alone_leads_only_to_the_code_step(client: FlaskClient, staff_user: str) -> None:
    response = password_step(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/staff/login/code"
    for path in ("/staff/", "/staff/queues/emergency", "/staff/audit", "/staff/live.json"):
        assert client.get(path).status_code == 302, path
    page = client.get("/staff/login/code").get_data(as_text=True)
    assert 'autocomplete="one-time-code"' in page


def test_right_code_signs_in_and_rotates_the_session(client: FlaskClient, staff_user: str) -> None:
    password_step(client)
    half = csrf_from(client)
    response = code_step(client, totp_now(client))
    assert response.status_code == 302 and response.headers["Location"] == "/staff/"
    with client.session_transaction() as session:
        assert "pending_id" not in session
    assert csrf_from(client) != half
    assert client.get("/staff/").status_code == 200


def test_wrong_code_is_refused(client: FlaskClient, staff_user: str) -> None:
    password_step(client)
    good = totp_now(client)
    wrong = "000000" if good != "000000" else "111111"
    response = code_step(client, wrong)
    assert response.status_code == 401
    assert "code did not match" in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_code_step_without_the_password_step_goes_back_to_login(
    client: FlaskClient, staff_user: str
) -> None:
    client.get("/staff/login")
    response = code_step(client, totp_now(client))
    assert response.status_code == 302 and response.headers["Location"] == "/staff/login"
    assert client.get("/staff/").status_code == 302


def test_code_step_expires_after_five_minutes(client: FlaskClient, staff_user: str) -> None:
    password_step(client)
    with client.session_transaction() as session:
        session["pending_at"] = int(time.time()) - 301
    assert code_step(client, totp_now(client)).headers["Location"] == "/staff/login"


@pytest.mark.parametrize("step", ["password", "code"])
def test_five_failures_pause_their_source_with_the_same_message(
    client: FlaskClient, staff_user: str, step: str
) -> None:
    for _ in range(5):
        if step == "password":
            response = password_step(client, password="wrong password 123")
        else:
            password_step(client)
            response = code_step(client, "000000" if totp_now(client) != "000000" else "111111")
        assert response.status_code == 401
    assert FAILED in response.get_data(as_text=True)  # the fifth failure pauses this source
    locked = password_step(client)  # the right password, during the pause
    assert locked.status_code == 401
    assert FAILED in locked.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_account_without_a_second_factor_cannot_sign_in(
    client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        staff.add(session, "cy", STAFF_PASSWORD, "supervisor")
    response = password_step(client, "cy")
    assert response.status_code == 403
    assert "no second factor" in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_session_ends_after_12_hours_even_when_active(signed_in: FlaskClient, clock: Clock) -> None:
    for _ in range(35):  # a click every 20 minutes, for 11 h 40 min
        clock.advance(20 * 60)
        assert signed_in.get("/staff/").status_code == 200
    clock.advance(25 * 60)
    response = signed_in.get("/staff/")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]
    page = signed_in.get("/staff/login").get_data(as_text=True)
    assert "after 12 hours" in page


def test_a_code_cannot_be_used_twice(client: FlaskClient, staff_user: str) -> None:
    password_step(client)
    code = totp_now(client)
    assert code_step(client, code).status_code == 302
    client.post("/staff/logout", data={"csrf_token": csrf_from(client)})
    password_step(client)
    replay = code_step(client, code)
    assert replay.status_code == 401
    assert client.get("/staff/").status_code == 302
