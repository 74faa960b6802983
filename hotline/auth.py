"""Staff sign-in in two steps (password, then a TOTP code), server-side sessions, CSRF and the gate.

The cookie carries only a signed random session id; the session itself is a row (tips.sessions),
so signing out, a password change or an admin ends it at once, wherever the cookie was copied.
"""

from __future__ import annotations

import functools
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from hotline.database import db, runtime
from tips import sessions
from tips.crypto import keyed_hash
from tips.models import StaffSession, StaffUser
from tips.staff import (
    MAX_PASSWORD,
    ROLES,
    audit,
    authenticate,
    check_code,
    paused,
    record_sign_in,
    source_of,
)

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)

CODE_STEP_SECONDS = 5 * 60  # time allowed between the password and the code
# Requests a page's own script makes on a timer (static/live.js polls the queue feed): they show
# that a page is open, not that anyone is at it, so they never restart the idle clock.
BACKGROUND_ENDPOINTS = frozenset({"staff.queues.live"})
PASSWORD_PAGE = "staff.account.password"  # the one page open while a reset awaits a change
# One message for a wrong name, a wrong password and a paused account, so none can be told apart.
FAILED = (
    "That name and password did not match an active account. "
    "After 5 failed tries, wait a few minutes before trying again."
)
NOTICES = {
    "lifetime": "You were signed out after 12 hours. Sign in again to go on.",
    "idle": "You were signed out after 30 minutes without activity.",
    None: "Your session has ended. Sign in again to go on.",
}
View = TypeVar("View", bound=Callable[..., Any])


def now() -> datetime:
    """Naive UTC, as the database keeps it, from the wall clock."""
    return datetime.fromtimestamp(time.time(), UTC).replace(tzinfo=None)


def _expected_csrf() -> str | None:
    # Signed in, the token is derived from the session id, so the cookie holds nothing else.
    sid = session.get("sid")
    if isinstance(sid, str) and sid:
        return keyed_hash(runtime().settings.secret_key, sid, "csrf")
    token = session.get("csrf")
    return token if isinstance(token, str) and token else None


def csrf_token() -> str:
    """The session's CSRF token, made on first use; every POST form carries it back."""
    token = _expected_csrf()
    if token is None:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    """Reject a POST whose form token is missing or differs from the session's."""
    if request.method != "POST":
        return
    expected = _expected_csrf()
    given = request.form.get("csrf_token", "")
    if expected is None or not hmac.compare_digest(expected.encode(), given.encode()):
        abort(400, "This form has expired. Reload the page and try again.")


def template_context() -> dict[str, Any]:
    """What every staff template may use: the CSRF token and the signed-in account."""
    return {"csrf_token": csrf_token, "staff_user": g.get("staff")}


def current_user() -> StaffUser:
    """The account signed in for this request (only inside a login_required view)."""
    user: StaffUser = g.staff
    return user


def current_session() -> StaffSession:
    """The session record of this request (only inside a login_required view)."""
    record: StaffSession = g.staff_session
    return record


def _active(user_id: Any) -> StaffUser | None:
    user = db().get(StaffUser, user_id) if isinstance(user_id, int) else None
    return user if user is not None and user.active and user.role in ROLES else None


def _cookie_session() -> StaffSession | None:
    return sessions.find(db(), session.get("sid"))


def _signed_in() -> tuple[StaffSession, StaffUser] | None:
    record = _cookie_session()
    if record is None or not sessions.is_live(record, now()):
        return None
    user = _active(record.staff_id)
    return None if user is None else (record, user)


def _safe_next(target: str | None) -> str | None:
    # Only return to a staff page on this site, so a crafted link cannot bounce staff elsewhere.
    if not target or not target.startswith("/staff/") or "\\" in target:
        return None
    return None if any(ord(c) < 32 for c in target) else target


def _source() -> str:
    # Failed sign-ins slow down the address they come from (as the app sees it), not the account.
    return source_of(runtime().settings.secret_key, request.remote_addr)


def _address() -> str | None:
    return sessions.address_class(request.remote_addr or "")


def _agent() -> str:
    return sessions.describe_agent(request.headers.get("User-Agent", "")[:512])


def _end_cookie_session(action: str, at: datetime, detail: str = "") -> None:
    """End the session the cookie names, if still open, and write it to the audit log."""
    record = _cookie_session()
    if record is not None and record.revoked_at is None:
        sessions.end(record, at)
        owner = db().get(StaffUser, record.staff_id)
        audit(db(), actor=owner.name if owner else "?", action=action, detail=detail)
        db().commit()


