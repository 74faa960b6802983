"""Staff sign-in in two steps (password, then a TOTP code), session limits, CSRF and the gate."""

from __future__ import annotations

import functools
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from hotline.database import db, runtime
from tips.models import StaffUser
from tips.staff import ROLES, audit, authenticate, locked, verify_code

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)

IDLE_SECONDS = 30 * 60
MAX_SESSION_SECONDS = 12 * 3600  # a full shift; then sign in again, whatever the activity
CODE_STEP_SECONDS = 5 * 60  # time allowed between the password and the code
MAX_PASSWORD = 1024  # argon2 would hash anything; nobody types more than this
# One message for a wrong name, a wrong password and a paused account, so none can be told apart.
FAILED = (
    "That name and password did not match an active account. "
    "After 5 failed tries an account pauses for 15 minutes."
)
View = TypeVar("View", bound=Callable[..., Any])


def csrf_token() -> str:
    """The session's CSRF token, made on first use; every POST form carries it back."""
    token = session.get("csrf")
    if not isinstance(token, str) or not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    """Reject a POST whose form token is missing or differs from the session's."""
    if request.method != "POST":
        return
    expected = session.get("csrf")
    given = request.form.get("csrf_token", "")
    if not isinstance(expected, str) or not hmac.compare_digest(expected.encode(), given.encode()):
        abort(400, "This form has expired. Reload the page and try again.")


def template_context() -> dict[str, Any]:
    """What every staff template may use: the CSRF token and the signed-in account."""
    return {"csrf_token": csrf_token, "staff_user": g.get("staff")}


def current_user() -> StaffUser:
    """The account signed in for this request (only inside a login_required view)."""
    user: StaffUser = g.staff
    return user


def _active(user_id: Any) -> StaffUser | None:
    user = db().get(StaffUser, user_id) if isinstance(user_id, int) else None
    return user if user is not None and user.active and user.role in ROLES else None


def _session_expired() -> bool:
    now = time.time()
    seen, started = session.get("seen"), session.get("started")
    if not isinstance(seen, int) or not isinstance(started, int):
        return True
    return now - seen > IDLE_SECONDS or now - started > MAX_SESSION_SECONDS


def _signed_in_user() -> StaffUser | None:
    if "staff_id" not in session or _session_expired():
        return None
    return _active(session.get("staff_id"))


def _safe_next(target: str | None) -> str | None:
    # Only return to a staff page on this site, so a crafted link cannot bounce staff elsewhere.
    if not target or not target.startswith("/staff/") or "\\" in target:
        return None
    return None if any(ord(c) < 32 for c in target) else target


def _expiry_notice() -> str:
    started = session.get("started")
    if isinstance(started, int) and time.time() - started > MAX_SESSION_SECONDS:
        return "You were signed out after 12 hours. Sign in again to go on."
    return "You were signed out after 30 minutes without activity."


def login_required(view: View) -> View:
    """Send anyone not fully signed in, idle 30 minutes or signed in 12 hours, to the login."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        user = _signed_in_user()
        if user is None:
            if "staff_id" in session:  # an expired session; a half-finished sign-in stays
                notice = _expiry_notice()
                session.clear()
                flash(notice)
            return redirect(url_for("staff.auth.login", next=request.full_path.rstrip("?")))
        session["seen"] = int(time.time())
        g.staff = user
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
        user = authenticate(db(), name, password)
    db().commit()  # keeps the failure count, or a password hash that authenticate() upgraded
    if user is None:
        log.warning("staff login failed for name %r", name)
    return user


@bp.route("/login", methods=("GET", "POST"))
def login() -> ResponseReturnValue:
    """Step one: name and password; a match leads to the code step, nothing else."""
    if request.method == "GET":
        if _signed_in_user() is not None:
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
    if verify_code(user, given, runtime().settings.secret_key):
        next_page = session.get("next")
        _start_session(user)
        return redirect(_safe_next(next_page) or url_for("staff.queues.overview"))
    db().commit()  # keeps the failure count
    log.warning("staff second step failed for account %s", user.id)
    if locked(user):
        session.clear()
        return _login_page(401, FAILED)
    return _code_page(401, "That code did not match. Codes change every 30 seconds.")


def _start_session(user: StaffUser) -> None:
    # A new session at login, so a session fixed before sign-in is worth nothing after it.
    now = int(time.time())
    session.clear()
    session.update(staff_id=user.id, seen=now, started=now, csrf=secrets.token_urlsafe(32))
    audit(db(), actor=user.name, action="login")
    db().commit()


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    """End the session."""
    user = _signed_in_user()
    if user is not None:
        audit(db(), actor=user.name, action="logout")
        db().commit()
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("staff.auth.login"))
