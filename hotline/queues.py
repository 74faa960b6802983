"""The queues: an overview of every queue and one queue's open tips, most urgent first."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask.typing import ResponseReturnValue

from hotline.auth import login_required
from hotline.database import db
from hotline.listing import open_tips, ordered_counts, summaries, valid_queue
from tips.models import utcnow
from tips.store import queue_counts

bp = Blueprint("queues", __name__)


@bp.get("/")
@login_required
def overview() -> ResponseReturnValue:
    """How many open tips each queue holds, and every open tip in urgency order."""
    session = db()
    counts = ordered_counts(queue_counts(session))
    rows = summaries(session, open_tips(session))
    return render_template("hotline/overview.html", counts=counts, rows=rows, now=utcnow())


@bp.get("/queues/<queue>")
@login_required
def queue(queue: str) -> ResponseReturnValue:
    """One queue's open tips, most urgent first, then oldest first."""
    if not valid_queue(queue):
        abort(404)
    session = db()
    rows = summaries(session, open_tips(session, queue))
    return render_template("hotline/queue.html", queue=queue, rows=rows, now=utcnow())
