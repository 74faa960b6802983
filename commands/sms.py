"""`lantern sms "text"`: text the running app exactly as Twilio would, and print the replies."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from xml.etree import ElementTree

import requests
from twilio.request_validator import RequestValidator

from tips.config import Settings


def signed_sms(
    auth_token: str, url: str, sender: str, text: str, to: str = "+15550199"
) -> tuple[dict[str, str], str]:
    """Form fields of an inbound SMS webhook and the X-Twilio-Signature Twilio would send."""
    fields = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": "AC" + "0" * 32,
        "From": sender,
        "To": to,
        "Body": text,
        "NumMedia": "0",
        "NumSegments": "1",
    }
    return fields, RequestValidator(auth_token).compute_signature(url, fields)


def replies_of(twiml: str) -> list[str]:
    """The texts of the <Message> elements of a TwiML reply."""
    return [m.text or "" for m in ElementTree.fromstring(twiml).iter("Message")]


def _send(args: argparse.Namespace) -> int:
    settings = Settings()
    base = (
        args.url or settings.public_base_url or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
    )
    url = base.rstrip("/") + "/webhooks/twilio/sms"
    fields, signature = signed_sms(settings.twilio_auth_token, url, args.sender, args.text)
    try:
        response = requests.post(
            url, data=fields, headers={"X-Twilio-Signature": signature}, timeout=30
        )
    except requests.RequestException as exc:
        print(f"lantern sms: cannot reach {url}: {exc}", file=sys.stderr)
        return 2
    if response.status_code != 200:
        print(f"lantern sms: HTTP {response.status_code}", file=sys.stderr)
        return 1
    for reply in replies_of(response.text):
        print(f"< {reply}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the sms sub-command."""
    cmd = sub.add_parser("sms", help="send a signed test SMS to the running app")
    cmd.add_argument("text")
    cmd.add_argument("--from", dest="sender", default="+15550100", help="the sender's number")
    cmd.add_argument("--url", help="public base URL of the app (default: LANTERN_PUBLIC_BASE_URL)")
    cmd.set_defaults(run=_send)
