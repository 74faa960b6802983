"""Critical SMS tips to the on-call page and the emergency queue, while routine tips pour in.

Routine tips arrive at 20 a second through the internal API, as the bot files them. Every
couple of seconds a critical tip arrives as a signed SMS from a new sender (a labelled
emergency text): the edge stores it, asks Rasa, starts a tip for the danger and queues its
assessment on the emergency lane. The Celery workers run as in the Procfile (`worker`, two
processes on both queues; `urgent`, one process on the emergency lane only). Pages go through
the Twilio notifier to a local stand-in for Twilio's Messages API that records when each page
arrives. A poller reads the emergency queue every 25 ms, as a staff page would. The peer is the
routine tips of the same run: time from a tip's row being created to its triage, for both.
Run: .venv/bin/python -m bench.critical_under_load
"""

from __future__ import annotations

import argparse
import re
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import requests
from sqlalchemy import func, select

from bench.common import (
    SMS_PATH,
    Paced,
    conditions,
    epoch,
    file_tip,
    labelled_texts,
    lantern_system,
    ms,
    percentile,
    phone,
    signed_sms,
)
from tests.support.services import free_port, wait_for
from tests.support.system import System
from tips.db import make_engine, make_sessions
from tips.models import Assessment, Conversation, Tip
from tips.store import queue_tips
from webhooks.pseudonyms import pseudonym

PAGED = re.compile(r"tip (\S+) in ")


class Pages(ThreadingHTTPServer):
    """A stand-in for Twilio's Messages API: answers like Twilio, records when each page came."""

    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _PageHandler)
        self.arrived: dict[str, float] = {}  # tip reference -> first page's arrival


class _PageHandler(BaseHTTPRequestHandler):
    server: Pages

    def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
        arrived = time.time()
        length = int(self.headers.get("Content-Length", "0"))
        body = parse_qs(self.rfile.read(length).decode()).get("Body", [""])[0]
        found = PAGED.search(body)
        if found:
            self.server.arrived.setdefault(found.group(1), arrived)
        reply = b'{"sid": "SM00000000000000000000000000000000", "status": "queued"}'
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


class EmergencyQueue(threading.Thread):
    """Reads the emergency queue every interval: when each tip first shows, and what ranks above it."""

    def __init__(self, system: System, interval: float) -> None:
        super().__init__(daemon=True)
        self.sessions = make_sessions(make_engine(system.database_url))
        self.interval = interval
        self.seen: dict[int, float] = {}
        self.routine_above: dict[int, int] = {}  # non-critical open tips ordered before it
        self.stopping = threading.Event()

    def run(self) -> None:
        """Poll until stopped."""
        while not self.stopping.is_set():
            with self.sessions() as session:
                now = time.time()
                new = [t for t in queue_tips(session, "emergency", 1000) if t.id not in self.seen]
                if new:
                    order = queue_tips(
                        session, None, 1000
                    )  # every open tip, as supervisors see them
                    for tip in new:
                        self.seen[tip.id] = now
                        above = order[: next((i for i, t in enumerate(order) if t.id == tip.id), 0)]
                        self.routine_above[tip.id] = sum(t.urgency != "critical" for t in above)
            time.sleep(self.interval)


def line(name: str, values: list[float]) -> str:
    """One row of the table."""
    cells = [ms(percentile(values, p)) for p in (0.5, 0.99, 1.0)]
    return f"{name:46} {len(values):>5} " + " ".join(f"{c:>8}" for c in cells)


