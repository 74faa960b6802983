"""Rasa's REST channel, asked with a short timeout so a slow bot never stalls the edge."""

from __future__ import annotations

import logging
from typing import Any

import requests

from webhooks.replies import Button, Reply

log = logging.getLogger(__name__)


class RasaUnavailable(RuntimeError):
    """Rasa did not answer in time or answered with something unusable."""


def forward_to_rasa(
    http: requests.Session,
    base_url: str,
    sender: str,
    text: str,
    metadata: dict[str, Any],
    timeout: float,
) -> list[Reply]:
    """Send one message to the bot and return its replies: texts and any quick-reply buttons."""
    url = base_url.rstrip("/") + "/webhooks/rest/webhook"
    payload = {"sender": sender, "message": text, "metadata": metadata}
    try:
        response = http.post(url, json=payload, timeout=timeout)
        response.raise_for_status()
        replies = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise RasaUnavailable(type(exc).__name__) from exc
    if not isinstance(replies, list):
        raise RasaUnavailable("reply is not a list")
    return [_reply(r) for r in replies if isinstance(r, dict) and r.get("text")]


def _reply(item: dict[str, Any]) -> Reply:
    """One REST-channel reply; buttons without a title or payload are left out."""
    found = item.get("buttons")
    buttons = [b for b in found if isinstance(b, dict)] if isinstance(found, list) else []
    return Reply(
        str(item["text"]),
        tuple(
            Button(str(b["title"]), str(b["payload"]))
            for b in buttons
            if b.get("title") and b.get("payload")
        ),
    )
