"""The `lantern` console command, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tips import tokens
from tips.config import ROOT
from tips.db import make_engine, make_sessions
from tips.staff import authenticate

LANTERN = str(Path(sys.executable).parent / "lantern")


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LANTERN, *args], input=stdin, capture_output=True, text=True, timeout=60,
        env={**os.environ, **(env or {})}, cwd=ROOT, check=False,
    )  # fmt: skip


def test_triage_reads_json_lines_and_answers_in_order() -> None:
    lines = [
        {"id": "a", "text": "they are moving her tonight, she is 15, the motel on 5th and Main"},
        {"id": "b", "messages": ["test", "lol"]},
        {
            "id": "c",
            "text": "mi jefe me quito el pasaporte",
            "answers": {"immediate_danger": False},
        },
    ]
    done = run("triage", stdin="\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o.get("id") for o in out[:3]] == ["a", "b", "c"]
    assert (out[0]["urgency"], out[0]["queue"], out[0]["minor_involved"]) == (
        "critical",
        "emergency",
        True,
    )
    assert out[1]["queue"] == "spam"
    assert out[2]["language"] == "es"
    assert set(out[0]) >= {"category", "immediate_danger", "indicators", "rubric_version"}
    assert "error" in out[3]


def test_staff_add_then_token(sqlite_url: str) -> None:
    env = {"DATABASE_URL": sqlite_url}
    added = run("staff", "add", "ana", "--role", "supervisor", "--password-stdin",
                stdin="correct horse battery\n", env=env)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert (
        run("staff", "add", "ana", "--password-stdin", stdin="x" * 20 + "\n", env=env).returncode
        == 2
    )
    assert run("staff", "add", "bo", "--password-stdin", stdin="short\n", env=env).returncode == 2
    token = run("staff", "token", "ana", env=env).stdout.strip()
    with make_sessions(make_engine(sqlite_url))() as session:
        record = tokens.find(session, token)
        assert record is not None and record.owner.role == "supervisor"
        assert authenticate(session, "ana", "correct horse battery") is not None
        assert authenticate(session, "ana", "wrong password here") is None
    assert run("staff", "token", "nobody", env=env).returncode == 2
