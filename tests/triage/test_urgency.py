"""Urgency rules 1-7, the judgements that feed them, and the two flags."""

import pytest

from triage.flags import merge_flag, minor_involved
from triage.location import specific_location
from triage.normalize import normalize
from triage.urgency import is_ongoing, urgency

BASE = {
    "category": "labor_trafficking",
    "immediate_danger": False,
    "minor_involved": False,
    "ongoing": True,
    "weak": False,
    "specific_location": False,
}


@pytest.mark.parametrize(
    ("rule", "changes", "expected"),
    [
        (
            "1 danger, whatever the category",
            {"immediate_danger": True, "category": "not_trafficking"},
            "critical",
        ),  # noqa: E501
        (
            "2 sex, minor, ongoing",
            {"category": "sex_trafficking", "minor_involved": True},
            "critical",
        ),
        ("2 both, minor, ongoing", {"category": "both", "minor_involved": True}, "critical"),
        (
            "2 not ongoing falls to 4",
            {"category": "sex_trafficking", "minor_involved": True, "ongoing": False},
            "high",
        ),  # noqa: E501
        (
            "2 minor unknown is not a minor",
            {"category": "sex_trafficking", "minor_involved": None},
            "medium",
        ),  # noqa: E501
        ("3 not trafficking", {"category": "not_trafficking", "minor_involved": True}, "none"),
        ("4 minor in labour", {"minor_involved": True, "weak": True}, "high"),
        ("5 weak", {"weak": True, "specific_location": True}, "low"),
        ("6 ongoing at a specific place", {"specific_location": True}, "high"),
        ("6 not ongoing", {"specific_location": True, "ongoing": False}, "medium"),
        ("7 otherwise", {}, "medium"),
    ],
)
def test_urgency_rules_apply_in_order(rule, changes, expected):
    assert urgency(**{**BASE, **changes}) == expected, rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she is 14", True),
        ("maybe 12 or 13", True),
        ("a 10th grader", True),
        ("es menor de edad", True),
        ("tiene 15 años", True),
        ("my 16 yo cousin", True),
        ("mi sobrina de 16 trabaja ahi", True),
        ("my little cousins (7 and 9)", True),
        ("she is 25", False),
        ("the women are in their 20s", False),
        ("my boss took my passport", None),
        ("the workers at the farm are not paid", False),
        ("is this line anonymous", False),
        ("a girl maybe 12 is at the truck stop", True),
        ("mi hija de 16 se fue con un señor", True),
        ("she is 16\nhe makes her see men", True),
        ("ma cousine de 15 ans", True),
        ("the girls look really young, barely teens maybe", None),
        ("a girl", None),
        ("she seems very young", None),
        ("a teenage-looking girl", None),
        ("there are 14 girls", None),
        ("trabajo ahi desde hace 15 años", False),
        ("she is not a minor", False),
        ("cuidando a sus niños", False),
    ],
)
def test_minor_involved(text, expected):
    assert minor_involved(normalize(text))[0] is expected


@pytest.mark.parametrize(
    ("from_text", "answer", "expected"),
    [
        (True, False, True),
        (False, True, True),
        (None, False, False),
        (None, None, None),
        (False, None, False),
        (None, True, True),
    ],
)
def test_flags_merge_so_the_more_urgent_reading_wins(from_text, answer, expected):
    assert merge_flag(from_text, answer) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Lucky Star Spa in Fresno", True),
        ("123 Elm Street apt 4", True),
        ("corner of 5th and Main", True),
        ("Motel 6 in Fresno", True),
        ("a farm on county road 12 near Immokalee", True),
        ("calle Juarez 45", True),
        ("el restaurante La Palma en Salinas", True),
        ("esquina de Juarez y Madero", True),
        ("the car wash on Lincoln Blvd", True),
        ("a massage place in town", False),
        ("on my street", False),
        ("somewhere in Houston", False),  # noqa: E501
        ("call 555-123-4567", False),
        ("the girls at the spa on weekends", False),
    ],
)
def test_specific_location(text, expected):
    assert (specific_location(normalize(text)) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they still keep her there", True),
        ("it happens every night", True),
        ("the boss has our passports", True),
        ("years ago my boss kept my passport", False),
        ("she escaped last week and is safe now", False),
        ("hace 5 años trabaje ahi", False),
        ("no nos pagan desde hace 3 meses", True),
    ],
)
def test_ongoing(text, expected):
    assert is_ongoing(normalize(text)) is expected


def test_when_answer_reads_as_ongoing():
    assert is_ongoing(normalize("i saw it a few weeks ago"), when="right now")
