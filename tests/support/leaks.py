"""Leak check: search everything a running Lantern keeps or shows for a phone number, in every form.

Places searched: the SQL dump, every Redis key and value (all types) and Redis's persistence
files, the Celery messages seen on the broker during the run, every log file, and every staff
page and API answer. Run it standalone with `python -m tests.support.leaks`: it starts the whole
system, texts a scripted tip from a canary number, stores a sentinel number in each place on
purpose, and exits non-zero unless the canary is found nowhere and the sentinel everywhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import phonenumbers
import pyotp
import redis
import requests
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from tests.support.services import wait_for
from tests.support.system import System, running_system
from tests.support.twilio import signature, sms_form
from tips.db import make_engine, make_sessions, transaction
from tips.models import Contact, Tip
from tips.staff import add, issue_token, totp_secret

PLACES = ("sql", "redis", "redis files", "celery messages", "logs", "staff pages")
CANARY = "+15550109966"
SENTINEL = "+15550107311"
SCRIPT = [
    "hi",
    "no",
    "The owner of the Sunrise nail salon keeps the workers' passports and they sleep there",
    "last month",
    "Sunrise Nails, 18 Elm St, Akron OH, they drive a grey minivan",
    "yes",  # may we contact you here: the number is then kept, encrypted, for replies
    "ok",
]
STAFF_PASSWORD = "a long enough password"
_MESSAGE_COMMANDS = {"LPUSH", "RPUSH", "HSET", "PUBLISH"}
_ENVELOPE_BODY = re.compile(rb'"body":\s*"([A-Za-z0-9+/=]{8,})"')


def forms(number: str) -> list[str]:
    """Every way the number may be written: E.164, national, international, digits, separators."""
    parsed = phonenumbers.parse(number)
    fmt = phonenumbers.PhoneNumberFormat
    national = str(parsed.national_number)
    country = str(parsed.country_code)
    e164 = phonenumbers.format_number(parsed, fmt.E164)
    found = {
        e164,
        phonenumbers.format_number(parsed, fmt.NATIONAL),
        phonenumbers.format_number(parsed, fmt.INTERNATIONAL),
        phonenumbers.format_number(parsed, fmt.RFC3966),
        e164[1:],
        national,
        quote(e164),
        json.dumps(e164)[1:-1].replace("+", "\\u002b"),
    }
    groups = (national[:3], national[3:6], national[6:]) if len(national) == 10 else (national,)
    for sep in ("-", ".", " "):
        found.add(sep.join(groups))
        found.add(country + sep + sep.join(groups))
    if len(groups) == 3:
        found.add(f"({groups[0]}) {groups[1]}-{groups[2]}")
    return sorted(found, key=len, reverse=True)


def decoded(blob: bytes) -> bytes:
    """The blob plus the base64 bodies of any Celery (kombu) envelopes inside it."""
    extra = []
    for match in _ENVELOPE_BODY.finditer(blob):
        try:
            extra.append(base64.b64decode(match.group(1), validate=True))
        except (binascii.Error, ValueError):
            continue
    return b"\n".join([blob, *extra])


def search(places: dict[str, bytes], number: str) -> dict[str, list[str]]:
    """Where each form of the number occurs: place -> forms found (empty places left out)."""
    hits: dict[str, list[str]] = {}
    for place, blob in places.items():
        text = decoded(blob)
        found = [f for f in forms(number) if f.encode() in text]
        if found:
            hits[place] = found
    return hits


def sql_dump(database_url: str) -> bytes:
    """The whole database as SQL text: sqlite3's iterdump, or pg_dump for PostgreSQL."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        with sqlite3.connect(url.database or "") as conn:
            return "\n".join(conn.iterdump()).encode()
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return subprocess.run(["pg_dump", plain], check=True, capture_output=True, timeout=120).stdout


def redis_contents(client: redis.Redis) -> bytes:
    """Every key and every value, whatever its type."""
    lines: list[bytes] = []
    for key in client.scan_iter(count=500):
        kind = client.type(key)
        values: list[Any] = []
        if kind == b"string":
            values = [client.get(key)]
        elif kind == b"list":
            values = list(client.lrange(key, 0, -1))
        elif kind == b"hash":
            values = [_bytes(k) + b"=" + _bytes(v) for k, v in client.hgetall(key).items()]
        elif kind == b"set":
            values = list(client.smembers(key))
        elif kind == b"zset":
            values = list(client.zrange(key, 0, -1))
        elif kind == b"stream":
            values = [repr(entry) for entry in client.xrange(key) or []]
        lines.append(_bytes(key) + b" => " + b" | ".join(_bytes(v) for v in values))
    return b"\n".join(lines)


def _bytes(value: object) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


