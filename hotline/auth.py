"""Staff sign-in: login and logout, idle expiry, CSRF tokens and the login_required gate."""

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

from hotline.database import db
from tips.models import StaffUser
from tips.staff import ROLES, audit, authenticate

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)

IDLE_SECONDS = 30 * 60
MAX_PASSWORD = 1024  # argon2 would hash anything; nobody types more than this
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


def _signed_in_user() -> StaffUser | None:
    user_id, seen = session.get("staff_id"), session.get("seen")
    if not isinstance(user_id, int) or not isinstance(seen, int):
        return None
    if time.time() - seen > IDLE_SECONDS:
        return None
    user = db().get(StaffUser, user_id)
    return user if user is not None and user.active and user.role in ROLES else None


def _safe_next(target: str | None) -> str | None:
    # Only return to a staff page on this site, so a crafted link cannot bounce staff elsewhere.
    if not target or not target.startswith("/staff/") or "\\" in target:
        return None
    return None if any(ord(c) < 32 for c in target) else target


def login_required(view: View) -> View:
    """Send anyone not signed in, or idle for 30 minutes, to the login page."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        user = _signed_in_user()
        if user is None:
            expired = "staff_id" in session
            session.clear()
            if expired:
                flash("You were signed out after 30 minutes without activity.")
            return redirect(url_for("staff.auth.login", next=request.full_path.rstrip("?")))
        session["seen"] = int(time.time())
        g.staff = user
        return cast(ResponseReturnValue, view(*args, **kwargs))

    return cast(View, wrapped)


def _login_page(status: int = 200, error: str | None = None) -> ResponseReturnValue:
    csrf_token()
    next_page = _safe_next(request.values.get("next"))
    return render_template("hotline/login.html", error=error, next_page=next_page), status


@bp.route("/login", methods=("GET", "POST"))
def login() -> ResponseReturnValue:
    """Show the login form; on POST, check the name and password and start a fresh session."""
    if request.method == "GET":
        if _signed_in_user() is not None:
            return redirect(url_for("staff.queues.overview"))
        return _login_page()
    name = request.form.get("name", "").strip()[:64]
    password = request.form.get("password", "")
    user = None
    if name and password and len(password) <= MAX_PASSWORD:
        user = authenticate(db(), name, password)
    if user is None:
        log.warning("staff login failed for name %r", name)
        return _login_page(401, "That name and password did not match an active account.")
    _start_session(user)
    return redirect(_safe_next(request.form.get("next")) or url_for("staff.queues.overview"))


def _start_session(user: StaffUser) -> None:
    # A new session at login, so a session fixed before sign-in is worth nothing after it.
    session.clear()
    session.update(staff_id=user.id, seen=int(time.time()), csrf=secrets.token_urlsafe(32))
    audit(db(), actor=user.name, action="login")
    db().commit()  # also keeps a password hash that authenticate() upgraded


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
