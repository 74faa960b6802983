"""Server-side staff sessions: logout and revocation end a copied cookie at once, polling is not
activity, password change and forced change after a reset, the session list, all audited."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from commands import main
from tips import staff
from tips.db import transaction
from tips.models import StaffSession

from .conftest import ADVOCATE, SECRET_KEY, Clock
from .seed import STAFF_NAME, STAFF_PASSWORD, audit_rows, csrf_from, login, make_tip

NEW_PASSWORD = "a different long passphrase"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


@pytest.fixture
def admin(app: Flask, sessions: sessionmaker[Session]) -> FlaskClient:
    with transaction(sessions) as session:
        staff.add(session, "root", STAFF_PASSWORD, "admin", secret_key=SECRET_KEY)
    client = app.test_client()
    assert login(client, "root").status_code == 302
    return client


def cookie(client: FlaskClient) -> str:
    found = client.get_cookie("session")
    assert found is not None
    return found.value


def browser_with(app: Flask, value: str) -> FlaskClient:
    """Another browser holding a copy of a session cookie."""
    other = app.test_client()
    other.set_cookie("session", value)
    return other


def login_again(client: FlaskClient, name: str = STAFF_NAME, password: str = STAFF_PASSWORD) -> Any:
    """Sign in an account that signed in moments ago elsewhere: each code works once, so this
    is the next code, as a second device shows it 30 seconds later."""
    with transaction(client.application.extensions["lantern"].sessions) as session:
        user = staff.by_name(session, name)
        assert user is not None
        user.totp_last_step = None
    return login(client, name, password)


def sent_to_login(response: Any) -> bool:
    return response.status_code == 302 and "/staff/login" in response.headers["Location"]


def actions(sessions: sessionmaker[Session]) -> list[str]:
    return [event.action for event in audit_rows(sessions)]


def change_password(client: FlaskClient, current: str, new: str, again: str | None = None) -> Any:
    form = {
        "csrf_token": csrf_from(client),
        "current_password": current,
        "new_password": new,
        "new_password_again": new if again is None else again,
    }
    return client.post("/staff/account/password", data=form)


# Logout revokes the session on the server.


def test_a_cookie_copied_before_logout_is_refused_after_it(
    app: Flask, signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    copied = cookie(signed_in)
    assert browser_with(app, copied).get("/staff/").status_code == 200
    signed_in.post("/staff/logout", data={"csrf_token": csrf_from(signed_in)})
    thief = browser_with(app, copied)
    assert sent_to_login(thief.get("/staff/"))
    assert sent_to_login(thief.get("/staff/live.json"))
    assert actions(sessions)[-1] == "logout"


def test_the_cookie_carries_only_a_signed_session_id(
    app: Flask, signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    assert serializer is not None
    data = serializer.loads(cookie(signed_in))
    assert set(data) == {"sid"}
    with sessions() as session:
        (record,) = session.scalars(select(StaffSession))
        assert record.token_hash != data["sid"] and data["sid"] not in record.token_hash
    forged = serializer.dumps({"sid": "guessed"})
    assert sent_to_login(browser_with(app, forged).get("/staff/"))


# The idle clock counts only what a person does; the page's own polling is not activity.


def live_url(client: FlaskClient) -> str:
    """The feed the queue page's script (static/live.js) polls, as the page names it."""
    found = re.search(r'data-live="([^"]+)"', client.get("/staff/").text)
    assert found is not None
    return found.group(1).replace("&amp;", "&")


def test_polling_alone_does_not_keep_an_idle_session_alive(
    signed_in: FlaskClient, sessions: sessionmaker[Session], clock: Clock
) -> None:
    make_tip(sessions, ["they keep the workers locked in"])
    feed = live_url(signed_in)
    for minute in range(1, 30):  # the page polls on its own; nobody touches it
        clock.advance(60)
        polled = signed_in.get(feed, headers={"Accept": "application/json"})
        assert polled.status_code == 200, minute
    clock.advance(120)  # minute 31
    assert sent_to_login(signed_in.get(feed, headers={"Accept": "application/json"}))
    assert sent_to_login(signed_in.get("/staff/"))
    assert "30 minutes without activity" in signed_in.get("/staff/login").text


