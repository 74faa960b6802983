"""Whole conversations through the dialogue: what each reply says, what the tip gets.

The dialogue is pure: the filing is a function handed to it, recorded here; the action that
calls the real internal API is tested in test_reply.py, and the whole system end to end in
tests/conversations.
"""

from typing import Any

import pytest
from actions import dialogue, facts, sms
from actions.danger import mentions_danger
from actions.reading import read

REFERENCE = "K7F-2QM"


class Line:
    """One conversation: every reply, and every filing of the tip."""

    def __init__(self, language: str = "en", channel: str = "sms", paged_after: int = 1) -> None:
        self.state = facts.new_state()
        self.language, self.channel, self.paged_after = language, channel, paged_after
        self.filings: list[dict[str, Any]] = []

    def file(self, answers: dict[str, Any], complete: bool, urgent: bool) -> dialogue.Filing:
        """The app's answer; here the verdict is critical once any message was urgent."""
        self.filings.append({"answers": answers, "complete": complete, "urgent": urgent})
        self.urgent = getattr(self, "urgent", False) or urgent
        verdict = "critical" if self.urgent and not self.state["calm"] else "medium"
        paged = len(self.filings) > self.paged_after
        return dialogue.Filing(REFERENCE, paged=paged, urgency=verdict)

    def say(self, words: str) -> str:
        ctx = dialogue.Context(
            language=self.language, channel=self.channel, danger=mentions_danger(words)
        )
        reply, self.state = dialogue.respond(self.state, read(words), ctx, self.file)
        text = reply.render()
        if self.channel == "sms":
            assert sms.segments(text) <= sms.MAX_SEGMENTS, text
        return text

    @property
    def answers(self) -> dict[str, Any]:
        return self.filings[-1]["answers"]


def questions(text: str) -> int:
    return text.count("?")


def test_an_emergency_gets_911_place_first_read_back_alert_and_safety():
    line = Line()
    first = line.say("help me\nhes locked me in the room and took my phone")
    assert "call 911" in first and REFERENCE in first
    assert "Where are you" in first and questions(first) == 1
    assert line.filings[0]["urgent"] is True

    second = line.say("its the budget inn off route 30 in greensburg room 114")
    assert "I have the place as: the budget inn off route 30 in greensburg room 114" in second
    assert "has been alerted" in second and second.endswith("Are you or anyone with you hurt?")
    assert REFERENCE in second  # given twice early

    third = line.say("im not hurt. theres another girl in 116 shes like 15")
    assert "delete these messages" in third and "Where" not in third
    assert line.answers["minor_involved"] is True and line.answers["where"].startswith("the budget")

    last = line.say("ok im going to try 911 from this phone\nthank u")
    assert "call 911" in last and REFERENCE in last and "delete these messages" in last
    assert questions(last) == 0 and line.filings[-1]["complete"] is True


def test_alerted_is_said_only_after_the_page_went_out():
    line = Line(paged_after=99)
    line.say("help, they have a gun")
    assert "alerted" not in line.say("the blue house at 12 Elm St")


def test_a_bystander_gets_the_reference_early_and_is_not_asked_again():
    line = Line()
    first = line.say(
        "hi. not sure if this is the right place. theres a nail salon near my work and "
        "something feels off about it"
    )
    assert "fine to tell us" in first and REFERENCE in first and "danger right now" in first
    second = line.say(
        "no i dont think so\nthe women who work there never leave, they sleep in the back"
    )
    assert "danger" not in second and "What happened" not in second
    assert "Where is this" in second  # "near my work" is not a place anyone could find
    third = line.say("Perfect Nails on Dixie Hwy in Hollywood FL, by the Publix")
    assert "Where" not in third and questions(third) == 1
    assert "Dixie Hwy" in line.answers["where"]


def test_a_schedule_is_not_filed_as_the_place():
    line = Line()
    line.say("the workers at the restaurant sleep in the back and never leave")
    line.state["asked"] = "where"
    line.say("they work from 6am to 10pm every day")
    assert line.answers["where"] == "at the restaurant"
    assert "every day" in line.answers["when"]


def test_a_correction_replaces_the_answer_and_reaches_the_tip():
    line = Line()
    line.say("there are girls working at the spa on 5th street, they live there")
    assert line.answers["minor_involved"] is None
    line.say("actually one of them is 16")
    assert line.answers["minor_involved"] is True


