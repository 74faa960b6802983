"""The scripted conversations of scripts.jsonl, played through the whole running system.

Each end-state check (a tip exists, a reference was shown, its urgency, its queue) is one test.
A check the bot does not meet today is marked xfail(strict=True) with the reason, so the day it
is met the test says so. The "must" checks of each turn are for a person reading the transcripts
(`python -m tests.conversations.run`), not for this test.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conversations.driver import Transcript, load_scripts, play
from tests.conversations.endstate import CHECKS
from tests.support.system import System, running_system

pytestmark = pytest.mark.e2e
SCRIPTS = Path(__file__).with_name("scripts.jsonl")

# (script id, check): why the bot does not meet it today. Empty: every check is met.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def cases() -> Iterator[Any]:
    """One case per script and end-state check, the known gaps marked strict xfail."""
    for script in load_scripts(SCRIPTS):
        for check in CHECKS:
            reason = KNOWN_GAPS.get((script["id"], check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(script["id"], check, marks=marks, id=f"{script['id']}-{check}")


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    with running_system(tmp_path_factory.mktemp("conversations")) as running:
        yield running


@pytest.fixture(scope="module")
def played(system: System) -> Callable[[str], Transcript]:
    """Each script played once, on first use, in file order."""
    scripts = {script["id"]: script for script in load_scripts(SCRIPTS)}
    done: dict[str, Transcript] = {}

    def transcript(script_id: str) -> Transcript:
        if script_id not in done:
            done[script_id] = play(system, scripts[script_id])
        return done[script_id]

    return transcript


def test_the_scripts_cover_the_four_cases() -> None:
    scripts = load_scripts(SCRIPTS)
    assert {(s["channel"], s["language"]) for s in scripts} >= {("sms", "en"), ("webchat", "es")}
    assert any(len(turn["send"]) > 1 for s in scripts for turn in s["turns"])  # a burst
    assert any(s["end"]["cut_off"] for s in scripts)
    assert any(s["end"]["urgency"] == "critical" for s in scripts)


@pytest.mark.parametrize(("script_id", "check"), list(cases()))
def test_end_state(played: Callable[[str], Transcript], script_id: str, check: str) -> None:
    transcript = played(script_id)
    found, expected = transcript["found"], transcript["expected"]
    replies = [reply for turn in transcript["turns"] for reply in turn["replies"]]
    assert replies, "the bot answered nothing"
    assert all(d["status"] == 200 for t in transcript["turns"] for d in t["by_message"])
    if check in ("urgency", "queue"):
        assert found["settled"], "triage did not finish"
    detail = json.dumps({"found": found, "replies": replies}, ensure_ascii=False, indent=1)
    assert found[check] == expected[check], detail
