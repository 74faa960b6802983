"""A second tip in the same conversation ("I have another tip", "otra denuncia")."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .review import REVIEW_SLOT
from .tips_api import ANSWER_KEYS

# The form starts over; the first filing of the new tip asks the app for a tip of its own.
CLEARED_SLOTS = (*ANSWER_KEYS, REVIEW_SLOT, "correcting", "tip_reference")


class ActionStartAnotherTip(Action):
    """Clears the answers of the tip already sent so the form asks every question again."""

    def name(self) -> str:
        return "action_start_another_tip"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_another_tip")
        return [SlotSet(slot, None) for slot in CLEARED_SLOTS] + [
            SlotSet("tip_submitted", False),
            SlotSet("tip_linked", False),
            SlotSet("another_tip", True),
        ]