def _to_login() -> ResponseReturnValue:
    if "sid" in session:  # an ended session; a half-finished sign-in stays
        record, at = _cookie_session(), now()
        why = sessions.expiry(record, at) if record and record.revoked_at is None else None
        _end_cookie_session("session_expired", at, why or "account inactive")
        session.clear()
        flash(NOTICES[why])
    if request.endpoint in BACKGROUND_ENDPOINTS:  # nobody would want to land on a feed
        return redirect(url_for("staff.auth.login"))
    return redirect(url_for("staff.auth.login", next=request.full_path.rstrip("?")))


def login_required(view: View) -> View:
    """Send anyone not fully signed in, idle 30 minutes or signed in 12 hours, to the login;
    an account whose password was reset, to the password page. Only a person's requests count
    as activity: the pages' background polling never keeps a session alive."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        found = _signed_in()
        if found is None:
            return _to_login()
        record, user = found
        if user.must_change_password and request.endpoint != PASSWORD_PAGE:
            return redirect(url_for(PASSWORD_PAGE))
        if request.endpoint not in BACKGROUND_ENDPOINTS:
            sessions.touch(record, now(), _address(), _agent())
            db().commit()
        g.staff, g.staff_session = user, record
        return cast(ResponseReturnValue, view(*args, **kwargs))

    return cast(View, wrapped)


def _login_page(status: int = 200, error: str | None = None) -> ResponseReturnValue:
    csrf_token()
    next_page = _safe_next(request.values.get("next"))
    return render_template("hotline/login.html", error=error, next_page=next_page), status


def _check_password() -> StaffUser | None:
    name = request.form.get("name", "").strip()[:64]
    password = request.form.get("password", "")
    user = None
    if name and password and len(password) <= MAX_PASSWORD:
        user = authenticate(db(), name, password, now(), _source())
    db().commit()  # keeps the failure count, or a password hash that authenticate() upgraded
    if user is None:
        log.warning("staff login failed for name %r", name)
    return user


@bp.route("/login", methods=("GET", "POST"))
def login() -> ResponseReturnValue:
    """Step one: name and password; a match leads to the code step, nothing else."""
    if request.method == "GET":
        if _signed_in() is not None:
            return redirect(url_for("staff.queues.overview"))
        return _login_page()
    user = _check_password()
    if user is None:
        return _login_page(401, FAILED)
    if not user.totp_secret:
        return _login_page(
            403, "This account has no second factor yet. Ask an admin to set one up."
        )
    next_page = _safe_next(request.form.get("next"))
    _end_cookie_session("logout", now())  # a session already open in this browser ends here
    session.clear()
    session.update(pending_id=user.id, pending_at=int(time.time()), next=next_page)
    csrf_token()
    return redirect(url_for("staff.auth.code"))


def _pending_user() -> StaffUser | None:
    at = session.get("pending_at")
    if not isinstance(at, int) or time.time() - at > CODE_STEP_SECONDS:
        return None
    return _active(session.get("pending_id"))


def _code_page(status: int = 200, error: str | None = None) -> ResponseReturnValue:
    csrf_token()
    return render_template("hotline/login_code.html", error=error), status


@bp.route("/login/code", methods=("GET", "POST"))
def code() -> ResponseReturnValue:
    """Step two: the six-digit code from the staff member's authenticator app."""
    user = _pending_user()
    if user is None:
        session.clear()
        flash("Sign in with your name and password first.")
        return redirect(url_for("staff.auth.login"))
    if request.method == "GET":
        return _code_page()
    given = request.form.get("code", "")[:16]
    if check_code(db(), user, given, runtime().settings.keyring, _source(), now()):
        next_page = session.get("next")
        _start_session(user)
        if user.must_change_password:
            return redirect(url_for(PASSWORD_PAGE))
        return redirect(_safe_next(next_page) or url_for("staff.queues.overview"))
    db().commit()  # keeps the failure count
    log.warning("staff second step failed for account %s", user.id)
    if paused(db(), user, _source(), now()):
        session.clear()
        return _login_page(401, FAILED)
    return _code_page(401, "That code did not match. Codes change every 30 seconds.")


def _start_session(user: StaffUser) -> None:
    # A new id at login, so a session fixed before sign-in is worth nothing after it.
    sid = sessions.start(db(), user, now(), _address(), _agent())
    session.clear()
    session["sid"] = sid
    record_sign_in(db(), user, _source(), now())
    db().commit()


def sign_out() -> ResponseReturnValue:
    """Forget the cookie's session and go to the login page (the record is ended by the caller)."""
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("staff.auth.login"))


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    """End the session on the server, so the cookie, and any copy of it, opens nothing more."""
    _end_cookie_session("logout", now())
    return sign_out()
