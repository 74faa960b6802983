"""What the harnesses share: the system with bench settings, signed SMS, load and percentiles.

The system is the one the end-to-end test starts (tests/support/system.py); `lantern_system`
only adds environment variables, gunicorn options, the Procfile's worker concurrency, or extra
processes started with the same gunicorn settings as the public web app.
"""

from __future__ import annotations

import os
import re
import secrets
import statistics
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import requests

import tests.support.system as system_module
from commands.services import answers
from tests.support.services import free_port, wait_for
from tests.support.system import System, running_system
from tests.support.twilio import signature, sms_form

SMS_PATH = "/webhooks/twilio/sms"
PROCFILE_CONCURRENCY = {"worker": "2", "urgent": "1"}  # as in the Procfile


def conditions() -> str:
    """Cores and load average, printed with every result."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load} at start"


def phone() -> str:
    """A fresh E.164 test number: every conversation is a distinct sender."""
    return "+1555" + str(secrets.randbelow(10**7)).zfill(7)


def signed_sms(
    system: System, sender: str, body: str, sid: str | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """The form and headers of an inbound SMS, signed as Twilio signs it."""
    url = system.web_url + SMS_PATH
    form = sms_form(sender, body, sid)
    return form, {"X-Twilio-Signature": signature(system.env["TWILIO_AUTH_TOKEN"], url, form)}


def post_sms(http: requests.Session, system: System, sender: str, body: str) -> float:
    """Seconds for one signed SMS webhook call, TwiML included; signing is not timed."""
    form, headers = signed_sms(system, sender, body)
    started = time.perf_counter()
    response = http.post(system.web_url + SMS_PATH, data=form, headers=headers, timeout=30)
    response.raise_for_status()
    if "<Response" not in response.text:
        raise RuntimeError(f"not TwiML: {response.text[:200]!r}")
    return time.perf_counter() - started


def post_rasa(
    http: requests.Session,
    system: System,
    sender: str,
    body: str,
    metadata: Mapping[str, str] | None = None,
) -> float:
    """Seconds for the same message sent straight to Rasa's REST channel."""
    url = system.env["RASA_URL"] + "/webhooks/rest/webhook"
    payload: dict[str, object] = {"sender": sender, "message": body}
    if metadata is not None:
        payload["metadata"] = dict(metadata)
    started = time.perf_counter()
    response = http.post(url, json=payload, timeout=30)
    response.raise_for_status()
    return time.perf_counter() - started


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with `share` of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, int(-(-share * len(ordered) // 1)))  # ceil(share * n), at least 1
    return ordered[min(len(ordered), rank) - 1]


def ms(seconds: float) -> str:
    """Seconds as whole milliseconds."""
    return f"{seconds * 1000:.0f} ms"


def median(values: Sequence[float]) -> float:
    """The median, or nan when there is nothing."""
    return statistics.median(values) if values else float("nan")


@dataclass
class Load:
    """Closed-loop load: each client runs `step` again and again until the phase ends."""

    clients: int
    seconds: float

    def run(self, step: Callable[[int, requests.Session], float]) -> tuple[list[float], float]:
        """Latencies of every finished step, and the phase's wall time.

        step(client, session) does one request and returns its latency; a step still running
        when the phase ends is finished and counted, so the wall time is measured to the last one.
        """
        latencies: list[float] = []
        errors: list[BaseException] = []
        lock = threading.Lock()
        stop_at = time.perf_counter() + self.seconds

        def client(number: int) -> None:
            with requests.Session() as http:
                while time.perf_counter() < stop_at and not errors:
                    try:
                        latency = step(number, http)
                    except Exception as exc:  # report it once the phase is over
                        errors.append(exc)
                        return
                    with lock:
                        latencies.append(latency)

        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(n,)) for n in range(self.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise RuntimeError(f"a client failed: {errors[0]!r}") from errors[0]
        return latencies, time.perf_counter() - started


def _with_settings(
    env: Mapping[str, str],
    gunicorn: Sequence[str],
    procfile_workers: bool,
    extra: Mapping[str, str],
    addresses: dict[str, str],
) -> tuple[Callable[..., dict[str, str]], Callable[..., dict[str, list[str]]]]:
    original_env, original_commands = system_module._env, system_module._commands

    def bench_env(*args: object) -> dict[str, str]:
        return {**original_env(*args), **env}  # type: ignore[arg-type]

    def bench_commands(ports: dict[str, int]) -> dict[str, list[str]]:
        commands = original_commands(ports)
        for name in ("web", "internal"):
            commands[name] = [commands[name][0], *gunicorn, *commands[name][1:]]
        if procfile_workers:
            for name, concurrency in PROCFILE_CONCURRENCY.items():
                argv = commands[name]
                argv[argv.index("--concurrency") + 1] = concurrency
        serve = commands["web"][:-2]  # gunicorn and its options, up to --bind
        taken = {*ports.values()}
        for name, app in extra.items():
            port = free_port()
            while port in taken:  # a port another part is about to bind
                port = free_port()
            taken.add(port)
            addresses[name] = f"127.0.0.1:{port}"
            commands[name] = [*serve, addresses[name], app]
        return commands

    return bench_env, bench_commands


def _answering(address: str) -> Callable[[], bool]:
    host, port = address.split(":")
    return lambda: answers(host, int(port))


@contextmanager
def lantern_system(
    tmp: Path,
    env: Mapping[str, str] | None = None,
    gunicorn: Sequence[str] = (),
    procfile_workers: bool = False,
    extra: Mapping[str, str] | None = None,
) -> Iterator[System]:
    """The whole system (tests/support/system.py) with bench settings on top.

    env is added to every process's environment; gunicorn options go to both web apps;
    procfile_workers runs the Celery workers at the Procfile's concurrency (the test runs one
    process each); extra maps a process name to "module:factory()", an app served by gunicorn
    exactly as the public web app is, on a free port; its URL is put in system.env as
    BENCH_<NAME>_URL (for the harness only: the processes are already running).
    """
    addresses: dict[str, str] = {}
    bench_env, bench_commands = _with_settings(
        env or {}, gunicorn, procfile_workers, extra or {}, addresses
    )
    saved = system_module._env, system_module._commands
    system_module._env, system_module._commands = bench_env, bench_commands  # type: ignore[assignment]
    try:
        with running_system(tmp) as system:
            for name, address in addresses.items():
                wait_for(_answering(address), 60, name)
                if not system.processes[name].running():
                    raise RuntimeError(f"{name} did not start: see {name}.log")
                system.env[f"BENCH_{name.upper()}_URL"] = "http://" + address
            yield system
    finally:
        system_module._env, system_module._commands = saved


def labelled_texts(critical: bool) -> list[str]:
    """Single texts from the labelled tips: critical ones the edge sees as danger, or routine ones.

    Each is checked against the rubric here, so a routine text is one triage does not rate
    critical, and a critical one is rated critical and starts a tip at the edge.
    """
    from triage.evaluate import DEFAULT_FILES, load_tips
    from triage.indicators import detect_danger
    from triage.rubric import assess

    texts = []
    for path in DEFAULT_FILES:
        for tip in load_tips(path):
            text = " ".join(tip.messages)
            if not text.strip() or len(text) > 600:
                continue
            rated_critical = assess([], {"details": text}).to_dict()["urgency"] == "critical"
            danger = detect_danger(text) is not None
            if (critical and rated_critical and danger) or not (critical or rated_critical):
                texts.append(text)
    return texts


def file_tip(http: requests.Session, system: System, details: str) -> tuple[int, float]:
    """A tip committed through the internal API, as the bot files one; (tip id, time answered)."""
    response = http.post(
        system.env["LANTERN_INTERNAL_URL"] + "/internal/tips",
        json={
            "sender_id": secrets.token_hex(16),
            "answers": {"details": details},
            "complete": True,
        },
        headers={"Authorization": "Bearer " + system.env["LANTERN_INTERNAL_TOKEN"]},
        timeout=30,
    )
    answered = time.time()
    response.raise_for_status()
    return int(response.json()["tip_id"]), answered


def epoch(naive_utc: datetime) -> float:
    """Seconds since the epoch of a naive UTC timestamp as the store keeps them."""
    return naive_utc.replace(tzinfo=UTC).timestamp()


_SUCCEEDED = re.compile(
    r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}).*?"
    r"Task triage\.tasks\.assess_tip\[[^\]]+\] succeeded in [^:]+: \{'tip_id': (-?\d+)",
    re.MULTILINE,
)


def assessments_finished(log: str) -> dict[int, float]:
    """When each tip id's first assess_tip task finished, from a Celery worker's log.

    The worker logs the line after the task returned, so after its transaction committed;
    the time stamp is local time with milliseconds.
    """
    finished: dict[int, float] = {}
    for stamp, millis, tip_id in _SUCCEEDED.findall(log):
        seconds = time.mktime(time.strptime(stamp, "%Y-%m-%d %H:%M:%S")) + int(millis) / 1000
        finished.setdefault(int(tip_id), seconds)
    return finished


class Paced:
    """Calls at a steady rate on a small thread pool, whatever each call's latency (open loop)."""

    def __init__(self, rate: float, seconds: float, threads: int = 8) -> None:
        self.rate, self.seconds, self.threads = rate, seconds, threads

    def run(self, call: Callable[[int], None]) -> int:
        """Run call(n) for n = 0, 1, ... at the rate; raise the first error; return the count."""
        count = int(self.rate * self.seconds)
        started = time.perf_counter()
        with ThreadPoolExecutor(self.threads) as pool:
            futures = []
            for n in range(count):
                delay = started + n / self.rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                futures.append(pool.submit(call, n))
            for future in futures:
                future.result()
        return count
