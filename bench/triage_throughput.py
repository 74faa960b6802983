"""`lantern triage` throughput on one core, with and without the learned model, against the
JSON round trip it cannot beat.

Pipes the labelled tips (every set in triage/data, repeated to N) through triage.cli.run on
in-memory streams, with the model (as the worker runs) and with the rules alone, then pipes the
same lines through json.loads/json.dumps and nothing else: the I/O floor of any JSON-lines
triage. All runs are pinned to one core and alternate round by round.
Run: .venv/bin/python -m bench.triage_throughput
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import time
from collections.abc import Callable
from typing import TextIO

from triage.cli import run
from triage.evaluate import DEFAULT_FILES, load_tips


def tip_lines(n: int) -> list[str]:
    """N JSON lines cycled from the labelled tips, long messages expanded."""
    tips = [t for path in DEFAULT_FILES for t in load_tips(path)]
    lines = []
    for i in range(n):
        tip = tips[i % len(tips)]
        row = {"id": f"{tip.id}-{i}", "messages": list(tip.messages), "answers": dict(tip.answers)}
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    return lines


def rules_alone(stdin: TextIO, stdout: TextIO) -> int:
    """The rubric without the learned model."""
    return run(stdin, stdout, safety_net=None)


def roundtrip(stdin: TextIO, stdout: TextIO) -> int:
    """The peer: each line parsed and written back, nothing assessed."""
    for line in stdin:
        if line.strip():
            stdout.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
            stdout.flush()
    return 0


def rate(step: Callable[[TextIO, TextIO], int], text: str, n: int) -> tuple[float, float]:
    """Tips per wall-clock second and per CPU second for one pass of `step` over the lines."""
    out = io.StringIO()
    wall, cpu = time.perf_counter(), time.process_time()
    step(io.StringIO(text), out)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if out.getvalue().count("\n") != n:
        raise RuntimeError(f"{step.__name__} wrote {out.getvalue().count(chr(10))} lines, not {n}")
    return n / wall, n / max(cpu, 1e-9)


def pin_to_one_core() -> str:
    """Run on CPU 0 only where the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
        return "pinned to CPU 0"
    return "not pinned (no sched_setaffinity here)"


def main() -> None:
    """Warm up, then alternate the two paths and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tips", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pinned = pin_to_one_core()
    text = "".join(tip_lines(args.tips))
    warm = text[: text.index("\n", min(20000, len(text) - 1)) + 1]
    rate(run, warm, warm.count("\n"))
    lantern, rules, peer = [], [], []
    for _ in range(args.rounds):
        lantern.append(rate(run, text, args.tips))
        rules.append(rate(rules_alone, text, args.tips))
        peer.append(rate(roundtrip, text, args.tips))
    print(f"{args.tips} tips x {args.rounds} rounds, {pinned}, {len(text) // args.tips} chars/tip")
    print(f"{'':34}{'wall':>12}{'cpu':>12}  (tips/s, median)")
    for name, rates in (
        ("lantern triage (triage.cli.run)", lantern),
        ("rules alone (no model)", rules),
        ("json round trip only", peer),
    ):
        wall, cpu = (statistics.median(r[i] for r in rates) for i in (0, 1))
        print(f"{name:34}{wall:12.0f}{cpu:12.0f}")
    ratios = [lw / pw for (lw, _), (pw, _) in zip(lantern, peer, strict=True)]
    print(f"ratio lantern / peer (wall)       {statistics.median(ratios):12.4f}")


if __name__ == "__main__":
    main()
