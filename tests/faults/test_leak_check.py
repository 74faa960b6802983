"""Leak check: a canary's whole SMS tip leaves no trace of its number; a planted sentinel is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import leaks


def test_forms_cover_the_usual_ways_of_writing_a_number() -> None:
    found = leaks.forms("+15550109966")
    for form in ("+15550109966", "15550109966", "5550109966", "(555) 010-9966",
                 "555-010-9966", "555.010.9966", "+1 555-010-9966", "%2B15550109966"):  # fmt: skip
        assert form in found
    places = {"a": b"call (555) 010-9966", "b": b"nothing here", "c": b"+1 555-010-9966"}
    found = {place: set(hits) for place, hits in leaks.search(places, "+15550109966").items()}
    assert found == {"a": {"(555) 010-9966"}, "c": {"+1 555-010-9966", "555-010-9966"}}


def test_a_task_body_is_searched_decoded() -> None:
    envelope = b'{"body": "W1siKzE1NTUwMTA5OTY2Il0sIHt9LCB7fV0=", "content-encoding": "utf-8"}'
    assert b"5550109966" not in envelope  # only a decoder finds it
    hits = leaks.search({"celery messages": envelope}, "+15550109966")
    assert set(hits["celery messages"]) == {"+15550109966", "15550109966", "5550109966"}


@pytest.mark.e2e
def test_the_canary_is_nowhere_and_the_sentinel_everywhere(tmp_path: Path) -> None:
    report = leaks.run(tmp_path)
    assert report.canary == {}, f"the canary's number leaked: {report.canary}"
    assert set(report.sentinel) == set(leaks.PLACES), f"blind spots: {report.sentinel}"
    assert report.tasks_seen > 0 and report.tip_shown and report.contact_kept
    assert report.clean