def enable_persistence(client: redis.Redis) -> None:
    """Turn on AOF and RDB snapshots, uncompressed, so the files can be searched as written."""
    client.config_set("rdbcompression", "no")
    client.config_set("aof-use-rdb-preamble", "no")
    client.config_set("save", "1 1")
    client.config_set("appendonly", "yes")


def _snapshot_started(client: redis.Redis) -> bool:
    """Ask for a snapshot; with `save 1 1` one of Redis's own may be running, so ask again later."""
    try:
        client.bgsave(schedule=True)
    except redis.ResponseError as error:
        if "already in progress" not in str(error):
            raise
        return False
    return True


def _snapshot_running(client: redis.Redis) -> bool:
    return bool(client.info("persistence")["rdb_bgsave_in_progress"])


def persistence_files(client: redis.Redis) -> bytes:
    """A fresh RDB snapshot and the append-only files, as bytes."""
    before = client.lastsave()
    wait_for(lambda: _snapshot_started(client), 30, "redis snapshot start")
    wait_for(
        lambda: client.lastsave() != before and not _snapshot_running(client), 30, "redis snapshot"
    )
    directory = Path(str(client.config_get("dir")["dir"]))
    files = [directory / str(client.config_get("dbfilename")["dbfilename"])]
    files += sorted((directory / "appendonlydir").glob("*"))
    found = [f.read_bytes() for f in files if f.is_file()]
    assert found, f"no Redis persistence files in {directory}"
    return b"\n".join(found)


@dataclass
class BrokerTap:
    """Every message put on the broker during the run, read with Redis MONITOR.

    Polling the queues would miss a task a worker takes within milliseconds; MONITOR sees every
    LPUSH (a task sent) and HSET (a task held unacknowledged) as Redis runs it.
    """

    url: str
    seen: list[bytes] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def _run(self) -> None:
        with redis.Redis.from_url(self.url).monitor() as monitor:
            while not self._stop.is_set():
                command = str(monitor.next_command()["command"])
                if command.split(" ", 1)[0].upper() in _MESSAGE_COMMANDS:
                    self.seen.append(command.encode())

    @contextmanager
    def running(self) -> Iterator[BrokerTap]:
        thread = threading.Thread(target=self._run, daemon=True)
        thread.start()
        time.sleep(0.2)  # MONITOR is on before the first message is sent
        try:
            yield self
        finally:
            self._stop.set()
            redis.Redis.from_url(self.url).ping()  # wakes the monitor so it sees the stop
            thread.join(10)

    def messages(self) -> bytes:
        return b"\n".join(self.seen)


@dataclass
class Staff:
    """A supervisor signed in to the staff pages, and an API token for the same account."""

    web: requests.Session
    token: str


def sign_in(system: System, name: str) -> Staff:
    """Create a supervisor and sign in with password and a one-time code, as a person would."""
    secret_key = system.env["LANTERN_SECRET_KEY"]
    sessions = make_sessions(make_engine(system.database_url))
    with transaction(sessions) as session:
        user = add(session, name, STAFF_PASSWORD, "supervisor", secret_key=secret_key)
        token = issue_token(session, user, scopes=["act"])  # the leak check posts a note
        secret = totp_secret(user, secret_key)
    assert secret is not None
    web = requests.Session()
    first = web.get(system.web_url + "/staff/login", timeout=10)
    form = {"csrf_token": _csrf(first.text), "name": name, "password": STAFF_PASSWORD}
    code_page = web.post(system.web_url + "/staff/login", data=form, timeout=10)
    assert code_page.ok and code_page.url.endswith("/staff/login/code"), code_page.url
    second = {"csrf_token": _csrf(code_page.text), "code": pyotp.TOTP(secret).now()}
    assert web.post(system.web_url + "/staff/login/code", data=second, timeout=10).ok
    return Staff(web, token)


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF token on the page"
    return found.group(1)


def staff_pages(system: System, staff: Staff) -> bytes:
    """Every page and API answer staff can open: queues, each tip, audit, live view, JSON."""
    with make_sessions(make_engine(system.database_url))() as session:
        tips = session.execute(select(Tip.reference, Tip.queue)).all()
    queues = sorted({q for _, q in tips if q})
    api = {"Authorization": f"Bearer {staff.token}"}
    paths = ["/staff/", "/staff/audit", "/staff/live.json"]
    paths += [f"/staff/queues/{q}" for q in queues] + [f"/staff/tips/{r}" for r, _ in tips]
    api_paths = ["/api/v1/queues", "/api/v1/tips"] + [f"/api/v1/tips/{r}" for r, _ in tips]
    api_paths += [f"/api/v1/tips?queue={q}" for q in queues]
    pages = []
    for path in paths:
        pages.append(_fetched(staff.web.get(system.web_url + path, timeout=20)))
    for path in api_paths:
        pages.append(_fetched(requests.get(system.web_url + path, headers=api, timeout=20)))
    return b"\n".join(pages)


