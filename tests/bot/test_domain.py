"""The domain: the form asks in the agreed order, every action has its class."""

import inspect
from pathlib import Path

import actions.another_tip
import actions.emergency
import actions.language
import actions.reference
import actions.review
import actions.session
import actions.submission
import actions.tip_form
import actions.victim
import pytest
from rasa_sdk import Action
from ruamel.yaml import YAML

from .conftest import BOT_DIR, TIP_FORM_SLOTS

DOMAIN = YAML(typ="safe").load(Path(BOT_DIR, "domain.yml").read_text())


def test_tip_form_asks_in_the_agreed_order():
    assert DOMAIN["forms"]["tip_form"]["required_slots"] == TIP_FORM_SLOTS + ["review"]


@pytest.mark.parametrize("slot", TIP_FORM_SLOTS)
def test_every_question_has_a_prompt(slot):
    assert f"utter_ask_{slot}" in DOMAIN["responses"]


def test_every_custom_action_in_the_domain_has_a_class():
    modules = [
        actions.another_tip,
        actions.emergency,
        actions.language,
        actions.reference,
        actions.review,
        actions.session,
        actions.submission,
        actions.tip_form,
        actions.victim,
    ]
    classes = [
        cls
        for module in modules
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Action) and cls.__module__ == module.__name__
    ]
    names = {cls().name() for cls in classes}
    assert names == set(DOMAIN["actions"])