def main() -> None:
    """Routine load in the background, critical SMS in the foreground; print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=20, help="routine tips per second")
    parser.add_argument("--seconds", type=float, default=60, help="length of the routine load")
    parser.add_argument("--every", type=float, default=2, help="seconds between critical SMS")
    args = parser.parse_args()
    print(conditions())
    routine_texts, critical_texts = labelled_texts(critical=False), labelled_texts(critical=True)
    pages = Pages(free_port())
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    env = {
        "LANTERN_NOTIFIER": "twilio",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_FROM_NUMBER": "+15550100",
        "LANTERN_ON_CALL_NUMBERS": "+15550111",
        "TWILIO_API_BASE": f"http://127.0.0.1:{pages.server_port}",
    }
    routine: dict[int, float] = {}
    sent: dict[str, float] = {}  # critical sender's pseudonym -> when its SMS was sent
    answered: list[float] = []
    local = threading.local()
    with (
        tempfile.TemporaryDirectory() as tmp,
        lantern_system(Path(tmp), env=env, procfile_workers=True) as system,
    ):
        wait_for(lambda: "ready." in (Path(tmp) / "urgent.log").read_text(), 60, "urgent worker")
        key = system.env["LANTERN_PSEUDONYM_KEY"]
        poller = EmergencyQueue(system, 0.025)
        poller.start()

        def one(n: int) -> None:
            if not hasattr(local, "http"):
                local.http = requests.Session()
            tip_id, _ = file_tip(local.http, system, routine_texts[n % len(routine_texts)])
            routine[tip_id] = time.time()

        load = threading.Thread(target=Paced(args.rate, args.seconds).run, args=(one,))
        load.start()
        time.sleep(min(5, args.seconds / 4))  # let the routine load settle first
        with requests.Session() as http:
            n = 0
            while load.is_alive():
                number = phone()
                form, headers = signed_sms(system, number, critical_texts[n % len(critical_texts)])
                started = time.time()
                response = http.post(
                    system.web_url + SMS_PATH, data=form, headers=headers, timeout=30
                )
                response.raise_for_status()
                answered.append(time.time() - started)
                sent[pseudonym(key, "sms", number)] = started
                n += 1
                time.sleep(max(0.0, started + args.every - time.time()))
        load.join()
        sessions = make_sessions(make_engine(system.database_url))

        def critical_tips() -> dict[int, tuple[str, str, float]]:
            with sessions() as session:
                rows = session.execute(
                    select(Tip.id, Tip.reference, Conversation.sender, Tip.created_at)
                    .join(Conversation, Conversation.tip_id == Tip.id)
                    .where(Conversation.sender.in_(list(sent)))
                ).all()
            return {r.id: (r.reference, r.sender, epoch(r.created_at)) for r in rows}

        def all_seen() -> bool:
            tips = critical_tips()
            return len(tips) == len(sent) and all(
                t in poller.seen and ref in pages.arrived for t, (ref, _, _) in tips.items()
            )

        wait_for(all_seen, 60, "every critical tip paged and in the emergency queue")
        poller.stopping.set()
        with sessions() as session:
            rows = session.execute(
                select(Tip.id, Tip.created_at, func.min(Assessment.created_at).label("first"))
                .join(Assessment, Assessment.tip_id == Tip.id)
                .where(Tip.id.in_([*routine, *critical_tips()]))
                .group_by(Tip.id, Tip.created_at)
            ).all()
        tips = critical_tips()
    # When the first assessment was stored: a critical tip is assessed again when the edge or
    # the bot adds to it, and triaged_at moves with each assessment.
    triaged = {r.id: (epoch(r.created_at), epoch(r.first)) for r in rows}
    print(
        f"{len(routine)} routine tips at {args.rate:.0f}/s (internal API) for {args.seconds:.0f} s; "
        f"{len(sent)} critical SMS, one every {args.every:.0f} s, each from a new sender"
    )
    print(
        "workers as in the Procfile: worker (2 processes), urgent (1); SQLite; gunicorn 2 workers"
    )
    print(f"{'':46} {'n':>5} {'p50':>8} {'p99':>8} {'max':>8}")
    to_page = [pages.arrived[ref] - sent[sender] for ref, sender, _ in tips.values()]
    to_queue = [poller.seen[t] - sent[sender] for t, (_, sender, _) in tips.items()]
    print(line("critical: SMS sent -> edge answered (TwiML)", answered))
    print(line("critical: SMS sent -> page at the stand-in", to_page))
    print(line("critical: SMS sent -> seen in emergency queue", to_queue))
    critical_wait = [triaged[t][1] - triaged[t][0] for t in tips]
    routine_done = {t: v for t, v in triaged.items() if t in routine}
    routine_wait = [at - made for made, at in routine_done.values()]
    print(line("critical: tip created -> first assessed (SQL)", critical_wait))
    print(line("routine (peer): tip created -> assessed (SQL)", routine_wait))
    overtaken = len(
        [
            (c, made)
            for c in tips
            for made, at in routine_done.values()
            if made < triaged[c][0] and at > triaged[c][1]
        ]
    )
    above = sum(poller.routine_above[t] for t in tips)
    print(f"routine tips untriaged at the end: {len(routine) - len(routine_done)}")
    print(f"routine tips ranked above a critical one when it first showed: {above}")
    print(f"routine tips created before a critical one and triaged after it: {overtaken}")
    print(
        "ratio of p99, critical / routine (created -> first assessed): "
        f"{percentile(critical_wait, 0.99) / percentile(routine_wait, 0.99):.2f}"
    )


if __name__ == "__main__":
    main()
