"""ValidateTipForm: each answer read from the words, danger noticed at any question."""

import asyncio

import pytest
from actions import replies
from actions.tip_form import ValidateTipForm
from rasa_sdk.executor import CollectingDispatcher

YES = ["yes", "Yes", "YES!!", "yeah", "yep", "ya", "sure", "ok", "yes please"]
NO = ["no", "No.", "NOPE", "nah", "not really", "no one", "nobody"]
SKIP = [
    "skip",
    "SKIP",
    "don't know",
    "dont know",
    "not sure",
    "Not sure.",
    "idk",
    "IDK",
    "pass",
    "dunno",
    "no idea",
    "",
]


def validate(slot, value, tracker, domain):
    method = getattr(ValidateTipForm(), f"validate_{slot}")
    return method(value, CollectingDispatcher(), tracker, domain)[slot]


def run_form(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateTipForm().run(dispatcher, tracker, domain))
    return dispatcher, events


def slot_values(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize("slot", ["danger_now", "minor_involved"])
@pytest.mark.parametrize(("words", "expected"), [(w, True) for w in YES] + [(w, False) for w in NO])
def test_yes_no_questions_read_yes_and_no(slot, words, expected, load_tracker, domain):
    assert validate(slot, words, load_tracker("skip_mid_form"), domain) is expected


# "ok" may only acknowledge the question; consent to be texted back needs a real yes.
CONSENT_YES = [w for w in YES if w != "ok"]


@pytest.mark.parametrize(
    ("words", "expected"), [(w, True) for w in CONSENT_YES] + [(w, False) for w in NO]
)
def test_follow_up_consent_reads_yes_and_no(words, expected, load_tracker, domain):
    assert validate("followup_consent", words, load_tracker("skip_mid_form"), domain) is expected


@pytest.mark.parametrize(
    "slot",
    ["danger_now", "what", "where", "when", "who", "minor_involved", "details", "followup_consent"],
)
@pytest.mark.parametrize("words", SKIP)
def test_every_question_can_be_skipped(slot, words, load_tracker, domain):
    assert validate(slot, words, load_tracker("skip_mid_form"), domain) is None


@pytest.mark.parametrize("words", ["skip", "pass", ""])
def test_kind_can_be_skipped(words, load_tracker, domain):
    assert validate("kind", words, load_tracker("skip_mid_form"), domain) is None


@pytest.mark.parametrize("words", ["not sure", "Not sure.", "idk", "dont know", "no idea"])
def test_kind_not_sure_is_one_of_the_offered_answers(words, load_tracker, domain):
    # The question offers "not sure" as a choice; the answers vocabulary has "unsure" for it.
    assert validate("kind", words, load_tracker("skip_mid_form"), domain) == "unsure"


@pytest.mark.parametrize("slot", ["what", "where", "when", "who", "details"])
def test_free_text_answers_keep_the_text(slot, load_tracker, domain):
    text = "Golden Wok, 3rd Ave & Main - ask for 'Tony'"
    assert validate(slot, text, load_tracker("skip_mid_form"), domain) == text


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("forced work", "labor"),
        ("Forced sex work", "sex"),
        ("both", "both"),
        ("not sure", "unsure"),
        ("they work on a farm", "labor"),
        ("skip", None),
        ("pass", None),
    ],
)
def test_kind_of_situation(words, expected, load_tracker, domain):
    assert validate("kind", words, load_tracker("skip_mid_form"), domain) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("one looks about 15", True),
        ("kids", True),
        ("teenagers", True),
        ("all adults", False),
        ("maybe 3 of them", None),
    ],
)
def test_minor_involved_from_descriptions(words, expected, load_tracker, domain):
    assert validate("minor_involved", words, load_tracker("skip_mid_form"), domain) is expected


@pytest.mark.parametrize("words", ["maybe", "whatever", "later", "help me", "ok", "k", "okay."])
def test_follow_up_consent_needs_an_explicit_yes(words, load_tracker, domain):
    assert validate("followup_consent", words, load_tracker("skip_mid_form"), domain) is not True


def test_skipped_question_moves_on_to_the_next(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("skip_mid_form"), domain)

    assert slot_values(events) == {"when": None, "requested_slot": "who"}
    assert dispatcher.messages == []
    assert internal_api.requests == []


