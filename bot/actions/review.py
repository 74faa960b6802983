"""Reading the tip back in one message and letting the person change any answer ("2")."""

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from . import sms, tips_api
from .replies import normalize, yes_or_no

REVIEW_SLOT = "review"
CONFIRMED = "confirmed"
# The numbers the read-back shows, in form order: "2 to change where".
NUMBERED = ("what", "where", "when", "who", "minor_involved", "kind", "details", "followup_consent")
LABELS = {
    "en": ("What", "Where", "When", "Who", "Under 18", "Kind", "Details", "Text back"),
    "es": ("Que paso", "Donde", "Cuando", "Quien", "Menor de 18", "Tipo", "Datos", "Contacto"),
}
FLAGS = {"en": {True: "yes", False: "no"}, "es": {True: "si", False: "no"}}
KINDS = {
    "en": {"labor": "forced work", "sex": "forced sex work", "both": "both", "unsure": "not sure"},
    "es": {"labor": "trabajo", "sex": "sexo", "both": "ambos", "unsure": "no seguro"},
}
SKIPPED = "-"
# The response around the summary takes at most this many characters (a domain test checks).
FRAME_BUDGET = 140
# Longest text kept of one answer; shortened further until the message fits.
LONGEST_ANSWER = 60
SHORTEST_ANSWER = 10

_WORDS = {
    "what": "what que paso happened story",
    "where": "where donde lugar place address direccion",
    "when": "when cuando time fecha",
    "who": "who quien quienes people personas",
    "minor_involved": "under 18 age minor menor menores edad",
    "kind": "kind tipo type",
    "details": "details detalles datos names nombres",
    "followup_consent": "text back contact contacto contactar",
}
_FIELD_WORDS = {field: frozenset(words.split()) for field, words in _WORDS.items()}
_CONFIRM = frozenset(
    {"ok", "okay", "send", "it", "looks", "good", "all", "done", "fine", "yes", "correct"}
    | {"listo", "enviar", "envia", "enviala", "manda", "mandala", "esta", "bien", "todo"}
    | {"perfecto", "si", "correcto", "dale"}
)
_CHANGE = frozenset(
    {"change", "fix", "edit", "correct", "update", "cambiar", "cambia", "corregir", "arreglar"}
)
# A bare field name ("where") or one with a change word ("change where") names an answer.
MAX_FIELD_WORDS = 3
_NUMBER = re.compile(r"\b([1-8])\b")


def read_choice(text: Any) -> str | None:
    """CONFIRMED, the name of the answer to change, or None when unclear."""
    words = normalize(text)
    number = _NUMBER.search(words)
    if number:
        return NUMBERED[int(number.group(1)) - 1]
    tokens = set(words.split())
    naming = len(tokens) <= MAX_FIELD_WORDS or bool(tokens & _CHANGE)
    for field, names in _FIELD_WORDS.items():
        if naming and tokens & names:
            return field
    if yes_or_no(words) is True or (tokens and tokens <= _CONFIRM):
        return CONFIRMED
    return None


def shown(field: str, value: Any, language: str) -> str:
    """One answer as the read-back shows it."""
    if value is None or value == "":
        return SKIPPED
    if isinstance(value, bool):
        return FLAGS[language][value]
    if field == "kind":
        value = KINDS[language].get(str(value), value)
    return sms.to_gsm7(str(value)) or SKIPPED


def summary(slots: dict[str, Any], language: str, limit: int = LONGEST_ANSWER) -> str:
    """Numbered answers, one per line, each cut to `limit`, fitting the SMS budget."""
    labels = LABELS.get(language, LABELS["en"])
    lines = [
        f"{n} {label}: {sms.clip(shown(field, slots.get(field), language), limit)}"
        for n, (field, label) in enumerate(zip(NUMBERED, labels, strict=True), start=1)
    ]
    text = "\n".join(lines)
    budget = sms.PART["gsm7"] * sms.MAX_SEGMENTS - FRAME_BUDGET
    if sms.length(text) > budget and limit > SHORTEST_ANSWER:
        return summary(slots, language, limit - 5)
    return text


def requested_before_latest_message(tracker: Tracker) -> str | None:
    """The question the latest message answered."""
    requested = answered = None
    for event in tracker.events:
        if event.get("event") == "user":
            answered = requested
        elif event.get("event") == "slot" and event.get("name") == REQUESTED_SLOT:
            requested = event.get("value")
    return answered


class ActionAskReview(Action):
    """Reads the answers back; after an unclear reply, only says how to answer."""

    def name(self) -> str:
        return "action_ask_review"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if requested_before_latest_message(tracker) == REVIEW_SLOT:
            dispatcher.utter_message(response="utter_review_how")
            return []
        language = tracker.get_slot("language") or "en"
        dispatcher.utter_message(
            response="utter_read_back", summary=summary(tracker.slots, language)
        )
        return _keep_answers_so_far(tracker)


def _keep_answers_so_far(tracker: Tracker) -> list[EventType]:
    """File the answers now, unfinished, so they are kept even if the person stops here."""
    answers = tips_api.answers_from_slots(tracker.slots)
    payload = tips_api.tip_payload(tracker, answers, complete=False, emergency=False)
    reference = tips_api.submit_tip(payload)
    return [SlotSet("tip_reference", reference)] if reference else []
