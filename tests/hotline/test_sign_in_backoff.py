"""Failed sign-ins slow the source they come from, not the account: nobody can lock a colleague
out by failing on purpose. A ceiling over every source stops a distributed guess, except from
where the account usually signs in, and lifts after a short time."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction
from tips.models import AuditEvent

from .seed import audit_rows, code_step, csrf_from, login, password_step, totp_now

ATTACKER = "203.0.113.66"
REAL_USER = "198.51.100.7"
WRONG = "wrong password 123"
FAILURES = ("password_failed", "code_failed")


def browser(app: Flask, address: str) -> FlaskClient:
    """A test client whose requests come from this address, as the app sees it."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def failures(sessions: sessionmaker[Session]) -> list[AuditEvent]:
    return [e for e in audit_rows(sessions) if e.action in FAILURES]


def pass_time(sessions: sessionmaker[Session], minutes: int) -> None:
    """Move every recorded sign-in event back, as if this many minutes had passed."""
    with transaction(sessions) as session:
        session.execute(
            update(AuditEvent).values(created_at=AuditEvent.created_at - timedelta(minutes=minutes))
        )


def sign_out(client: FlaskClient) -> None:
    client.post("/staff/logout", data={"csrf_token": csrf_from(client)})


def next_code(sessions: sessionmaker[Session], name: str) -> None:
    """Each code works once: let the next sign-in use the code 30 seconds on, as a person would."""
    with transaction(sessions) as session:
        user = staff.by_name(session, name)
        assert user is not None
        user.totp_last_step = None


def test_an_attacker_failing_50_times_does_not_lock_the_real_user_out(
    app: Flask, sessions: sessionmaker[Session], staff_user: str
) -> None:
    attacker = browser(app, ATTACKER)
    for _ in range(50):
        assert password_step(attacker, password=WRONG).status_code == 401
    real = browser(app, REAL_USER)
    assert login(real).status_code == 302
    assert real.get("/staff/").status_code == 200
    assert password_step(attacker).status_code == 401  # even the right password must wait
    assert len(failures(sessions)) == 5  # after five, the source is refused without a check


def test_wrong_codes_slow_only_their_source(
    app: Flask, sessions: sessionmaker[Session], staff_user: str
) -> None:
    attacker = browser(app, ATTACKER)  # knows the password, not the second factor
    for _ in range(8):
        password_step(attacker)
        code_step(attacker, "000000" if totp_now(attacker) != "000000" else "111111")
    assert login(browser(app, REAL_USER)).status_code == 302
    assert len(failures(sessions)) == 5


def test_a_paused_source_may_try_again_after_a_short_wait(
    app: Flask, sessions: sessionmaker[Session], staff_user: str
) -> None:
    client = browser(app, REAL_USER)
    for _ in range(5):
        password_step(client, password=WRONG)
    assert login(client).status_code == 401
    pass_time(sessions, 2)
    assert login(client).status_code == 302


def test_a_distributed_guess_hits_the_ceiling_but_not_the_usual_source(
    app: Flask, sessions: sessionmaker[Session], staff_user: str
) -> None:
    usual = browser(app, REAL_USER)
    assert login(usual).status_code == 302  # where the account signs in every shift
    sign_out(usual)
    for n in range(staff.ACCOUNT_CEILING + 5):
        password_step(browser(app, f"192.0.2.{n + 1}"), password=WRONG)
    next_code(sessions, staff_user)
    assert login(usual).status_code == 302
    assert login(browser(app, "192.0.2.200")).status_code == 401  # a new source must wait
    assert len(failures(sessions)) == staff.ACCOUNT_CEILING  # the rest were refused unchecked
    pass_time(sessions, 16)
    next_code(sessions, staff_user)
    assert login(browser(app, "192.0.2.201")).status_code == 302  # not locked out for ever


def test_failures_are_audited_by_a_keyed_source_never_the_address(
    app: Flask, sessions: sessionmaker[Session], staff_user: str
) -> None:
    password_step(browser(app, ATTACKER), password=WRONG)
    (event,) = failures(sessions)
    assert event.actor == staff_user and event.detail.startswith("source=")
    assert ATTACKER not in event.detail and "203.0.113" not in event.detail


def test_one_ipv6_network_is_one_source() -> None:
    key = "k" * 40
    home = staff.source_of(key, "2001:db8:1:2::10")
    assert home == staff.source_of(key, "2001:db8:1:2:ffff::1")
    assert home != staff.source_of(key, "2001:db8:1:3::10")
    assert staff.source_of(key, "192.0.2.1") != staff.source_of(key, "192.0.2.2")
    assert staff.source_of(key, None) == staff.source_of(key, "")
