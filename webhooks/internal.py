"""The internal API the action server calls to file and update tips (loopback, token only)."""

from __future__ import annotations

import hmac
import logging
import re
import threading
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

from tips.answers import AnswersError, clean
from tips.crypto import normalise_reference
from tips.db import transaction
from tips.inbox import conversation_for
from tips.models import OPEN_STATUSES
from tips.store import (
    by_reference,
    inbound_texts,
    link,
    page_went_out,
    start_next_tip,
    submit,
)
from triage.rubric import assess
from triage.tasks import enqueue_assessment
from webhooks import limits

log = logging.getLogger(__name__)
bp = Blueprint("internal", __name__, url_prefix="/internal")

CHANNELS = ("sms", "webchat")
_SENDER = re.compile(r"^[0-9a-f]{16,64}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@bp.record_once
def _warm_the_rubric(_: Any) -> None:
    """Load the rubric's patterns and model in the background, so the first tip waits for none."""
    sample = ["there are girls locked in the back of the salon and they cannot leave"]
    threading.Thread(target=_verdict, args=(sample, {}), daemon=True).start()


class BadRequest(ValueError):
    """A request body the internal API refuses."""


@bp.before_request
def require_token() -> tuple[Response, int] | None:
    """Every internal call carries the shared bearer token."""
    expected = "Bearer " + current_app.extensions["lantern"].settings.internal_token
    given = request.headers.get("Authorization", "")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        log.warning("internal call refused: bad or missing token")
        return jsonify(error="unauthorised"), 401
    return None


@bp.errorhandler(BadRequest)
def bad_request(exc: BadRequest) -> tuple[Response, int]:
    """Refused input: a clear 400 and a logged reason."""
    log.warning("internal call refused: %s", exc)
    return jsonify(error=str(exc)), 400


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadRequest("body must be a JSON object")
    return body


def _flag(body: dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise BadRequest(f"{name} must be true or false")
    return value


def _answers(body: dict[str, Any]) -> dict[str, Any]:
    try:
        return clean(body.get("answers", {}))
    except AnswersError as exc:
        raise BadRequest(str(exc)) from exc


def _sender(body: dict[str, Any]) -> tuple[str, str]:
    sender, channel = body.get("sender_id"), body.get("channel", "sms")
    if not isinstance(sender, str) or not _SENDER.match(sender):
        raise BadRequest("sender_id must be the pseudonymous sender id")
    if channel not in CHANNELS:
        raise BadRequest("channel not recognised")
    return sender, channel


@bp.post("/tips")
def file_tip() -> tuple[Response, int]:
    """Create the sender's tip, or update their open one; then send it to triage."""
    body = _body()
    sender, channel = _sender(body)
    language = body.get("language", "en")
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        raise BadRequest("language not recognised")
    answers, complete = _answers(body), _flag(body, "complete")
    emergency = _flag(body, "emergency")
    with transaction(current_app.extensions["lantern"].sessions) as session:
        tip, created = submit(
            session,
            channel=channel,
            sender=sender,
            language=language,
            answers=answers,
            complete=complete,
            linked=_flag(body, "linked"),
            new=_flag(body, "new"),
        )
        session.flush()
        reference, tip_id, paged = tip.reference, tip.id, page_went_out(session, tip.id)
        texts, answers = inbound_texts(session, tip.id), dict(tip.answers or {})
    enqueue_assessment(tip_id, urgent=emergency)
    log.info("tip %s %s%s", tip_id, "filed" if created else "updated", " (emergency)" * emergency)
    # "urgency": the rubric's verdict on the tip as it stands now, so the bot speaks of an
    # emergency only when the triage calls it critical (the worker stores and routes it).
    # "paged": a page about this tip has gone out, so the bot may say a person was alerted.
    urgency = _verdict(texts, answers)
    body = {"reference": reference, "tip_id": tip_id, "paged": paged, "urgency": urgency}
    return jsonify(body), 201 if created else 200


def _verdict(texts: list[str], answers: dict[str, Any]) -> str | None:
    """The rubric's urgency for the tip now; None if it could not be had (the bot then keeps
    to its own danger check, and the worker's assessment still follows)."""
    try:
        return assess(texts, answers).urgency
    except Exception:  # noqa: BLE001 - the tip is stored; only the early verdict is missing
        log.exception("early verdict failed; the worker will assess the tip")
        return None


@bp.post("/tips/<reference>/link")
def link_conversation(reference: str) -> tuple[Response, int]:
    """A tipster came back with a reference: join their conversation to that tip."""
    sender, channel = _sender(_body())
    runtime = current_app.extensions["lantern"]
    with transaction(runtime.sessions) as session:
        tip = by_reference(session, normalise_reference(reference) or "")
        conversation = conversation_for(session, channel, sender)
        if tip is not None and conversation.tip_id == tip.id:
            return jsonify(reference=tip.reference, tip_id=tip.id), 200  # joined at the edge
        if not limits.reference_try_allowed(runtime, sender):
            return jsonify(error="too many tries"), 429
        if tip is None or tip.status not in OPEN_STATUSES:
            return jsonify(error="unknown reference"), 404
        link(session, conversation, tip)
        found, tip_id = tip.reference, tip.id
    enqueue_assessment(tip_id)
    log.info("conversation joined to tip %s by its reference", tip_id)
    return jsonify(reference=found, tip_id=tip_id), 200


@bp.post("/conversations/next-tip")
def next_tip() -> tuple[Response, int]:
    """The tipster began another tip: what they send next is that tip's, not the last one's."""
    sender, channel = _sender(_body())
    with transaction(current_app.extensions["lantern"].sessions) as session:
        start_next_tip(session, conversation_for(session, channel, sender))
    log.info("conversation moved on to another tip")
    return jsonify(ok=True), 200
