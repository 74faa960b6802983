"""Staff accounts: passwords, two-factor codes, sign-in backoff, queues, tokens and audit."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from tips.crypto import (
    DecryptionError,
    Keys,
    decrypt,
    encrypt,
    keyed_hash,
)
from tips.models import AuditEvent, AuditTip, StaffQueue, StaffUser, utcnow
from tips.tokens import DEFAULT_DAYS, DEFAULT_SCOPES, issue

ROLES = ("advocate", "supervisor", "admin")
ALL_QUEUE_ROLES = ("supervisor", "admin")  # advocates see only the queues they are assigned
# Failed sign-ins slow the source they come from, never the account as a whole, so nobody can
# lock a colleague out; the ceiling over every source stops a guess spread over many addresses.
FREE_FAILURES = 5  # wrong passwords or codes in a row from one source before it must wait
FIRST_WAIT, MAX_WAIT = timedelta(minutes=1), timedelta(minutes=15)  # doubling in between
ACCOUNT_CEILING, ACCOUNT_WINDOW = 20, timedelta(minutes=15)  # failures from all sources
TRUSTED_FOR = timedelta(days=30)  # a source the account signed in from lately stays open
REMEMBER_FAILURES = timedelta(days=1)  # an older failure no longer counts
LOCAL_SOURCE = "local"  # a caller with no network address, such as the command line
SIGN_IN, FAILED_STEPS = "login", ("password_failed", "code_failed")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # argon2 would hash anything; nobody types more than this
TEMPORARY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read aloud safely
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
    secret_key: Keys | None = None,
) -> StaffUser:
    """Create a staff account with an argon2id password hash; with data keys, enrol TOTP too."""
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    problem = password_problem(name, password)
    if problem:
        raise StaffError(problem)
    if by_name(session, name) is not None:
        raise StaffError(f"staff member {name!r} already exists")
    user = StaffUser(name=name, password_hash=_hasher.hash(password), role=role)
    if secret_key:
        enrol_totp(user, secret_key)
    session.add(user)
    return user


def password_problem(name: str, password: str) -> str | None:
    """What is wrong with a new password for this account, or None when it may be used."""
    if len(password) < MIN_PASSWORD:
        return f"A password must be at least {MIN_PASSWORD} characters."
    if len(password) > MAX_PASSWORD:
        return f"A password must be at most {MAX_PASSWORD} characters."
    folded = name.strip().casefold()
    if len(folded) >= 3 and folded in password.casefold().replace(" ", ""):
        return "A password must not contain the account name."
    return None


def set_password(user: StaffUser, password: str, must_change: bool = False) -> None:
    """Store a new password's hash; with must_change, the next sign-in must replace it."""
    user.password_hash = _hasher.hash(password)
    user.must_change_password = must_change


def temporary_password() -> str:
    """A random password an admin passes on once, in four groups easy to read aloud."""
    chars = "".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def by_name(session: Session, name: str) -> StaffUser | None:
    """The account with this name."""
    return session.scalar(select(StaffUser).where(StaffUser.name == name))


def source_of(secret_key: str, address: str | None) -> str:
    """Where a sign-in comes from, as a short keyed hash (no address is stored): the IPv4
    address, or the IPv6 /64, since one household or phone is given a whole /64."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        network = address or "unknown"
    else:
        network = str(ipaddress.ip_network((ip, 64), strict=False) if ip.version == 6 else ip)
    return keyed_hash(secret_key, network, "sign-in source")[:16]


def _tag(source: str) -> str:
    return f"source={source}"


def _wait(failures: int) -> timedelta:
    """How long a source waits after this many failures in a row: nothing for the first few."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** min(failures - FREE_FAILURES, 8), MAX_WAIT)


def _sign_in_events(
    session: Session, user: StaffUser, since: datetime
) -> list[tuple[str, str, datetime]]:
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.detail, AuditEvent.created_at)
        .where(AuditEvent.actor == user.name, AuditEvent.created_at >= since,
               AuditEvent.action.in_((SIGN_IN, *FAILED_STEPS)))
        .order_by(AuditEvent.id)
    )  # fmt: skip
    return [(action, detail, at) for action, detail, at in rows]


def _trusted(session: Session, user: StaffUser, source: str, now: datetime) -> bool:
    """Whether the account signed in from this source lately: a place it works from."""
    found = session.scalar(
        select(AuditEvent.id)
        .where(AuditEvent.actor == user.name, AuditEvent.action == SIGN_IN,
               AuditEvent.created_at >= now - TRUSTED_FOR,
               AuditEvent.detail.contains(_tag(source), autoescape=True))
        .limit(1)
    )  # fmt: skip
    return found is not None


