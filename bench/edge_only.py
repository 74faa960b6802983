"""Edge-only paths (STOP, a repeated MessageSid, a forged signature) against a bare Flask app.

None of the three paths asks the bot: STOP is answered at the edge (message stored, the bot's
session deleted from Redis, reply stored, opt-out recorded); a repeated MessageSid is answered
from the stored replies; a forged signature gets 403. The peer is a Flask app with one route
that returns a constant TwiML, served by gunicorn with the same options as the public web app.
Phases of the four paths alternate, round by round, under the same number of clients.
Run: .venv/bin/python -m bench.edge_only
"""

from __future__ import annotations

import argparse
import itertools
import shlex
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

from bench.common import (
    SMS_PATH,
    Load,
    conditions,
    lantern_system,
    median,
    ms,
    percentile,
    phone,
    signed_sms,
)
from tests.support.system import System
from tests.support.twilio import signature

Step = Callable[[int, requests.Session], float]
PATHS = ("bare", "stop", "duplicate", "forged")


def timed_post(
    http: requests.Session, url: str, form: dict[str, str], headers: dict[str, str], status: int
) -> float:
    """Seconds for one POST that must answer `status`."""
    started = time.perf_counter()
    response = http.post(url, data=form, headers=headers, timeout=30)
    elapsed = time.perf_counter() - started
    if response.status_code != status:
        raise RuntimeError(f"{url}: {response.status_code}, expected {status}")
    return elapsed


def steps(
    system: System, bare_url: str, stored: list[tuple[dict[str, str], dict[str, str]]]
) -> dict[str, Step]:
    """One request of each path; every one signs a fresh form first, so the clients do the same work."""
    edge_url = system.web_url + SMS_PATH
    replays = itertools.cycle(stored)

    def bare(_: int, http: requests.Session) -> float:
        form, headers = signed_sms(system, phone(), "STOP")
        return timed_post(http, bare_url, form, headers, 200)

    def stop(_: int, http: requests.Session) -> float:
        form, headers = signed_sms(system, phone(), "STOP")
        return timed_post(http, edge_url, form, headers, 200)

    def duplicate(_: int, http: requests.Session) -> float:
        signed_sms(system, phone(), "STOP")  # the same signing work as the other paths
        form, headers = next(replays)
        return timed_post(http, edge_url, form, headers, 200)

    def forged(_: int, http: requests.Session) -> float:
        form, _headers = signed_sms(system, phone(), "STOP")
        headers = {"X-Twilio-Signature": signature("not-the-auth-token", edge_url, form)}
        return timed_post(http, edge_url, form, headers, 403)

    return {"bare": bare, "stop": stop, "duplicate": duplicate, "forged": forged}


def main() -> None:
    """Alternate the four paths and print throughput, latency and the ratios to the bare app."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=8, help="length of one phase")
    parser.add_argument("--rounds", type=int, default=3, help="phases of each path")
    parser.add_argument("--gunicorn", default="", help='extra gunicorn options, e.g. "--threads 4"')
    parser.add_argument(
        "--database-url", default="", help="an empty database to use instead of a SQLite file"
    )
    args = parser.parse_args()
    print(conditions())
    results: dict[str, tuple[list[float], float]] = {path: ([], 0.0) for path in PATHS}
    with (
        tempfile.TemporaryDirectory() as tmp,
        lantern_system(
            Path(tmp),
            env={"DATABASE_URL": args.database_url} if args.database_url else None,
            gunicorn=shlex.split(args.gunicorn),
            extra={"bare": "bench.bare_app:create_app()"},
        ) as system,
    ):
        with requests.Session() as http:  # messages whose MessageSids are replayed
            stored = [signed_sms(system, phone(), "STOP") for _ in range(50)]
            for form, headers in stored:
                timed_post(http, system.web_url + SMS_PATH, form, headers, 200)
        bare_url = system.env["BENCH_BARE_URL"] + SMS_PATH
        if "<Message>ok</Message>" not in requests.post(bare_url, timeout=10).text:
            raise RuntimeError(f"{bare_url} is not the bare app")
        path_steps = steps(system, bare_url, stored)
        for round_ in range(args.rounds):
            order = PATHS[round_ % len(PATHS) :] + PATHS[: round_ % len(PATHS)]
            for path in order:
                latencies, wall = Load(args.clients, args.seconds).run(path_steps[path])
                done, total = results[path]
                results[path] = (done + latencies, total + wall)
    gunicorn = ("gunicorn --workers 2 " + args.gunicorn).strip()
    database = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    print(
        f"{gunicorn}; {database}; {args.clients} clients; {args.rounds} x {args.seconds:.0f} s phases per path"
    )
    bare_rate = len(results["bare"][0]) / results["bare"][1]
    print(f"{'path':10} {'requests':>8} {'req/s':>7} {'p50':>7} {'p99':>7}  ratio to bare")
    for path, (values, wall) in results.items():
        rate = len(values) / wall
        print(
            f"{path:10} {len(values):>8} {rate:>7.1f} {ms(median(values)):>7} "
            f"{ms(percentile(values, 0.99)):>7}  {rate / bare_rate:.2f}"
        )


if __name__ == "__main__":
    main()
