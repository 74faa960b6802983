"""The public edge (Twilio SMS, web chat) and the loopback-only internal API."""

from __future__ import annotations

import logging

from flask import Flask, Response
from sqlalchemy.exc import OperationalError

from webhooks import internal, sms, webchat

log = logging.getLogger(__name__)


def _database_down(exc: OperationalError) -> tuple[Response, int]:
    # 503 makes Twilio retry later instead of taking a 200 for a message that was not stored.
    log.error("database unavailable: %s", type(exc.orig).__name__)
    return Response("Service unavailable, try again shortly.", headers={"Retry-After": "5"}), 503


def init_app(app: Flask) -> None:
    """Register the public channels."""
    app.register_blueprint(sms.bp)
    app.register_blueprint(webchat.bp)
    app.register_error_handler(OperationalError, _database_down)


def init_internal_app(app: Flask) -> None:
    """Register the internal API on the loopback app."""
    app.register_blueprint(internal.bp)
    app.register_error_handler(OperationalError, _database_down)
