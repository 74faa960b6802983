"""Web chat: the chat page, its JSON messages endpoint, polling for replies, and quick exit."""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from sqlalchemy import select
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from tips.inbox import Inbound
from tips.models import Conversation, Message
from triage.sources import note_address
from webhooks import limits, sessions
from webhooks.addresses import address_key
from webhooks.pseudonyms import pseudonym
from webhooks.relay import forget_session, relay
from webhooks.replies import Reply, text
from webhooks.webchat_texts import page_texts

log = logging.getLogger(__name__)
bp = Blueprint(
    "webchat",
    __name__,
    template_folder="templates",
    static_folder="static/webchat",
    static_url_path="/chat/static",
)

CHANNEL = "webchat"
LANGUAGES = ("en", "es")
MAX_TEXT = 5000
POLL_LIMIT = 50
SESSION_HEADER = "X-Lantern-Session"  # kept out of the URL, so out of access logs
_SESSION = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
# Nothing on the page comes from elsewhere, and nothing runs but the chat's own script.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


class Refused(ValueError):
    """A web-chat request the edge refuses, with the status and the edge's reply to answer."""

    def __init__(self, reason: str, status: int = 400, reply: str = "refused") -> None:
        super().__init__(reason)
        self.status, self.reply = status, reply


MAX_ID = 2**31 - 1


@bp.after_request
def add_security_headers(response: Response) -> Response:
    """Strict headers on the page, its files and its endpoints; the chat never sets cookies."""
    response.headers.update(SECURITY_HEADERS)
    return response


@bp.errorhandler(Refused)
def refused(exc: Refused) -> tuple[Response, int]:
    """A clear 4xx and a logged reason (never the session id or the text).

    Whoever is refused, even by a limit set wrong, still reads the emergency number.
    """
    log.warning("web chat request refused: %s", exc)
    settings = current_app.extensions["lantern"].settings
    reply = {"id": None, "text": text(settings, exc.reply, _language_hint())}
    response = jsonify(error=str(exc), replies=[reply])
    if exc.status == 429:
        response.headers["Retry-After"] = "60"
    return response, exc.status


@bp.errorhandler(RequestEntityTooLarge)
def too_large(_exc: RequestEntityTooLarge) -> tuple[Response, int]:
    """A body over the app's size limit."""
    return refused(Refused("request body too large", 413))


@bp.get("/chat")
def page_en() -> str:
    """The chat page in English."""
    return _page("en")


@bp.get("/es/chat")
def page_es() -> str:
    """The chat page in Spanish."""
    return _page("es")


def _page(language: str) -> str:
    settings = current_app.extensions["lantern"].settings
    exit_url = settings.quick_exit_url
    if not exit_url.startswith(("https://", "http://")):
        exit_url = "https://www.weather.gov/"
    return render_template(
        "webchat/chat.html", lang=language, t=page_texts(settings, language), exit_url=exit_url
    )


@bp.get("/webhooks/webchat/challenge")
def new_challenge() -> Response:
    """The work that buys a session: a signed challenge and how many zero bits to find."""
    settings = current_app.extensions["lantern"].settings
    bits = max(0, min(30, settings.webchat_work_bits))
    return jsonify(challenge=sessions.challenge(settings.secret_key, bits, time.time()), bits=bits)


@bp.post("/webhooks/webchat/sessions")
def open_session() -> tuple[Response, int]:
    """A session for a solved challenge, within the address's and the line's ceilings."""
    body = _json_body(request.get_json(silent=True))
    runtime = current_app.extensions["lantern"]
    try:
        session = sessions.admit(
            runtime.settings.secret_key, body.get("challenge"), body.get("nonce"), time.time(),
            runtime.settings.signing_fallbacks,
        )  # fmt: skip
    except sessions.Unsolved as exc:
        raise Refused(str(exc), exc.status) from exc
    # Counted only once the work is done: unsolved requests cannot use up the line's ceiling.
    if not limits.new_session_allowed(runtime, address_key(runtime.settings, request)):
        raise Refused("too many new chats at once; try again in a few minutes", 429, "limited")
    return jsonify(session=session), 201


