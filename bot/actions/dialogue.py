"""One turn of the conversation: listen to the message, then answer it in one reply.

The reply answers what the person just said before it asks anything: the emergency number
when someone is in danger, a plan to go in themselves stopped, an offer of images of a child
refused, their own question answered; then what was learnt (the place read back in an
emergency, the tip reference as soon as there is a tip, that a person was alerted once the page
went out); then at most one question, for what is still missing and most useful. Leaving,
thanks at the end, or two questions skipped close the tip with its reference.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import facts as tipfacts
from . import lexicon as lx
from . import places, questions, topics
from .compose import Reply, summary, yes_no_buttons
from .questions import next_question
from .reading import Reading

REFERENCE_SHOWN = 2  # given in the first two replies of a tip, and again at the end
YES_NO = ("danger", "consent", "confirm", "hurt")


@dataclass
class Context:
    """What the turn knows besides the words: language, channel, numbers, the danger check."""

    language: str = "en"
    channel: str = "sms"
    danger: bool = False  # the edge's or the model's check says someone is in danger now
    emergency_number: str = "911"
    hotline_number: str = "1-888-373-7888"
    topic: str | None = None  # a topic the NLU model is sure the message asks about


@dataclass
class Filing:
    """What the app answered when the tip was filed."""

    reference: str | None
    paged: bool = False
    urgency: str | None = None  # the triage's verdict on the tip as it stands


FileTip = Callable[[dict[str, Any], bool, bool], Filing | None]


def respond(
    state: dict[str, Any],
    reading: Reading,
    ctx: Context,
    file_tip: FileTip,
    reply: Reply | None = None,
) -> tuple[Reply, dict[str, Any]]:
    """The reply to one message, and the state after it. file_tip(answers, complete, urgent).

    `reply` may already hold what the action said first (a language switch, a reference
    joined); the whole reply is fitted to the channel together.

    The 911 line answers any message the danger checks flag (failing safe); the emergency
    path (place first, "a person was alerted") is taken when the person says yes, someone is
    in danger now, or when the triage's verdict on the tip is critical.
    """
    reply = reply or Reply(ctx)
    state["channel"] = ctx.channel
    if state["closed"]:
        state.update(closed=False, reopened=True, unanswered=0)
    before = dict(state["facts"])
    answered = tipfacts.answer_to_question(state, reading)
    tipfacts.take_facts(state, reading, answered)
    changed = [k for k in tipfacts.FACTS if state["facts"][k] != before[k]]
    asked_topics = topics.topics_in(reading.words, reading.question)
    if ctx.topic and ctx.topic not in asked_topics and not reading.substantive:
        asked_topics.append(ctx.topic)  # "r u cops" in words the patterns do not know
    said_yes = answered and state["asked"] == "danger" and state["facts"]["danger"] is True
    # "nobody in danger rn, it was a phone not a gun": their word stands over the danger words.
    flagged = (ctx.danger or said_yes) and not reading.take_back and not reading.safe
    if reading.take_back and (state["emergency"] or state["facts"]["danger"]):
        state["facts"]["danger"], state["calm"] = False, True
    responded = answered or bool(changed) or bool(asked_topics) or _says_something(reading)
    _count_unanswered(state, reading, responded)
    if reading.skipped and state["asked"]:
        state["asked_count"][state["asked"]] = 2  # "skip" answers it: never asked again
    if reading.refuses_place:
        state["asked_count"]["where"] = 2  # "I'd rather not say my address": never pressed
    told = [k for k in changed if k not in ("danger", "consent", "hurt")]  # not a situation
    if _tells_a_situation(reading, flagged, told, asked_topics):
        state["has_tip"] = True
    # "what happens now?" / "do I need to do anything else?" at the end of a tip: its close.
    wrapping_up = "next" in asked_topics and state["has_tip"] and not state["emergency"]
    # In an emergency, once the place is known, saying whether we may contact them ends it.
    said_contact = reading.consent is not None and state["emergency"] and state["facts"]["where"]
    wrapping_up = wrapping_up or bool(said_contact and state["asked_count"].get("hurt"))
    # "ok thanks, nothing going on rn": someone who only asked, thanking us, is leaving.
    thanked = not state["has_tip"] and bool(lx.THANKS.search(reading.words)) and not asked_topics
    leaving = reading.leaving or reading.thanks or wrapping_up or (thanked and not reading.question)
    if reading.victim_self:
        state["self"] = True
    if reading.looks_young:
        state["young"] = True

    filing = file_tip(tipfacts.answers(state), leaving, flagged) if state["has_tip"] else None
    if filing and filing.reference:
        state["reference"] = filing.reference
    critical = filing.urgency == "critical" if filing and filing.urgency else flagged
    calmed = reading.take_back or reading.safe
    became = (said_yes or critical) and not calmed and not state["emergency"]
    if became:
        state.update(emergency=True, calm=False)
        changed = changed + (["where"] if state["facts"]["where"] else [])
    if flagged and not state["emergency"] and state["facts"]["danger"] is not True:
        # Something changed since they said no one was in danger: ask again, plainly.
        state["facts"]["danger"], state["asked_count"]["danger"] = None, 0

    question = None if leaving else next_question(state, bool(changed))
    done = question is None and not leaving and state["unanswered"] < questions.MAX_SKIPPED
    # In an emergency the line stays open when the questions run out: what they add is added.
    # In an emergency, or once they come back after the close, what they add is added and the
    # line stays open; the closing is not said twice.
    keep_open = done and (
        (state["emergency"] and not state["confirmed"]) or (state["reopened"] and not leaving)
    )
    closing = (
        state["has_tip"]
        and not keep_open
        and (leaving or question is None or state["unanswered"] >= questions.MAX_SKIPPED)
    )
    if closing and not leaving:
        file_tip(tipfacts.answers(state), True, flagged)  # handed to staff as it stands
    paged = bool(filing and filing.paged)

    _answer_first(reply, state, reading, flagged or became, asked_topics)
    ongoing = state["emergency"] and not state["calm"] and not (flagged or became)
    if ongoing and not closing and not keep_open and not reading.called_help:
        reply.add(2, "emergency_again")  # every turn of an emergency keeps the number in view
    if state["emergency"] and not state["self"] and not _told(state, "stay_safe"):
        reply.add(1, "stay_safe")  # someone who saw it: keep away, do not go in
    if closing:
        _close(reply, state, hurried=reading.leaving and bool(lx.HURRIED.search(reading.words)))
    elif keep_open and state["reopened"] and not responded:
        reply.add(1, "goodbye")  # "skip" after the close: nothing to add
        state.update(closed=True, asked=None)
    elif keep_open:
        state["told"].append("added")  # said once here, in the line below
        _acknowledge(reply, state, reading, changed, paged)
        ref = state["reference"]
        reply.add(1, "added_open" if ref else "safety_noref", ref=ref)
        state["asked"] = None
    elif leaving:
        reply.add(0, "goodbye")
        state["closed"] = True
    else:
        _acknowledge(reply, state, reading, changed, paged)
        _ask(reply, state, question, reading, asked_topics, responded)
    if state["has_tip"]:
        state["tip_turns"] += 1
    return reply, state


def _tells_a_situation(
    reading: Reading, danger_now: bool, changed: list[str], asked_topics: list[str]
) -> bool:
    """The message tells of a situation, so there is a tip from now on.

    A question for information ("what are the signs at a hotel?", "where do I send people who
    were not paid?") is answered, not filed, unless it also tells of danger, a place someone
    could find, or the writer's own situation.
    """
    if danger_now:
        return True
    facts_told = reading.place or reading.minor or reading.kind
    if reading.what_is_this and not facts_told:
        return False  # "what is this number? some scam?"
    if asked_topics and (reading.question or len(reading.words.split()) <= 20):
        return places.is_specific(reading.place) or reading.victim_self
    return reading.substantive or bool(changed)


def _says_something(reading: Reading) -> bool:
    """A message with content, even one that answers nothing asked ("4 women", "a grey van"):
    not a skipped question."""
    facts = (reading.place, reading.time, reading.people, reading.minor, reading.kind)
    return any(f is not None for f in facts) or reading.identifiers or reading.substantive


def _count_unanswered(state: dict[str, Any], reading: Reading, took_something: bool) -> None:
    """Two questions skipped or left unanswered in a row end the asking."""
    if state["asked"] and (reading.skipped or not took_something):
        state["unanswered"] += 1
    elif took_something:
        state["unanswered"] = 0


def _answer_first(
    reply: Reply, state: dict[str, Any], reading: Reading, danger_now: bool, asked: list[str]
) -> None:
    """What the message needs before anything else: safety, their plan, their question."""
    if danger_now:
        reply.add(0, "emergency_now" if _told(state, "emergency") else "emergency")
    if reading.cannot_call and (state["emergency"] or danger_now):
        reply.add(0, "text_911")  # "he'll hear me": a text to 911 where that works
    if reading.follow_plan:
        reply.add(0, "follow")
    elif reading.rescue_plan:
        reply.add(0, "rescue")
    elif reading.escape_plan:
        reply.add(0, "escape")
    elif reading.called_help:
        reply.add(1, "called")
    elif reading.calling_help and not danger_now:
        reply.add(1, "call_yes")
    if reading.about_deleting and "images" in state["told"] and not reading.offers_images:
        reply.add(0, "images_delete")
    elif reading.offers_images or reading.images_of_child:
        state["told"].append("images")
        child = reading.images_of_child or state["facts"]["minor"] is True
        reply.add(0, "images_child" if child else "images_other")
    if state["emergency"] and {"next", "how_to_report"} & set(asked):
        asked = [t for t in asked if t not in ("next", "how_to_report")]
        reply.add(1, "after_call")  # "what do I do now?" in an emergency: keep back, call again
    if reading.hurt and state["emergency"] and not _told(state, "hurt_care"):
        # "me duele el brazo" from the person in danger; "he hit her" from someone who saw it
        reply.add(1, "hurt_care" if state["self"] else "hurt_other")
    for topic in asked:
        answer = topics.answer(
            topic, reply.ctx.language, reply.ctx.emergency_number, reply.ctx.hotline_number
        )
        reply.add_text(1, answer)
    child_sold = state["facts"]["minor"] is True and state["facts"]["kind"] != "labor"
    if "report_me" in asked and child_sold and not _told(state, "minor_victim"):
        reply.add(1, "minor_victim")  # "will she get in trouble?": she is a victim
    if reading.refuses_place:
        reply.add(1, "no_address")
    if reading.others_with and state["emergency"] and not _told(state, "others"):
        reply.add(1, "noted_others")  # "theres another girl in 116"
    if reading.victim_self and not _told(state, "victim"):
        reply.add(2, "victim")
    if reading.doubt and not _told(state, "doubt"):
        reply.add(2, "doubt")
    if reading.take_back and state["calm"]:
        reply.add(1, "take_back")
    if reading.asks_reference and state["reference"]:
        reply.add(0, "reference", ref=state["reference"])
        state["told"] += ["reference"] * REFERENCE_SHOWN


def _acknowledge(
    reply: Reply, state: dict[str, Any], reading: Reading, changed: list[str], paged: bool
) -> None:
    """Say what was taken: the place read back in an emergency, the reference, the page."""
    facts = state["facts"]
    if not state["has_tip"]:
        return  # nothing was taken from someone who only asked
    stated = changed or reading.minor is not None or reading.time or reading.place
    if stated and tipfacts.is_correction(reading):
        # "actually she's 15": taken, said back, and the tip triaged again
        shown = _corrected_value(state, reading, changed)
        reply.add(1, "corrected_to" if shown else "corrected", value=shown)
    elif "minor" in changed:
        sexual = facts["kind"] in ("sex", "both")
        reply.add(2, "noted_minor" if sexual else "noted_child")
    elif "details" in changed and not state["emergency"]:
        vehicle = lx.VEHICLE.search(reading.text)
        if vehicle:
            reply.add(2, "noted_vehicle", thing=vehicle.group(0))
        else:
            reply.add(2, "noted")
    if "consent" in changed and facts["consent"] is False:
        reply.add(1, "no_contact")
    if reading.substantive and not state["emergency"] and not _told(state, "thanks_first"):
        reply.add(2, "thanks_first")
    if state["reopened"] and state["reference"] and not _told(state, "added"):
        reply.add(1, "added", ref=state["reference"])
    elif state["reference"] and state["told"].count("reference") < REFERENCE_SHOWN:
        # Twice early, so someone cut off after a message or two still has it.
        state["told"].append("reference")
        reply.add(1, "reference", ref=state["reference"])
    if state["emergency"] and paged and not state["calm"] and not _told(state, "alerted"):
        reply.add(1, "alerted")
    state["read_back"] = state["emergency"] and "where" in changed
    if state["read_back"] and places.is_specific(facts["where"]):
        reply.add(1, "read_back_place", place=facts["where"])
    hurt_said = state["asked"] == "hurt" or "hurt" in changed
    if state["emergency"] and hurt_said and not _told(state, "safety"):
        ref = state["reference"]
        reply.add(2, "safety" if ref else "safety_noref", ref=ref)
        if reply.ctx.channel == "webchat":
            reply.add(2, "quick_exit")


def _corrected_value(state: dict[str, Any], reading: Reading, changed: list[str]) -> str:
    """What a correction changed, to say it back: the age, the place or the time."""
    ages = [m.group(1) or m.group(2) for m in lx.AGE.finditer(reading.words)]
    if ages:
        return ages[-1]
    for key in ("where", "when", "who"):
        if key in changed and state["facts"][key]:
            return str(state["facts"][key]).split("\n")[-1][:80]
    return (reading.place or "")[:80]


def _ask(
    reply: Reply,
    state: dict[str, Any],
    question: str | None,
    reading: Reading,
    asked_topics: list[str],
    responded: bool = False,
) -> None:
    """At most one question; to someone who only asked for information, an offer instead."""
    if not state["has_tip"] and (asked_topics or reading.what_is_this):
        # Someone who asks, or does not know what the line is: what it is for, and a tip
        # offered, never pressed.
        if reading.what_is_this and reply.ctx.channel == "sms":
            reply.add(1, "about_line")
        elif not {"who", "police"} & set(asked_topics) and not _told(state, "welcome"):
            reply.add(2, "welcome")
        reply.add(3, "offer_again" if _told(state, "offer") else "offer")
        state["asked"] = None
        return
    understood = (
        responded or reading.greeting_only or reading.report_intent or reading.yes_no is not None
    )
    if not state["has_tip"] and not reply.parts and not understood and reading.words:
        reply.add(2, "unclear")
    if state["asked"] is None and not state["has_tip"] and not _told(state, "welcome"):
        reply.add(3, "welcome")
    state["asked"] = question
    if question is None:
        return
    counts = state["asked_count"]
    counts[question] = counts.get(question, 0) + 1
    key = f"ask_{question}"
    if question == "where" and state["emergency"]:
        key = "ask_where_now"
    elif question == "hurt" and not state["self"]:
        key = "ask_hurt_others"  # asked of someone who saw it, not of the person in danger
    values: dict[str, Any] = {}
    if question == "confirm":
        values = {"summary": summary(state, reply.ctx.language), "ref": state["reference"]}
        state["told"].append("summary")
    reply.add(1, key, **values)
    if question in YES_NO:
        reply.buttons = yes_no_buttons(reply.ctx.language)


def _close(reply: Reply, state: dict[str, Any], hurried: bool = False) -> None:
    """The closing message: reference, emergency number, text again; then silence.

    What they told is read back first, unless they are leaving in a hurry ("hes coming").
    """
    ref = state["reference"]
    if ref and not hurried and not _told(state, "summary"):
        reply.add(
            1, "closing_summary", summary=summary(state, reply.ctx.language)
        )  # what they told, to check
    reply.add(0, "closing" if ref else "closing_noref", ref=ref)
    if state["emergency"]:
        reply.add(1, "safety_noref")
    if state["emergency"] and reply.ctx.channel == "webchat":
        reply.add(2, "quick_exit")
    state.update(closed=True, asked=None)


def _told(state: dict[str, Any], what: str) -> bool:
    """Whether this was said before in the conversation; marks it said from now on."""
    told = what in state["told"]
    if not told:
        state["told"].append(what)
    return told
