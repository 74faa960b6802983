"""Logging for every process: one JSON object a line, and a scrubber in front of every handler.

The scrubber masks phone numbers, e-mail addresses and Twilio's `From`/`To` fields before a
record reaches any handler, so no log line can carry a tipster's number, whatever a caller
passed in. LANTERN_LOG_FORMAT picks `json` or `plain`; production defaults to JSON.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from datetime import datetime, timezone
from typing import Any

import phonenumbers
from flask import Flask, g, has_request_context, request

MASK = "[redacted]"
FORMATS = ("json", "plain")
REQUEST_ID_HEADER = "X-Request-Id"
_HANDLER_NAME = "lantern"
_FIELD = re.compile(r"""\b(From|To)(["']?\s*[:=]\s*["']?)([^&,;"'\s}\]]+)""")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_E164 = re.compile(r"\+\d[\d ().-]{5,}\d")
# Ids that merely contain digit runs (UUIDs, hex hashes, pseudonyms) are not phone numbers.
_PROTECTED = re.compile(
    r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|\b[0-9a-fA-F]{16,}\b)"
)
_DIGITS = re.compile(r"\d")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def _mask_numbers(text: str) -> str:
    if len(_DIGITS.findall(text)) < 7:
        return text
    found = phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)
    spans = [(m.start, m.end) for m in found]
    for start, end in reversed(spans):
        text = text[:start] + MASK + text[end:]
    return _E164.sub(MASK, text)


def scrub(text: str) -> str:
    """The text with phone numbers, e-mail addresses and Twilio From/To values masked."""
    text = _FIELD.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    text = _EMAIL.sub(MASK, text)
    parts = _PROTECTED.split(text)
    return "".join(p if i % 2 else _mask_numbers(p) for i, p in enumerate(parts))


class Scrubber(logging.Filter):
    """Rewrites a record's message and traceback through scrub() before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "lantern_scrubbed", False):
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format call must not raise in the caller
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = scrub(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        record.lantern_scrubbed = True
        return True


def _task_id() -> str | None:
    from celery import current_task  # imported late: web processes log without a task

    request_ = getattr(current_task, "request", None)
    return getattr(request_, "id", None) if current_task else None


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, role, request or task id."""

    def __init__(self, role: str) -> None:
        super().__init__()
        self.role = role

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "role": self.role,
            "pid": record.process,
        }
        if has_request_context():
            line["request_id"] = g.get("request_id")
        task_id = _task_id()
        if task_id:
            line["task_id"] = task_id
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False)


def log_format(development: bool) -> str:
    """LANTERN_LOG_FORMAT if set, else JSON in production and plain text in development."""
    chosen = os.environ.get("LANTERN_LOG_FORMAT", "").strip().lower()
    if chosen and chosen not in FORMATS:
        raise ValueError(f"LANTERN_LOG_FORMAT must be json or plain, got {chosen!r}")
    return chosen or ("plain" if development else "json")


def _formatter(role: str, fmt: str) -> logging.Formatter:
    if fmt == "json":
        return JsonFormatter(role)
    return logging.Formatter(f"%(asctime)s %(levelname)s {role} %(name)s: %(message)s")


def _every_handler() -> list[logging.Handler]:
    loggers = [logging.getLogger()]
    loggers += [
        v for v in logging.root.manager.loggerDict.values() if isinstance(v, logging.Logger)
    ]
    return [handler for logger in loggers for handler in logger.handlers]


def configure(role: str, *, development: bool, level: str | int | None = None) -> None:
    """Log to stderr in the chosen format, and put the scrubber in front of every handler."""
    root = logging.getLogger()
    ours = next((h for h in root.handlers if h.get_name() == _HANDLER_NAME), None)
    if ours is None:
        ours = logging.StreamHandler()
        ours.set_name(_HANDLER_NAME)
        root.addHandler(ours)
    ours.setFormatter(_formatter(role, log_format(development)))
    root.setLevel(level or os.environ.get("LANTERN_LOG_LEVEL", "INFO").upper())
    scrub_every_handler()


def scrub_every_handler() -> None:
    """Add the scrubber to each handler that exists now (ours, gunicorn's, Celery's)."""
    for handler in _every_handler():
        if not any(isinstance(f, Scrubber) for f in handler.filters):
            handler.addFilter(Scrubber())


def tag_requests(app: Flask) -> None:
    """Give each request an id for its log lines: a well-formed X-Request-Id, else a new one."""

    @app.before_request
    def _request_id() -> None:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
