"""The emergency reply: tell the person to call the emergency number, flag the tip at once."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import settings, tips_api
from .opening import account_in_opening_message

EMERGENCY_RESPONSE = "utter_emergency"


def raise_alarm(
    dispatcher: CollectingDispatcher, tracker: Tracker, answers: dict[str, Any]
) -> list[EventType]:
    """Send the emergency instruction, then post the tip to the emergency queue."""
    dispatcher.utter_message(
        response=EMERGENCY_RESPONSE, emergency_number=settings.emergency_number()
    )
    answers = {**answers, "immediate_danger": True}
    complete = bool(tracker.get_slot("tip_submitted"))
    payload = tips_api.tip_payload(tracker, answers, complete=complete, emergency=True)
    reference = tips_api.submit_tip(payload)
    events: list[EventType] = [SlotSet("danger_now", True)]
    if reference:
        events.append(SlotSet("tip_reference", reference))
    return events


class ActionEmergencyReply(Action):
    """Answers a message that says someone is in danger now, at any turn outside the form."""

    def name(self) -> str:
        return "action_emergency_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = []
        answers = tips_api.answers_from_slots(tracker.slots)
        if answers["what"] is None and not tracker.get_slot("tip_submitted"):
            answers["what"] = account_in_opening_message(tracker)
            if answers["what"]:
                events.append(SlotSet("what", answers["what"]))
        return events + raise_alarm(dispatcher, tracker, answers)
