"""Validation of the tip form: one question per message, every one of them skippable.

Each answer is read from the text (see `replies`), never from an intent guess. A skipped
question keeps the value None and the form moves on to the next question in order. The last
question is the read-back (`review`), where any answer can be changed by its number.
"""

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from . import continuation, language, reference, replies, review, tips_api
from .danger import emergency_reply_sent_this_turn, latest_message_reports_danger
from .emergency import raise_alarm
from .opening import account_in_opening_message

CORRECTING_SLOT = "correcting"
# "What is trafficking?" asked mid-form is answered, then the same question is asked again.
INFO_INTENT = "ask_info"
INFO_CONFIDENCE = 0.8
_QUESTION_WORDS = ("what", "whats", "how", "is it", "que", "cual", "cuales", "como", "es")


def asks_for_information(message: dict[str, Any]) -> bool:
    """The model is sure the message asks what trafficking is, and it is worded as a question."""
    intent = message.get("intent") or {}
    if intent.get("name") != INFO_INTENT or (intent.get("confidence") or 0.0) < INFO_CONFIDENCE:
        return False
    text = (message.get("text") or "").strip()
    words = replies.normalize(text)
    return text.endswith("?") or text.startswith("\u00bf") or words.startswith(_QUESTION_WORDS)


class ValidateTipForm(FormValidationAction):
    """Reads each answer of `tip_form` and raises the alarm when danger is mentioned."""

    def name(self) -> str:
        return "validate_tip_form"

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = await super().get_validation_events(dispatcher, tracker, domain)
        link = self._link_reference(dispatcher, tracker)
        tracker.add_slots(link)
        interruption = self._interruption(tracker, domain)
        if interruption:
            events = self._answer_interruption(interruption, dispatcher, tracker, domain)
        tracker.add_slots(events)
        extra = self._take_opening_account(tracker) + self._alarm_if_danger(
            dispatcher, tracker, validated={e["name"]: e["value"] for e in events}
        )
        tracker.add_slots(extra)
        return link + events + extra

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> EventType | None:
        """Ask the next unanswered question after the one just answered, in form order.

        A skipped question stays None, so the order (not the value) says what is done.
        After an interruption (e.g. "is this the police?") the same question is asked again;
        a number at the read-back asks that question again, then reads back once more.
        """
        order = self.domain_slots(domain)
        current = tracker.get_slot(REQUESTED_SLOT)
        if current and self._interruption(tracker, domain):
            return SlotSet(REQUESTED_SLOT, current)
        if current == review.REVIEW_SLOT and tracker.get_slot(review.REVIEW_SLOT) is None:
            chosen = tracker.slots_to_validate().get(CORRECTING_SLOT)
            return SlotSet(REQUESTED_SLOT, chosen or review.REVIEW_SLOT)
        if current and current == tracker.get_slot(CORRECTING_SLOT):
            return SlotSet(REQUESTED_SLOT, review.REVIEW_SLOT)
        start = 0
        if current in order:
            answered = current in tracker.slots_to_validate()
            start = order.index(current) + (1 if answered else 0)
        upcoming = (slot for slot in order[start:] if tracker.get_slot(slot) is None)
        return SlotSet(REQUESTED_SLOT, next(upcoming, None))

    def _interruption(self, tracker: Tracker, domain: DomainDict) -> str | None:
        """What the latest message does instead of answering: police, language, info, more."""
        text = (tracker.latest_message or {}).get("text")
        if not tracker.get_slot(REQUESTED_SLOT):
            return None
        if self._linked_this_turn(tracker):
            return "reference"
        if replies.is_police_question(text):
            return "police"
        if language.requested_language(text):
            return "language"
        if asks_for_information(tracker.latest_message or {}):
            return "info"
        if continuation.continued_slot(tracker, self.domain_slots(domain)):
            return "more"
        return None

    def _answer_interruption(
        self, kind: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer the question or switch language; or add the text to the earlier answer."""
        current = tracker.get_slot(REQUESTED_SLOT)
        events: list[EventType] = [SlotSet(current, None)]
        if kind == "reference":
            pass  # the link already told them which tip this joins
        elif kind == "police":
            dispatcher.utter_message(response="utter_ask_police")
        elif kind == "language":
            dispatcher.utter_message(response="utter_language_switched")
        elif kind == "info":
            dispatcher.utter_message(response="utter_info")
        else:
            earlier = continuation.continued_slot(tracker, self.domain_slots(domain))
            text = tracker.latest_message.get("text") or ""
            events.append(SlotSet(earlier, continuation.joined(tracker.get_slot(earlier), text)))
        return events

    def _link_reference(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        """A known tip reference typed mid-form joins that tip instead of answering.

        An unknown one ("ABC 234" may be a plate) stays the answer to the question.
        """
        text = (tracker.latest_message or {}).get("text")
        found = reference.find_reference(text)
        if not tracker.get_slot(REQUESTED_SLOT) or found is None:
            return []
        if tracker.get_slot("tip_linked") and tracker.get_slot("tip_reference") == found:
            return []  # already joined to this tip: the text is an answer
        return reference.link_during_form(dispatcher, tracker)

    @staticmethod
    def _linked_this_turn(tracker: Tracker) -> bool:
        """The latest message joined the conversation to a tip by its reference."""
        for event in reversed(tracker.events):
            if event.get("event") == "user":
                return False
            if event.get("event") == "slot" and event.get("name") == "tip_linked":
                return bool(event.get("value"))
        return False

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

    def validate_review(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        choice = review.read_choice(value)
        if choice == review.CONFIRMED:
            return {"review": review.CONFIRMED}
        if choice:
            return {"review": None, CORRECTING_SLOT: choice}
        return {"review": None}
