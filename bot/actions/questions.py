"""Which question to ask next: the most useful one still unanswered, and never one twice."""

from typing import Any

from . import facts as tipfacts
from . import places

# The questions in the order they are worth asking; an emergency asks fewer, place first.
ORDER = ("danger", "what", "where", "when", "who", "kind", "details", "consent", "confirm")
# In an emergency only what gets help there is asked; the rest can wait for the advocate.
# Then the read-back, so they can put right what they said before they go.
EMERGENCY_ORDER = ("where", "hurt", "what", "confirm")
MAX_SKIPPED = 2
# People tire fast: from the third reply of a tip, only what matters most is still asked
# (what, where), then the follow-up and the read-back. Once they said whether we may
# contact them, the read-back comes next.
ASKING_TURNS = 2
DETAIL_QUESTIONS = ("when", "who", "kind", "details")


def next_question(state: dict[str, Any], took_something: bool = False) -> str | None:
    """The most useful question not yet answered, and not asked before (a skip is an answer).

    A question left unanswered, by a message that said nothing else, may be asked once more;
    after a return with the reference, only what an emergency still needs is asked.
    """
    if state["unanswered"] >= MAX_SKIPPED or state["confirmed"]:
        return None
    facts, counts = state["facts"], state["asked_count"]
    order = EMERGENCY_ORDER if state["emergency"] and not state["calm"] else ORDER
    if state["reopened"] and not state["emergency"]:
        return None
    young = state.get("young") and facts["minor"] is None and not counts.get("age")
    if young and state["has_tip"] and not state["emergency"]:
        return "age"  # "one looks real young": how old, if they can guess
    late = state.get("tip_turns", 0) >= ASKING_TURNS and not state["emergency"]
    contact_said = facts["consent"] is not None and not state["emergency"]
    for question in order:
        if late and question in DETAIL_QUESTIONS:
            continue
        if contact_said and question not in ("danger", "what", "where", "confirm"):
            continue
        if question == "danger" and (facts["danger"] is not None or state["emergency"]):
            continue
        if question == "hurt" and (facts["hurt"] is not None or counts.get("hurt")):
            continue
        if question == "confirm" and counts.get("confirm"):
            continue
        if question == "consent" and state.get("channel") == "webchat":
            continue  # a web chat cannot be written to once its tab is closed
        vague = facts["where"] is not None and not places.is_specific(facts["where"])
        if question == "where" and vague and not counts.get("where"):
            return question  # "a salon near my work": ask once where it is
        if question in tipfacts.FACTS and facts.get(question) is not None:
            continue
        again = state["asked"] == question and not took_something
        if counts.get(question, 0) >= (2 if again else 1):
            continue
        if not state["has_tip"] and question != "danger":
            return "what" if not counts.get("what") else None
        return question
    return None