@pytest.mark.parametrize("leaving", ["gotta go", "stop asking", "ok bye", "he's coming"])
def test_leaving_closes_with_the_reference_and_then_silence(leaving):
    line = Line()
    line.say("my neighbor keeps 4 men in his garage and they work on his farm for no pay")
    last = line.say(leaving)
    assert REFERENCE in last and "911" in last and questions(last) == 0
    assert line.filings[-1]["complete"] is True and line.state["closed"]


def test_two_skipped_questions_close_the_tip():
    line = Line()
    line.say("there is a massage place that is open all night and the women never leave")
    line.say("idk")
    last = line.say("skip")
    assert REFERENCE in last and questions(last) == 0 and line.filings[-1]["complete"]


def test_fear_questions_are_answered_before_anything_is_asked():
    line = Line()
    first = line.say("will i be deported if i tell you?")
    assert "immigration status" in first and not line.filings
    assert "danger" not in first


def test_information_only_is_offered_a_tip_never_forced():
    line = Line()
    reply = line.say("what is human trafficking?")
    assert "by force, fraud or threats" in reply and "just write what you saw" in reply
    assert questions(reply) == 0
    assert "Take care" in line.say("ok thanks bye") and not line.filings


def test_a_plan_to_go_in_is_stopped():
    line = Line()
    reply = line.say(
        "my sister is being held at a house on oak st, im going to go get her out myself"
    )
    assert "do not go in or confront anyone" in reply and "call 911" in reply.lower()


def test_images_of_a_child_are_refused():
    line = Line()
    line.say("a 14 year old girl is being sold online")
    reply = line.say("i have screenshots of her, can i send them")
    assert "do not send photos or videos of a child" in reply


def test_spanish_is_answered_in_spanish():
    line = Line(language="es")
    reply = line.say("en el restaurante de mi tio trabajan unas chicas de 15 años y no les pagan")
    assert "Tu numero de denuncia es" in reply and "¿" in reply
    assert line.answers["minor_involved"] is True


def test_a_take_back_is_not_urgent():
    line = Line()
    line.say("help they are hurting her")
    reply = line.say("never mind, false alarm, she's fine")
    assert "noted" in reply and "alerted" not in reply
    assert line.answers["immediate_danger"] is False


def test_a_yes_to_the_danger_question_is_the_only_immediate_danger_answer():
    line = Line()
    line.say("hi")
    line.say("yes")
    assert line.answers["immediate_danger"] is True
    assert line.state["emergency"]


def test_a_no_to_contact_is_accepted_in_words():
    line = Line()
    line.say("the farm on county road 9 keeps 20 men in a barn and takes their pay")
    reply = line.say("no dont text me back, the boss checks our phones")
    assert "we will not contact you" in reply and line.answers["followup_consent"] is False


def test_a_correction_is_acknowledged():
    line = Line()
    line.say("my sisters boyfriend sells her to his friends at a hotel, shes 16")
    reply = line.say("oh correction she's 15 not 16")
    assert "changed that" in reply or "added that" in reply


def test_someone_who_saw_it_is_asked_whether_anyone_is_hurt():
    line = Line()
    line.say("two men are dragging a girl into a van at the gas station on 5th st right now")
    reply = line.say("yes")
    assert "Is anyone there hurt" in reply and "do not go in" in reply


def test_has_to_go_with_him_is_not_leaving():
    assert not read("he told her she has to go with him tonight").leaving
    assert read("ok i have to go now").leaving


def test_deleting_refused_images_is_answered():
    line = Line()
    line.say("found an ad with a girl who cant be more than 13, want me to send the pics?")
    assert "please delete them" in line.say("should i delete the screenshots then")


def test_someone_who_only_asks_hears_what_the_line_is_and_files_nothing():
    line = Line(channel="webchat")
    first = line.say("hi quick question, does trafficking mean people brought across the border?")
    assert "No border is needed" in first and "tip line for human trafficking" in first
    second = line.say("ok and is smuggling the same?")
    assert "Smuggling" in second and "any time" in second
    line.say("cool thanks thats all")
    assert line.filings == [] and not line.state["has_tip"]


def test_what_is_this_number_is_answered_with_the_line_and_stop():
    line = Line()
    reply = line.say("what is this number\nsome scam? quit playin on my phone")
    assert "tip line for human trafficking" in reply and "STOP" in reply
    assert line.filings == []


def test_ok_thank_you_does_not_answer_the_danger_question_yes():
    line = Line()
    line.say("the owner keeps our passports and we sleep in the basement of the restaurant")
    assert line.state["asked"] == "danger"
    line.say("ok thank you\nthe other men are adults")
    assert line.answers["immediate_danger"] is None


