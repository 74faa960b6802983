"""`lantern triage`: JSON lines of tips on stdin, one JSON line of assessment each on stdout."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TextIO

from triage.rubric import assess

MAX_LINE = 1_000_000


class TipError(ValueError):
    """A line that is not a tip the rubric can read."""


def _messages(tip: Mapping[str, Any]) -> list[str]:
    """The tip's messages from "messages" or "text"."""
    if "messages" in tip:
        messages = tip["messages"]
        if not isinstance(messages, list) or not all(isinstance(m, str) for m in messages):
            raise TipError('"messages" must be a list of strings')
        return messages
    if isinstance(tip.get("text"), str):
        return [tip["text"]]
    raise TipError('a tip needs "text" (a string) or "messages" (a list of strings)')


def triage_line(line: str, **options: Any) -> dict[str, Any]:
    """Assess one input line, or describe why it cannot be assessed (`options` go to assess)."""
    tip_id = None
    try:
        if len(line) > MAX_LINE:
            raise TipError(f"line longer than {MAX_LINE} characters")
        tip = json.loads(line)
        if not isinstance(tip, dict):
            raise TipError("each line must be a JSON object")
        tip_id = tip.get("id")
        answers = tip.get("answers")
        answers = {} if answers is None else answers
        if not isinstance(answers, dict):
            raise TipError('"answers" must be an object')
        return {"id": tip_id, **assess(_messages(tip), answers, **options).to_dict()}
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"invalid JSON: {exc.msg} at column {exc.colno}"}
    except TipError as exc:
        return {"id": tip_id if isinstance(tip_id, (str, int)) else None, "error": str(exc)}


def run(stdin: TextIO, stdout: TextIO, **options: Any) -> int:
    """Triage every non-blank line of stdin, in order; errors are reported per line."""
    for line in stdin:
        if line.strip():
            stdout.write(json.dumps(triage_line(line, **options), ensure_ascii=False) + "\n")
            stdout.flush()
    return 0