def paused(session: Session, user: StaffUser, source: str, now: datetime | None = None) -> bool:
    """True while this source must wait before trying this account again: after a run of
    failures from it, or while all sources together are over the ceiling and it is new."""
    now = now or utcnow()
    events = _sign_in_events(session, user, now - REMEMBER_FAILURES)
    run, last = 0, None
    for action, detail, at in events:
        if _tag(source) in detail.split():
            run, last = (0, None) if action == SIGN_IN else (run + 1, at)
    if last is not None and now < last + _wait(run):
        return True
    recent = [at for action, _, at in events if action != SIGN_IN and at >= now - ACCOUNT_WINDOW]
    return len(recent) >= ACCOUNT_CEILING and not _trusted(session, user, source, now)


def record_failure(
    session: Session, user: StaffUser, source: str, step: str, now: datetime | None = None
) -> None:
    """Audit a wrong password or code with its keyed source: what the backoff counts."""
    session.add(AuditEvent(actor=user.name, action=f"{step}_failed", detail=_tag(source),
                           created_at=now or utcnow()))  # fmt: skip


def record_sign_in(
    session: Session, user: StaffUser, source: str, now: datetime | None = None
) -> None:
    """Audit a completed sign-in with its keyed source: it ends that source's run of failures."""
    session.add(AuditEvent(actor=user.name, action=SIGN_IN, detail=_tag(source),
                           created_at=now or utcnow()))  # fmt: skip


def authenticate(
    session: Session,
    name: str,
    password: str,
    now: datetime | None = None,
    source: str = LOCAL_SOURCE,
) -> StaffUser | None:
    """The active account if the password matches and its source need not wait, else None;
    a wrong password counts against this account from this source only."""
    user = by_name(session, name)
    if user is None or not user.active or paused(session, user, source, now):
        _hasher.hash(password)  # spend the same time as a real check
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        record_failure(session, user, source, "password", now)
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def enrol_totp(user: StaffUser, keys: Keys) -> str:
    """Give the account a new TOTP secret, sealed under the newest data key; returns the
    otpauth:// URI."""
    secret = pyotp.random_base32()
    user.totp_secret, user.totp_last_step = encrypt(keys, TOTP_PURPOSE, secret), None
    return pyotp.TOTP(secret).provisioning_uri(name=user.name, issuer_name=TOTP_ISSUER)


def totp_secret(user: StaffUser, keys: Keys) -> str | None:
    """The account's TOTP secret in clear, or None when it has none the keys can open."""
    if not user.totp_secret:
        return None
    try:
        return decrypt(keys, TOTP_PURPOSE, user.totp_secret)
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


def verify_code(user: StaffUser, code: str, keys: Keys, now: datetime | None = None) -> bool:
    """Check a six-digit code; each code works once (no replay). check_code adds the backoff."""
    now = now or utcnow()
    secret = totp_secret(user, keys)
    if secret is None or not user.active:
        return False
    code = code.strip().replace(" ", "")
    # ASCII digits only: the codes are, and hmac.compare_digest refuses other text ("٣").
    plain = len(code) == 6 and code.isascii() and code.isdigit()
    step = _matching_step(secret, code, now) if plain else None
    if step is None or step <= (user.totp_last_step or 0):
        return False
    user.totp_last_step = step
    return True


def check_code(
    session: Session,
    user: StaffUser,
    code: str,
    keys: Keys,
    source: str = LOCAL_SOURCE,
    now: datetime | None = None,
) -> bool:
    """The second sign-in step: refused while the source waits; a wrong code counts as a failure."""
    if paused(session, user, source, now):
        return False
    if verify_code(user, code, keys, now):
        return True
    record_failure(session, user, source, "code", now)
    return False


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


def issue_token(
    session: Session,
    user: StaffUser,
    scopes: Iterable[str] = DEFAULT_SCOPES,
    days: int = DEFAULT_DAYS,
    label: str = "",
) -> str:
    """A new API token for the account (read-only and 90 days unless told); shown once.
    The rest of a token's life is in tips.tokens."""
    return issue(session, user, label, scopes, days)[1]


def audit(
    session: Session,
    actor: str,
    action: str,
    tip_id: int | None = None,
    detail: str = "",
    shown: Iterable[int] = (),
) -> None:
    """Append an audit event; `shown` are the ids of the tips a list showed (never their text)."""
    event = AuditEvent(actor=actor, action=action, tip_id=tip_id, detail=detail[:255])
    event.shown = [AuditTip(tip_id=seen) for seen in dict.fromkeys(shown)]
    session.add(event)
