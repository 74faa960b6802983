"""Tip references as people type them ("k7f2qm", "K7F 2QM", "k7f-2qm") and coming back with one."""

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import settings, tips_api
from .danger import mentions_danger
from .emergency import raise_alarm

# No 0/O, 1/I/L: a reference read aloud or typed from memory is not ambiguous.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])([0-9A-Za-z]{3})([ -]?)([0-9A-Za-z]{3})(?![0-9A-Za-z])")


def find_reference(text: Any) -> str | None:
    """The reference in the text as "XXX-XXX", or None.

    Words such as "the van" have the same shape, so a candidate counts only when it mixes
    letters and digits, or is written with the dash as it was given.
    """
    if not isinstance(text, str):
        return None
    for match in _CANDIDATE.finditer(text):
        first, separator, second = match.groups()
        code = (first + second).upper()
        if any(ch not in ALPHABET for ch in code) or not any(ch.isalpha() for ch in code):
            continue
        if separator == "-" or any(ch.isdigit() for ch in code):
            return f"{code[:3]}-{code[3:]}"
    return None


class ActionLinkReference(Action):
    """Joins this conversation to the tip whose reference the person sent."""

    def name(self) -> str:
        return "action_link_reference"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text")
        reference = find_reference(text)
        if reference is None:
            dispatcher.utter_message(response="utter_reference_missing")
            return []
        outcome = tips_api.link_tip(reference, tips_api.sender_payload(tracker))
        events = _reply(dispatcher, reference, outcome)
        if outcome != "unknown" and mentions_danger(text):
            events += raise_alarm(dispatcher, tracker, tips_api.answers_from_slots(tracker.slots))
        return events


def _reply(dispatcher: CollectingDispatcher, reference: str, outcome: str) -> list[EventType]:
    """Tell the person what happened to their message; remember the tip when it is known."""
    if outcome == "unknown":
        dispatcher.utter_message(response="utter_reference_unknown", tip_reference=reference)
        return []
    if outcome == "linked":
        dispatcher.utter_message(response="utter_reference_linked", tip_reference=reference)
    else:
        # The app stored the message; staff can still join it to the tip.
        dispatcher.utter_message(
            response="utter_reference_saved", emergency_number=settings.emergency_number()
        )
    return [SlotSet("tip_reference", reference), SlotSet("tip_submitted", True)]
