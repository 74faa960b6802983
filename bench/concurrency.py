"""SMS path against Rasa's REST channel at 1, 8 and 20 concurrent conversations.

Each client is one conversation at a time: a distinct sender texting a five-turn tip, then a
new sender. The SMS path is a signed Twilio webhook to the edge (gunicorn), which stores the
message, asks Rasa (Redis tracker store), stores the replies and answers in TwiML; the peer
sends the same turns straight to the same Rasa server. The two alternate phase by phase at
each concurrency, so both see the same machine. Run: .venv/bin/python -m bench.concurrency
"""

from __future__ import annotations

import argparse
import secrets
import shlex
import tempfile
from collections.abc import Callable
from pathlib import Path

import requests

from bench.common import (
    Load,
    conditions,
    lantern_system,
    median,
    ms,
    percentile,
    phone,
    post_rasa,
    post_sms,
)
from bench.roundtrip import TURNS
from tests.support.system import System

Step = Callable[[int, requests.Session], float]


def conversations(system: System, path: str, clients: int) -> Step:
    """A step that sends each client's next turn, starting a new sender after the last."""
    senders: dict[int, str] = {}
    turns: dict[int, int] = {}
    send = post_sms if path == "sms" else post_rasa
    fresh = phone if path == "sms" else lambda: secrets.token_hex(16)

    def step(client: int, http: requests.Session) -> float:
        turn = turns.get(client, 0)
        if turn == 0:
            senders[client] = fresh()
        turns[client] = (turn + 1) % len(TURNS)
        return send(http, system, senders[client], TURNS[turn])

    return step


def main() -> None:
    """Alternate the two paths at each concurrency and print throughput and latency."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--levels", default="1,8,20", help="concurrent conversations")
    parser.add_argument("--seconds", type=float, default=12, help="length of one phase")
    parser.add_argument("--rounds", type=int, default=2, help="phases of each path per level")
    parser.add_argument("--gunicorn", default="", help='extra gunicorn options, e.g. "--threads 4"')
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]
    print(conditions())
    with (
        tempfile.TemporaryDirectory() as tmp,
        lantern_system(Path(tmp), gunicorn=shlex.split(args.gunicorn)) as system,
    ):
        with requests.Session() as http:  # warm up both paths and the model
            for send, sender in ((post_sms, phone()), (post_rasa, secrets.token_hex(16))):
                for body in TURNS:
                    send(http, system, sender, body)
        rows = []
        for level in levels:
            results: dict[str, tuple[list[float], float]] = {"sms": ([], 0.0), "rasa": ([], 0.0)}
            for round_ in range(args.rounds):
                for path in ("sms", "rasa") if round_ % 2 == 0 else ("rasa", "sms"):
                    load = Load(level, args.seconds)
                    latencies, wall = load.run(conversations(system, path, level))
                    done, total = results[path]
                    results[path] = (done + latencies, total + wall)
            rows.append((level, results))
    gunicorn = "gunicorn --workers 2 " + args.gunicorn
    print(f"{gunicorn.strip()}; {args.rounds} x {args.seconds:.0f} s phases per path and level")
    print(f"{'conv':>4} {'path':5} {'turns':>6} {'req/s':>7} {'p50':>8} {'p99':>8}  ratio sms/rasa")
    for level, results in rows:
        rates = {p: len(v) / wall for p, (v, wall) in results.items()}
        for path, (values, _) in results.items():
            ratio = f"{rates['sms'] / rates['rasa']:.2f}" if path == "sms" else ""
            print(
                f"{level:>4} {path:5} {len(values):>6} {rates[path]:>7.1f} "
                f"{ms(median(values)):>8} {ms(percentile(values, 0.99)):>8}  {ratio}"
            )


if __name__ == "__main__":
    main()