def test_contact_said_brings_the_read_back_with_what_happened():
    line = Line()
    line.say(
        "ok so Polished Nail Bar in the Riverside plaza in Dunmore\nthe girls live upstairs, "
        "the boss keeps all their passports and they dont get paid til they pay back the trip"
    )
    reply = line.say("saturday. theres like 5 of them\nand no dont text me back pls")
    assert "will not contact you" in reply
    assert "Polished Nail Bar" in reply and "saturday" in reply and "about 5 people" in reply
    assert "documents held" in reply and "a debt" in reply
    assert "to change anything" in reply and questions(reply) == 1


def test_after_two_replies_only_what_matters_is_asked_then_the_follow_up():
    line = Line()
    line.say("theres a girl on the corner of Dolan ave and 14th in Marlow, cars pick her up")
    line.say("no not right now")
    reply = line.say("the tahoe plate starts w 8KX")
    assert "Can we contact you" in reply and "plate starts w 8KX" in reply


def test_a_skipped_question_is_not_asked_again():
    line = Line()
    line.say("the girls at the spa on 5th street never leave and a man drives them")
    line.say("no")
    asked = line.state["asked"]
    line.say("skip")
    assert line.state["asked"] != asked


def test_a_later_full_address_replaces_a_vague_one_and_a_name_is_corrected():
    line = Line()
    line.say("theres a longliner at Port Hadley, the Marisol Star, they keep the crew's passports")
    line.say("wait sorry its the Marisol Dawn not Star")
    assert "Marisol Dawn" in line.answers["where"]


def test_what_happens_now_closes_a_tip_with_its_reference():
    line = Line()
    line.say("my neighbor keeps three workers in his garage and takes their pay")
    reply = line.say("what happens now?")
    assert "do not need to do anything more" in reply and REFERENCE in reply
    assert line.state["closed"]


def test_in_an_emergency_each_turn_keeps_the_number_in_view_without_form_questions():
    line = Line()
    line.say("help me hes locked me in the room")
    line.say("412 cedar st apt 3 in Holloway")
    line.say("im not hurt")
    reply = line.say("the doors cracking")
    assert "911" in reply and "How many" not in reply and "When" not in reply


def test_after_the_close_what_they_add_is_added_without_a_second_closing():
    line = Line()
    line.say(
        "the women at the nail salon on 5th street in Dayton sleep in the back and the owner keeps their pay"
    )
    line.say("no")
    line.say("thats all i have, bye")
    assert line.state["closed"]
    reply = line.say("its a white van, plate has GKX in it")
    assert "added to your tip" in reply and "with our team" not in reply


def test_a_wish_to_report_is_welcomed_and_the_account_asked_for_without_a_tip_yet():
    line = Line(language="es")
    reply = line.say("hola, quiero denunciar algo que vi")
    assert "Lantern" in reply and "no entendi" not in reply and line.filings == []
    line.say("no")
    assert line.state["asked"] == "what"


def test_a_skip_after_the_close_is_a_goodbye_not_an_addition():
    line = Line()
    line.say("the women at the nail salon on 5th street in Dayton sleep in the back")
    line.say("no")
    line.say("thats all i have, bye")
    reply = line.say("skip")
    assert "added to your tip" not in reply and "Take care" in reply


def test_a_plan_to_follow_a_van_is_stopped_and_a_correction_said_back():
    line = Line()
    line.say("a girl is being pushed into a grey minivan at the Flying J off I-40 exit 155")
    reply = line.say("should I follow them? I can keep them in sight")
    assert "do not follow them" in reply
    reply = line.say("sorry its exit 156 not 155")
    assert "changed that to" in reply and "156" in reply


def test_their_own_questions_are_answered_in_a_tip():
    line = Line()
    line.say("I found an ad for my niece's classmate, shes in 9th grade, at the Rest Easy Motel")
    assert "do not confront" in line.say("should I tell her parents or the school?")
    assert "right thing" in line.say("should i have done something sooner??")


def test_not_giving_an_address_is_accepted_and_not_asked_again():
    line = Line()
    line.say("the women next door never leave and men come at night")
    reply = line.say("no I don't think anyone is in danger\nI'd rather not say my address")
    assert "do not have to say where you live" in reply and "Where is this" not in reply


def test_someone_who_saw_a_person_hurt_is_not_told_they_are_hurt():
    line = Line()
    line.say(
        "my cousin texted me he beats her and wont let her leave, 2217 kessler blvd in indianapolis, help"
    )
    reply = line.say("idk if shes hurt, she said he hit her last week")
    assert "sorry you are hurt" not in reply
