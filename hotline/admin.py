"""Admin pages: staff accounts (create, deactivate, role, queues, password reset, sessions), and
read-only views of the routing rules and notifier settings, secrets masked. All of it is audited."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from hotline.access import roles_required
from hotline.auth import current_user, login_required, now
from hotline.database import db, runtime
from hotline.listing import valid_queue
from tips import sessions, staff, tokens
from tips.models import StaffUser
from triage.routing import load_regions, load_routes

bp = Blueprint("admin", __name__, url_prefix="/admin")
MAX_NAME = 64


def mask(value: str) -> str:
    """A secret or a phone number shown only as whether it is set and its last two characters."""
    return f"set (…{value[-2:]})" if len(value) > 6 else "set" if value else "not set"


def notifier_settings() -> list[tuple[str, str]]:
    """The paging and sending settings an admin may check, secrets and numbers masked."""
    s = runtime().settings
    return [
        ("Notifier", s.notifier),
        ("Twilio account", mask(s.twilio_account_sid)),
        ("Twilio auth token", mask(s.twilio_auth_token)),
        ("Sending number", mask(s.twilio_from_number)),
        ("On-call numbers", mask(s.on_call_numbers)),
        ("Supervisor numbers", mask(s.supervisor_numbers)),
        ("Emergency number", s.emergency_number),
        ("Page again after (critical, minutes)", str(s.escalate_critical_minutes)),
        ("Page again after (high, minutes)", str(s.escalate_high_minutes)),
    ]


def _account(name: str) -> StaffUser:
    user = staff.by_name(db(), name[:MAX_NAME])
    if user is None:
        raise staff.StaffError("No such account.")
    return user


def _back(message: str) -> ResponseReturnValue:
    flash(message)
    return redirect(url_for("staff.admin.accounts"), code=303)


@bp.get("/staff")
@login_required
@roles_required("admin")
def accounts() -> str:
    """Every staff account with its role, queues and state."""
    session = db()
    users = session.scalars(select(StaffUser).order_by(StaffUser.name)).all()
    counts = sessions.open_counts(session, now())
    html = render_template("hotline/admin.html", users=users, roles=staff.ROLES, counts=counts)
    staff.audit(session, actor=current_user().name, action="view_accounts")
    session.commit()
    return html


@bp.post("/staff")
@login_required
@roles_required("admin")
def create() -> ResponseReturnValue:
    """Create an account and show its otpauth URI once, on this response only."""
    session, form = db(), request.form
    name = form.get("name", "").strip()[:MAX_NAME]
    try:
        if not name:
            raise staff.StaffError("Give the account a name.")
        user = staff.add(session, name, form.get("password", ""), form.get("role", ""))
        uri = staff.enrol_totp(user, runtime().settings.keyring)
    except staff.StaffError as exc:
        session.rollback()
        return _back(str(exc))
    staff.audit(session, actor=current_user().name, action="create_account",
                detail=f"name={name} role={user.role}")  # fmt: skip
    session.commit()
    return render_template("hotline/admin_created.html", name=name, uri=uri)


@bp.post("/staff/<name>")
@login_required
@roles_required("admin")
def change(name: str) -> ResponseReturnValue:
    """Set role and queues, or deactivate: one form per account."""
    session, form = db(), request.form
    try:
        user = _account(name)
        if form.get("deactivate") == "yes":
            if user.id == current_user().id:
                raise staff.StaffError("You cannot deactivate your own account.")
            user.active, detail = False, "active=no"
            _end_sessions(user, "deactivated")
            _revoke_tokens(user, "deactivated")
        else:
            role = form.get("role", "")
            queues = [q.strip() for q in form.get("queues", "").split(",") if q.strip()]
            if role not in staff.ROLES or not all(valid_queue(q) for q in queues):
                raise staff.StaffError("Choose a role and queue names of a-z, 0-9, '_' or '-'.")
            user.role = role
            staff.assign_queues(session, user, queues)
            detail = f"role={role} queues={','.join(queues)}"[:200]
    except staff.StaffError as exc:
        session.rollback()
        return _back(str(exc))
    staff.audit(session, actor=current_user().name, action="change_account",
                detail=f"name={user.name} {detail}")  # fmt: skip
    session.commit()
    return _back(f"{user.name} updated.")


def _end_sessions(user: StaffUser, reason: str) -> int:
    ended = sessions.end_all(db(), user.id, now())
    staff.audit(db(), actor=current_user().name, action="end_sessions",
                detail=f"name={user.name} ended={ended} reason={reason}")  # fmt: skip
    return ended


def _revoke_tokens(user: StaffUser, reason: str) -> None:
    revoked = tokens.revoke_all(db(), user.id, now())
    if revoked:
        staff.audit(db(), actor=current_user().name, action="revoke_tokens",
                    detail=f"name={user.name} revoked={revoked} reason={reason}")  # fmt: skip


@bp.post("/staff/<name>/sessions")
@login_required
@roles_required("admin")
def end_sessions(name: str) -> ResponseReturnValue:
    """Sign an account out everywhere at once (a lost laptop, a shared screen)."""
    try:
        user = _account(name)
    except staff.StaffError as exc:
        return _back(str(exc))
    ended = _end_sessions(user, "admin")
    db().commit()
    return _back(f"Ended {ended} session{'' if ended == 1 else 's'} of {user.name}.")


@bp.post("/staff/<name>/password")
@login_required
@roles_required("admin")
def reset_password(name: str) -> ResponseReturnValue:
    """Give an account a one-time password, shown once; it must be changed at the next sign-in."""
    try:
        user = _account(name)
        if user.id == current_user().id:
            raise staff.StaffError("Change your own password on your account page.")
    except staff.StaffError as exc:
        return _back(str(exc))
    temporary = staff.temporary_password()
    staff.set_password(user, temporary, must_change=True)
    staff.audit(
        db(), actor=current_user().name, action="reset_password", detail=f"name={user.name}"
    )
    _end_sessions(user, "reset")
    db().commit()
    return render_template("hotline/admin_reset.html", name=user.name, password=temporary)


@bp.get("/settings")
@login_required
@roles_required("admin")
def settings_view() -> str:
    """The routing rules and regions (read-only) and the notifier settings, masked."""
    html = render_template("hotline/admin_settings.html", rules=load_routes(),
                           regions=load_regions(), notifier=notifier_settings())  # fmt: skip
    staff.audit(db(), actor=current_user().name, action="view_settings")
    db().commit()
    return html
