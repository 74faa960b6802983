"""Noticing that someone is in danger now, whatever question the form is on."""

import re
from typing import Any, Dict, Optional

from rasa_sdk import Tracker

from .replies import normalize

DANGER_INTENT = "report_danger"
EMERGENCY_ACTION = "action_emergency_reply"

# Below this confidence a "report_danger" guess on a short form answer is not trusted alone.
DANGER_INTENT_CONFIDENCE = 0.7

# Phrases that say someone is in danger now. Matched on normalized text ("can't" -> "can t").
_DANGER = re.compile(
    r"\b("
    r"locked (in|up|inside)|lock(s|ed)? (her|him|them|us|me) (in|up)|chained|tied up|"
    r"guns?|knife|knives|weapons?|armed|shoot|shot|stab\w*|"
    r"kill\w*|beat(s|ing|en)? (her|him|them|us|me)|hurt(s|ing)? (her|him|them|us|me)|"
    r"bleeding|rap(e|ed|ing)|kidnap\w*|trapped|held against|hostage|"
    r"help me|help us|helpme|save me|save us|sos|emergency|in danger|"
    r"(moving|move|taking|take|ship\w*|sell\w*) (her|him|them) tonight|"
    r"can t (leave|get out|escape)|cannot (leave|get out|escape)|"
    r"won t let (me|her|him|them|us) (leave|go|out)"
    r")\b"
)
# "no one is in danger" is an answer, not an alarm.
_NEGATED = re.compile(r"\b(no one|nobody|not|isn t|aren t|no)\b( \w+){0,2} (in danger|danger)\b")


def mentions_danger(text: Optional[str]) -> bool:
    """True when the words say someone is in danger now ("he has a gun", "help me")."""
    words = _NEGATED.sub(" ", normalize(text)).strip()
    return bool(_DANGER.search(words)) or words == "help"


def latest_message_reports_danger(tracker: Tracker) -> bool:
    """The NLU model or the phrase check says the latest message reports danger now."""
    message: Dict[str, Any] = tracker.latest_message or {}
    intent = message.get("intent") or {}
    confident = (intent.get("confidence") or 0.0) >= DANGER_INTENT_CONFIDENCE
    return (intent.get("name") == DANGER_INTENT and confident) or mentions_danger(
        message.get("text")
    )


def emergency_reply_sent_this_turn(tracker: Tracker) -> bool:
    """Whether the emergency reply already answered the latest user message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") == EMERGENCY_ACTION:
            return True
    return False
