"""Inbound SMS requests signed exactly as Twilio signs them."""

from __future__ import annotations

import secrets

from twilio.request_validator import RequestValidator


def sms_form(sender: str, body: str, sid: str | None = None, **extra: str) -> dict[str, str]:
    """The form fields Twilio posts for an inbound SMS."""
    return {
        "MessageSid": sid or "SM" + secrets.token_hex(16),
        "AccountSid": "AC" + "1" * 32,
        "From": sender,
        "To": "+15550199",
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
        "FromCity": "SPRINGFIELD",
        "FromState": "IL",
        "FromZip": "62701",
        "FromCountry": "US",
        **extra,
    }


def signature(auth_token: str, url: str, form: dict[str, str]) -> str:
    """X-Twilio-Signature for a form posted to url."""
    return str(RequestValidator(auth_token).compute_signature(url, form))
