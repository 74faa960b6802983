"""Schemathesis fuzzes the staff API from its own OpenAPI document against the real Flask app.

A supervisor's real bearer token and a database with a few tips: every answer must be a
documented status with a conforming body, and never a 5xx.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction

from .seed import Verdict, make_tip

EXAMPLES = 50
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def seeded(app: Flask, sessions: sessionmaker[Session], staff_user: str) -> dict[str, Any]:
    """A token and the references of a few tips: one with a minor, one adult, one untriaged."""
    references = [
        make_tip(
            sessions,
            ["she is 15, la niña"],
            Verdict("high", "child_exploitation", minor_involved=True),
        ),  # fmt: skip
        make_tip(sessions, ["they took our passports"], Verdict("medium", "labor_trafficking")),
        make_tip(sessions, ["hola"]),
    ]
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        token = staff.issue_token(session, user, scopes=["act"])
    return {"token": token, "references": references}


def exercise(operation: Any, seeded: dict[str, Any]) -> int:
    """Run Hypothesis over one operation; returns how many requests were sent."""
    sent = []

    @given(operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def run(case: Any) -> None:
        path = case.path_parameters or {}
        if "reference" in path and len(str(path["reference"])) % 2 == 0:
            references = seeded["references"]
            path["reference"] = references[len(str(path["reference"])) % len(references)]
        case.call_and_validate(headers={"Authorization": f"Bearer {seeded['token']}"},
                               checks=CHECKS)  # fmt: skip
        sent.append(1)

    run()
    return len(sent)


def test_the_api_answers_every_generated_request_as_documented(
    app: Flask, seeded: dict[str, Any]
) -> None:
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 10
    sent = {f"{op.method} {op.path}": exercise(op, seeded) for op in operations}
    assert all(n > 0 for n in sent.values()), sent
