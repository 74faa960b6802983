"""The evaluator's figures, and floors on the labelled dev and holdout sets."""

import io

import pytest

from triage.evaluate import DEFAULT_FILES, expand, load_tips, macro_f1, main, parse_tips, score


def test_expand_builds_long_messages_from_a_seed():
    assert expand({"repeat": "ab", "length": 5}) == "ababa"
    assert expand("plain") == "plain"


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("spam", "spam"), ("general", "general")], 1.0),
        # spam: F1 0; general: F1 2/3; queues neither expected nor given do not count.
        ([("spam", "general"), ("general", "general")], (0 + 2 / 3) / 2),
        ([], 1.0),
    ],
)
def test_macro_f1_averages_over_the_queues_in_play(pairs, expected):
    assert macro_f1(pairs) == pytest.approx(expected)


def test_a_miss_is_listed_with_expected_and_got():
    line = (
        '{"id": "x1", "messages": ["test"], "expect": {"urgency": "high", "category": "unclear",'
        ' "queue": "general", "immediate_danger": false, "minor_involved": false}}'
    )
    report = score("t", parse_tips([line]))
    assert report.misses == [
        (
            "x1",
            {"urgency": "high", "queue": "general", "category": "unclear"},
            {"urgency": "none", "queue": "spam", "category": "not_trafficking"},
        )
    ]
    assert report.accuracy["queue"] == 0.0


def test_main_prints_every_file():
    out = io.StringIO()
    main([], out)
    assert "== dev_tips: n=" in out.getvalue() and "== holdout_tips: n=" in out.getvalue()


def test_labelled_sets_are_big_enough_and_split():
    sizes = {p.stem: len(load_tips(p)) for p in DEFAULT_FILES}
    assert sizes["dev_tips"] >= 190 and sizes["holdout_tips"] >= 120
    assert sum(sizes.values()) >= 320
    ids = [t.id for p in DEFAULT_FILES for t in load_tips(p)]
    assert len(set(ids)) == len(ids)


# Holdouts 5 and 6 were each scored blind before the rubric changes that followed them.
# Holdout 5's one false critical is a joke cry for help ("holding me hostage ... send help"
# with laughter), kept on purpose: laughter never discounts a cry for help.
# Holdout 7 (blind set A, 353 tips in twelve languages and three others) has the floors of its
# first-sight figures (triage/EVALUATION.md): the triage may never do worse on it than it did
# before anyone looked at it.
LOOSER = {
    "holdout5_tips": {"false_critical": 0.05, "queue": 0.93},
    "holdout6_tips": {"queue": 0.9},
    "holdout7_tips": {"critical_recall": 0.679, "false_critical": 0.089, "queue": 0.686},
}


@pytest.mark.parametrize("path", DEFAULT_FILES, ids=lambda p: p.stem)
def test_labelled_set_floors(path):
    tips = load_tips(path)
    report = score(path.stem, tips)
    floors = LOOSER.get(path.stem, {})
    assert report.critical_recall >= floors.get("critical_recall", 1.0)
    assert report.false_critical_rate <= floors.get("false_critical", 0.0)
    assert report.accuracy["queue"] >= floors.get("queue", 0.95)
