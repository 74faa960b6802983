"""Sending tips to the app's internal API (POST /internal/tips) over loopback HTTP."""

import logging
from typing import Any

import requests
from rasa_sdk import Tracker

from . import settings

logger = logging.getLogger(__name__)

# Form slot -> key in the shared "answers" vocabulary.
ANSWER_KEYS = {
    "danger_now": "immediate_danger",
    "what": "what",
    "where": "where",
    "when": "when",
    "who": "who",
    "minor_involved": "minor_involved",
    "kind": "kind",
    "details": "details",
    "followup_consent": "followup_consent",
}
DEFAULT_CHANNEL = "sms"
DEFAULT_LANGUAGE = "en"


def answers_from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    """The tip's answers from the form slots; unasked or skipped questions are None."""
    return {key: slots.get(slot) for slot, key in ANSWER_KEYS.items()}


def tip_payload(
    tracker: Tracker, answers: dict[str, Any], *, complete: bool, emergency: bool
) -> dict[str, Any]:
    """The JSON body of POST /internal/tips for this conversation."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return {
        "sender_id": tracker.sender_id,
        "channel": metadata.get("channel") or DEFAULT_CHANNEL,
        "language": tracker.get_slot("language") or DEFAULT_LANGUAGE,
        "answers": answers,
        "complete": complete,
        "emergency": emergency,
    }


def submit_tip(payload: dict[str, Any]) -> str | None:
    """Post the tip and return its reference, or None if the API could not take it."""
    try:
        response = requests.post(
            f"{settings.internal_url()}/internal/tips",
            json=payload,
            headers={"Authorization": f"Bearer {settings.internal_token()}"},
            timeout=settings.INTERNAL_API_TIMEOUT,
        )
        response.raise_for_status()
        body = response.json()
    except requests.RequestException as error:
        # The app already stored every message, so staff still see the tip.
        logger.warning("internal API refused the tip: %s", type(error).__name__)
        return None
    reference = body.get("reference") if isinstance(body, dict) else None
    return reference if isinstance(reference, str) and reference else None
