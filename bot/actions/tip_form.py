"""Validation of the tip form: one question per message, every one of them skippable.

Each answer is read from the text (see `replies`), never from an intent guess. A skipped
question keeps the value None and the form moves on to the next question in order.
"""

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from . import replies, tips_api
from .danger import emergency_reply_sent_this_turn, latest_message_reports_danger
from .emergency import raise_alarm
from .opening import account_in_opening_message


class ValidateTipForm(FormValidationAction):
    """Reads each answer of `tip_form` and raises the alarm when danger is mentioned."""

    def name(self) -> str:
        return "validate_tip_form"

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = await super().get_validation_events(dispatcher, tracker, domain)
        if replies.is_police_question(tracker.latest_message.get("text")):
            dispatcher.utter_message(response="utter_ask_police")
            current = tracker.get_slot(REQUESTED_SLOT)
            return [SlotSet(current, None)] if current else []
        tracker.add_slots(events)
        extra = self._take_opening_account(tracker) + self._alarm_if_danger(
            dispatcher, tracker, validated={e["name"]: e["value"] for e in events}
        )
        tracker.add_slots(extra)
        return events + extra

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> EventType | None:
        """Ask the next unanswered question after the one just answered, in form order.

        A skipped question stays None, so the order (not the value) says what is done.
        After an interruption (e.g. "is this the police?") the same question is asked again.
        """
        order = self.domain_slots(domain)
        current = tracker.get_slot(REQUESTED_SLOT)
        if current and replies.is_police_question(tracker.latest_message.get("text")):
            return SlotSet(REQUESTED_SLOT, current)
        start = 0
        if current in order:
            answered = current in tracker.slots_to_validate()
            start = order.index(current) + (1 if answered else 0)
        upcoming = (slot for slot in order[start:] if tracker.get_slot(slot) is None)
        return SlotSet(REQUESTED_SLOT, next(upcoming, None))

    @staticmethod
    def _take_opening_account(tracker: Tracker) -> list[EventType]:
        """On activation, a first message that tells what happened answers "what"."""
        if tracker.get_slot(REQUESTED_SLOT) is not None or tracker.get_slot("what"):
            return []
        account = account_in_opening_message(tracker)
        return [SlotSet("what", account)] if account else []

    @staticmethod
    def _alarm_if_danger(
        dispatcher: CollectingDispatcher, tracker: Tracker, validated: dict[str, Any]
    ) -> list[EventType]:
        """Danger now, said as a yes or in any answer: emergency reply and urgent tip."""
        said_yes = validated.get("danger_now") is True
        if emergency_reply_sent_this_turn(tracker):
            return []
        if not (said_yes or latest_message_reports_danger(tracker)):
            return []
        return raise_alarm(dispatcher, tracker, tips_api.answers_from_slots(tracker.slots))

    def validate_danger_now(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"danger_now": replies.yes_or_no(value)}

    def validate_what(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"what": replies.free_text(value)}

    def validate_where(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"where": replies.free_text(value)}

    def validate_when(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"when": replies.free_text(value)}

    def validate_who(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"who": replies.free_text(value)}

    def validate_minor_involved(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"minor_involved": replies.minor_involved(value)}

    def validate_kind(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"kind": replies.situation_kind(value)}

    def validate_details(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"details": replies.free_text(value)}

    def validate_followup_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"followup_consent": replies.explicit_yes(value)}
