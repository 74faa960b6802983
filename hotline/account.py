"""The signed-in staff member's own account: their open sessions, each of which they may end,
and their password. Every change is audited."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from hotline.auth import current_session, current_user, login_required, now, sign_out
from hotline.database import db, runtime
from tips import sessions, staff
from tips.models import StaffSession, StaffUser

bp = Blueprint("account", __name__, url_prefix="/account")
MAX_ID = 2**31 - 1  # larger numbers are no row's id, and some databases refuse them
NETWORKS = {"local": "this computer", "private": "private network", "public": "internet"}


@bp.get("")
@login_required
def overview() -> str:
    """The account's open sessions: when each began, when last used, and a coarse browser."""
    rows = sessions.live(db(), current_user().id, now())
    return render_template("hotline/account.html", rows=rows, current=current_session().id,
                           networks=NETWORKS, now=now())  # fmt: skip


def _own_live_session(session_id: int) -> StaffSession:
    record = db().get(StaffSession, session_id) if session_id <= MAX_ID else None
    if record is None or record.staff_id != current_user().id:
        abort(404)
    if not sessions.is_live(record, now()):
        abort(404)
    return record


@bp.post("/sessions/<int:session_id>/end")
@login_required
def end_session(session_id: int) -> ResponseReturnValue:
    """End one of the account's sessions; ending this one signs out."""
    record = _own_live_session(session_id)
    sessions.end(record, now())
    staff.audit(
        db(), actor=current_user().name, action="end_session", detail=f"session={record.id}"
    )
    db().commit()
    if record.id == current_session().id:
        return sign_out()
    flash("That session has ended.")
    return redirect(url_for(".overview"), code=303)


@bp.post("/sessions/end-others")
@login_required
def end_others() -> ResponseReturnValue:
    """End every session of the account except this one."""
    user = current_user()
    ended = sessions.end_all(db(), user.id, now(), keep=current_session().id)
    staff.audit(db(), actor=user.name, action="end_other_sessions", detail=f"ended={ended}")
    db().commit()
    flash(f"Signed out {ended} other session{'' if ended == 1 else 's'}.")
    return redirect(url_for(".overview"), code=303)


def _password_problem(user: StaffUser) -> str | None:
    form = request.form
    current, new = form.get("current_password", ""), form.get("new_password", "")
    if not current or len(current) > staff.MAX_PASSWORD:
        return "Your current password was not right."
    source = staff.source_of(runtime().settings.secret_key, request.remote_addr)
    if staff.authenticate(db(), user.name, current, now(), source) is None:  # counted, as at login
        return "Your current password was not right."
    if new != form.get("new_password_again", ""):
        return "The two new passwords did not match."
    if new == current:
        return "The new password must differ from the current one."
    return staff.password_problem(user.name, new)


def _password_page(status: int = 200, error: str | None = None) -> ResponseReturnValue:
    forced = current_user().must_change_password
    return render_template("hotline/account_password.html", error=error, forced=forced), status


@bp.route("/password", methods=("GET", "POST"))
@login_required
def password() -> ResponseReturnValue:
    """Change the password: the current one, the new one twice; every other session ends."""
    if request.method == "GET":
        return _password_page()
    user = current_user()
    problem = _password_problem(user)
    if problem:
        staff.audit(db(), actor=user.name, action="password_change_refused", detail=problem)
        db().commit()
        return _password_page(400, problem)
    forced = user.must_change_password
    staff.set_password(user, request.form["new_password"])
    ended = sessions.end_all(db(), user.id, now(), keep=current_session().id)
    staff.audit(db(), actor=user.name, action="change_password",
                detail=f"other sessions ended={ended}")  # fmt: skip
    db().commit()
    flash("Your password is changed. Any other sessions have ended.")
    return redirect(url_for("staff.queues.overview" if forced else ".overview"), code=303)
