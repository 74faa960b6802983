"""Sending the finished tip and telling the person its reference."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import settings, tips_api

SUBMITTED_RESPONSE = "utter_tip_submitted"
# The app keeps every message, so the tip reaches staff even when the API did not answer.
SAVED_RESPONSE = "utter_tip_saved"


class ActionSubmitTip(Action):
    """Posts the completed tip form and replies with the tip reference."""

    def name(self) -> str:
        return "action_submit_tip"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        answers = tips_api.answers_from_slots(tracker.slots)
        payload = tips_api.tip_payload(tracker, answers, complete=True, emergency=False)
        reference = tips_api.submit_tip(payload)
        events: list[EventType] = [SlotSet("tip_submitted", True)]
        if reference is None:
            dispatcher.utter_message(
                response=SAVED_RESPONSE, emergency_number=settings.emergency_number()
            )
            return events
        dispatcher.utter_message(response=SUBMITTED_RESPONSE, tip_reference=reference)
        return events + [SlotSet("tip_reference", reference)]
