"""Sending tips to the app's internal API (POST /internal/tips) over loopback HTTP."""

import logging
from http import HTTPStatus
from typing import Any

import requests
from rasa_sdk import Tracker

from . import settings
from .dialogue import Filing

logger = logging.getLogger(__name__)

DEFAULT_CHANNEL = "sms"


def sender_payload(tracker: Tracker) -> dict[str, Any]:
    """Who is writing: the pseudonymous sender id and the channel."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    channel = metadata.get("channel") if isinstance(metadata, dict) else None
    return {"sender_id": tracker.sender_id, "channel": channel or DEFAULT_CHANNEL}


def tip_payload(
    tracker: Tracker,
    answers: dict[str, Any],
    language: str,
    *,
    complete: bool,
    emergency: bool,
    state: dict[str, Any],
) -> dict[str, Any]:
    """The JSON body of POST /internal/tips for this conversation.

    "linked": the conversation was joined to an earlier tip by its reference, so these answers
    only fill that tip's gaps. "new": the first filing of a second tip in this conversation.
    """
    return {
        **sender_payload(tracker),
        "language": language,
        "answers": answers,
        "complete": complete,
        "emergency": emergency,
        "linked": bool(state.get("linked")),
        "new": bool(state.get("next_tip")) and not state.get("reference"),
    }


def _post(path: str, payload: dict[str, Any]) -> requests.Response:
    """POST to the internal API with the token and the timeout."""
    return requests.post(
        f"{settings.internal_url()}{path}",
        json=payload,
        headers={"Authorization": f"Bearer {settings.internal_token()}"},
        timeout=settings.INTERNAL_API_TIMEOUT,
    )


def file_tip(payload: dict[str, Any]) -> Filing | None:
    """Post the tip; its reference and whether a page about it went out, or None if refused."""
    try:
        response = _post("/internal/tips", payload)
        response.raise_for_status()
        body = response.json()
    except (requests.RequestException, ValueError) as error:
        # The app already stored every message, so staff still see the tip.
        logger.warning("internal API refused the tip: %s", type(error).__name__)
        return None
    if not isinstance(body, dict):
        return None
    reference = body.get("reference")
    reference = reference if isinstance(reference, str) and reference else None
    urgency = body.get("urgency") if isinstance(body.get("urgency"), str) else None
    return Filing(reference, paged=body.get("paged") is True, urgency=urgency)


def link_tip(reference: str, payload: dict[str, Any]) -> str:
    """Join this conversation to a tip: "linked", "unknown" (404), "refused" (429, too many
    tries) or "unavailable"."""
    try:
        response = _post(f"/internal/tips/{reference}/link", payload)
    except requests.RequestException as error:
        logger.warning("internal API did not link the tip: %s", type(error).__name__)
        return "unavailable"
    if response.status_code == HTTPStatus.NOT_FOUND:
        return "unknown"
    if response.status_code == HTTPStatus.TOO_MANY_REQUESTS:
        return "refused"  # too many tries: answered exactly as an unknown reference
    return "linked" if response.ok else "unavailable"


def start_next_tip(payload: dict[str, Any]) -> bool:
    """Tell the app the conversation moved on to another tip; False if it could not be told.

    Then what the tipster sends next joins the new tip, not the one already filed. If the app
    cannot be told, the new tip's first filing still makes a tip of its own ("new").
    """
    try:
        response = _post("/internal/conversations/next-tip", payload)
        response.raise_for_status()
    except requests.RequestException as error:
        logger.warning("internal API did not start the next tip: %s", type(error).__name__)
        return False
    return True
