"""Staff API tokens: random bearer strings kept only as their SHA-256, each with scopes, an
expiry and a revocation that takes effect at once. An account may hold several."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tips.crypto import new_token, token_digest
from tips.models import ApiToken, StaffUser, utcnow

# read: the GET routes. act: the case actions, which answer with the tip, so act implies read.
SCOPES = ("read", "act")
DEFAULT_SCOPES = ("read",)
DEFAULT_DAYS, MAX_DAYS = 90, 365
USE_EVERY = timedelta(minutes=1)  # last_used_at moves at most this often, to keep writes low
MAX_LABEL = 64
LISTED = 100  # the newest tokens of an account a page or the command line lists


class TokenError(ValueError):
    """A token request that cannot be carried out."""


def scopes_for(names: Iterable[str]) -> str:
    """The stored form of these scopes ("read" or "read act"); act brings read with it."""
    wanted = {name.strip() for name in names if name.strip()}
    if not wanted or not wanted <= set(SCOPES):
        raise TokenError("scopes must be read, or read and act")
    if "act" in wanted:
        wanted.add("read")
    return " ".join(scope for scope in SCOPES if scope in wanted)


def issue(
    session: Session,
    user: StaffUser,
    label: str = "",
    scopes: Iterable[str] = DEFAULT_SCOPES,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
) -> tuple[ApiToken, str]:
    """A new token for the account: its row, and the token itself, to be shown once."""
    if not 1 <= days <= MAX_DAYS:
        raise TokenError(f"a token lasts 1 to {MAX_DAYS} days")
    now, token = now or utcnow(), new_token()
    record = ApiToken(owner=user, label=label.strip()[:MAX_LABEL], token_hash=token_digest(token),
                      scopes=scopes_for(scopes), created_at=now,
                      expires_at=now + timedelta(days=days))  # fmt: skip
    session.add(record)
    return record, token


def find(session: Session, token: str) -> ApiToken | None:
    """The token's row, whatever its state; None for a string no token has."""
    return session.scalar(select(ApiToken).where(ApiToken.token_hash == token_digest(token)))


def state(record: ApiToken, now: datetime) -> str:
    """The token's state: "revoked", "expired", "inactive" (its account), or "active"."""
    if record.revoked_at is not None:
        return "revoked"
    if now >= record.expires_at:
        return "expired"
    return "active" if record.owner.active else "inactive"


def allows(record: ApiToken, scope: str) -> bool:
    """Whether the token was given this scope."""
    return scope in record.scopes.split()


def note_use(record: ApiToken, now: datetime) -> None:
    """Note when the token was last used, to the minute."""
    if record.last_used_at is None or now - record.last_used_at >= USE_EVERY:
        record.last_used_at = now


def revoke(record: ApiToken, now: datetime) -> bool:
    """End the token for good; False if it had already been revoked."""
    if record.revoked_at is not None:
        return False
    record.revoked_at = now
    return True


def revoke_all(session: Session, staff_id: int, now: datetime) -> int:
    """Revoke every token of the account; returns how many were still unrevoked."""
    records = session.scalars(
        select(ApiToken).where(ApiToken.staff_id == staff_id, ApiToken.revoked_at.is_(None))
    ).all()
    return sum(revoke(record, now) for record in records)


def of_account(session: Session, staff_id: int) -> list[ApiToken]:
    """The account's newest tokens, newest first, ended ones too."""
    return list(
        session.scalars(
            select(ApiToken)
            .where(ApiToken.staff_id == staff_id)
            .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
            .limit(LISTED)
        )
    )


def owned(session: Session, staff_id: int, token_id: int) -> ApiToken | None:
    """The account's token with this id; None for an id that is not the account's."""
    record = session.get(ApiToken, token_id) if 0 < token_id < 2**31 else None
    return record if record is not None and record.staff_id == staff_id else None
