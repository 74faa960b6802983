"""Staff accounts: passwords, two-factor codes, lockout, queue assignments, tokens and audit."""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from tips.crypto import DecryptionError, decrypt, encrypt, new_token, token_digest
from tips.models import AuditEvent, StaffQueue, StaffUser, utcnow

ROLES = ("advocate", "supervisor", "admin")
ALL_QUEUE_ROLES = ("supervisor", "admin")  # advocates see only the queues they are assigned
MAX_FAILURES = 5  # wrong passwords or codes in a row before the account pauses
LOCKOUT = timedelta(minutes=15)
TOTP_PURPOSE = "totp"
TOTP_ISSUER = "Lantern hotline"
_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


class StaffError(ValueError):
    """A staff account request that cannot be carried out."""


def add(
    session: Session,
    name: str,
    password: str,
    role: str = "advocate",
    secret_key: str | None = None,
) -> StaffUser:
    """Create a staff account with an argon2id password hash; with a key, enrol TOTP too."""
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 12:
        raise StaffError("password must be at least 12 characters")
    if by_name(session, name) is not None:
        raise StaffError(f"staff member {name!r} already exists")
    user = StaffUser(name=name, password_hash=_hasher.hash(password), role=role)
    if secret_key:
        enrol_totp(user, secret_key)
    session.add(user)
    return user


def by_name(session: Session, name: str) -> StaffUser | None:
    """The account with this name."""
    return session.scalar(select(StaffUser).where(StaffUser.name == name))


def locked(user: StaffUser, now: datetime | None = None) -> bool:
    """True while the account is paused after too many failed sign-in steps."""
    return user.locked_until is not None and user.locked_until > (now or utcnow())


def record_failure(user: StaffUser, now: datetime | None = None) -> None:
    """Count a wrong password or code; the fifth in a row pauses the account for 15 minutes."""
    user.failed_logins += 1
    if user.failed_logins >= MAX_FAILURES:
        user.locked_until = (now or utcnow()) + LOCKOUT
        user.failed_logins = 0


def authenticate(
    session: Session, name: str, password: str, now: datetime | None = None
) -> StaffUser | None:
    """The active, unlocked account if the password matches, else None (failures are counted)."""
    user = by_name(session, name)
    if user is None or not user.active or locked(user, now):
        _hasher.hash(password)  # spend the same time as a real check
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        record_failure(user, now)
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def enrol_totp(user: StaffUser, secret_key: str) -> str:
    """Give the account a new TOTP secret, stored encrypted; returns the otpauth:// URI."""
    secret = pyotp.random_base32()
    user.totp_secret, user.totp_last_step = encrypt(secret_key, TOTP_PURPOSE, secret), None
    return pyotp.TOTP(secret).provisioning_uri(name=user.name, issuer_name=TOTP_ISSUER)


def totp_secret(user: StaffUser, secret_key: str) -> str | None:
    """The account's TOTP secret in clear, or None when it has none the key can open."""
    if not user.totp_secret:
        return None
    try:
        return decrypt(secret_key, TOTP_PURPOSE, user.totp_secret)
    except DecryptionError:
        return None


def _matching_step(secret: str, code: str, now: datetime) -> int | None:
    # One 30-second step of clock drift either way, compared in constant time.
    totp = pyotp.TOTP(secret)
    for drift in (-1, 0, 1):
        moment = now + timedelta(seconds=drift * totp.interval)
        if hmac.compare_digest(totp.at(moment), code):
            return totp.timecode(moment)
    return None


def verify_code(user: StaffUser, code: str, secret_key: str, now: datetime | None = None) -> bool:
    """Check the second step's six-digit code; each code works once (no replay)."""
    now = now or utcnow()
    secret = totp_secret(user, secret_key)
    if secret is None or not user.active or locked(user, now):
        return False
    code = code.strip().replace(" ", "")
    step = _matching_step(secret, code, now) if len(code) == 6 and code.isdigit() else None
    if step is None or step <= (user.totp_last_step or 0):
        record_failure(user, now)
        return False
    user.failed_logins, user.totp_last_step = 0, step
    return True


def sees_all_queues(user: StaffUser) -> bool:
    """Supervisors and admins work every queue."""
    return user.role in ALL_QUEUE_ROLES


def assigned_queues(user: StaffUser) -> set[str]:
    """The queues an advocate is assigned to."""
    return {row.queue for row in user.queues}


def may_see_queue(user: StaffUser, queue: str) -> bool:
    """Whether the account may open this queue and the tips in it."""
    return sees_all_queues(user) or queue in assigned_queues(user)


def assign_queues(session: Session, user: StaffUser, queues: Iterable[str]) -> None:
    """Replace the account's queue assignments."""
    wanted = set(queues)
    user.queues[:] = [row for row in user.queues if row.queue in wanted]
    have = assigned_queues(user)
    user.queues.extend(StaffQueue(queue=q) for q in sorted(wanted - have))


def issue_token(session: Session, user: StaffUser) -> str:
    """A new API token for the account, replacing any earlier one; shown once."""
    token = new_token()
    user.token_hash = token_digest(token)
    return token


def by_token(session: Session, token: str) -> StaffUser | None:
    """The active account that owns this API token."""
    user = session.scalar(select(StaffUser).where(StaffUser.token_hash == token_digest(token)))
    return user if user is not None and user.active else None


def audit(
    session: Session, actor: str, action: str, tip_id: int | None = None, detail: str = ""
) -> None:
    """Append an audit event."""
    session.add(AuditEvent(actor=actor, action=action, tip_id=tip_id, detail=detail[:255]))
