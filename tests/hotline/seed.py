"""Helpers that seed tips the way the edge and the bot make them, and sign staff in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import uuid4

import pyotp
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import inbox, staff, store
from tips.crypto import keyed_hash
from tips.db import transaction
from tips.models import AuditEvent, utcnow

STAFF_NAME = "ana"
STAFF_PASSWORD = "correct horse battery staple"


def csrf_from(client: FlaskClient) -> str:
    """The CSRF token of the client's session: derived from the session id once signed in,
    before that kept in the session itself."""
    with client.session_transaction() as session:
        sid, token = session.get("sid"), session.get("csrf")
    if sid is None:
        assert isinstance(token, str)
        return token
    secret_key = client.application.extensions["lantern"].settings.secret_key
    return keyed_hash(secret_key, sid, "csrf")


def totp_now(client: FlaskClient, name: str = STAFF_NAME) -> str:
    """The account's current six-digit code, as its authenticator app would show it."""
    runtime = client.application.extensions["lantern"]
    with runtime.sessions() as session:
        user = staff.by_name(session, name)
        assert user is not None
        secret = staff.totp_secret(user, runtime.settings.secret_key)
    assert secret is not None
    return pyotp.TOTP(secret).now()


def password_step(
    client: FlaskClient, name: str = STAFF_NAME, password: str = STAFF_PASSWORD, **extra: str
) -> Any:
    """The first sign-in step: fetch the form, post name and password back with its token."""
    client.get("/staff/login")
    data = {"name": name, "password": password, "csrf_token": csrf_from(client), **extra}
    return client.post("/staff/login", data=data)


def code_step(client: FlaskClient, code: str) -> Any:
    """The second sign-in step: post the six-digit code."""
    return client.post("/staff/login/code", data={"code": code, "csrf_token": csrf_from(client)})


def login(
    client: FlaskClient, name: str = STAFF_NAME, password: str = STAFF_PASSWORD, **extra: str
) -> Any:
    """Sign in the way a browser does: password, then the current TOTP code."""
    first = password_step(client, name, password, **extra)
    if first.status_code != 302 or not first.headers["Location"].endswith("/staff/login/code"):
        return first
    return code_step(client, totp_now(client, name))


@dataclass
class Verdict:
    """What triage would have stored for a tip."""

    urgency: str
    queue: str
    category: str = "labor_trafficking"
    immediate_danger: bool = False
    minor_involved: bool | None = False
    indicators: Sequence[dict[str, str]] = ()

    def result(self, language: str) -> dict[str, Any]:
        return {
            "rubric_version": "test-1",
            "urgency": self.urgency,
            "category": self.category,
            "queue": self.queue,
            "immediate_danger": self.immediate_danger,
            "minor_involved": self.minor_involved,
            "language": language,
            "indicators": list(self.indicators),
        }


def make_tip(
    sessions: sessionmaker[Session],
    texts: Sequence[str],
    verdict: Verdict | None = None,
    *,
    minutes_ago: int = 0,
    answers: dict[str, Any] | None = None,
    language: str = "en",
    reply: str = "Thank you. Is anyone in danger right now?",
) -> str:
    """A tip made the way the edge and the bot make one; returns its reference."""
    sender = f"pseudonym-{uuid4().hex}"
    with transaction(sessions) as session:
        for text in texts:
            message, _ = inbox.record_inbound(session, inbox.Inbound("sms", sender, text))
            inbox.record_replies(session, message, [reply])
        tip, _ = store.submit(
            session,
            channel="sms",
            sender=sender,
            language=language,
            answers=answers or {},
            complete=True,
        )
        tip.created_at = utcnow() - timedelta(minutes=minutes_ago)
        if verdict is not None:
            store.save_assessment(session, tip, tip.revision, verdict.result(language))
        return tip.reference


def audit_rows(sessions: sessionmaker[Session]) -> list[AuditEvent]:
    """Every audit event, oldest first."""
    with sessions() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def order_in(page: str, references: Sequence[str]) -> list[str]:
    """The given references sorted by where they first appear on a page."""
    return sorted(references, key=lambda ref: page.index(ref))


def links_to_tips(page: str) -> list[str]:
    """The tip references linked from a page, in page order."""
    return re.findall(r'href="/staff/tips/([A-Z0-9-]+)"', page)