def test_clicking_keeps_the_session_alive_while_polling(
    signed_in: FlaskClient, clock: Clock
) -> None:
    feed = live_url(signed_in)
    for minute in range(1, 46):
        clock.advance(60)
        assert signed_in.get(feed).status_code == 200, minute
        if minute % 20 == 0:
            assert signed_in.get("/staff/queues/emergency").status_code == 200
    assert signed_in.get("/staff/").status_code == 200


# Password change by the signed-in user.


def test_changing_the_password_ends_every_other_session(
    app: Flask, signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    laptop = app.test_client()
    assert login_again(laptop).status_code == 302
    page = signed_in.get("/staff/account/password")
    assert page.status_code == 200 and 'autocomplete="new-password"' in page.text
    response = change_password(signed_in, STAFF_PASSWORD, NEW_PASSWORD)
    assert response.status_code == 303
    assert signed_in.get("/staff/").status_code == 200  # this session goes on
    assert sent_to_login(laptop.get("/staff/"))  # the other one ended at once
    assert login_again(app.test_client()).status_code == 401  # the old password is gone
    assert login_again(app.test_client(), password=NEW_PASSWORD).status_code == 302
    (event,) = [e for e in audit_rows(sessions) if e.action == "change_password"]
    assert event.actor == STAFF_NAME and event.detail == "other sessions ended=1"


@pytest.mark.parametrize(
    ("current", "new", "again", "says"),
    [
        ("wrong password 123", NEW_PASSWORD, None, "current password was not right"),
        ("", NEW_PASSWORD, None, "current password was not right"),
        (STAFF_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x", "did not match"),
        (STAFF_PASSWORD, "", "", "at least 12 characters"),
        (STAFF_PASSWORD, "short", None, "at least 12 characters"),
        (STAFF_PASSWORD, "x" * 2000, None, "at most 1024"),
        (STAFF_PASSWORD, "ANA is my name ok", None, "account name"),
        (STAFF_PASSWORD, STAFF_PASSWORD, None, "differ from the current"),
    ],
)
def test_a_bad_password_change_is_refused_clearly(
    app: Flask,
    signed_in: FlaskClient,
    sessions: sessionmaker[Session],
    current: str,
    new: str,
    again: str | None,
    says: str,
) -> None:
    response = change_password(signed_in, current, new, again)
    assert response.status_code == 400
    assert says in response.text
    assert login_again(app.test_client()).status_code == 302  # the password is unchanged
    assert actions(sessions).count("password_change_refused") == 1


def test_password_form_without_fields_is_400(signed_in: FlaskClient) -> None:
    response = signed_in.post("/staff/account/password", data={"csrf_token": csrf_from(signed_in)})
    assert response.status_code == 400


# A reset by an admin (page or command line) forces a change at the next sign-in.


def reset_on_the_admin_page(admin: FlaskClient, name: str) -> str:
    response = admin.post(f"/staff/admin/staff/{name}/password",
                          data={"csrf_token": csrf_from(admin)})  # fmt: skip
    assert response.status_code == 200
    found = re.search(r'<code id="temporary-password">([^<]+)</code>', response.text)
    assert found is not None
    assert found.group(1) not in admin.get("/staff/admin/staff").text  # shown once only
    return found.group(1)


def test_after_an_admin_reset_the_account_must_change_its_password_first(
    app: Flask,
    admin: FlaskClient,
    advocate_client: FlaskClient,
    sessions: sessionmaker[Session],
) -> None:
    temporary = reset_on_the_admin_page(admin, ADVOCATE)
    assert sent_to_login(advocate_client.get("/staff/"))  # the reset ended its sessions
    fresh = app.test_client()
    signed = login_again(fresh, ADVOCATE, temporary)
    assert signed.headers["Location"] == "/staff/account/password"
    for path in ("/staff/", "/staff/queues/labor_trafficking", "/staff/live.json",
                 "/staff/account", "/staff/audit"):  # fmt: skip
        blocked = fresh.get(path)
        assert blocked.status_code == 302, path
        assert blocked.headers["Location"] == "/staff/account/password", path
    page = fresh.get("/staff/account/password")
    assert "must choose a new password" in page.text
    assert change_password(fresh, temporary, NEW_PASSWORD).status_code == 303
    assert fresh.get("/staff/").status_code == 200
    trail = [(e.actor, e.action) for e in audit_rows(sessions)]
    assert ("root", "reset_password") in trail and ("root", "end_sessions") in trail
    assert trail[-2:] == [(ADVOCATE, "change_password"), (ADVOCATE, "view_overview")]


def test_an_admin_cannot_reset_their_own_password_or_an_unknown_one(admin: FlaskClient) -> None:
    own = admin.post("/staff/admin/staff/root/password", data={"csrf_token": csrf_from(admin)})
    assert own.status_code == 303
    assert "Change your own password" in admin.get(own.headers["Location"]).text
    nobody = admin.post("/staff/admin/staff/nobody/password",
                        data={"csrf_token": csrf_from(admin)})  # fmt: skip
    assert nobody.status_code == 303
    assert "No such account" in admin.get(nobody.headers["Location"]).text


def test_a_command_line_reset_forces_a_change_too(
    app: Flask,
    signed_in: FlaskClient,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", app.extensions["lantern"].settings.database_url)
    monkeypatch.setattr("sys.stdin", io.StringIO("a temporary passphrase\n"))
    assert main(["staff", "password", STAFF_NAME, "--password-stdin"]) == 0
    assert "must choose a new one" in capsys.readouterr().out
    assert sent_to_login(signed_in.get("/staff/"))
    fresh = app.test_client()
    assert login_again(fresh, password="a temporary passphrase").headers["Location"] == (
        "/staff/account/password"
    )
    assert ("command line", "reset_password") in [(e.actor, e.action) for e in audit_rows(sessions)]
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["staff", "password", STAFF_NAME, "--password-stdin"]) == 2
    assert main(["staff", "password", "nobody", "--password-stdin"]) == 2


def test_the_command_line_ends_every_session_of_an_account(
    app: Flask,
    signed_in: FlaskClient,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", app.extensions["lantern"].settings.database_url)
    assert main(["staff", "signout", STAFF_NAME]) == 0
    assert sent_to_login(signed_in.get("/staff/"))
    trail = [(e.actor, e.action, e.detail) for e in audit_rows(sessions)]
    assert ("command line", "end_sessions", f"name={STAFF_NAME} ended=1 reason=admin") in trail
    assert main(["staff", "signout", "nobody"]) == 2


# The session list: what is open, from where, and a way to end any of it.


def session_ids(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'/staff/account/sessions/(\d+)/end"', page)]


def test_staff_see_their_sessions_and_end_one(
    app: Flask, client: FlaskClient, staff_user: str, advocate_client: FlaskClient,
    sessions: sessionmaker[Session],
) -> None:  # fmt: skip
    client.environ_base["HTTP_USER_AGENT"] = FIREFOX
    phone = app.test_client()
    phone.environ_base["HTTP_USER_AGENT"] = SAFARI
    assert login(client).status_code == 302 and login_again(phone).status_code == 302
    page = client.get("/staff/account")
    assert page.status_code == 200
    assert "Firefox on Windows" in page.text and "Safari on iPhone" in page.text
    assert "This session" in page.text and "Mozilla/5.0" not in page.text
    assert "this computer" in page.text  # the address only as a class, never itself
    (other,) = session_ids(page.text)  # the current one has no end button, only sign out
    ended = client.post(f"/staff/account/sessions/{other}/end",
                        data={"csrf_token": csrf_from(client)})  # fmt: skip
    assert ended.status_code == 303
    assert sent_to_login(phone.get("/staff/"))
    assert client.get("/staff/").status_code == 200
    assert "Safari on iPhone" not in client.get("/staff/account").text
    (event,) = [e for e in audit_rows(sessions) if e.action == "end_session"]
    assert event.actor == STAFF_NAME and event.detail == f"session={other}"
    # Someone else's session, or a session id that is not one, is simply not found.
    with sessions() as session:
        ana = staff.by_name(session, STAFF_NAME)
        assert ana is not None
        query = select(StaffSession.id).where(StaffSession.staff_id != ana.id)
        theirs = session.scalars(query).all()
    for target in (*theirs, 99999, 2**70, "abc", -1):
        response = client.post(f"/staff/account/sessions/{target}/end",
                               data={"csrf_token": csrf_from(client)})  # fmt: skip
        assert response.status_code == 404, target
    assert advocate_client.get("/staff/").status_code == 200


def test_staff_end_every_other_session_at_once(
    app: Flask, signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    others = [app.test_client() for _ in range(2)]
    for other in others:
        assert login_again(other).status_code == 302
    response = signed_in.post("/staff/account/sessions/end-others",
                              data={"csrf_token": csrf_from(signed_in)})  # fmt: skip
    assert response.status_code == 303
    assert all(sent_to_login(other.get("/staff/")) for other in others)
    assert signed_in.get("/staff/").status_code == 200
    assert ("end_other_sessions", "ended=2") in [(e.action, e.detail) for e in audit_rows(sessions)]


def test_ending_the_current_session_from_the_list_signs_out(signed_in: FlaskClient) -> None:
    with signed_in.application.extensions["lantern"].sessions() as session:
        (own,) = session.scalars(select(StaffSession.id))
    response = signed_in.post(f"/staff/account/sessions/{own}/end",
                              data={"csrf_token": csrf_from(signed_in)})  # fmt: skip
    assert sent_to_login(response)
    assert sent_to_login(signed_in.get("/staff/"))


# Admins end an account's sessions, and disabling an account ends them at once.


def test_deactivating_an_account_ends_its_sessions_at_once(
    app: Flask, admin: FlaskClient, advocate_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    copied = cookie(advocate_client)
    off = admin.post(f"/staff/admin/staff/{ADVOCATE}",
                     data={"csrf_token": csrf_from(admin), "deactivate": "yes"})  # fmt: skip
    assert off.status_code == 303
    with transaction(sessions) as session:  # even if the account is turned back on later,
        user = staff.by_name(session, ADVOCATE)
        assert user is not None
        user.active = True
    assert sent_to_login(browser_with(app, copied).get("/staff/"))  # the old cookie stays dead
    assert ("end_sessions", f"name={ADVOCATE} ended=1 reason=deactivated") in [
        (e.action, e.detail) for e in audit_rows(sessions)
    ]


def test_an_admin_ends_every_session_of_an_account(
    admin: FlaskClient, advocate_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    assert "1 open session\n" in admin.get("/staff/admin/staff").text
    response = admin.post(f"/staff/admin/staff/{ADVOCATE}/sessions",
                          data={"csrf_token": csrf_from(admin)})  # fmt: skip
    assert response.status_code == 303
    assert f"Ended 1 session of {ADVOCATE}" in admin.get(response.headers["Location"]).text
    assert sent_to_login(advocate_client.get("/staff/"))
    assert admin.get("/staff/").status_code == 200
    assert ("root", "end_sessions", f"name={ADVOCATE} ended=1 reason=admin") in [
        (e.actor, e.action, e.detail) for e in audit_rows(sessions)
    ]


def test_supervisors_cannot_end_sessions_or_reset_passwords(
    signed_in: FlaskClient, advocate_client: FlaskClient
) -> None:
    for path in (
        f"/staff/admin/staff/{ADVOCATE}/sessions",
        f"/staff/admin/staff/{ADVOCATE}/password",
    ):
        assert signed_in.post(path, data={"csrf_token": csrf_from(signed_in)}).status_code == 403
    assert advocate_client.get("/staff/").status_code == 200
