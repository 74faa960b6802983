"""Play scripted conversations through the whole running system and write their transcripts.

    .venv/bin/python -m tests.conversations.run SCRIPTS.jsonl --out TRANSCRIPTS.jsonl

Starts Redis, Rasa, the action server, the Celery workers and the web apps once, as the tests do
(tests/support/system.py), plays every script, and prints per script the end state it expects
against the one found. The "must" checks are not judged here: a person reads the transcripts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.conversations.driver import BURST_GAP, ScriptError, Transcript, load_scripts, play
from tests.conversations.endstate import CHECKS, compare
from tests.support.system import System, running_system

LABELS = {"tip": "tip", "urgency": "urgency", "queue": "queue", "reference_shown": "reference"}


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "-" if value in (None, "null", "") else str(value)


def summary_line(transcript: Transcript) -> str:
    """One line: each check as expected/found, and a mark when it differs."""
    expected, found = transcript["expected"], transcript["found"]
    matches = compare(expected, found)
    cells = []
    for check in CHECKS:
        cell = f"{LABELS[check]} {_shown(expected.get(check))}/{_shown(found.get(check))}"
        cells.append(cell + ("" if matches[check] else " ✗"))
    notes = []
    if len(found["tips"]) > 1:
        notes.append(f"{len(found['tips'])} tips")
    if not found["settled"]:
        notes.append("triage unfinished")
    failed = [d for t in transcript["turns"] for d in t["by_message"] if d["status"] != 200]
    if failed:
        notes.append(f"{len(failed)} messages not answered 200")
    tail = f"  ({'; '.join(notes)})" if notes else ""
    return f"{transcript['id']:<20} " + "  ".join(cells) + tail


def totals(transcripts: Sequence[Transcript]) -> str:
    """How many scripts met each check, and how many met all of them."""
    results = [compare(t["expected"], t["found"]) for t in transcripts]
    counts = [f"{LABELS[c]} {sum(r[c] for r in results)}/{len(results)}" for c in CHECKS]
    every = sum(all(r.values()) for r in results)
    return "totals: " + "  ".join(counts) + f"  all four {every}/{len(results)}"


def build_triage_model() -> None:
    """Build the triage model for the present training data if this tree has one, as the test
    suite's conftest does, so that the workers can start."""
    if importlib.util.find_spec("triage.model") is not None:
        from triage import model

        model.build()


@contextmanager
def system_in(workdir: Path | None) -> Iterator[System]:
    """A running system whose data and logs live in workdir (kept) or a temporary folder."""
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
        with running_system(workdir) as system:
            yield system
        return
    with (
        tempfile.TemporaryDirectory(prefix="lantern-conversations-") as tmp,
        running_system(Path(tmp)) as system,
    ):
        yield system


def play_all(
    scripts: Sequence[dict[str, Any]], out: Path, workdir: Path | None, gap: float
) -> list[Transcript]:
    """Start the system once, play every script in order, write each transcript as it ends."""
    transcripts = []
    build_triage_model()
    with system_in(workdir) as system, out.open("w", encoding="utf-8") as sink:
        for script in scripts:
            transcript = play(system, script, gap)
            sink.write(json.dumps(transcript, ensure_ascii=False) + "\n")
            sink.flush()
            transcripts.append(transcript)
            print(summary_line(transcript), flush=True)
    return transcripts


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, play the scripts, print the summary."""
    parser = argparse.ArgumentParser(prog="python -m tests.conversations.run", description=__doc__)
    parser.add_argument("scripts", type=Path, help="conversation scripts, one JSON line each")
    parser.add_argument("--out", type=Path, required=True, help="where to write the transcripts")
    parser.add_argument("--only", action="append", help="play only this script id (repeatable)")
    parser.add_argument("--workdir", type=Path, help="keep the system's data and logs here")
    parser.add_argument(
        "--gap", type=float, default=BURST_GAP, help="seconds between the messages of a burst"
    )
    args = parser.parse_args(argv)
    try:
        scripts = load_scripts(args.scripts)
    except (OSError, ScriptError) as exc:
        print(f"cannot read the scripts: {exc}", file=sys.stderr)
        return 2
    if args.only:
        scripts = [s for s in scripts if s["id"] in args.only]
    if not scripts:
        print("no scripts to play", file=sys.stderr)
        return 2
    transcripts = play_all(scripts, args.out, args.workdir, args.gap)
    print(totals(transcripts))
    print(f"transcripts: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
