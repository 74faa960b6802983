"""The public edge (Twilio SMS, web chat) and the loopback-only internal API."""

from __future__ import annotations

import logging
import threading

from flask import Flask, Response
from sqlalchemy.exc import OperationalError

from languages.detect import detect
from triage.indicators import detect_danger
from webhooks import internal, sms, webchat

log = logging.getLogger(__name__)


def _database_down(exc: OperationalError) -> tuple[Response, int]:
    # 503 makes Twilio retry later instead of taking a 200 for a message that was not stored.
    log.error("database unavailable: %s", type(exc.orig).__name__)
    return Response("Service unavailable, try again shortly.", headers={"Retry-After": "5"}), 503


# Sentences that make the language detector and the danger patterns load before the first
# message: the first person to write does not wait for them, nor does a burst lose its order.
WARM_UP = (
    "there are girls locked in the back of the salon on main street and they cannot leave",
    "hay muchachas encerradas en la parte de atras del salon y no pueden salir",
)


def _warm_up() -> None:
    for text in WARM_UP:
        detect(text)
        detect_danger(text)


def init_app(app: Flask) -> None:
    """Register the public channels."""
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    app.register_blueprint(sms.bp)
    app.register_blueprint(webchat.bp)
    app.register_error_handler(OperationalError, _database_down)


def init_internal_app(app: Flask) -> None:
    """Register the internal API on the loopback app."""
    app.register_blueprint(internal.bp)
    app.register_error_handler(OperationalError, _database_down)
