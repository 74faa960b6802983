"""`lantern staff token NAME`: issue (scopes, expiry, a name; the token printed once, alone on
stdout), list (never the token) and revoke, each audited."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tips import tokens
from tips.crypto import token_digest
from tips.db import make_engine, make_sessions
from tips.models import AuditEvent, utcnow

from .test_lantern import run

PASSWORD = "correct horse battery\n"


def test_issue_list_and_revoke(sqlite_url: str) -> None:
    env = {"DATABASE_URL": sqlite_url}
    assert run("staff", "add", "ana", "--password-stdin", stdin=PASSWORD, env=env).returncode == 0
    plain = run("staff", "token", "ana", env=env)
    assert plain.returncode == 0 and "read" in plain.stderr and "not shown again" in plain.stderr
    acting = run("staff", "token", "ana", "--scope", "act", "--days", "30",
                 "--label", "case tool", env=env)  # fmt: skip
    assert acting.returncode == 0, acting.stderr
    first, second = plain.stdout.strip(), acting.stdout.strip()
    sessions = make_sessions(make_engine(sqlite_url))
    with sessions() as session:
        one, two = tokens.find(session, first), tokens.find(session, second)
        assert one is not None and two is not None
        assert (one.scopes, one.expires_at - one.created_at) == ("read", timedelta(days=90))
        assert (two.scopes, two.label) == ("read act", "case tool")
        assert two.expires_at - utcnow() < timedelta(days=30)
        ids = one.id, two.id

    listed = run("staff", "token", "ana", "--list", env=env)
    assert listed.returncode == 0
    assert "case tool" in listed.stdout and "read,act" in listed.stdout
    assert first not in listed.stdout and token_digest(first) not in listed.stdout

    revoked = run("staff", "token", "ana", "--revoke", str(ids[0]), env=env)
    assert revoked.returncode == 0, revoked.stderr
    with sessions() as session:
        one = tokens.find(session, first)
        assert one is not None and tokens.state(one, utcnow()) == "revoked"
    assert "revoked" in run("staff", "token", "ana", "--list", env=env).stdout
    assert run("staff", "token", "ana", "--revoke", "all", env=env).returncode == 0
    with sessions() as session:
        two = tokens.find(session, second)
        assert two is not None and two.revoked_at is not None
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions == ["issue_token", "issue_token", "revoke_token", "revoke_token"]


def test_bad_requests_exit_2_with_a_reason(sqlite_url: str) -> None:
    env = {"DATABASE_URL": sqlite_url}
    run("staff", "add", "ana", "--password-stdin", stdin=PASSWORD, env=env)
    for args, said in [
        (["--days", "366"], "1 to 365 days"),
        (["--days", "0"], "1 to 365 days"),
        (["--days", "soon"], "invalid int value"),
        (["--scope", "write"], "invalid choice"),
        (["--revoke", "12"], "no token '12'"),
        (["--revoke", "x" * 40], "give an id or 'all'"),
        (["--list", "--revoke", "all"], "not allowed with"),
    ]:
        done = run("staff", "token", "ana", *args, env=env)
        assert done.returncode == 2 and said in done.stderr, (args, done.stderr)
        assert done.stdout == ""
    assert run("staff", "token", "nobody", env=env).returncode == 2
