"""The audit log for supervisors: every view, export and action, newest first, a page at a time."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hotline.access import roles_required
from hotline.auth import current_user, login_required
from hotline.database import db
from tips.models import AuditEvent, Tip
from tips.staff import audit

bp = Blueprint("audit", __name__)
PER_PAGE = 50


def audit_page(session: Session, page: int) -> list[tuple[AuditEvent, str | None]]:
    """One page of events, newest first, each with its tip's reference."""
    rows = session.execute(
        select(AuditEvent, Tip.reference)
        .outerjoin(Tip, Tip.id == AuditEvent.tip_id)
        .options(selectinload(AuditEvent.shown))
        .order_by(AuditEvent.id.desc())
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
    )
    return [(event, reference) for event, reference in rows]


def _page_number() -> int:
    # ASCII digits only: "²" and "٣" pass str.isdigit() but int() refuses the first; a page past
    # the last is empty anyway, and int() refuses more than 4300 digits.
    raw = request.args.get("page", "1")
    readable = raw.isascii() and raw.isdigit() and len(raw) <= 9
    return max(1, min(int(raw), 100_000)) if readable else 1


@bp.get("/audit")
@login_required
@roles_required("supervisor", "admin")
def log() -> str:
    """Who did what, when; readable by supervisors and admins only."""
    session, page = db(), _page_number()
    total = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    html = render_template(
        "hotline/audit.html",
        events=audit_page(session, page),
        page=page,
        has_next=page * PER_PAGE < total,
        total=total,
    )
    audit(session, actor=current_user().name, action="view_audit", detail=f"page={page}")
    session.commit()
    return html
