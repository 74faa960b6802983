"""Staff sign-in sessions kept on the server: started at sign-in, found by the cookie's random id
(stored only as its SHA-256), kept alive only by what a person does, and ended for good."""

from __future__ import annotations

import ipaddress
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from tips.crypto import new_token, token_digest
from tips.models import StaffSession, StaffUser

IDLE = timedelta(minutes=30)  # with nothing done by a person, the session ends
LIFETIME = timedelta(hours=12)  # a full shift; then sign in again, whatever the activity
KEEP = timedelta(days=30)  # rows of long-dead sessions go; the audit log keeps the story
MAX_ID = 64  # ids are 43 characters; a longer cookie value is not worth hashing
# First match wins: Edge and Opera say "Chrome" too, Chrome says "Safari", iOS says "Mac OS X".
BROWSERS = (("Edg", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS", "Firefox"),
            ("CriOS", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))  # fmt: skip
SYSTEMS = (("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("CrOS", "ChromeOS"),
           ("Windows", "Windows"), ("Mac OS X", "macOS"), ("Linux", "Linux"))  # fmt: skip


def start(session: Session, user: StaffUser, now: datetime, address: str | None, agent: str) -> str:
    """Record a new session for the account; returns its id, for the cookie only."""
    sid = new_token()
    record = StaffSession(staff_id=user.id, token_hash=token_digest(sid), created_at=now,
                          last_active_at=now, address_class=address, user_agent=agent[:64])  # fmt: skip
    session.add(record)
    old = StaffSession.staff_id == user.id, StaffSession.created_at < now - KEEP
    session.execute(delete(StaffSession).where(*old))
    return sid


def find(session: Session, sid: object) -> StaffSession | None:
    """The session a cookie's id names, ended or not; None for anything else."""
    if not isinstance(sid, str) or not sid or len(sid) > MAX_ID:
        return None
    return session.scalar(select(StaffSession).where(StaffSession.token_hash == token_digest(sid)))


def expiry(record: StaffSession, now: datetime) -> str | None:
    """Which limit the session has passed: "lifetime" (12 hours), "idle" (30 minutes), or None."""
    if now - record.created_at > LIFETIME:
        return "lifetime"
    return "idle" if now - record.last_active_at > IDLE else None


def is_live(record: StaffSession, now: datetime) -> bool:
    """Not ended, and within both limits."""
    return record.revoked_at is None and expiry(record, now) is None


def touch(record: StaffSession, now: datetime, address: str | None, agent: str) -> None:
    """Note a person's action: the idle clock starts again; where from, in coarse terms."""
    record.last_active_at, record.address_class = now, address
    record.user_agent = agent[:64]


def end(record: StaffSession, now: datetime) -> None:
    """End the session for good; its cookie opens nothing from now on."""
    if record.revoked_at is None:
        record.revoked_at = now


def _open(now: datetime) -> tuple[ColumnElement[bool], ...]:
    # The same limits as expiry(), as SQL.
    return (StaffSession.revoked_at.is_(None), StaffSession.created_at >= now - LIFETIME,
            StaffSession.last_active_at >= now - IDLE)  # fmt: skip


def live(session: Session, staff_id: int, now: datetime) -> list[StaffSession]:
    """The account's sessions still open, most recently active first."""
    return list(
        session.scalars(
            select(StaffSession)
            .where(StaffSession.staff_id == staff_id, *_open(now))
            .order_by(StaffSession.last_active_at.desc(), StaffSession.id.desc())
        )
    )


def open_counts(session: Session, now: datetime) -> dict[int, int]:
    """How many sessions each account has open, by account id (accounts with none left out)."""
    rows = session.execute(
        select(StaffSession.staff_id, func.count())
        .where(*_open(now))
        .group_by(StaffSession.staff_id)
    )
    return {staff_id: count for staff_id, count in rows}


def end_all(session: Session, staff_id: int, now: datetime, keep: int | None = None) -> int:
    """End every session of the account but the one kept; returns how many were still open."""
    still_open = session.scalars(
        select(StaffSession).where(
            StaffSession.staff_id == staff_id,
            StaffSession.revoked_at.is_(None),
            StaffSession.id != (keep or 0),
        )
    ).all()
    ended = sum(1 for record in still_open if expiry(record, now) is None)
    for record in still_open:
        end(record, now)
    return ended


def describe_agent(user_agent: str) -> str:
    """A coarse name for a browser ("Firefox on Windows"), never the full User-Agent."""
    browser = next((name for mark, name in BROWSERS if mark in user_agent), None)
    system = next((name for mark, name in SYSTEMS if mark in user_agent), None)
    if browser and system:
        return f"{browser} on {system}"
    return browser or (f"A browser on {system}" if system else "Unknown browser")


def address_class(address: str) -> str | None:
    """Where a request came from, coarsely: "local", "private" or "public"; never the address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if ip.is_loopback:
        return "local"
    return "private" if ip.is_private else "public"
