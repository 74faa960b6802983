"""Scores the rubric against labelled tip files: the figures TRIAGE.md is judged on, per file."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from triage import model as learned
from triage.rubric import assess

DATA = Path(__file__).with_name("data")
# The development set, then every retired blind set (their first-sight figures are in
# triage/EVALUATION.md; what this prints for them now are development figures).
DEFAULT_FILES = (DATA / "dev_tips.jsonl", *sorted(DATA.glob("holdout*_tips.jsonl")))
QUEUES = (
    "emergency",
    "child_exploitation",
    "sex_trafficking",
    "labor_trafficking",
    "general",
    "spam",
    "interpreter",
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
    language: str = "en"


# An assessor: messages and answers in, the JSON shape of `lantern triage` out.
Assessor = Callable[[list[str], Mapping[str, Any]], dict[str, Any]]


def _rubric(messages: list[str], answers: Mapping[str, Any]) -> dict[str, Any]:
    return assess(messages, answers).to_dict()


@dataclass
class Report:
    """The figures for one labelled file (or the part of it in one language)."""

    name: str
    n: int
    critical_recall: float
    false_critical_rate: float
    accuracy: dict[str, float]
    queue_macro_f1: float
    confusion: dict[str, Counter[str]]
    misses: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    languages: dict[str, Report] = field(default_factory=dict)


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
            answers = row.get("answers") or {}
            language = row.get("language", "en")
            tips.append(Tip(row["id"], messages, answers, row["expect"], language))
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
        if tp + fp + fn:  # a queue neither expected nor given says nothing
            scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 1.0


def score(name: str, tips: Sequence[Tip], assessor: Assessor = _rubric) -> Report:
    """Run the rubric (or another assessor) on every tip and compare with the labels; the
    report holds one sub-report per language when the file has more than one."""
    results = [(t, assessor(list(t.messages), t.answers)) for t in tips]
    report = _figures(name, results)
    by_language: dict[str, list[tuple[Tip, dict[str, Any]]]] = {}
    for t, g in results:
        by_language.setdefault(t.language, []).append((t, g))
    if len(by_language) > 1:
        report.languages = {
            lang: _figures(lang, rows) for lang, rows in sorted(by_language.items())
        }
    return report


def _figures(name: str, results: Sequence[tuple[Tip, dict[str, Any]]]) -> Report:
    """The figures of a list of (labelled tip, assessment) pairs."""
    tips = [t for t, _ in results]
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


def _language_table(report: Report) -> list[str]:
    """One line of figures per language, when the file has several."""
    if not report.languages:
        return []
    head = "lang     n  crit.rec  queue.acc  macro-F1  urg.acc  false.crit"
    lines = ["per language:", "  " + head]
    for lang, r in report.languages.items():
        lines.append(
            f"  {lang:<4} {r.n:>4}  {r.critical_recall:8.3f}  {r.accuracy['queue']:9.3f}"
            f"  {r.queue_macro_f1:8.3f}  {r.accuracy['urgency']:7.3f}  {r.false_critical_rate:10.3f}"
        )
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
        *_language_table(report),
        f"misclassified ({len(report.misses)}):",
    ]
    for tip_id, want, got in report.misses:
        diff = ", ".join(f"{f} {want[f]}->{got[f]}" for f in _JUDGED if want[f] != got[f])
        lines.append(f"  {tip_id}: {diff}")
    return "\n".join(lines)


def _rules_alone(messages: list[str], answers: Mapping[str, Any]) -> dict[str, Any]:
    return assess(messages, answers, safety_net=None).to_dict()


def _model_alone(messages: list[str], answers: Mapping[str, Any]) -> dict[str, Any]:
    """The model's reading turned into urgency and queue as simply as it can be: critical when
    it suspects danger, else high for a suspected minor or any kind of tip, none otherwise."""
    net = learned.load()
    if net is None:
        raise SystemExit("the triage model is not built: run make triage-model")
    opinion = net.opinion(learned.fold_tip(messages))
    category = opinion.category
    if opinion.suspects_danger:
        urgency, queue = "critical", "emergency"
    elif category == "not_trafficking":
        urgency, queue = "none", "general"
    elif opinion.suspects_minor:
        urgency, queue = "high", "child_exploitation"
    else:
        urgency = "medium"
        queue = {"both": "sex_trafficking"}.get(category, category)
        queue = queue if queue in QUEUES else "general"
    return {
        "urgency": urgency,
        "queue": queue,
        "category": category,
        "immediate_danger": opinion.suspects_danger,
        "minor_involved": True if opinion.suspects_minor else None,
    }


ABLATION: dict[str, Assessor] = {"rules": _rules_alone, "model": _model_alone, "both": _rubric}


def ablation(name: str, tips: Sequence[Tip]) -> str:
    """The headline figures of the rules alone, the model alone and both, side by side."""
    lines = [
        f"== {name}: ablation, n={len(tips)}",
        "part    crit.rec  false.crit  queue.acc  urg.acc",
    ]
    for part, assessor in ABLATION.items():
        r = score(name, tips, assessor)
        lines.append(
            f"{part:<6}  {r.critical_recall:8.3f}  {r.false_critical_rate:10.3f}"
            f"  {r.accuracy['queue']:9.3f}  {r.accuracy['urgency']:7.3f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Print the report of each labelled file (every file in triage/data by default);
    `--ablation` prints the rules alone, the model alone and both instead."""
    args = list(argv or [])
    show_ablation = "--ablation" in args
    paths = [Path(a) for a in args if a != "--ablation"] or list(DEFAULT_FILES)
    for path in paths:
        if path.exists():
            tips = load_tips(path)
            report = ablation(path.stem, tips) if show_ablation else render(score(path.stem, tips))
            out.write(report + "\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
