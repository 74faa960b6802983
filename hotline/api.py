"""The JSON API for staff tools: queues, tips and case actions, behind a bearer token, audited."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import Blueprint, Response, abort, g, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from hotline.access import refuse, require_queue, require_tip
from hotline.database import db
from hotline.listing import (
    Filters,
    iso_z,
    open_tips,
    summaries,
    urgency_counts,
    valid_queue,
)
from tips import casework
from tips.models import StaffUser, Tip
from tips.staff import ROLES, assigned_queues, audit, by_token, may_see_queue, sees_all_queues

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
    """API errors are JSON too, whatever raised them; a refusal says why when it was told."""
    told = exc.code in (400, 404) or exc.description != type(exc).description
    message = exc.description if told and exc.description else None
    return error(exc.code or 500, message or (exc.name or "error").lower())


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


def api_user() -> StaffUser:
    """The account whose token signed this request."""
    user: StaffUser = g.api_user
    return user


@bp.get("/queues")
@token_required
def list_queues() -> ResponseReturnValue:
    """The queues the account may see, with open tips counted by urgency."""
    user, session = api_user(), db()
    counts = urgency_counts(session)
    for name in () if sees_all_queues(user) else assigned_queues(user):
        counts.setdefault(name, {})
    body = [
        {"queue": name, "open": sum(by.values()), "by_urgency": by}
        for name, by in sorted(counts.items())
        if may_see_queue(user, name)
    ]
    audit(session, actor=user.name, action="api_list_queues")
    session.commit()
    return jsonify(body)


@bp.get("/tips")
@token_required
def list_tips() -> ResponseReturnValue:
    """Open tips of one queue (or all the account may see), most urgent first, then oldest."""
    user, queue = api_user(), request.args.get("queue", "").strip() or None
    if queue is not None and not valid_queue(queue):
        return error(400, "queue must be 1-48 characters of a-z, 0-9, '_' or '-'")
    if queue is not None:
        require_queue(user, queue)
    session = db()
    allowed = None if sees_all_queues(user) else assigned_queues(user)
    tips = open_tips(session, queue, Filters.parse(request.args), allowed)
    rows = [row.as_json() for row in summaries(session, tips)]
    audit(session, actor=user.name, action="api_list_tips", detail=f"queue={queue or '*'}")
    session.commit()
    return jsonify(rows)


def tip_json(tip: Tip) -> dict[str, Any]:
    """One tip with its answers, transcript, indicators, outcome and notes."""
    (summary,) = summaries(db(), [tip])
    indicators = summary.assessment.indicators if summary.assessment else []
    return summary.as_json() | {
        "answers": tip.answers or {},
        "transcript": [
            {"direction": m.direction, "body": m.body, "created_at": iso_z(m.created_at)}
            for m in tip.messages
        ],
        "indicators": [i for i in indicators if isinstance(i, dict)],
        "rubric_version": summary.assessment.rubric_version if summary.assessment else None,
        "outcome": tip.outcome,
        "notes": [
            {"author": n.author.name, "body": n.body, "created_at": iso_z(n.created_at)}
            for n in casework.notes(db(), tip)
        ],
    }


@bp.get("/tips/<reference>")
@token_required
def show_tip(reference: str) -> ResponseReturnValue:
    """One tip with its answers, transcript and the indicators of its latest assessment."""
    session, tip = db(), api_tip(reference)
    body = tip_json(tip)
    audit(session, actor=api_user().name, action="api_view_tip", tip_id=tip.id)
    session.commit()
    return jsonify(body)


def api_tip(reference: str) -> Tip:
    """The tip; 404 (JSON) if none or outside the account's queues (that one audited)."""
    return require_tip(api_user(), reference)


def _act(reference: str, action: Callable[[Tip, StaffUser], object]) -> ResponseReturnValue:
    tip = api_tip(reference)
    try:
        action(tip, api_user())
    except casework.NotAllowed as exc:
        refuse(api_user(), tip, str(exc))
    except casework.CaseError as exc:
        db().rollback()
        return error(409, str(exc))
    db().commit()
    return jsonify(tip_json(tip))


def json_field(name: str) -> str:
    """A string field of the JSON body, 400 if it is missing or not a string."""
    body = request.get_json(silent=True)
    value = body.get(name) if isinstance(body, dict) else None
    if not isinstance(value, str):
        abort(400, f"a JSON body with a string {name!r} is required")
    return value


@bp.post("/tips/<reference>/claim")
@token_required
def claim(reference: str) -> ResponseReturnValue:
    """Claim the tip for the token's account."""
    return _act(reference, lambda tip, user: casework.claim(db(), tip, user))


@bp.post("/tips/<reference>/notes")
@token_required
def note(reference: str) -> ResponseReturnValue:
    """Add a note: {"body": "..."}."""
    body = json_field("body")
    return _act(reference, lambda tip, user: casework.add_note(db(), tip, user, body))


@bp.post("/tips/<reference>/resolve")
@token_required
def resolve(reference: str) -> ResponseReturnValue:
    """Resolve with an outcome: {"outcome": "referred_law_enforcement" | ...}."""
    outcome = json_field("outcome")
    return _act(reference, lambda tip, user: casework.resolve(db(), tip, user, outcome))


@bp.post("/tips/<reference>/release")
@token_required
def release(reference: str) -> ResponseReturnValue:
    """Give the tip back to its queue (its holder, or a supervisor)."""
    return _act(reference, lambda tip, user: casework.release(db(), tip, user))


@bp.post("/tips/<reference>/escalate")
@token_required
def escalate(reference: str) -> ResponseReturnValue:
    """Raise the tip above every other open tip."""
    return _act(reference, lambda tip, user: casework.escalate(db(), tip, user))


@bp.post("/tips/<reference>/override")
@token_required
def override(reference: str) -> ResponseReturnValue:
    """Change urgency or queue with a reason: {"field": ..., "value": ..., "reason": ...}."""
    field, value, reason = json_field("field"), json_field("value"), json_field("reason")
    return _act(
        reference,
        lambda tip, user: casework.override(db(), tip, user, field, value.strip(), reason),
    )
