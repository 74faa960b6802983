"""The domain: one action answers every intent, and every action named has its class."""

import inspect
from pathlib import Path

import actions.reply
import actions.session
from rasa_sdk import Action
from ruamel.yaml import YAML

from .conftest import BOT_DIR

DOMAIN = YAML(typ="safe").load(Path(BOT_DIR, "domain.yml").read_text())
RULES = YAML(typ="safe").load(Path(BOT_DIR, "data", "rules", "reply.yml").read_text())


def test_every_custom_action_in_the_domain_has_a_class():
    classes = [
        cls
        for module in (actions.reply, actions.session)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Action) and cls.__module__ == module.__name__
    ]
    assert {cls().name() for cls in classes} == set(DOMAIN["actions"])


def test_every_intent_is_answered_by_the_one_reply():
    [rule] = RULES["rules"]
    intents = {step["intent"] for step in rule["steps"][0]["or"]}
    assert intents == set(DOMAIN["intents"]) | {"nlu_fallback"}
    assert rule["steps"][1] == {"action": "action_reply"}
