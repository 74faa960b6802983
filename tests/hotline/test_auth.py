"""Sign-in, sign-out, idle expiry and CSRF on the staff pages."""

from __future__ import annotations

import logging

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction

from .conftest import Clock
from .seed import STAFF_PASSWORD, audit_rows, csrf_from, login, make_tip


@pytest.mark.parametrize("path", ["/staff/", "/staff/queues/emergency", "/staff/tips/K7F-2QM"])
def test_pages_redirect_to_login_when_signed_out(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/login?next=")


def test_tip_page_is_not_shown_signed_out(
    client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["they keep the workers locked in"])
    response = client.get(f"/staff/tips/{reference}")
    assert response.status_code == 302
    assert b"locked in" not in response.data


def test_login_with_right_password_opens_the_overview(client: FlaskClient, staff_user: str) -> None:
    response = login(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/staff/"
    page = client.get("/staff/")
    assert page.status_code == 200
    assert staff_user in page.get_data(as_text=True)


@pytest.mark.parametrize("name", ["ana", "nobody"])
def test_wrong_password_or_unknown_name_is_rejected_generically(
    client: FlaskClient, staff_user: str, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    response = login(client, name=name, password="wrong password 123")
    assert response.status_code == 401
    assert "did not match an active account" in response.get_data(as_text=True)
    assert "wrong password 123" not in caplog.text
    assert "login failed" in caplog.text
    assert client.get("/staff/").status_code == 302


def test_inactive_account_cannot_sign_in(
    client: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        user.active = False
    assert login(client).status_code == 401


def test_deactivated_account_loses_its_open_session(
    signed_in: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        user.active = False
    assert signed_in.get("/staff/").status_code == 302


def test_login_post_without_csrf_token_is_400(client: FlaskClient, staff_user: str) -> None:
    client.get("/staff/login")
    response = client.post("/staff/login", data={"name": "ana", "password": STAFF_PASSWORD})
    assert response.status_code == 400
    assert client.get("/staff/").status_code == 302


def test_login_post_with_wrong_csrf_token_is_400(client: FlaskClient, staff_user: str) -> None:
    client.get("/staff/login")
    data = {"name": "ana", "password": STAFF_PASSWORD, "csrf_token": "forged"}
    assert client.post("/staff/login", data=data).status_code == 400


def test_logout_without_csrf_token_is_400_and_keeps_the_session(signed_in: FlaskClient) -> None:
    assert signed_in.post("/staff/logout").status_code == 400
    assert signed_in.get("/staff/").status_code == 200


def test_logout_ends_the_session(signed_in: FlaskClient, sessions: sessionmaker[Session]) -> None:
    response = signed_in.post("/staff/logout", data={"csrf_token": csrf_from(signed_in)})
    assert response.status_code == 302
    assert signed_in.get("/staff/").status_code == 302
    assert [e.action for e in audit_rows(sessions)] == ["login", "logout"]


def test_login_starts_a_fresh_session(client: FlaskClient, staff_user: str) -> None:
    client.get("/staff/login")
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    before = csrf_from(client)
    login(client)
    with client.session_transaction() as session:
        assert "planted" not in session
    assert csrf_from(client) != before


def test_session_expires_after_30_minutes_idle(signed_in: FlaskClient, clock: Clock) -> None:
    clock.advance(31 * 60)
    response = signed_in.get("/staff/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/login")
    assert signed_in.get("/staff/").status_code == 302


def test_activity_keeps_the_session_alive(signed_in: FlaskClient, clock: Clock) -> None:
    clock.advance(29 * 60)
    assert signed_in.get("/staff/").status_code == 200
    clock.advance(29 * 60)
    assert signed_in.get("/staff/").status_code == 200


def test_login_returns_to_the_staff_page_asked_for(client: FlaskClient, staff_user: str) -> None:
    response = login(client, next="/staff/queues/emergency")
    assert response.headers["Location"] == "/staff/queues/emergency"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/staff/", "/\\evil"])
def test_login_never_redirects_off_site(client: FlaskClient, staff_user: str, target: str) -> None:
    assert login(client, next=target).headers["Location"] == "/staff/"
