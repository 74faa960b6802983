"""`lantern staff add|totp|queues`: the second factor shown once, and queue assignments."""

from __future__ import annotations

import pyotp

from tips.db import make_engine, make_sessions
from tips.staff import assigned_queues, by_name, totp_secret, verify_code

from .test_lantern import run

KEY = "cli-test-secret-" + "k" * 32


def test_add_prints_the_otpauth_uri_of_the_stored_secret(sqlite_url: str) -> None:
    env = {"DATABASE_URL": sqlite_url, "LANTERN_SECRET_KEY": KEY}
    added = run("staff", "add", "ana", "--password-stdin", stdin="correct horse battery\n", env=env)
    assert added.returncode == 0, added.stderr
    (uri,) = [line for line in added.stdout.splitlines() if line.startswith("otpauth://")]
    secret = pyotp.parse_uri(uri).secret
    with make_sessions(make_engine(sqlite_url))() as session:
        user = by_name(session, "ana")
        assert user is not None and totp_secret(user, KEY) == secret
        assert secret not in (user.totp_secret or "")
        assert verify_code(user, pyotp.TOTP(secret).now(), KEY)
    again = run("staff", "totp", "ana", env=env)
    assert again.returncode == 0 and "otpauth://" in again.stdout and secret not in again.stdout


def test_queues_replaces_the_assignments(sqlite_url: str) -> None:
    env = {"DATABASE_URL": sqlite_url, "LANTERN_SECRET_KEY": KEY}
    run("staff", "add", "bo", "--password-stdin", stdin="correct horse battery\n", env=env)
    assert run("staff", "queues", "bo", "general", "spam", env=env).returncode == 0
    assert run("staff", "queues", "bo", "labor_trafficking", "general", env=env).returncode == 0
    with make_sessions(make_engine(sqlite_url))() as session:
        user = by_name(session, "bo")
        assert user is not None and assigned_queues(user) == {"general", "labor_trafficking"}
    assert run("staff", "queues", "nobody", "general", env=env).returncode == 2
