"""Staff accounts, their API tokens and the audit log of what they do."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from tips.crypto import new_token, token_digest
from tips.models import AuditEvent, StaffUser

ROLES = ("advocate", "supervisor", "admin")
_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


class StaffError(ValueError):
    """A staff account request that cannot be carried out."""


def add(session: Session, name: str, password: str, role: str = "advocate") -> StaffUser:
    """Create a staff account with an argon2id password hash."""
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 12:
        raise StaffError("password must be at least 12 characters")
    if by_name(session, name) is not None:
        raise StaffError(f"staff member {name!r} already exists")
    user = StaffUser(name=name, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    return user


def by_name(session: Session, name: str) -> StaffUser | None:
    """The account with this name."""
    return session.scalar(select(StaffUser).where(StaffUser.name == name))


def authenticate(session: Session, name: str, password: str) -> StaffUser | None:
    """The active account if the password matches, else None."""
    user = by_name(session, name)
    if user is None or not user.active:
        _hasher.hash(password)  # spend the same time as a real check
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


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
