"""Noticing that someone is in danger now, whatever question was asked last."""

import re
from typing import Any

from rasa_sdk import Tracker

from .replies import normalize

DANGER_INTENT = "report_danger"

# The model's "report_danger" guess counts only when confident and on a message long enough to
# say something: one-word answers such as "tonight" (to "When did this happen?") are read
# by the phrase check alone.
DANGER_INTENT_CONFIDENCE = 0.7
DANGER_INTENT_MIN_WORDS = 3

# Phrases that say someone is in danger now. Matched on normalized text ("can't" -> "can t").
_DANGER = re.compile(
    r"\b("
    r"locked (in|up|inside)|lock(s|ed)? (her|him|them|us|me|the (girls?|women|woman|kids?|"
    r"workers|boys?|men)) (in|up|inside)|chained|tied up|"
    r"doors? (is |s )?(cracking|breaking|giving)|breaking (in|down the door)|kicking (in )?the door|"
    r"banging on the door|tumbando la puerta|rompiendo la puerta|"
    r"(can t|cant|cannot|won t|wont|doesn t|doesnt|not) wake( up| good)?|not waking|unresponsive|"
    r"not breathing|passed out|no despierta|no reacciona|no respira|"
    r"(getting|being) (pushed|shoved|forced|thrown|dragged) into|"
    r"guns?|knife|knives|weapons?|armed|shoot|shot|stab\w*|"
    r"kill\w*|beat(s|ing|en)? (her|him|them|us|me)|hurt(s|ing)? (her|him|them|us|me)|"
    r"bleeding|rap(e|ed|ing)|kidnap\w*|trapped|held against|hostage|"
    r"help me|help us|helpme|save me|save us|sos|emergency|in danger|"
    r"(moving|move|taking|take|ship\w*|sell\w*) (her|him|them) tonight|"
    r"(can t|cant|cannot) (leave|get out|escape)|"
    r"(won t|wont) let (me|her|him|them|us) (leave|go|out)|"
    # Spanish, as texted without accents: "estan encerradas", "tiene pistola", "ayudame".
    r"encerrad[oa]s?|(la|lo|las|los|nos|me) (tienen|tiene) encerrad\w*|amarrad[oa]s?|"
    r"pistolas?|armas?|armad[oa]s?|cuchillos?|navaja|machete|disparo|disparar\w*|"
    r"matar\w*|(la|lo|las|los|me|nos) (esta|estan) (golpeando|pegando|lastimando)|"
    r"sangrando|violando|violaron|secuestr\w*|atrapad[oa]s?|rehenes|"
    r"ayudame|ayudenme|ayudanos|auxilio|socorro|emergencia|en peligro|peligro|"
    r"(se la|se lo|se las|se los|la|lo|las|los) (llevan|van a llevar|mueven|van a mover|"
    r"venden|van a vender) (hoy|esta noche)|"
    r"no (puedo|puede|pueden|podemos) (salir|irme|irse|escapar)|"
    r"no (me|la|lo|las|los|nos) dejan (salir|ir)"
    r")\b"
)
# "no one is in danger" / "nadie esta en peligro" is an answer, not an alarm.
_NEGATED = re.compile(
    r"\b(no one|nobody|not|isn t|aren t|isnt|arent|don t|dont|do not|doesn t|doesnt|wasn t|"
    r"wasnt|never|no|nadie|ninguno|ninguna)\b( \w+){0,4} "
    r"(in danger|danger|en peligro|peligro)\b"
)


def mentions_danger(text: str | None) -> bool:
    """True when the words say someone is in danger now ("he has a gun", "help me")."""
    words = _NEGATED.sub(" ", normalize(text)).strip()
    return bool(_DANGER.search(words)) or words in ("help", "ayuda")


def latest_message_reports_danger(tracker: Tracker) -> bool:
    """The edge's danger check, the phrase check, or else the NLU model says danger now.

    The edge reads every message with the triage's danger patterns, in every registered
    language, and says so in the message metadata. Once the conversation is an emergency, the
    model's guess alone does not repeat the emergency line on every follow-up answer.
    """
    message: dict[str, Any] = tracker.latest_message or {}
    metadata = message.get("metadata") or {}
    text = message.get("text")
    if (isinstance(metadata, dict) and metadata.get("danger") is True) or mentions_danger(text):
        return True
    state = tracker.get_slot("conversation") or {}
    if isinstance(state, dict) and state.get("emergency"):
        return False
    intent = message.get("intent") or {}
    return (
        intent.get("name") == DANGER_INTENT
        and (intent.get("confidence") or 0.0) >= DANGER_INTENT_CONFIDENCE
        and len(normalize(text).split()) >= DANGER_INTENT_MIN_WORDS
    )
