"""Rasa's REST channel, asked with a short timeout so a slow bot never stalls the edge."""

from __future__ import annotations

import logging
from typing import Any

import requests

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
) -> list[str]:
    """Send one message to the bot and return the texts of its replies."""
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
    return [str(r["text"]) for r in replies if isinstance(r, dict) and r.get("text")]