@bp.post("/webhooks/webchat/messages")
def receive_message() -> Response:
    """One message from the chat page: stored first, then answered by the bot or the fallback."""
    body = _json_body(request.get_json(silent=True))
    runtime = current_app.extensions["lantern"]
    sender = _sender(body.get("session"))
    message = _text(body.get("text"))
    language = body.get("language")
    if language is not None and language not in LANGUAGES:
        raise Refused("language must be en or es")
    address = address_key(runtime.settings, request)
    if not limits.address_allowed(runtime, address):
        raise Refused("too many messages from this address; try again in a minute", 429, "limited")
    note_address(runtime, sender, address)
    replies = relay(runtime, Inbound(CHANNEL, sender, message, None), language)
    return jsonify(replies=[_reply_json(r) for r in replies])


@bp.get("/webhooks/webchat/messages")
def poll_messages() -> Response:
    """Replies in the session's conversation after a message id (staff replies written later)."""
    # The session id only in a header: in the URL it would reach access logs and history.
    if "session" in request.args:
        raise Refused("send the session id in the X-Lantern-Session header, not the URL")
    sender = _sender(request.headers.get(SESSION_HEADER))
    after = request.args.get("after", "0")
    # Message ids are 32-bit on PostgreSQL: anything larger is no id, not a database error.
    if not (after.isascii() and after.isdigit()) or len(after) > 10 or int(after) > MAX_ID:
        raise Refused("after must be a message id")
    runtime = current_app.extensions["lantern"]
    if not limits.poll_allowed(runtime, address_key(runtime.settings, request)):
        raise Refused("too many polls from this address; slow down", 429, "limited")
    query = (
        select(Message.id, Message.body)
        .join(Conversation, Message.conversation_id == Conversation.id)
        .where(Conversation.channel == CHANNEL, Conversation.sender == sender)
        .where(Message.direction == "out", Message.id > int(after))
        .order_by(Message.id)
        .limit(POLL_LIMIT)
    )
    with current_app.extensions["lantern"].sessions() as session:
        rows = session.execute(query).all()
    return jsonify(replies=[{"id": row.id, "text": row.body} for row in rows])


@bp.post("/webhooks/webchat/forget")
def forget() -> tuple[str, int]:
    """Quick exit: drop the bot's state for the session; what was sent stays with the tip."""
    # force: navigator.sendBeacon may post JSON as text/plain
    body = _json_body(request.get_json(force=True, silent=True))
    runtime = current_app.extensions["lantern"]
    forget_session(runtime, _sender(body.get("session")))
    return "", 204


def _json_body(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise Refused("body must be a JSON object")
    return body


def _sender(session: Any) -> str:
    """The pseudonym of a session this server issued; the id itself goes no further."""
    if not isinstance(session, str) or not _SESSION.match(session):
        raise Refused("session must be 32 to 64 letters, digits, - or _")
    settings = current_app.extensions["lantern"].settings
    if not sessions.issued(settings.secret_key, session, settings.signing_fallbacks):
        raise Refused("session was not issued by this server: open a new one", 403)
    return pseudonym(settings.pseudonym_key, CHANNEL, session)


def _language_hint() -> str:
    """The language a refusal is written in: the body's, when it names one it can read."""
    if request.content_length is None or request.content_length > 64 * 1024:
        return "en"
    try:
        body = request.get_json(silent=True)
    except HTTPException:
        return "en"
    language = body.get("language") if isinstance(body, dict) else None
    return language if language in LANGUAGES else "en"


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Refused("text must be a non-empty string")
    if len(value) > MAX_TEXT:
        raise Refused(f"text is longer than {MAX_TEXT} characters", 413)
    if "\x00" in value:
        raise Refused("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Refused("text is not valid Unicode") from exc
    return value


def _reply_json(reply: Reply) -> dict[str, Any]:
    found: dict[str, Any] = {"id": reply.id, "text": reply.text}
    if reply.buttons:
        found["buttons"] = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
    return found
