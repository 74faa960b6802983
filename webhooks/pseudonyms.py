"""Senders are known only by a keyed hash of their address, never the address itself."""

from __future__ import annotations

import re

from tips.crypto import keyed_hash

_NOT_DIGIT = re.compile(r"[^\d+]")


def pseudonym(key: str, channel: str, address: str) -> str:
    """A stable 128-bit pseudonym for a phone number or web-chat session on a channel."""
    normalised = _NOT_DIGIT.sub("", address) if channel == "sms" else address.strip()
    return keyed_hash(key, normalised, purpose=f"sender:{channel}")[:32]
