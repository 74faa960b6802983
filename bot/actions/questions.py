"""Which question to ask next: the most useful one still unanswered, and never one twice."""

from typing import Any

from . import facts as tipfacts
from . import places

# The questions in the order they are worth asking; an emergency asks fewer, place first.
ORDER = ("danger", "what", "where", "when", "who", "kind", "details", "consent", "confirm")
EMERGENCY_ORDER = ("where", "hurt", "what", "who", "details")
MAX_SKIPPED = 2


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
    for question in order:
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
