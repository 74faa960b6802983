"""A second tip in the same conversation ("I have another tip", "otra denuncia")."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import tips_api
from .review import REVIEW_SLOT
from .tips_api import ANSWER_KEYS

# The form starts over. The app is told at once, so the messages that follow join the new
# tip; its first filing asks for a tip of its own all the same.
CLEARED_SLOTS = (*ANSWER_KEYS, REVIEW_SLOT, "correcting", "tip_reference")


class ActionStartAnotherTip(Action):
    """Starts the form over for another tip, and tells the app that what follows is that tip's."""

    def name(self) -> str:
        return "action_start_another_tip"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_another_tip")
        tips_api.start_next_tip(tips_api.sender_payload(tracker))
        return [SlotSet(slot, None) for slot in CLEARED_SLOTS] + [
            SlotSet("tip_submitted", False),
            SlotSet("tip_linked", False),
            SlotSet("another_tip", True),
        ]
