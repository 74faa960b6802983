"""A person asking for help for themselves ("I can't leave", "they took my passport")."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import settings, tips_api
from .danger import mentions_danger
from .replies import free_text


class ActionVictimHelp(Action):
    """Gives the hotline's and the emergency numbers with care, and keeps what they said."""

    def name(self) -> str:
        return "action_victim_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(
            response="utter_victim_help",
            hotline_number=settings.hotline_number(),
            emergency_number=settings.emergency_number(),
        )
        text = free_text((tracker.latest_message or {}).get("text"))
        events: list[EventType] = []
        answers = tips_api.answers_from_slots(tracker.slots)
        if text and not answers["what"] and not tracker.get_slot("tip_submitted"):
            answers["what"] = text
            events.append(SlotSet("what", text))
        emergency = mentions_danger(text)
        if emergency:
            answers["immediate_danger"] = True
            events.append(SlotSet("danger_now", True))
        complete = bool(tracker.get_slot("tip_submitted"))
        payload = tips_api.tip_payload(tracker, answers, complete=complete, emergency=emergency)
        reference = tips_api.submit_tip(payload)
        return events + ([SlotSet("tip_reference", reference)] if reference else [])
