"""What a conversation knows so far, and how one message changes it.

The state is one dict (the `conversation` slot, kept in the tracker in Redis): the facts of
the tip, the last question asked, how often each was asked, and what has been said already.
A message first answers the question it was asked, if it does; then every fact it states is
taken wherever it appears, and a correction ("actually she's 16", "no, room 116") replaces
the earlier answer.
"""

import re
from typing import Any

from . import places
from .reading import Reading
from .replies import explicit_yes, situation_kind

FACTS = ("danger", "what", "where", "when", "who", "minor", "kind", "details", "consent", "hurt")
# A correction opens its sentence ("actually she's 16", "no wait, room 116"); "what actually
# counts" and "will he know it was me" correct nothing.
_CORRECTION = re.compile(
    r"(^|[\n.,!?;] *)(actually|no wait|wait|sorry|i mean|correction|i meant|it was|oops|"
    r"no (it|she|he|they)|en realidad|perdon|mejor dicho|quise decir|me equivoque|no era|"
    r"fue el|fue la)\b"
    r"|\b(not \w+ but|i meant|quise decir|mejor dicho|me equivoque|correction|i said \w+ but)\b",
    re.IGNORECASE,
)
SHORT_ANSWER_WORDS = 20
SHORT_TIME_WORDS = 12
NARRATIVE_WORDS = 8
MAX_FACT = 1500
_NOT_TIMES = ("where", "who", "details", "kind")


def new_state() -> dict[str, Any]:
    return {
        "facts": dict.fromkeys(FACTS),
        "asked": None,
        "asked_count": {},
        "unanswered": 0,
        "emergency": False,
        "calm": False,
        "reference": None,
        "has_tip": False,
        "tip_turns": 0,  # replies given since the tip began
        "young": False,  # someone was said to look young, with no age
        "linked": False,
        "next_tip": False,
        "self": False,
        "channel": "sms",
        "read_back": False,  # the last reply read the place back: a new place replaces it
        "closed": False,
        "reopened": False,
        "confirmed": False,
        "told": [],
    }


def load(value: Any) -> dict[str, Any]:
    """The state from the slot, completed with defaults (an older or empty slot is fine)."""
    state = new_state()
    if isinstance(value, dict):
        state.update({k: v for k, v in value.items() if k in state})
        state["facts"] = {**dict.fromkeys(FACTS), **(value.get("facts") or {})}
        state["asked_count"] = dict(value.get("asked_count") or {})
        state["told"] = list(value.get("told") or [])
    return state


def _join(earlier: Any, text: str) -> str:
    if not earlier:
        return text[:MAX_FACT]
    if text.lower() in str(earlier).lower():
        return str(earlier)
    return f"{earlier}\n{text}"[:MAX_FACT]


def is_correction(reading: Reading) -> bool:
    return bool(_CORRECTION.search(reading.text))


_SUBJECT = re.compile(
    r"^(he|hes|she|shes|they|theyre|i|im|we|were|you|u|el|ella|ellos|ellas|yo|nos|me|te|"
    r"ya|no|si|yes|ok|okay|this|that|theres|there|esto|eso|hay)\b"
)
PLACE_WORDS = 10
_NOT_A_PLACE = re.compile(
    r"\b(i|im|me|you|u|dont|don t|not|have|has|had|is|are|was|were|can|will|do|does|did|"
    r"should|thats|yo|tengo|estoy|puedo|puede|quiero|no se)\b"
)


def _could_be_a_place(reading: Reading, words: int) -> bool:
    """A short answer with no place cue may still be one ("greensburg", "at his house"), but
    not an account ("hes locked me in"), a remark ("thats all i have"), a time, or a yes or no."""
    if words > PLACE_WORDS or reading.time or reading.yes_no is not None or reading.skipped:
        return False
    return not (_SUBJECT.match(reading.words) or _NOT_A_PLACE.search(reading.words))


