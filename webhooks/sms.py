"""Twilio's SMS webhook: verify, pseudonymise, relay, answer in TwiML."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, abort, current_app, request
from twilio.request_validator import RequestValidator, get_signature_algorithm
from twilio.twiml.messaging_response import MessagingResponse

from tips.config import Settings
from tips.inbox import Inbound
from webhooks.pseudonyms import pseudonym
from webhooks.relay import relay

log = logging.getLogger(__name__)
bp = Blueprint("sms", __name__)


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
    if not signature_ok(runtime.settings):
        log.warning("sms rejected: missing or invalid Twilio signature")
        abort(403)
    number, sid = request.form.get("From", ""), request.form.get("MessageSid", "")
    if not number or not sid or len(sid) > 64 or "Body" not in request.form:
        log.warning("sms rejected: From, MessageSid or Body missing or malformed")
        abort(400)
    sender = pseudonym(runtime.settings.pseudonym_key, "sms", number)
    # Only the body is kept; From and Twilio's caller-location fields (FromCity, ...) go no further.
    inbound = Inbound("sms", sender, request.form["Body"], sid)
    return twiml([reply.text for reply in relay(runtime, inbound)])


def twiml(replies: list[str]) -> Response:
    """The replies as a TwiML document Twilio sends back as SMS."""
    response = MessagingResponse()
    for reply in replies:
        response.message(reply)
    return Response(str(response), mimetype="application/xml")
