"""The case actions on the tip page: each a POST form with a CSRF token, checked and audited."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue

from hotline.access import refuse, require_tip, roles_required
from hotline.auth import current_user, login_required
from hotline.database import db
from tips import casework, retention
from tips.models import StaffUser, Tip
from tips.staff import by_name
from triage.delivery import enqueue_delivery

bp = Blueprint("actions", __name__)
Action = Callable[[Tip, StaffUser], object]


def _run(reference: str, action: Action, done: str) -> ResponseReturnValue:
    user = current_user()
    tip = require_tip(user, reference)
    try:
        action(tip, user)
    except casework.NotAllowed as exc:
        refuse(user, tip, str(exc))
    except casework.CaseError as exc:
        db().rollback()
        flash(str(exc))
    else:
        db().commit()
        flash(done)
    return redirect(url_for("staff.tips.show", reference=tip.reference), code=303)


def _form(name: str) -> str:
    return request.form.get(name, "")


@bp.post("/tips/<reference>/claim")
@login_required
def claim(reference: str) -> ResponseReturnValue:
    """Claim the tip."""
    return _run(reference, lambda t, u: casework.claim(db(), t, u), "You claimed this tip.")


@bp.post("/tips/<reference>/release")
@login_required
def release(reference: str) -> ResponseReturnValue:
    """Give the tip back to its queue."""
    return _run(
        reference, lambda t, u: casework.release(db(), t, u), "The tip is back in its queue."
    )


@bp.post("/tips/<reference>/reassign")
@login_required
def reassign(reference: str) -> ResponseReturnValue:
    """Hand the tip to a colleague (supervisors and admins)."""
    name = _form("to").strip()[:64]

    def act(tip: Tip, user: StaffUser) -> object:
        to = by_name(db(), name)
        if to is None:
            raise casework.CaseError("Choose a colleague from the list.")
        casework.reassign(db(), tip, user, to)
        return to

    return _run(reference, act, f"The tip is now with {name}.")


@bp.post("/tips/<reference>/notes")
@login_required
def note(reference: str) -> ResponseReturnValue:
    """Add a note for colleagues."""
    body = _form("body")
    return _run(reference, lambda t, u: casework.add_note(db(), t, u, body), "Note added.")


@bp.post("/tips/<reference>/override")
@login_required
def override(reference: str) -> ResponseReturnValue:
    """Change urgency or queue, with a reason."""
    field, value, reason = _form("field"), _form("value").strip(), _form("reason")

    def act(tip: Tip, user: StaffUser) -> object:
        return casework.override(db(), tip, user, field, value, reason)

    return _run(reference, act, f"The {field} is now {value}.")


@bp.post("/tips/<reference>/escalate")
@login_required
def escalate(reference: str) -> ResponseReturnValue:
    """Raise the tip above every other open tip."""
    return _run(reference, lambda t, u: casework.escalate(db(), t, u), "The tip is escalated.")


@bp.post("/tips/<reference>/reply")
@login_required
def reply(reference: str) -> ResponseReturnValue:
    """Write to the tipster through the anonymous conversation."""
    body = _form("body")
    stored: list[int] = []

    def act(tip: Tip, user: StaffUser) -> object:
        message = casework.reply(db(), tip, user, body)
        db().flush()
        stored.append(message.id)
        return message

    response = _run(reference, act, "Reply stored for sending.")
    for message_id in stored:  # committed by now: the delivery task may load it
        enqueue_delivery(message_id)
    return response


@bp.post("/tips/<reference>/resolve")
@login_required
def resolve(reference: str) -> ResponseReturnValue:
    """Close the tip with an outcome."""
    outcome = _form("outcome")
    return _run(
        reference, lambda t, u: casework.resolve(db(), t, u, outcome), "The tip is resolved."
    )


@bp.post("/tips/<reference>/legal-hold")
@login_required
@roles_required("supervisor", "admin")
def legal_hold(reference: str) -> ResponseReturnValue:
    """Set or clear the legal hold that keeps retention from purging the tip."""
    hold = _form("hold") == "on"

    def act(tip: Tip, user: StaffUser) -> object:
        retention.set_legal_hold(db(), tip, user, hold)
        return tip

    return _run(reference, act, "Legal hold set." if hold else "Legal hold cleared.")
