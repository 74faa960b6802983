"""API tokens on the staff pages: each account lists its own and revokes any of them; an admin
does the same for any account. A token itself is never shown here: only when it is issued."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from hotline.access import roles_required
from hotline.auth import current_user, login_required, now
from hotline.database import db
from tips import staff, tokens
from tips.models import StaffUser

bp = Blueprint("tokens", __name__)
MAX_NAME = 64


def _page(owner: StaffUser) -> str:
    at = now()
    rows = [(record, tokens.state(record, at)) for record in tokens.of_account(db(), owner.id)]
    return render_template("hotline/tokens.html", owner=owner, rows=rows, now=at,
                           mine=owner.id == current_user().id)  # fmt: skip


def _revoke(owner: StaffUser, token_id: int) -> None:
    """Revoke one of the owner's tokens (404 for any other id); audited."""
    record = tokens.owned(db(), owner.id, token_id)
    if record is None:
        abort(404)
    if tokens.revoke(record, now()):
        staff.audit(db(), actor=current_user().name, action="revoke_token",
                    detail=f"name={owner.name} token={record.id}")  # fmt: skip
        db().commit()
        flash("The token is revoked. It no longer works.")
    else:
        flash("That token was already revoked.")


@bp.get("/account/tokens")
@login_required
def mine() -> str:
    """The account's API tokens: name, scopes, when made, when they expire, when last used."""
    return _page(current_user())


@bp.post("/account/tokens/<int:token_id>/revoke")
@login_required
def revoke_mine(token_id: int) -> ResponseReturnValue:
    """Revoke one of the account's own tokens, at once."""
    _revoke(current_user(), token_id)
    return redirect(url_for(".mine"), code=303)


def _account(name: str) -> StaffUser:
    user = staff.by_name(db(), name[:MAX_NAME])
    if user is None:
        abort(404)
    return user


@bp.get("/admin/staff/<name>/tokens")
@login_required
@roles_required("admin")
def of_account(name: str) -> str:
    """Any account's API tokens, for an admin; audited."""
    owner = _account(name)
    html = _page(owner)
    staff.audit(db(), actor=current_user().name, action="view_tokens", detail=f"name={owner.name}")
    db().commit()
    return html


@bp.post("/admin/staff/<name>/tokens/<int:token_id>/revoke")
@login_required
@roles_required("admin")
def revoke_of_account(name: str, token_id: int) -> ResponseReturnValue:
    """Revoke any account's token, at once (a lost laptop, a leaked script)."""
    owner = _account(name)
    _revoke(owner, token_id)
    return redirect(url_for(".of_account", name=owner.name), code=303)
