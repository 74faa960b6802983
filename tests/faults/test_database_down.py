"""The database goes away: SMS are acknowledged and held in a Redis that keeps them through a
kill -9, danger pages on-call while the database is still down, and once it is back the drain
files every held message once and triage carries on, as a real worker runs it.

PostgreSQL sits behind a switch (a TCP forwarder): off, connections are refused and the open
ones cut, as when the server or the network to it dies; on, the same URL works again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import yaml
from celery import Celery
from flask import Flask
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app import create_app
from commands import services
from commands.services import REDIS_PERSISTENCE, answers, redis_server_binary
from tests.conftest import make_settings
from tests.support.databases import POSTGRES_ADMIN_URL, postgres_available, postgres_database
from tests.support.leaks import redis_contents, search
from tests.support.services import Process, free_port, wait_for
from tests.support.twilio import sms_form
from tests.support.worker import start_worker
from tests.webhooks.test_outage import database_down, replies, staff_token, text
from tips.config import ROOT
from tips.crypto import message_id_digest
from tips.db import make_engine, make_sessions
from tips.migrate import upgrade
from tips.models import Message, Page, Tip
from webhooks.outage import STREAM, drain_outage_queue

PHONE = "+15550107733"
DANGER = "he is beating a woman in room 12 of the motel right now"
FALLBACK = "We got your message. If anyone is in danger call 911."


def start_durable_redis(directory: Path, port: int) -> Process:
    """redis-server with the persistence `lantern redis` and docker-compose.yml give it."""
    binary = redis_server_binary()
    if binary is None:
        pytest.skip("no redis-server available")
    argv = [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(directory),
            *REDIS_PERSISTENCE]  # fmt: skip
    process = Process("redis", argv, dict(os.environ), directory / "redis.log", directory).start()
    wait_for(lambda: answers("127.0.0.1", port), 15, "redis")
    return process


def restart_killed(process: Process, port: int) -> None:
    """kill -9, then start the same server on the same files, as a supervisor would."""
    process.stop(signal.SIGKILL)
    process.start()
    wait_for(lambda: answers("127.0.0.1", port), 15, "redis after the restart")
    client = redis.Redis(port=port)
    wait_for(lambda: client.info("persistence")["loading"] == 0, 15, "redis loading its AOF")


class Switch:
    """A TCP forwarder in front of a server: off refuses new connections and cuts open ones."""

    def __init__(self, host: str, port: int) -> None:
        self.target, self.port = (host, port), free_port()
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []

    def on(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def off(self) -> None:
        if self.listener is not None:
            # shutdown wakes the thread blocked in accept(); close alone would leave it listening
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        for sock in self.open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # switched off
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def durable_redis(tmp_path: Path) -> Iterator[tuple[Process, int]]:
    port = free_port()
    process = start_durable_redis(tmp_path, port)
    yield process, port
    process.stop()


@pytest.fixture
def switched_postgres() -> Iterator[tuple[Switch, str]]:
    """A fresh, migrated PostgreSQL database reached through a switch that is on."""
    if not postgres_available():
        pytest.skip("no PostgreSQL server reachable")
    with postgres_database() as url:
        admin = make_url(POSTGRES_ADMIN_URL)
        switch = Switch(admin.host or "127.0.0.1", admin.port or 5432)
        switch.on()
        switched = make_url(url).set(host="127.0.0.1", port=switch.port)
        switched_url = switched.render_as_string(hide_password=False)
        upgrade(switched_url)
        yield switch, switched_url
        switch.off()


def test_the_deployments_redis_fsyncs_every_write_before_acknowledging_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    command = " ".join(compose["services"]["redis"]["command"])
    assert "--appendonly yes" in command and "--appendfsync always" in command
    started: list[list[str]] = []
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    monkeypatch.setattr(services, "redis_server_binary", lambda: "redis-server")
    monkeypatch.setattr(services.os, "execv", lambda _binary, argv: started.append(argv))
    monkeypatch.setattr(services.Path, "mkdir", lambda *_a, **_k: None)
    services._redis(None)  # type: ignore[arg-type]
    (argv,) = started
    assert " ".join(argv).endswith(" ".join(REDIS_PERSISTENCE))
    assert "--appendfsync always" in " ".join(argv) and "--appendonly yes" in " ".join(argv)


def test_a_held_message_survives_redis_killed_and_restarted(
    sqlite_url: str, durable_redis: tuple[Process, int]
) -> None:
    process, port = durable_redis
    line = create_app(make_settings(sqlite_url, f"redis://127.0.0.1:{port}/0", burst_hold=0.0))
    with database_down(line):
        response = text(line.test_client(), sms_form(PHONE, "the farm on county road 9"))
    assert response.status_code == 200 and replies(response) == [FALLBACK]
    restart_killed(process, port)
    assert redis.Redis(port=port).xlen(STREAM) == 1
    assert drain_outage_queue()["filed"] == 1
    with make_sessions(make_engine(sqlite_url))() as session:
        bodies = session.scalars(select(Message.body).where(Message.direction == "in")).all()
    assert bodies == ["the farm on county road 9"]


def held_page_sent(log: Path) -> bool:
    return "PAGE on-call: Lantern CRITICAL tip HELD-" in log.read_text(errors="replace")


def test_postgres_down_then_back_nothing_acknowledged_is_lost_or_filed_twice(
    switched_postgres: tuple[Switch, str],
    durable_redis: tuple[Process, int],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    switch, database_url = switched_postgres
    process, port = durable_redis
    redis_url = f"redis://127.0.0.1:{port}/0"
    settings = make_settings(database_url, redis_url, burst_hold=0.0)
    worker_log = tmp_path / "worker.log"
    worker = start_worker(settings, worker_log)
    try:
        line: Flask = create_app(settings)
        client = line.test_client()
        switch.off()  # the database goes away
        form = sms_form(PHONE, DANGER)
        first, retry = text(client, form), text(client, form)
        assert first.status_code == retry.status_code == 200
        assert replies(first) == replies(retry) == [FALLBACK]
        held = redis.Redis.from_url(redis_url)
        assert held.xlen(STREAM) == 1  # Twilio's retry of the same MessageSid is held once
        wait_for(lambda: held_page_sent(worker_log), 60, "on-call paged while the database is down")

        restart_killed(process, port)
        assert held.xlen(STREAM) == 1  # the append-only file kept it

        switch.on()  # the database is back
        broker = Celery(broker=redis_url)
        for _ in range(2):  # beat runs it every 30 s; twice here, and it files the message once
            broker.send_task("webhooks.outage.drain_outage_queue", queue="lantern")
        sessions = make_sessions(make_engine(database_url))

        def paged_with_reference() -> bool:
            with sessions() as session:
                tip = session.scalars(select(Tip)).first()
                page = session.scalars(select(Page)).first()
                return tip is not None and page is not None and page.sent_at is not None

        wait_for(paged_with_reference, 90, "the filed tip triaged and paged by its reference")
        with sessions() as session:
            tip = session.scalars(select(Tip)).one()
            inbound = session.scalars(select(Message).where(Message.direction == "in")).all()
        key = settings.pseudonym_key
        assert [m.external_id for m in inbound] == [message_id_digest(key, form["MessageSid"])]
        assert tip.queue == "emergency" and tip.urgency == "critical"
        assert held.xlen(STREAM) == 0
        listed = client.get(
            "/api/v1/tips", headers={"Authorization": f"Bearer {staff_token(sessions)}"}
        )
        assert [t["reference"] for t in listed.get_json()] == [tip.reference]
        assert f"PAGE on-call: Lantern CRITICAL tip {tip.reference}" in worker_log.read_text()

        places = {
            "worker log": worker_log.read_bytes(),
            "web log": "\n".join(r.getMessage() for r in caplog.records).encode(),
            "redis": redis_contents(held),
            "redis files": b"".join(p.read_bytes() for p in (tmp_path / "appendonlydir").glob("*")),
        }
        assert search(places, PHONE) == {}
        assert DANGER.encode() not in places["redis files"]  # held entries are encrypted
    finally:
        worker.stop()
