"""Entry point for the web apps: the public one (webhooks, hotline) and the internal one."""

from __future__ import annotations

from flask import Flask

import hotline
import monitoring
import webhooks
from monitoring import logs
from tips.config import Settings, load
from tips.runtime import Runtime
from triage.queueing import make_celery


def _base_app(settings: Settings | None, role: str) -> Flask:
    settings = settings or load()
    logs.configure(role, development=settings.development)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=256 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=not settings.development,
    )
    runtime = Runtime(settings)
    app.extensions["lantern"] = runtime
    app.extensions["celery"] = make_celery(runtime)
    logs.tag_requests(app)
    return app


def create_app(settings: Settings | None = None) -> Flask:
    """The public app: Twilio and web-chat webhooks, and the staff hotline."""
    app = _base_app(settings, "web")
    webhooks.init_app(app)
    hotline.init_app(app)
    monitoring.init_app(app, with_metrics=False)
    return app


def create_internal_app(settings: Settings | None = None) -> Flask:
    """The loopback-only app the action server calls to create and update tips."""
    app = _base_app(settings, "internal")
    webhooks.init_internal_app(app)
    monitoring.init_app(app, with_metrics=True)
    return app