def test_danger_mid_form_sends_emergency_reply_and_urgent_tip(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("danger_mid_form"), domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert dispatcher.messages[0]["emergency_number"] == "112"
    [request] = internal_api.requests
    assert request.path == "/internal/tips"
    assert request.body["emergency"] is True
    assert request.body["complete"] is False
    assert request.body["sender_id"] == "c0ffee01"
    assert request.body["answers"]["immediate_danger"] is True
    assert request.body["answers"]["what"] == "a man keeps women in the apartment upstairs"
    slots = slot_values(events)
    assert slots["danger_now"] is True
    assert slots["tip_reference"] == "K7F-2QM"
    assert slots["requested_slot"] == "when"


def test_danger_mid_form_still_answered_when_the_api_is_down(load_tracker, domain, unreachable_api):
    dispatcher, events = run_form(load_tracker("danger_mid_form"), domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert slot_values(events)["requested_slot"] == "when"


def test_yes_to_the_danger_question_sends_emergency_reply(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("danger_now_yes"), domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert [r.body["emergency"] for r in internal_api.requests] == [True]
    assert slot_values(events)["danger_now"] is True
    assert slot_values(events)["requested_slot"] == "what"


def test_police_question_mid_form_asks_the_same_question_again(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("police_question_mid_form"), domain)

    assert slot_values(events)["requested_slot"] == "where"
    assert [m["response"] for m in dispatcher.messages] == ["utter_ask_police"]


@pytest.mark.parametrize("text", ["this week", "yesterday at the police station", "no", "3 women"])
def test_answers_are_never_taken_for_a_police_question(text):
    assert not replies.is_police_question(text)


@pytest.mark.parametrize(
    "text", ["is this the police?", "r u cops", "who runs this", "Are you ICE?"]
)
def test_questions_about_who_we_are_are_recognised(text):
    assert replies.is_police_question(text)


def test_form_start_after_emergency_reply_skips_what_was_told(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("form_start_after_emergency"), domain)

    assert dispatcher.messages == []
    assert internal_api.requests == []
    assert slot_values(events) == {
        "danger_now": True,
        "what": "there are girls locked in the back of the nail salon on 5th st",
        "requested_slot": "where",
    }


def test_form_start_takes_a_first_message_tip_as_what_happened(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("form_start_with_tip"), domain)

    slots = slot_values(events)
    assert slots["what"] == "the workers at the restaurant sleep in the back and never leave"
    assert slots["requested_slot"] == "danger_now"
    assert dispatcher.messages == []


def test_last_answer_ends_the_form(load_tracker, domain, internal_api):
    tracker = load_tracker(
        "skip_mid_form",
        who="2",
        minor_involved=False,
        kind="labor",
        details=None,
        followup_consent="no",
        requested_slot="followup_consent",
    )
    tracker.events[-1] = {"event": "slot", "name": "followup_consent", "value": "no"}
    tracker.events[-3] = {"event": "slot", "name": "requested_slot", "value": "followup_consent"}

    _, events = run_form(tracker, domain)

    assert slot_values(events) == {"followup_consent": False, "requested_slot": None}


def answer_as(tracker, text, intent, confidence=0.97):
    """The same turn, answered with other words (and the model's guess for them)."""
    tracker.latest_message = {
        **tracker.latest_message,
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
    }
    tracker.events[-1] = {**tracker.events[-1], "value": text}
    return tracker


def test_model_danger_guess_on_a_sentence_sends_emergency_reply(load_tracker, domain, internal_api):
    tracker = answer_as(
        load_tracker("skip_mid_form"), "they are taking the girls away", "report_danger"
    )

    dispatcher, _ = run_form(tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert [r.body["emergency"] for r in internal_api.requests] == [True]


def test_model_danger_guess_on_one_word_is_not_enough(load_tracker, domain, internal_api):
    tracker = answer_as(load_tracker("skip_mid_form"), "tonight", "report_danger")

    dispatcher, events = run_form(tracker, domain)

    assert dispatcher.messages == []
    assert slot_values(events) == {"when": "tonight", "requested_slot": "who"}


def test_after_the_emergency_reply_only_danger_words_repeat_it(load_tracker, domain, internal_api):
    calm = answer_as(
        load_tracker("skip_mid_form", danger_now=True), "taking the girls away", "report_danger"
    )
    alarming = answer_as(
        load_tracker("skip_mid_form", danger_now=True), "he has a knife now", "report_danger"
    )

    calm_dispatcher, _ = run_form(calm, domain)
    alarming_dispatcher, _ = run_form(alarming, domain)

    assert calm_dispatcher.messages == []
    assert [m["response"] for m in alarming_dispatcher.messages] == ["utter_emergency"]


ES_YES = ["si", "Sí", "SI!!", "claro", "simon", "dale", "por supuesto"]
ES_NO = ["no", "nel", "nop", "para nada", "nadie", "no gracias"]
ES_SKIP = ["no se", "No sé", "nose", "ni idea", "saltar", "paso", "no estoy segura"]


@pytest.mark.parametrize("slot", ["danger_now", "minor_involved", "followup_consent"])
@pytest.mark.parametrize(
    ("words", "expected"), [(w, True) for w in ES_YES] + [(w, False) for w in ES_NO]
)
def test_yes_no_questions_read_spanish(slot, words, expected, load_tracker, domain):
    assert validate(slot, words, load_tracker("skip_mid_form"), domain) is expected


@pytest.mark.parametrize("slot", ["danger_now", "what", "where", "who", "details"])
@pytest.mark.parametrize("words", ES_SKIP)
def test_every_question_can_be_skipped_in_spanish(slot, words, load_tracker, domain):
    assert validate(slot, words, load_tracker("skip_mid_form"), domain) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("trabajo forzado", "labor"),
        ("sexo forzado", "sex"),
        ("ambos", "both"),
        ("no se", "unsure"),
        ("las ponen a trabajar en el campo", "labor"),
    ],
)
def test_kind_of_situation_in_spanish(words, expected, load_tracker, domain):
    assert validate("kind", words, load_tracker("skip_mid_form"), domain) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("una parece de 15 años", True), ("niñas", True), ("puros adultos", False)],
)
def test_minor_involved_in_spanish(words, expected, load_tracker, domain):
    assert validate("minor_involved", words, load_tracker("skip_mid_form"), domain) is expected


