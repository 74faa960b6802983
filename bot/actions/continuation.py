"""One answer in several messages: "what happened" often arrives in two or three texts."""

import re

from rasa_sdk import Tracker
from rasa_sdk.forms import REQUESTED_SLOT

from .replies import normalize

FREE_TEXT_SLOTS = frozenset({"what", "where", "when", "who", "details"})
# Words that carry on the last answer rather than answer the next question.
_CARRY_ON = re.compile(
    r"^(and|and also|also|plus|oh and|another thing|one more thing|btw|ps|p s|then|"
    r"y|y tambien|tambien|ademas|otra cosa|pero|luego|ah y|aparte)\b"
)
MIN_WORDS = 3


def continued_slot(tracker: Tracker, order: list[str]) -> str | None:
    """The free-text answer the latest message adds to ("and they never get paid"), if any."""
    current = tracker.get_slot(REQUESTED_SLOT)
    if current not in order or order.index(current) == 0 or tracker.get_slot("correcting"):
        return None
    previous = order[order.index(current) - 1]
    if previous not in FREE_TEXT_SLOTS or not tracker.get_slot(previous):
        return None
    words = normalize((tracker.latest_message or {}).get("text"))
    if len(words.split()) < MIN_WORDS or not _CARRY_ON.match(words):
        return None
    return previous


def joined(earlier: str, more: str) -> str:
    """The earlier answer with the new message added after it."""
    return f"{earlier.rstrip()} {more.strip()}"