def answer_to_question(state: dict[str, Any], reading: Reading) -> bool:
    """Take the message as the answer to the question last asked, when it is one.

    A skip ("idk", "pass") answers nothing; a question back, a goodbye or a message about
    something else is not filed as the answer (a work schedule is not a place).
    """
    asked, facts, text = state["asked"], state["facts"], reading.text
    if not asked or reading.skipped or reading.leaving or not text:
        return False
    if reading.question and asked not in ("danger", "confirm"):
        return False
    words = len(reading.words.split())
    if asked == "danger":
        if (reading.yes_no is None or reading.acknowledged) and not reading.safe:
            return False  # "ok thank you" is heard, not a yes
        facts["danger"] = False if reading.safe else reading.yes_no
        return True
    if asked == "hurt":
        hurt = reading.hurt if reading.hurt is not None else reading.yes_no
        if hurt is None and reading.others_with is None:
            return False
        facts["hurt"] = hurt
        return True
    if asked == "confirm":
        if reading.yes_no is True:
            state["confirmed"] = True
            return True
        return False
    if reading.time and not reading.place and not reading.people and asked in _NOT_TIMES:
        return False  # "last tuesday" to "who?" is a time, taken as one below
    if reading.place and not reading.people and asked in ("who", "when", "kind"):
        return False  # a place given to another question is taken as the place below
    if reading.yes_no is False and words <= 2 and asked in ("what", "where", "when", "details"):
        return False  # a bare "no" to an open question says nothing
    if asked == "what":
        if words < 2 and not reading.substantive:
            return False
        facts["what"] = _join(facts["what"], text)
        return True
    if asked == "where":
        place = reading.place
        if place is None and not _could_be_a_place(reading, words):
            return False
        facts["where"] = place or text
        return True
    if asked == "when":
        if reading.time is None and words > SHORT_TIME_WORDS:
            return False
        facts["when"] = reading.time or text  # "he comes around 11pm" -> "11pm"
        return True
    if asked == "age":
        if reading.minor is None and not re.search(r"\d", text) and reading.yes_no is None:
            return False
        facts["who"] = _join(facts["who"], text)
        facts["minor"] = reading.minor if reading.minor is not None else facts["minor"]
        return True
    if asked == "who":
        if reading.people is None and reading.minor is None and words > SHORT_ANSWER_WORDS:
            return False
        # "this week, 3 women cook there": the count, not the whole message
        facts["who"] = _join(facts["who"], reading.people or text)
        if reading.minor is not None:
            facts["minor"] = reading.minor
        return True
    if asked == "kind":
        kind = situation_kind(text)
        if kind is None:
            return False
        facts["kind"] = kind
        return True
    if asked == "details":
        facts["details"] = _join(facts["details"], text)
        return True
    if asked == "consent":
        if reading.yes_no is None and reading.consent is None:
            return False  # "a grey minivan" does not answer "can we contact you?"
        facts["consent"] = reading.consent if reading.consent is not None else explicit_yes(text)
        return facts["consent"] is not None
    return False


_COUNT = re.compile(
    r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve|diez|few|several|varias|varios)\b"
)
OPENING_WORDS = 6


def _opens_with_time(reading: Reading) -> bool:
    first = re.split(r"[\n.,!?;]", reading.text.strip(), maxsplit=1)[0].lower()
    return len(first.split()) <= OPENING_WORDS and bool(reading.time and reading.time in first)


# "its the Marisol Dawn not Star", "room 41 not 14", "el 41, no el 14": one word put right.
_SWAP = re.compile(
    r"\b(\w+),? (?:not|no) (?:the |a |el |la |los |las )?(\w+)\b(?! (?:\w+ )?(?:but|sino)\b)",
    re.IGNORECASE,
)


