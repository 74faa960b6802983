"""The queues: counts per queue and urgency, one queue's tips in order, and their live refresh."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, render_template, request, url_for
from flask.typing import ResponseReturnValue

from hotline.access import require_queue, visible
from hotline.auth import current_session, current_user, login_required, now
from hotline.clock import Clock, clock
from hotline.database import db, runtime
from hotline.listing import (
    ASSESSING,
    STATUS_FILTERS,
    Filters,
    Summary,
    open_tips,
    ordered_counts,
    summaries,
    urgency_counts,
    valid_queue,
)
from tips import sightings
from tips.models import URGENCY_RANK, StaffUser, utcnow
from tips.staff import assigned_queues, audit, sees_all_queues

bp = Blueprint("queues", __name__)
URGENCY_ORDER = (*URGENCY_RANK, ASSESSING)


def row_clock(summary: Summary) -> Clock:
    """The row's clock against its urgency's target time."""
    return clock(summary.tip, utcnow(), runtime().settings.escalation_targets)


def template_context() -> dict[str, Any]:
    """The clock helper and the filter choices, for the queue templates."""
    return {"row_clock": row_clock, "status_filters": STATUS_FILTERS}


def _allowed(user: StaffUser) -> set[str] | None:
    return None if sees_all_queues(user) else assigned_queues(user)


def _cards(user: StaffUser) -> list[dict[str, Any]]:
    counts = urgency_counts(db())
    allowed = _allowed(user)
    for name in allowed or ():
        counts.setdefault(name, {})
    totals = {name: sum(by.values()) for name, by in counts.items()}
    names = visible(user, [name for name, _ in ordered_counts(totals)])
    return [
        {
            "queue": name,
            "total": totals[name],
            "by_urgency": [(u, counts[name][u]) for u in URGENCY_ORDER if counts[name].get(u)],
        }
        for name in names
    ]


def _rows(user: StaffUser, queue: str | None, filters: Filters) -> list[Summary]:
    session = db()
    return summaries(session, open_tips(session, queue, filters, _allowed(user)))


@bp.get("/")
@login_required
def overview() -> ResponseReturnValue:
    """Counts per queue and urgency, and every open tip the account may see, most urgent first."""
    user, filters = current_user(), Filters.parse(request.args)
    rows = _rows(user, None, filters)
    page = render_template(
        "hotline/overview.html",
        cards=_cards(user),
        rows=rows,
        filters=filters,
        live_url=_live_url(None, filters),
        now=utcnow(),
    )
    _record_shown("view_overview", None, filters, rows, force=True)
    return page


@bp.get("/queues/<queue>")
@login_required
def queue(queue: str) -> ResponseReturnValue:
    """One queue's tips, most urgent first, then oldest first; 403 for a queue not assigned."""
    if not valid_queue(queue):
        abort(404)
    user, filters = current_user(), Filters.parse(request.args)
    require_queue(user, queue)
    rows = _rows(user, queue, filters)
    page = render_template(
        "hotline/queue.html",
        queue=queue,
        rows=rows,
        filters=filters,
        live_url=_live_url(queue, filters),
        now=utcnow(),
    )
    _record_shown("view_queue", queue, filters, rows, force=True)
    return page


def _live_url(queue: str | None, filters: Filters) -> str:
    args: dict[str, Any] = filters.as_args() | ({"queue": queue} if queue else {})
    return url_for(".live", **args)


def _record_shown(
    action: str, queue: str | None, filters: Filters, rows: list[Summary], force: bool
) -> None:
    """Audit which tips a list showed (ids, never text): always for a page a person opened;
    for the live refresh, only when the set changed or a few minutes passed (tips.sightings)."""
    view, ids = filters.describe(queue), [row.tip.id for row in rows]
    record = current_session()
    memory = sightings.note(record.shown, view, ids, now(), force)
    if memory is not None:
        record.shown = memory
        audit(db(), actor=current_user().name, action=action, detail=view, shown=ids)
        db().commit()


def live_row(summary: Summary) -> dict[str, Any]:
    """One row as the queue page's script draws it; every value is set as text."""
    tip, timer = summary.tip, row_clock(summary)
    return {
        "reference": tip.reference,
        "href": url_for("staff.tips.show", reference=tip.reference),
        "urgency": summary.urgency_label,
        "status": tip.status,
        "escalated": tip.escalated,
        "claimed_by": tip.claimant.name if tip.claimant else None,
        "queue": (tip.queue or "untriaged").replace("_", " "),
        "category": (tip.category or "not yet known").replace("_", " "),
        "language": tip.language,
        "waiting": timer.text,
        "overdue": timer.overdue,
        "danger": bool(summary.immediate_danger),
        "minor": bool(summary.minor_involved),
    }


@bp.get("/live.json")
@login_required
def live() -> ResponseReturnValue:
    """The rows and counts the queue pages poll every few seconds to stay current."""
    user, filters = current_user(), Filters.parse(request.args)
    queue = request.args.get("queue", "").strip() or None
    if queue is not None:
        if not valid_queue(queue):
            abort(404)
        require_queue(user, queue)
    cards, rows = _cards(user), _rows(user, queue, filters)
    body = {
        "counts": {card["queue"]: card["total"] for card in cards},
        "rows": [live_row(row) for row in rows],
    }
    _record_shown("view_live", queue, filters, rows, force=False)
    return jsonify(body)
