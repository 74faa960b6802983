"""Queue rules of TRIAGE.md as data, and the validation of the routes file."""

import pytest

from triage.routing import DEFAULT_ROUTES, RoutesError, load_routes, parse_routes, route


@pytest.mark.parametrize(
    ("rule", "facts", "queue", "page"),
    [
        (
            "1 critical pages",
            {"urgency": "critical", "category": "not_trafficking"},
            "emergency",
            "on_call",
        ),  # noqa: E501
        (
            "1 critical beats minor",
            {"urgency": "critical", "category": "sex_trafficking", "minor_involved": True},
            "emergency",
            "on_call",
        ),  # noqa: E501
        (
            "2 spam",
            {"urgency": "none", "category": "not_trafficking", "spam_kind": "injection"},
            "spam",
            None,
        ),  # noqa: E501
        (
            "2 chain message",
            {"urgency": "none", "category": "not_trafficking", "spam_kind": "chain"},
            "spam",
            None,
        ),  # noqa: E501
        ("2 a question", {"urgency": "none", "category": "not_trafficking"}, "general", None),
        (
            "2 before minor",
            {"urgency": "none", "category": "not_trafficking", "minor_involved": True},
            "general",
            None,
        ),  # noqa: E501
        (
            "3 minor",
            {"urgency": "high", "category": "labor_trafficking", "minor_involved": True},
            "child_exploitation",
            None,
        ),  # noqa: E501
        ("4 sex", {"urgency": "high", "category": "sex_trafficking"}, "sex_trafficking", None),
        ("4 both", {"urgency": "medium", "category": "both"}, "sex_trafficking", None),
        (
            "5 labour",
            {"urgency": "low", "category": "labor_trafficking"},
            "labor_trafficking",
            None,
        ),
        (
            "6 unclear",
            {"urgency": "medium", "category": "unclear", "minor_involved": None},
            "general",
            None,
        ),  # noqa: E501
    ],
)
def test_default_routes_follow_the_queue_rules(rule, facts, queue, page):
    facts = {"minor_involved": False, "language": "en", **facts}
    result = route(**facts)
    assert (result.queue, result.page) == (queue, page), rule


def test_language_queue_is_added_without_code():
    rules = parse_routes(
        {
            "rules": [
                {
                    "name": "Spanish labour",
                    "when": {"category": "labor_trafficking", "language": "es"},
                    "queue": "labor_trafficking_es",
                    "page": "bilingual_rota",
                },
                {"name": "rest", "when": {}, "queue": "general"},
            ]
        }
    )
    spanish = route(
        urgency="low",
        category="labor_trafficking",
        minor_involved=False,
        language="es",
        rules=rules,
    )
    english = route(
        urgency="low",
        category="labor_trafficking",
        minor_involved=False,
        language="en",
        rules=rules,
    )
    assert (spanish.queue, spanish.page) == ("labor_trafficking_es", "bilingual_rota")
    assert english.queue == "general"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            [
                {"name": "bad urgency", "when": {"urgency": "urgent"}, "queue": "x"},
                {"queue": "general"},
            ],
            "rule 1 ('bad urgency'): field 'when.urgency': 'urgent'",
        ),
        (
            [{"name": "typo", "when": {"catgory": "both"}, "queue": "x"}, {"queue": "general"}],
            "rule 1 ('typo'): field 'when.catgory'",
        ),
        ([{"name": "no queue", "when": {}}], "rule 1 ('no queue'): field 'queue'"),
        ([{"name": "pager", "when": {}, "queue": "general", "page": 3}], "field 'page'"),
        ([{"queue": "general", "extra": 1}], "field 'extra'"),
        ([{"name": "last", "when": {"urgency": "low"}, "queue": "general"}], "empty `when`"),
        ([], "non-empty list under `rules`"),
    ],
)
def test_invalid_routes_name_the_rule_and_field(rules, message):
    with pytest.raises(RoutesError, match="^.*" + message.replace("(", r"\(").replace(")", r"\)")):  # noqa: E501
        parse_routes({"rules": rules})


def test_load_routes_reports_a_bad_file(tmp_path):
    path = tmp_path / "routes.yml"
    path.write_text("rules:\n  - name: minors\n    when: {minor_involved: maybe}\n    queue: x\n")
    with pytest.raises(RoutesError, match=r"rule 1 \('minors'\): field 'when.minor_involved'"):
        load_routes(path)
    with pytest.raises(RoutesError, match="cannot read"):
        load_routes(tmp_path / "missing.yml")


def test_default_routes_load_once():
    assert load_routes() is load_routes(DEFAULT_ROUTES)
    assert load_routes()[0].page == "on_call"
