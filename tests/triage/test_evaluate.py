"""The evaluator's figures, and floors on the labelled dev and holdout sets."""

import io

import pytest

from triage.evaluate import (
    DATA,
    DEFAULT_FILES,
    expand,
    load_tips,
    macro_f1,
    main,
    parse_tips,
    score,
)


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
    "holdout8_tips": {"critical_recall": 0.747, "false_critical": 0.035, "queue": 0.764},
    "holdout9_tips": {"critical_recall": 0.881, "false_critical": 0.0, "queue": 0.791},
}


@pytest.mark.parametrize("path", DEFAULT_FILES, ids=lambda p: p.stem)
def test_labelled_set_floors(path):
    tips = load_tips(path)
    report = score(path.stem, tips)
    floors = LOOSER.get(path.stem, {})
    assert report.critical_recall >= floors.get("critical_recall", 1.0)
    assert report.false_critical_rate <= floors.get("false_critical", 0.0)
    assert report.accuracy["queue"] >= floors.get("queue", 0.95)


# Blind set A's first-sight critical recall and queue accuracy per language
# (triage/EVALUATION.md): no language may fall below where it stood before anyone looked.
FIRST_SIGHT_A = {
    "ar": (0.400, 0.632), "en": (0.667, 0.676), "es": (0.636, 0.709), "fr": (0.600, 0.684),
    "ko": (1.000, 0.895), "pt": (0.800, 0.684), "ro": (0.600, 0.632), "ru": (0.600, 0.632),
    "tl": (0.800, 0.684), "uk": (0.800, 0.684), "vi": (0.600, 0.579), "zh": (0.750, 0.737),
}  # fmt: skip


def test_no_language_of_blind_set_a_falls_below_its_first_sight() -> None:
    report = score("holdout7_tips", load_tips(DATA / "holdout7_tips.jsonl"))
    for language, (recall, queue) in FIRST_SIGHT_A.items():
        figures = report.languages[language]
        # The figures above are rounded to three places.
        assert round(figures.critical_recall, 3) >= recall, language
        assert round(figures.accuracy["queue"], 3) >= queue, language
