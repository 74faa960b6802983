"""Noticing that someone is in danger now, whatever question the form is on."""

import re
from typing import Any

from rasa_sdk import Tracker

from .replies import normalize

DANGER_INTENT = "report_danger"
EMERGENCY_ACTION = "action_emergency_reply"

# The model's "report_danger" guess counts only when confident and on a message long enough to
# say something: one-word answers such as "tonight" (to "When did this happen?") are read
# by the phrase check alone.
DANGER_INTENT_CONFIDENCE = 0.7
DANGER_INTENT_MIN_WORDS = 3

# Phrases that say someone is in danger now. Matched on normalized text ("can't" -> "can t").
_DANGER = re.compile(
    r"\b("
    r"locked (in|up|inside)|lock(s|ed)? (her|him|them|us|me) (in|up)|chained|tied up|"
    r"guns?|knife|knives|weapons?|armed|shoot|shot|stab\w*|"
    r"kill\w*|beat(s|ing|en)? (her|him|them|us|me)|hurt(s|ing)? (her|him|them|us|me)|"
    r"bleeding|rap(e|ed|ing)|kidnap\w*|trapped|held against|hostage|"
    r"help me|help us|helpme|save me|save us|sos|emergency|in danger|"
    r"(moving|move|taking|take|ship\w*|sell\w*) (her|him|them) tonight|"
    r"(can t|cant|cannot) (leave|get out|escape)|"
    r"(won t|wont) let (me|her|him|them|us) (leave|go|out)"
    r")\b"
)
# "no one is in danger" is an answer, not an alarm.
_NEGATED = re.compile(r"\b(no one|nobody|not|isn t|aren t|no)\b( \w+){0,2} (in danger|danger)\b")


def mentions_danger(text: str | None) -> bool:
    """True when the words say someone is in danger now ("he has a gun", "help me")."""
    words = _NEGATED.sub(" ", normalize(text)).strip()
    return bool(_DANGER.search(words)) or words == "help"


def latest_message_reports_danger(tracker: Tracker) -> bool:
    """The phrase check, or else the NLU model, says the latest message reports danger now.

    Once the emergency reply has been given in this conversation, only the phrase check can
    give it again, so follow-up answers are not each met with the same warning.
    """
    message: dict[str, Any] = tracker.latest_message or {}
    text = message.get("text")
    if mentions_danger(text):
        return True
    if tracker.get_slot("danger_now") is True:
        return False
    intent = message.get("intent") or {}
    return (
        intent.get("name") == DANGER_INTENT
        and (intent.get("confidence") or 0.0) >= DANGER_INTENT_CONFIDENCE
        and len(normalize(text).split()) >= DANGER_INTENT_MIN_WORDS
    )


def emergency_reply_sent_this_turn(tracker: Tracker) -> bool:
    """Whether the emergency reply already answered the latest user message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") == EMERGENCY_ACTION:
            return True
    return False
