"""The JSON API for staff tools: queues, tips and case actions, behind a bearer token whose
scopes open the routes (read: GET, act: the actions); every request is audited."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

from flask import Blueprint, Response, abort, g, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from hotline.access import refuse, require_queue, require_tip
from hotline.auth import now
from hotline.database import db
from hotline.listing import (
    Filters,
    iso_z,
    open_tips,
    summaries,
    urgency_counts,
    valid_queue,
)
from tips import casework, sightings, tokens
from tips.models import ApiToken, StaffUser, Tip
from tips.staff import ROLES, assigned_queues, audit, may_see_queue, sees_all_queues

bp = Blueprint("hotline_api", __name__, url_prefix="/api/v1")
log = logging.getLogger(__name__)
MAX_TOKEN = 256  # tokens are 43 characters; a longer header is not worth hashing
READ_METHODS = frozenset({"GET", "HEAD"})  # what the read scope opens; the rest needs act
MAX_PATH = 120  # of the path kept in the audit detail
REFUSALS = {
    "expired": "this token has expired; ask for a new one",
    "revoked": "this token was revoked",
    "inactive": "this token's account is not active",
}
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


def _bearer() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > MAX_TOKEN:
        return None
    return token


def _challenge(status: int, message: str, *params: str) -> Response:
    """A 401 or 403 with the Bearer challenge (RFC 6750) saying what was wrong."""
    response = error(status, message)
    response.headers["WWW-Authenticate"] = ", ".join(('Bearer realm="lantern"', *params))
    return response


def _refused(record: ApiToken, why: str) -> Response:
    """Log a real token turned away (the request is audited like any other), and answer."""
    g.api_token, g.api_refused = record, why
    log.warning("API token %s refused (%s): %s %s", record.id, why, request.method, request.path)
    if why == "scope":
        return _challenge(403, "this token may only read; the act scope is needed",
                          'error="insufficient_scope"', 'scope="act"')  # fmt: skip
    return _challenge(401, REFUSALS[why], 'error="invalid_token"')


def token_required(view: View) -> View:
    """Answer 401 unless the request carries a live token of an active staff account, and 403
    unless the token has the scope the method needs (read for GET, act for the rest)."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        token = _bearer()
        record = tokens.find(db(), token) if token else None
        if record is None:
            if token:
                log.info("API request with an unknown token: %s %s", request.method, request.path)
            return _challenge(401, "a valid bearer token is required")
        why = tokens.state(record, now())
        if why == "active" and record.owner.role not in ROLES:
            why = "inactive"
        if why == "active" and not tokens.allows(record, _scope()):
            why = "scope"
        if why != "active":
            return _refused(record, why)
        g.api_token, g.api_user = record, record.owner
        return cast(ResponseReturnValue, view(*args, **kwargs))

    return cast(View, wrapped)


def _scope() -> str:
    return "read" if request.method in READ_METHODS else "act"


@bp.after_request
def audit_request(response: Response) -> Response:
    """One audit event per request that carried a real token: who, which token, route, status,
    and the tip or (when they changed) the tips it showed; never any tip text."""
    record: ApiToken | None = g.get("api_token")
    if record is None:
        return response
    session, at = db(), now()
    if response.status_code >= 400:
        session.rollback()  # a refused or failed request changes nothing but the audit log
    refused = g.get("api_refused")
    detail = f"token={record.id} {request.method} {request.path[:MAX_PATH]} {response.status_code}"
    shown: Sequence[int] = ()
    if refused:
        action, detail = "api_refused", f"{detail} {refused}"
    else:
        action = "api_" + (request.endpoint or "").rpartition(".")[2].removesuffix("_api")
        tokens.note_use(record, at)
        shown, detail = _shown(record, at, detail)
    audit(session, actor=record.owner.name, action=action[:32], tip_id=g.get("api_tip_id"),
          detail=detail, shown=shown)  # fmt: skip
    session.commit()
    return response


def _shown(record: ApiToken, at: datetime, detail: str) -> tuple[Sequence[int], str]:
    """The ids a list showed, when this token has not had that list written lately."""
    listed: tuple[str, list[int]] | None = g.get("api_shown")
    if listed is None:
        return (), detail
    view, ids = listed
    memory = sightings.note(record.shown, view, ids, at)
    if memory is None:
        return (), f"{detail} tips={len(ids)} unchanged"
    record.shown = memory
    return ids, f"{detail} tips={len(ids)}"


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
    session, filters = db(), Filters.parse(request.args)
    allowed = None if sees_all_queues(user) else assigned_queues(user)
    tips = open_tips(session, queue, filters, allowed)
    g.api_shown = (filters.describe(queue), [tip.id for tip in tips])
    return jsonify([row.as_json() for row in summaries(session, tips)])


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
def view_tip(reference: str) -> ResponseReturnValue:
    """One tip with its answers, transcript and the indicators of its latest assessment."""
    return jsonify(tip_json(api_tip(reference)))


def api_tip(reference: str) -> Tip:
    """The tip (its id goes on the request's audit event); 404 (JSON) if none or outside the
    account's queues (that one audited as denied)."""
    tip = require_tip(api_user(), reference)
    g.api_tip_id = tip.id
    return tip


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
    if "\x00" in value:  # PostgreSQL text cannot hold it: a clear 400, not a database error
        log.warning("API request refused: a NUL character in %r", name)
        abort(400, f"{name!r} holds a NUL character")
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
