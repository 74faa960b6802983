"""The learned safety net: built from its inputs, loaded once, raising urgency but never
lowering what the rules found, and shown to staff as the model's word."""

from __future__ import annotations

import pytest

from triage import model
from triage.evaluate import DEFAULT_FILES, load_tips
from triage.indicators import SUSPECTS_DANGER
from triage.rubric import assess

LEVELS = ("none", "low", "medium", "high", "critical")


def tiny_net() -> model.SafetyNet:
    """A real model, trained by the same code on a few rows in which a made-up word means
    danger, so what the rubric does with a suspicion can be seen."""
    rows = [model.Row(f"zorblat zorblat {i}", True, False, "unclear") for i in range(12)]
    rows += [
        model.Row(f"quiet garden party {i}", False, False, "not_trafficking") for i in range(12)
    ]
    rows += [
        model.Row(f"the girl is {i} and quiet", False, True, "sex_trafficking") for i in range(12)
    ]
    return model.train(rows)


def test_the_model_for_the_present_inputs_is_built_and_loads() -> None:
    path = model.model_path()
    assert path.exists() and path.name == f"triage-{model.inputs_key()}.joblib"
    net = model.load()
    assert isinstance(net, model.SafetyNet)
    assert model.load() is net  # loaded once per process
    assert 0 < net.thresholds["doubt"] <= net.thresholds["danger"] < 1


def test_a_suspicion_raises_the_tip_and_says_it_was_the_model() -> None:
    net = tiny_net()
    rules = assess(["zorblat zorblat"], safety_net=None)
    both = assess(["zorblat zorblat"], safety_net=net)
    assert rules.urgency != "critical"
    assert both.urgency == "critical" and both.queue == "emergency"
    finding = next(f for f in both.indicators if f.name == SUSPECTS_DANGER)
    assert finding.evidence.startswith("model score ")
    assert both.immediate_danger is rules.immediate_danger  # the rules' reading stands


def test_the_model_never_lowers_what_the_rules_found() -> None:
    net = tiny_net()  # it has never seen a word of these tips and calls them calm
    rules = assess(["help me they are beating me right now"], safety_net=None)
    both = assess(["help me they are beating me right now"], safety_net=net)
    assert rules.urgency == both.urgency == "critical"
    assert SUSPECTS_DANGER not in {f.name for f in both.indicators}


@pytest.mark.parametrize("path", DEFAULT_FILES[:2], ids=lambda p: p.stem)
def test_with_the_shipped_model_no_tip_is_less_urgent_than_the_rules_say(path) -> None:
    for tip in load_tips(path):
        rules = assess(list(tip.messages), tip.answers, safety_net=None)
        both = assess(list(tip.messages), tip.answers)
        assert LEVELS.index(both.urgency) >= LEVELS.index(rules.urgency), tip.id
        if rules.queue == "emergency":
            assert both.queue == "emergency", tip.id


def test_the_model_is_rebuilt_only_when_its_inputs_change(tmp_path) -> None:
    path = model.build()
    stamp = path.stat().st_mtime_ns
    assert model.build() == path and path.stat().st_mtime_ns == stamp
