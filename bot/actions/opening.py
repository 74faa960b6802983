"""The first message is often the tip itself ("girls locked in the back of the nail salon")."""

from rasa_sdk import Tracker

from .replies import free_text, normalize

TIP_INTENTS = frozenset({"report_tip", "report_danger", "victim_help"})

# "help me" asks for help; "they keep the girls locked in the salon" tells what happened.
MIN_ACCOUNT_WORDS = 4


def account_in_opening_message(tracker: Tracker) -> str | None:
    """The latest message as the answer to "what happened", if it describes a situation."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    text = message.get("text")
    if intent not in TIP_INTENTS or len(normalize(text).split()) < MIN_ACCOUNT_WORDS:
        return None
    return free_text(text)