def _fetched(response: requests.Response) -> bytes:
    assert response.status_code == 200, (response.url, response.status_code)
    return response.content


def places(system: System, staff: Staff, tap: BrokerTap | None = None) -> dict[str, bytes]:
    """What there is to search, by place (Redis files and Celery only when they were captured)."""
    client = redis.Redis.from_url(system.redis_url)
    found = {
        "sql": sql_dump(system.database_url),
        "redis": redis_contents(client),
        "logs": "\n".join(
            p.read_text(errors="replace") for p in sorted(system.logs.rglob("*.log"))
        ).encode(),
        "staff pages": staff_pages(system, staff),
    }
    if client.config_get("appendonly")["appendonly"] == "yes":
        found["redis files"] = persistence_files(client)
    if tap is not None:
        found["celery messages"] = tap.messages()
    return found


def text(system: System, sender: str, body: str) -> requests.Response:
    """One SMS into the running system, signed as Twilio signs it."""
    url = system.web_url + "/webhooks/twilio/sms"
    form = sms_form(sender, body)
    sig = signature(system.env["TWILIO_AUTH_TOKEN"], url, form)
    return requests.post(url, data=form, headers={"X-Twilio-Signature": sig}, timeout=30)


def converse(system: System, sender: str, script: list[str]) -> None:
    """Text every line of the script and wait until the tip it made is triaged."""
    for body in script:
        response = text(system, sender, body)
        assert response.status_code == 200, (body, response.status_code)
    engine = make_engine(system.database_url)

    def triaged() -> bool:
        with make_sessions(engine)() as session:
            tips = session.scalars(select(Tip)).all()
            return bool(tips) and all(t.assessed_revision == t.revision for t in tips)

    wait_for(triaged, 60, "triage of the canary's tip")


def plant_sentinel(system: System, staff: Staff, number: str) -> None:
    """Store the sentinel on purpose: a staff note (SQL and pages), a Redis key, a log line, a task."""
    with make_sessions(make_engine(system.database_url))() as session:
        reference = session.scalars(select(Tip.reference)).first()
    assert reference is not None
    national = phonenumbers.format_number(
        phonenumbers.parse(number), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    note = requests.post(
        system.web_url + f"/api/v1/tips/{reference}/notes",
        json={"body": f"leak-check sentinel: call {national}"},
        headers={"Authorization": f"Bearer {staff.token}"},
        timeout=10,
    )
    assert note.ok, note.text
    client = redis.Redis.from_url(system.redis_url)
    client.set(f"leakcheck:sentinel:{number}", number)
    with (system.logs / "sentinel.log").open("a") as log:
        log.write(f"leak-check sentinel {number}\n")
    # A task message nobody consumes: its body is base64 in the envelope, as every task's is.
    from celery import Celery

    sender = Celery("leakcheck", broker=system.redis_url)
    sender.send_task("leakcheck.sentinel", args=[number], queue="leakcheck.sentinel")
    sender.close()


@dataclass
class Report:
    """Where the canary and the sentinel were found."""

    canary: dict[str, list[str]]
    sentinel: dict[str, list[str]]
    tasks_seen: int  # triage task messages the tap caught, so Celery traffic was really read
    tip_shown: bool  # the canary's tip text was on the staff pages searched
    contact_kept: bool  # the canary consented, so its number is stored (encrypted) somewhere

    @property
    def clean(self) -> bool:
        """No trace of the canary anywhere, and the sentinel found in every place."""
        found_all = set(self.sentinel) == set(PLACES)
        exercised = self.tasks_seen > 0 and self.tip_shown and self.contact_kept
        return not self.canary and found_all and exercised


def run(tmp: Path) -> Report:
    """Start the system, text the script from the canary, plant the sentinel, search."""
    with running_system(tmp) as system:
        client = redis.Redis.from_url(system.redis_url)
        enable_persistence(client)
        tap = BrokerTap(system.redis_url)
        with tap.running():
            converse(system, CANARY, SCRIPT)
            staff = sign_in(system, "leakcheck")
            plant_sentinel(system, staff, SENTINEL)
            time.sleep(0.5)  # the sentinel's task reaches the monitor
        found = places(system, staff, tap)
    tasks = sum(b"triage.tasks." in decoded(m) for m in tap.seen)
    shown = b"Sunrise Nails" in found["staff pages"]
    with make_sessions(make_engine(system.database_url))() as session:
        kept = session.scalar(select(func.count()).select_from(Contact)) == 1
    return Report(search(found, CANARY), search(found, SENTINEL), tasks, shown, kept)


def main() -> int:
    """Run the check in a scratch directory and print where each number was found."""
    with tempfile.TemporaryDirectory(prefix="lantern-leaks-") as tmp:
        report = run(Path(tmp))
    print(json.dumps(asdict(report), indent=2))
    print("clean" if report.clean else "LEAK OR BLIND SPOT")
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
