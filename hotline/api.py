"""The JSON API for staff tools: queues and tips, behind a bearer token, every read audited."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import Blueprint, Response, g, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from hotline.database import db
from hotline.listing import find_tip, iso_z, open_tips, summaries, valid_queue
from tips.models import StaffUser
from tips.staff import ROLES, audit, by_token

bp = Blueprint("hotline_api", __name__, url_prefix="/api/v1")
MAX_TOKEN = 256  # tokens are 43 characters; a longer header is not worth hashing
View = TypeVar("View", bound=Callable[..., Any])


def error(status: int, message: str) -> Response:
    """A JSON error body with its status."""
    response = jsonify({"error": message})
    response.status_code = status
    return response


@bp.errorhandler(HTTPException)
def http_error(exc: HTTPException) -> ResponseReturnValue:
    """API errors are JSON too, whatever raised them."""
    return error(exc.code or 500, (exc.name or "error").lower())


def _token_user() -> StaffUser | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > MAX_TOKEN:
        return None
    user = by_token(db(), token)
    return user if user is not None and user.role in ROLES else None


def token_required(view: View) -> View:
    """Answer 401 unless the request carries an active staff account's API token."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        user = _token_user()
        if user is None:
            response = error(401, "a valid bearer token is required")
            response.headers["WWW-Authenticate"] = 'Bearer realm="lantern"'
            return response
        g.api_user = user
        return cast(ResponseReturnValue, view(*args, **kwargs))

    return cast(View, wrapped)


@bp.get("/tips")
@token_required
def list_tips() -> ResponseReturnValue:
    """Open tips of one queue (or all), most urgent first, then oldest first."""
    queue = request.args.get("queue", "").strip() or None
    if queue is not None and not valid_queue(queue):
        return error(400, "queue must be 1-48 characters of a-z, 0-9, '_' or '-'")
    session = db()
    rows = [row.as_json() for row in summaries(session, open_tips(session, queue))]
    audit(session, actor=g.api_user.name, action="api_list_tips", detail=f"queue={queue or '*'}")
    session.commit()
    return jsonify(rows)


@bp.get("/tips/<reference>")
@token_required
def show_tip(reference: str) -> ResponseReturnValue:
    """One tip with its answers, transcript and the indicators of its latest assessment."""
    session = db()
    tip = find_tip(session, reference)
    if tip is None:
        return error(404, "no tip with that reference")
    (summary,) = summaries(session, [tip])
    indicators = summary.assessment.indicators if summary.assessment else []
    body = summary.as_json() | {
        "answers": tip.answers or {},
        "transcript": [
            {"direction": m.direction, "body": m.body, "created_at": iso_z(m.created_at)}
            for m in tip.messages
        ],
        "indicators": [i for i in indicators if isinstance(i, dict)],
        "rubric_version": summary.assessment.rubric_version if summary.assessment else None,
    }
    audit(session, actor=g.api_user.name, action="api_view_tip", tip_id=tip.id)
    session.commit()
    return jsonify(body)
