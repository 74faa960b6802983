"""The domain: replies fit one SMS segment, the form asks in the agreed order."""

import inspect
from pathlib import Path

import actions.emergency
import actions.session
import actions.submission
import actions.tip_form
import pytest
from rasa_sdk import Action
from ruamel.yaml import YAML

from .conftest import BOT_DIR, TIP_FORM_SLOTS

DOMAIN = YAML(typ="safe").load(Path(BOT_DIR, "domain.yml").read_text())

# GSM 03.38 default alphabet; the extension characters cost two septets each.
GSM7_BASIC = set(
    "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
    " !\"#\u00a4%&'()*+,-./0123456789:;<=>?\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1"
    "\u00dc\u00a7\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0"
)
GSM7_EXTENSION = set("^{}\\[~]|\u20ac")
SMS_SEGMENT = 160

# Longest values the placeholders take in practice.
PLACEHOLDERS = {"emergency_number": "1-800-555-0199", "tip_reference": "K7F-2QM"}


def septets(text: str) -> int:
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)


def english_texts():
    for name, variations in DOMAIN["responses"].items():
        for variation in variations:
            if not variation.get("condition"):
                yield name, variation["text"]


@pytest.mark.parametrize(("name", "text"), list(english_texts()))
def test_english_reply_fits_one_gsm7_sms_segment(name, text):
    filled = text.format(**PLACEHOLDERS)
    assert set(filled) <= GSM7_BASIC | GSM7_EXTENSION, f"{name} has a non GSM-7 character"
    assert septets(filled) <= SMS_SEGMENT, f"{name} is {septets(filled)} characters"


def test_tip_form_asks_in_the_agreed_order():
    assert DOMAIN["forms"]["tip_form"]["required_slots"] == TIP_FORM_SLOTS


@pytest.mark.parametrize("slot", TIP_FORM_SLOTS)
def test_every_question_has_a_prompt(slot):
    assert f"utter_ask_{slot}" in DOMAIN["responses"]


def test_every_custom_action_in_the_domain_has_a_class():
    modules = [actions.emergency, actions.session, actions.submission, actions.tip_form]
    classes = [
        cls
        for module in modules
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Action) and cls.__module__ == module.__name__
    ]
    names = {cls().name() for cls in classes}
    assert names == set(DOMAIN["actions"])
