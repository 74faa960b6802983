"""Twilio's SMS webhook: verify, pseudonymise, relay, answer in TwiML."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

import redis
from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy.exc import OperationalError
from twilio.request_validator import RequestValidator, get_signature_algorithm
from twilio.twiml.messaging_response import MessagingResponse

from tips.config import Settings
from tips.crypto import message_id_digest
from tips.inbox import Inbound
from tips.outbound import MediaItem
from tips.runtime import Runtime
from webhooks import outage
from webhooks.follow_up import ConsentWatch
from webhooks.pseudonyms import pseudonym
from webhooks.relay import relay

log = logging.getLogger(__name__)
bp = Blueprint("sms", __name__)
MAX_MEDIA = 10  # Twilio delivers at most ten attachments with one message
MAX_MEDIA_URL = 1000
CONTENT_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]{0,30}/[A-Za-z0-9][\w.+-]{0,30}")


def signed_url(settings: Settings) -> str:
    """The URL Twilio signed: the public base URL (behind a proxy) plus the path and query."""
    base = settings.public_base_url.rstrip("/") or request.host_url.rstrip("/")
    query = request.query_string.decode()
    return base + request.path + (f"?{query}" if query else "")


def signature_ok(settings: Settings) -> bool:
    """Whether X-Twilio-Signature matches the request, computed by Twilio's own validator."""
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature or not settings.twilio_auth_token:
        return False
    algorithm = get_signature_algorithm(request.headers.get("X-Twilio-Webhooks-Signature-Settings"))
    validator = RequestValidator(settings.twilio_auth_token)
    return bool(validator.validate(signed_url(settings), request.form, signature, algorithm))


@bp.post("/webhooks/twilio/sms")
def receive_sms() -> Response:
    """One inbound SMS: 403 unless signed by Twilio, 400 unless it has what an SMS has."""
    runtime = current_app.extensions["lantern"]
    inbound, number = verified_sms(runtime.settings, "sms")
    try:
        replies = relay(runtime, inbound, watch=ConsentWatch(runtime.settings, number))
    except OperationalError as exc:
        return twiml(held(runtime, inbound, exc))
    return twiml([reply.text for reply in replies])


@bp.post("/webhooks/twilio/sms/fallback")
def receive_sms_fallback() -> Response:
    """Twilio's fallback URL, called when the primary failed: keep the message in the outage
    queue if Redis can, and always answer with the fallback and the emergency number."""
    runtime = current_app.extensions["lantern"]
    inbound, _ = verified_sms(runtime.settings, "sms fallback")
    code = request.form.get("ErrorCode", "")
    log.warning("sms fallback called by Twilio (error %s)", code if code.isdigit() else "unknown")
    try:
        return twiml(outage.hold(runtime, inbound))
    except redis.RedisError as exc:
        log.error("sms fallback: message %s not kept, Redis unavailable (%s)",
                  outage.handle_of(inbound.external_id or ""), type(exc).__name__)  # fmt: skip
        return twiml(outage.fallback(runtime.settings, inbound.body))


def verified_sms(settings: Settings, what: str) -> tuple[Inbound, str]:
    """The request as an inbound message and its sender's number; 403 or 400 with the reason
    logged when Twilio did not sign it or it lacks what an SMS has."""
    if not signature_ok(settings):
        log.warning("%s rejected: missing or invalid Twilio signature", what)
        abort(403)
    number, sid = request.form.get("From", ""), request.form.get("MessageSid", "")
    if not number or not sid or len(sid) > 64 or "\x00" in sid or "Body" not in request.form:
        log.warning("%s rejected: From, MessageSid or Body missing or malformed", what)
        abort(400)
    try:
        media = media_items(request.form)
    except ValueError as exc:
        log.warning("%s rejected: %s", what, exc)
        abort(400)
    sender = pseudonym(settings.pseudonym_key, "sms", number)
    # Only the body and media are kept; From and the caller-location fields (FromCity, ...) go
    # no further, except into an encrypted contact when the tipster said yes to follow-up.
    # The MessageSid is kept only as a keyed hash: it still tells a retry, but could not be
    # taken to Twilio to look up the number it came from.
    # PostgreSQL text cannot hold NUL; no real SMS carries one, so it is dropped, not refused.
    retry_key = message_id_digest(settings.pseudonym_key, sid)
    body = request.form["Body"].replace("\x00", "")
    return Inbound("sms", sender, body, retry_key, media), number


def held(runtime: Runtime, inbound: Inbound, exc: OperationalError) -> list[str]:
    """The database could not take the message: hold it in Redis and answer 200. Redis down
    too: the database error stands (503), and Twilio calls the fallback URL."""
    log.error("database unavailable (%s): holding the message", type(exc.orig).__name__)
    try:
        return outage.hold(runtime, inbound)
    except redis.RedisError as lost:
        log.error("outage queue unavailable too (%s): answering 503", type(lost).__name__)
        raise exc from None


def media_items(form: Mapping[str, str]) -> tuple[MediaItem, ...]:
    """The photos Twilio lists with an MMS (NumMedia, MediaUrlN, MediaContentTypeN)."""
    raw = form.get("NumMedia", "0").strip() or "0"
    if not raw.isdigit() or int(raw) > MAX_MEDIA:
        raise ValueError(f"NumMedia must be 0 to {MAX_MEDIA}")
    items = []
    for n in range(int(raw)):
        url, kind = form.get(f"MediaUrl{n}", ""), form.get(f"MediaContentType{n}", "")
        if not url.startswith(("https://", "http://")) or len(url) > MAX_MEDIA_URL:
            raise ValueError(f"MediaUrl{n} missing or not a web address")
        if not CONTENT_TYPE.fullmatch(kind):
            raise ValueError(f"MediaContentType{n} missing or malformed")
        items.append(MediaItem(url, kind.lower()))
    return tuple(items)


def twiml(replies: list[str]) -> Response:
    """The replies as a TwiML document Twilio sends back as SMS."""
    response = MessagingResponse()
    for reply in replies:
        response.message(reply)
    return Response(str(response), mimetype="application/xml")