def _swap_named(facts: dict[str, Any], text: str) -> None:
    """Put right a word of a place, time or count the person corrected in passing."""
    for match in _SWAP.finditer(text):
        right, wrong = match.group(1), match.group(2)
        if right.lower() == wrong.lower():
            continue
        word = re.compile(rf"\b{re.escape(wrong)}\b", re.IGNORECASE)
        for key in ("where", "when", "who"):
            if facts[key] and word.search(str(facts[key])):
                facts[key] = word.sub(right, str(facts[key]), count=1)


def take_facts(state: dict[str, Any], reading: Reading, answered: bool) -> list[str]:
    """Every fact the message states, wherever it appears; the names of the facts it changed."""
    facts, changed = state["facts"], []
    correcting = is_correction(reading)
    asked = state["asked"] if answered else None
    if correcting:
        _swap_named(facts, reading.text)
    if reading.place and asked != "where":
        vague = not places.is_specific(facts["where"]) and places.is_specific(reading.place)
        better = places.strength(reading.place) > places.strength(facts["where"])
        if facts["where"] is None or correcting or vague or better or state["read_back"]:
            facts["where"] = reading.place
            changed.append("where")
        elif (
            places.is_specific(reading.place)
            and reading.place.lower() not in str(facts["where"]).lower()
        ):  # "in the store" adds nothing to "corner of Dolan Ave and 14th"
            facts["where"] = _join(facts["where"], reading.place)
            changed.append("where")
    short = len(reading.words.split()) <= SHORT_ANSWER_WORDS or _opens_with_time(reading)
    # Times in a long account ("not paid for two months") are the triage's to read, not "when";
    # a time that opens the message ("saturday. theres like 5 of them") answers it.
    if reading.time and asked != "when" and short:
        if facts["when"] is None or correcting:
            facts["when"] = reading.time
        else:
            facts["when"] = _join(facts["when"], reading.time)
    if reading.minor is True and facts["minor"] is not True:
        facts["minor"] = True
        changed.append("minor")
    counted = (
        reading.people and _COUNT.search(reading.people) and not _COUNT.search(facts["who"] or "")
    )
    if reading.people and asked != "who" and (facts["who"] is None or counted):
        facts["who"] = reading.people  # "like 5 of them" says more than "the girls"
        changed.append("who")
    replaceable = facts["kind"] in (None, "unsure") or correcting
    if reading.kind and replaceable and facts["kind"] != reading.kind:
        facts["kind"] = reading.kind
        changed.append("kind")
    if reading.identifiers and asked != "details":
        facts["details"] = _join(facts["details"], reading.text)
        changed.append("details")
    if reading.safe and facts["danger"] is None and asked != "danger":
        facts["danger"] = False
        changed.append("danger")
    if reading.consent is not None and facts["consent"] is None and asked != "consent":
        facts["consent"] = reading.consent
        changed.append("consent")
    if reading.hurt is not None and asked != "hurt" and state["emergency"]:
        facts["hurt"] = reading.hurt
        changed.append("hurt")
    only_a_place = reading.place and len(reading.text.split()) - len(reading.place.split()) <= 2
    narrative = (
        reading.substantive
        and not only_a_place
        and (asked is None or asked == "danger" or len(reading.words.split()) >= NARRATIVE_WORDS)
    )
    if narrative and asked != "what":
        facts["what"] = _join(facts["what"], reading.text)
        changed.append("what")
    return changed


def answers(state: dict[str, Any]) -> dict[str, Any]:
    """The tip's answers in the app's vocabulary (tips/answers.py)."""
    facts = state["facts"]
    kind = facts["kind"] if facts["kind"] in ("labor", "sex", "both", "unsure") else None
    return {
        "immediate_danger": facts["danger"] if isinstance(facts["danger"], bool) else None,
        "what": facts["what"],
        "where": facts["where"],
        "when": facts["when"],
        "who": facts["who"],
        "minor_involved": facts["minor"] if isinstance(facts["minor"], bool) else None,
        "kind": kind,
        "details": facts["details"],
        "followup_consent": facts["consent"] if isinstance(facts["consent"], bool) else None,
    }
