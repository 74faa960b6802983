"""Scores the rubric against labelled tip files: the figures TRIAGE.md is judged on, per file."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from triage.rubric import assess

DATA = Path(__file__).with_name("data")
DEFAULT_FILES = (
    DATA / "dev_tips.jsonl",
    DATA / "holdout_tips.jsonl",
    DATA / "holdout2_tips.jsonl",
    DATA / "holdout3_tips.jsonl",
    DATA / "holdout4_tips.jsonl",
    DATA / "holdout5_tips.jsonl",
    DATA / "holdout6_tips.jsonl",
)
QUEUES = (
    "emergency",
    "child_exploitation",
    "sex_trafficking",
    "labor_trafficking",
    "general",
    "spam",
)
FIELDS = ("urgency", "category", "queue", "immediate_danger", "minor_involved")
# Shown for each misclassified tip: the fields the judged figures rest on.
_JUDGED = ("urgency", "queue", "category")


@dataclass(frozen=True)
class Tip:
    """One labelled tip: what the bot received and what the rubric should conclude."""

    id: str
    messages: tuple[str, ...]
    answers: Mapping[str, Any]
    expect: Mapping[str, Any]


@dataclass
class Report:
    """The figures for one labelled file."""

    name: str
    n: int
    critical_recall: float
    false_critical_rate: float
    accuracy: dict[str, float]
    queue_macro_f1: float
    confusion: dict[str, Counter[str]]
    misses: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)


def expand(message: Any) -> str:
    """A message as text; `{"repeat": seed, "length": n}` becomes the seed repeated to n chars."""
    if isinstance(message, str):
        return message
    seed, length = str(message["repeat"]), int(message["length"])
    return (seed * (length // max(len(seed), 1) + 1))[:length]


def parse_tips(lines: Iterable[str]) -> list[Tip]:
    """Labelled tips from JSON lines, long messages expanded from their seeds."""
    tips = []
    for line in lines:
        if line.strip():
            row = json.loads(line)
            messages = tuple(expand(m) for m in row["messages"])
            tips.append(Tip(row["id"], messages, row.get("answers") or {}, row["expect"]))
    return tips


def load_tips(path: Path) -> list[Tip]:
    """The labelled tips of one file."""
    return parse_tips(path.read_text(encoding="utf-8").splitlines())


def _share(hits: int, total: int) -> float:
    """hits / total, or 1.0 when there is nothing to count (no miss possible)."""
    return hits / total if total else 1.0


def macro_f1(pairs: Sequence[tuple[str, str]], labels: Sequence[str] = QUEUES) -> float:
    """Unweighted mean F1 over the labels, from (expected, got) pairs."""
    scores = []
    for label in labels:
        tp = sum(e == label and g == label for e, g in pairs)
        fp = sum(e != label and g == label for e, g in pairs)
        fn = sum(e == label and g != label for e, g in pairs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    return sum(scores) / len(scores)


def score(name: str, tips: Sequence[Tip]) -> Report:
    """Run the rubric on every tip and compare with the labels."""
    results = [(t, assess(list(t.messages), t.answers).to_dict()) for t in tips]
    critical = [g["urgency"] == "critical" for t, g in results if t.expect["urgency"] == "critical"]
    calm = [
        g["urgency"] == "critical" for t, g in results if t.expect["urgency"] in ("none", "low")
    ]
    confusion: dict[str, Counter[str]] = {q: Counter() for q in QUEUES}
    for t, g in results:
        confusion.setdefault(t.expect["queue"], Counter())[g["queue"]] += 1
    misses = [
        (t.id, {f: t.expect[f] for f in _JUDGED}, {f: g[f] for f in _JUDGED})
        for t, g in results
        if any(t.expect[f] != g[f] for f in _JUDGED)
    ]
    return Report(
        name=name,
        n=len(tips),
        critical_recall=_share(sum(critical), len(critical)),
        false_critical_rate=sum(calm) / len(calm) if calm else 0.0,
        accuracy={
            f: _share(sum(t.expect[f] == g[f] for t, g in results), len(tips)) for f in FIELDS
        },
        queue_macro_f1=macro_f1([(t.expect["queue"], g["queue"]) for t, g in results]),
        confusion=confusion,
        misses=misses,
    )


def _matrix(confusion: Mapping[str, Counter[str]]) -> list[str]:
    """The queue confusion matrix, expected in rows, got in columns."""
    heads = [q[:9] for q in QUEUES]
    lines = ["expected \\ got".ljust(20) + " ".join(h.rjust(9) for h in heads)]
    for queue in QUEUES:
        row = confusion.get(queue, Counter())
        lines.append(queue.ljust(20) + " ".join(str(row[q]).rjust(9) for q in QUEUES))
    return lines


def render(report: Report) -> str:
    """The report as the text `make eval-triage` prints."""
    acc = report.accuracy
    lines = [
        f"== {report.name}: n={report.n}",
        f"critical recall        {report.critical_recall:.3f}",
        f"false critical (none/low) {report.false_critical_rate:.3f}",
        f"queue accuracy         {acc['queue']:.3f}",
        f"queue macro-F1         {report.queue_macro_f1:.3f}",
        f"urgency accuracy       {acc['urgency']:.3f}",
        f"category accuracy      {acc['category']:.3f}",
        f"immediate_danger acc.  {acc['immediate_danger']:.3f}",
        f"minor_involved acc.    {acc['minor_involved']:.3f}",
        "queue confusion:",
        *("  " + line for line in _matrix(report.confusion)),
        f"misclassified ({len(report.misses)}):",
    ]
    for tip_id, want, got in report.misses:
        diff = ", ".join(f"{f} {want[f]}->{got[f]}" for f in _JUDGED if want[f] != got[f])
        lines.append(f"  {tip_id}: {diff}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Print the report of each labelled file (dev and holdout by default)."""
    paths = [Path(a) for a in argv] if argv else list(DEFAULT_FILES)
    for path in paths:
        if path.exists():
            out.write(render(score(path.stem, load_tips(path))) + "\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
