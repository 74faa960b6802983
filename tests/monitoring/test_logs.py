"""Structured logs: JSON lines that parse, and no phone number or e-mail address in any of them."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from monitoring import logs
from tests.support.twilio import sms_form
from tips.config import ROOT

NUMBER_FORMS = [
    "+15550104477",
    "15550104477",
    "5550104477",
    "(555) 010-4477",
    "555-010-4477",
    "555.010.4477",
    "+1 555 010 4477",
    "+44 7911 123456",
    "+447911123456",
]
DIGITS = ["5550104477", "7911123456"]


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """A JSON handler with the scrubber, as configure() sets one up, writing to a buffer."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter("test"))
    handler.addFilter(logs.Scrubber())
    logger = logging.getLogger("lantern.test.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield stream
    logger.removeHandler(handler)


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


@pytest.mark.parametrize("number", NUMBER_FORMS)
def test_a_number_in_any_format_is_masked(number: str) -> None:
    scrubbed = logs.scrub(f"texter {number} wrote in")
    assert logs.MASK in scrubbed
    assert not any(d in digits_of(scrubbed) for d in DIGITS)


def test_emails_and_twilio_fields_are_masked_and_ids_kept() -> None:
    text = (
        "From=%2B15550104477&To=%2B15550199 {'From': 'whatsapp:+15550104477'} "
        "mail ana.lee+tips@example.org task 8f3e2a10-4567-1234-9abc-0123456789ab "
        "sender 5f2d3c4e5550104477a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b tip 42"
    )
    scrubbed = logs.scrub(text)
    assert "15550104477" not in scrubbed.replace("5f2d3c4e5550104477a1", "")
    assert "15550199" not in scrubbed and "example.org" not in scrubbed
    assert "8f3e2a10-4567-1234-9abc-0123456789ab" in scrubbed  # a task id is not a number
    assert "5f2d3c4e5550104477a1b2c3" in scrubbed  # nor is a pseudonym
    assert "tip 42" in scrubbed


def test_json_lines_parse_and_hold_no_number(captured: io.StringIO) -> None:
    logger = logging.getLogger("lantern.test.logs")
    for number in NUMBER_FORMS:
        logger.warning("sms from %s to %s", number, "+15550199")
    logger.info("form %s", sms_form("+15550104477", "call me at 555 010 4477"))
    try:
        raise ValueError("bad number +15550104477")
    except ValueError:
        logger.exception("failed for ana@example.org")
    logger.warning("a bad format call %s %s", "+15550104477")
    found = lines(captured)
    assert len(found) == len(NUMBER_FORMS) + 3
    for line in found:
        assert {"time", "level", "logger", "message", "role"} <= line.keys()
        assert line["role"] == "test" and line["logger"] == "lantern.test.logs"
    text = captured.getvalue()
    assert not any(d in digits_of(text) for d in DIGITS)
    assert "example.org" not in text and "ValueError" in text


def test_a_request_has_an_id_in_its_lines(app: Flask, client: FlaskClient) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter("web"))

    @app.get("/test-log")
    def _log_something() -> str:
        logging.getLogger("lantern.test.request").warning("inside a request")
        return "ok"

    logging.getLogger("lantern.test.request").addHandler(handler)
    try:
        client.get("/test-log", headers={"X-Request-Id": "req-0123456789"})
        client.get("/test-log", headers={"X-Request-Id": "+15550104477 <script>"})
    finally:
        logging.getLogger("lantern.test.request").removeHandler(handler)
    given, replaced = lines(stream)
    assert given["request_id"] == "req-0123456789"
    assert isinstance(replaced["request_id"], str) and len(replaced["request_id"]) == 32


def test_configure_scrubs_every_handler_and_honours_the_format() -> None:
    other = logging.getLogger("lantern.test.other")
    foreign = logging.StreamHandler(io.StringIO())
    other.addHandler(foreign)
    try:
        logs.configure("test", development=True)
        assert any(isinstance(f, logs.Scrubber) for f in foreign.filters)
        assert all(
            any(isinstance(f, logs.Scrubber) for f in h.filters)
            for h in logging.getLogger().handlers
            if h.get_name() == "lantern"
        )
    finally:
        other.removeHandler(foreign)
    with pytest.raises(ValueError):
        os.environ["LANTERN_LOG_FORMAT"] = "xml"
        try:
            logs.log_format(development=False)
        finally:
            del os.environ["LANTERN_LOG_FORMAT"]
    assert logs.log_format(development=False) == "json"
    assert logs.log_format(development=True) == "plain"


def test_a_worker_process_writes_scrubbed_json() -> None:
    """A Celery app process as the worker starts it: JSON to stderr, numbers masked."""
    code = (
        "import logging, worker; worker.use_lantern_logging(loglevel=logging.INFO); "
        "logging.getLogger('triage.tasks').warning('page to %s', '+1 (555) 010-4477')"
    )
    env = {**os.environ, "LANTERN_ENV": "test", "LANTERN_LOG_FORMAT": "json",
           "LANTERN_SECRET_KEY": "s" * 40, "LANTERN_PSEUDONYM_KEY": "p" * 40,
           "LANTERN_INTERNAL_TOKEN": "i" * 40}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stderr.strip().splitlines()[-1])
    assert line["role"] == "worker" and line["logger"] == "triage.tasks"
    assert line["message"] == f"page to {logs.MASK}"