def test_consent_in_spanish_needs_a_clear_yes(load_tracker, domain):
    assert validate("followup_consent", "tal vez", load_tracker("skip_mid_form"), domain) is False


def test_second_message_is_added_to_what_happened(load_tracker, domain, internal_api):
    dispatcher, events = run_form(load_tracker("what_in_two_messages"), domain)

    assert slot_values(events) == {
        "where": None,
        "what": "the cooks sleep in the kitchen and they never get paid",
        "requested_slot": "where",
    }
    assert dispatcher.messages == []


def test_danger_in_spanish_mid_form_sends_emergency_reply(load_tracker, domain, internal_api):
    tracker = answer_as(load_tracker("skip_mid_form"), "la tienen encerrada ahorita", "report_tip")

    dispatcher, _ = run_form(tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert [r.body["emergency"] for r in internal_api.requests] == [True]


@pytest.mark.parametrize("text", ["what is trafficking?", "¿que es la trata?", "whats trafficking"])
def test_information_question_mid_form_is_answered_then_asked_again(
    text, load_tracker, domain, internal_api
):
    tracker = answer_as(load_tracker("skip_mid_form"), text, "ask_info", 0.93)

    dispatcher, events = run_form(tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_info"]
    assert slot_values(events) == {"when": None, "requested_slot": "when"}


def test_unsure_information_guess_is_an_answer(load_tracker, domain, internal_api):
    tracker = answer_as(load_tracker("skip_mid_form"), "what about the signs", "ask_info", 0.6)

    dispatcher, events = run_form(tracker, domain)

    assert dispatcher.messages == []
    assert slot_values(events) == {"when": "what about the signs", "requested_slot": "who"}


def test_known_reference_mid_form_joins_that_tip_and_asks_again(load_tracker, domain, internal_api):
    internal_api.status = 200
    tracker = load_tracker("skip_mid_form", when="k7f 2qm")
    tracker.latest_message["text"] = "k7f 2qm"

    dispatcher, events = run_form(tracker, domain)

    assert [r.path for r in internal_api.requests] == ["/internal/tips/K7F-2QM/link"]
    assert [m["response"] for m in dispatcher.messages] == ["utter_reference_noted"]
    slots = slot_values(events)
    assert slots["when"] is None
    assert (slots["tip_reference"], slots["tip_linked"]) == ("K7F-2QM", True)
    assert slots["requested_slot"] == "when"
    assert "tip_submitted" not in slots


def test_unknown_reference_mid_form_stays_the_answer(load_tracker, domain, internal_api):
    internal_api.status = 404
    internal_api.reply = {"error": "unknown reference"}
    tracker = load_tracker("skip_mid_form", when="7ab 2c4")
    tracker.latest_message["text"] = "7ab 2c4"
    for event in tracker.events:
        if event["event"] == "slot" and event["name"] == "when":
            event["value"] = "7ab 2c4"

    dispatcher, events = run_form(tracker, domain)

    assert [r.path for r in internal_api.requests] == ["/internal/tips/7AB-2C4/link"]
    assert dispatcher.messages == []
    assert slot_values(events) == {"when": "7ab 2c4", "requested_slot": "who"}


def test_answers_after_a_link_only_fill_the_linked_tips_gaps(load_tracker, domain, internal_api):
    tracker = load_tracker(
        "danger_mid_form", tip_linked=True, tip_reference="K7F-2QM", tip_submitted=False
    )

    run_form(tracker, domain)

    [request] = internal_api.requests
    assert request.body["linked"] is True
    assert request.body["new"] is False
