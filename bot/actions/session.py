"""Start of a conversation session: the configured emergency number goes into the replies."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import settings

# A new session is a new tip; only the language the person writes in carries over.
CARRIED_OVER_SLOTS = ("language",)


class ActionSessionStart(Action):
    """Starts a session with the emergency number from the environment in a slot."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        events += [
            SlotSet(name, tracker.get_slot(name))
            for name in CARRIED_OVER_SLOTS
            if tracker.get_slot(name) is not None
        ]
        events.append(SlotSet("emergency_number", settings.emergency_number()))
        events.append(SlotSet("hotline_number", settings.hotline_number()))
        return events + [ActionExecuted("action_listen")]
