"""`lantern triage`: JSON lines in, JSON lines out, in order, errors per line."""

import io
import json

from triage.cli import run


def triage(lines: list[str]) -> tuple[int, list[dict]]:
    out = io.StringIO()
    code = run(io.StringIO("\n".join(lines) + "\n"), out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_tips_in_order_with_the_documented_shape():
    code, rows = triage(
        [
            json.dumps({"id": "a", "text": "HELP they locked me in right now"}),
            json.dumps(
                {
                    "id": "b",
                    "messages": ["hola", "me quitaron el pasaporte en el rancho"],
                    "answers": {"minor_involved": True},
                }
            ),
        ]
    )
    assert code == 0 and [r["id"] for r in rows] == ["a", "b"]
    assert set(rows[0]) == {
        "id",
        "urgency",
        "category",
        "immediate_danger",
        "minor_involved",
        "queue",
        "language",
        "indicators",
        "rubric_version",
        "region",
    }
    assert (rows[0]["urgency"], rows[0]["queue"]) == ("critical", "emergency")
    assert (rows[1]["language"], rows[1]["queue"]) == ("es", "child_exploitation")
    assert rows[1]["indicators"][0] == {
        "name": "confiscated_documents",
        "evidence": "quitaron el pasaporte",
    }


def test_bad_lines_report_errors_and_processing_continues():
    code, rows = triage(
        [
            "not json",
            json.dumps({"id": "x", "messages": "not a list"}),
            json.dumps(["a list"]),
            json.dumps({"id": "y"}),
            json.dumps({"id": "z", "text": "test", "answers": []}),
            "",
            json.dumps({"id": "ok", "text": "test"}),
        ]
    )
    assert code == 0
    assert [r["id"] for r in rows] == [None, "x", None, "y", "z", "ok"]
    assert all("error" in r for r in rows[:5])
    assert rows[5]["queue"] == "spam" and "error" not in rows[5]
