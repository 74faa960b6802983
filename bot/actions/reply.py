"""The one action that answers every message: read it, file the tip, reply once.

Rasa's NLU reads the intent (a danger report, a new tip, a tip reference); the edge adds its
own checks in the message metadata (the language it detected, whether the words say someone is
in danger now). The dialogue (dialogue.py) decides what to say; the state it keeps lives in the
`conversation` slot, so the tracker in Redis holds the whole conversation's state.
"""

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import dialogue, facts, language, settings, tips_api
from .compose import Reply
from .danger import latest_message_reports_danger
from .reading import read
from .reference import find_reference, only_a_reference

STATE_SLOT = "conversation"
# The words of a new tip, besides the model's guess: "this is another girl's phone" is not one.
_ANOTHER = re.compile(
    r"\b(another|new|second|different|other) (tip|report|case)|something else to report"
    r"|\b(otra|nueva) denuncia|otro (reporte|caso)|algo mas que (reportar|"
    r"denunciar|contar)",
    re.IGNORECASE,
)
NEW_TIP_INTENT = "new_tip"
NEW_TIP_CONFIDENCE = 0.7


class ActionReply(Action):
    """Answers each message of the conversation with one reply."""

    def name(self) -> str:
        return "action_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        words = message.get("text") or ""
        state = facts.load(tracker.get_slot(STATE_SLOT))
        chosen = language.language_for(tracker)
        ctx = dialogue.Context(
            language=chosen,
            channel=tips_api.sender_payload(tracker)["channel"],
            danger=latest_message_reports_danger(tracker),
            emergency_number=settings.emergency_number(),
            hotline_number=settings.hotline_number(),
            topic=_topic_of(message),
        )
        # What is said before the dialogue's reply: a language switch, a reference joined.
        lead = Reply(ctx)
        if language.requested_language(words):
            lead.add(0, "switched")
            if state["asked"]:
                lead.add(0, f"ask_{state['asked']}" if state["asked"] != "confirm" else "unclear")
            return self._send(dispatcher, lead, state, chosen)
        fresh = self._another_tip(tracker, state, lead) if state["has_tip"] else None
        if fresh is not None:
            return self._send(dispatcher, lead, fresh, chosen)
        self._reference(tracker, words, state, lead)
        if lead.parts and only_a_reference(words):
            return self._send(dispatcher, lead, state, chosen)

        def file_tip(answers: dict[str, Any], complete: bool, urgent: bool) -> Any:
            payload = tips_api.tip_payload(
                tracker, answers, chosen, complete=complete, emergency=urgent, state=state
            )
            return tips_api.file_tip(payload)

        reply, state = dialogue.respond(state, read(words), ctx, file_tip, lead)
        return self._send(dispatcher, reply, state, chosen)

    @staticmethod
    def _send(
        dispatcher: CollectingDispatcher, reply: Reply, state: dict[str, Any], chosen: str
    ) -> list[EventType]:
        words = reply.render()
        if words:
            dispatcher.utter_message(text=words, buttons=reply.buttons or None)
        events: list[EventType] = [SlotSet(STATE_SLOT, state), SlotSet("language", chosen)]
        if state["reference"]:
            events.append(SlotSet("tip_reference", state["reference"]))
        return events

    @staticmethod
    def _another_tip(tracker: Tracker, state: dict[str, Any], lead: Reply) -> dict[str, Any] | None:
        """ "I have another tip": the filed one stays; the next messages start a new one."""
        intent = (tracker.latest_message or {}).get("intent") or {}
        sure = (intent.get("confidence") or 0.0) >= NEW_TIP_CONFIDENCE
        words = (tracker.latest_message or {}).get("text") or ""
        asked = intent.get("name") == NEW_TIP_INTENT and sure and bool(_ANOTHER.search(words))
        if not asked or (state["emergency"] and not state["closed"]):
            return None
        tips_api.start_next_tip(tips_api.sender_payload(tracker))
        lead.add(0, "another")
        fresh = facts.new_state()
        fresh["told"] = [t for t in state["told"] if t in ("welcome", "emergency")]
        fresh.update(asked="what", asked_count={"what": 1}, next_tip=True)
        lead.add(0, "ask_what")
        return fresh

    @staticmethod
    def _reference(tracker: Tracker, words: str, state: dict[str, Any], lead: Reply) -> None:
        """A tip reference in the message joins this conversation to that tip."""
        reference = find_reference(words)
        if reference is None or reference == state["reference"]:
            return
        outcome = tips_api.link_tip(reference, tips_api.sender_payload(tracker))
        if outcome in ("unknown", "refused"):
            known = only_a_reference(words) or state["has_tip"]
            lead.add(0, "reference_unknown" if known else "reference_new", ref=reference)
            return
        # A returning tipster adds to their tip; only an emergency is asked about again.
        state.update(reference=reference, has_tip=True, linked=True, closed=False, reopened=True)
        state["told"] = [*state["told"], "reference", "added"]
        lead.add(0, "linked_ask" if only_a_reference(words) else "linked", ref=reference)


# Intents that ask a question the operator's files answer (bot/answers/).
INTENT_TOPICS = {"ask_police": "police", "ask_info": "what_is"}
TOPIC_CONFIDENCE = 0.8


def _topic_of(message: dict[str, Any]) -> str | None:
    """The topic the NLU model is sure the message asks about, if any."""
    intent = message.get("intent") or {}
    if (intent.get("confidence") or 0.0) < TOPIC_CONFIDENCE:
        return None
    return INTENT_TOPICS.get(str(intent.get("name")))
