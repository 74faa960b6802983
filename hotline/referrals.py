"""Referral packet exports from the tip page (a CSRF form) and the API (a bearer token)."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue

from hotline import api
from hotline.access import deny, require_tip, visible_related
from hotline.auth import current_user, login_required
from hotline.database import db
from tips import referrals
from tips.models import StaffUser, Tip

bp = Blueprint("referrals", __name__)
MAX_CHOICE = 32


def _download(tip: Tip, user: StaffUser, recipient: str, fmt: str) -> Response:
    """Export, commit the Referral row and audit event, and hand out the bytes as a file.

    A refusal by role is a denied attempt, audited as such (403).
    """
    session = db()
    related = len(visible_related(user, tip))
    try:
        packet = referrals.export(
            session, tip, user, recipient[:MAX_CHOICE], fmt[:MAX_CHOICE], related
        )
    except referrals.NotPermitted:
        session.rollback()
        deny(user, "export_referral", tip.id)
    session.commit()
    response = Response(packet.data, content_type=packet.content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{packet.filename}"'
    response.headers["X-Content-SHA256"] = packet.digest
    return response


@bp.post("/tips/<reference>/referral")
@login_required
def export(reference: str) -> ResponseReturnValue:
    """Download a referral packet, or go back to the tip with the reason it was refused."""
    user = current_user()
    tip = require_tip(user, reference)
    form = request.form
    try:
        return _download(tip, user, form.get("recipient", ""), form.get("format", ""))
    except referrals.ReferralError as exc:
        db().rollback()
        flash(str(exc))
        return redirect(url_for("staff.tips.show", reference=tip.reference), code=303)


@bp.post("/tips/<reference>/referral-consent")
@login_required
def consent(reference: str) -> ResponseReturnValue:
    """Record the tipster's answer to sharing their tip, asked by staff in a reply."""
    user = current_user()
    tip = require_tip(user, reference)
    try:
        referrals.record_consent(db(), tip, user, request.form.get("answer", "")[:MAX_CHOICE])
    except referrals.NotPermitted:
        db().rollback()
        deny(user, "record_referral_consent", tip.id)
    except referrals.BadChoice as exc:
        db().rollback()
        return Response(str(exc), status=400, content_type="text/plain")
    db().commit()
    flash("The tipster's answer about sharing is recorded.")
    return redirect(url_for("staff.tips.show", reference=tip.reference), code=303)


@api.bp.post("/tips/<reference>/referral")
@api.token_required
def export_api(reference: str) -> ResponseReturnValue:
    """Export a packet: {"recipient": "law_enforcement" | ..., "format": "pdf" | "json"}."""
    recipient, fmt = api.json_field("recipient"), api.json_field("format")
    tip = api.api_tip(reference)
    try:
        return _download(tip, api.api_user(), recipient, fmt)
    except referrals.BadChoice as exc:
        db().rollback()
        return api.error(400, str(exc))
    except referrals.ReferralError as exc:
        db().rollback()
        return api.error(409, str(exc))
