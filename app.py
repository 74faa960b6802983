"""Entry point for the web apps: the public one (webhooks, hotline) and the internal one."""

from __future__ import annotations

import logging

from flask import Flask, Response, current_app, request

import hotline
import monitoring
import webhooks
from monitoring import logs
from tips.config import Settings, load
from tips.runtime import Runtime
from triage.queueing import make_celery

log = logging.getLogger(__name__)
# Over HTTPS, browsers are told to use nothing else for a year, subdomains included, so a
# staff member or a tipster on a hostile network cannot be downgraded to plain HTTP.
STRICT_TRANSPORT = "max-age=31536000; includeSubDomains"


def _base_app(settings: Settings | None, role: str) -> Flask:
    settings = settings or load()
    logs.configure(role, development=settings.development)
    for advice in settings.advisories():
        log.warning(advice)
    app = Flask(__name__)
    _use_signing_keys(app, settings)
    app.config.update(
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


def _use_signing_keys(app: Flask, settings: Settings) -> None:
    """Sign with LANTERN_SECRET_KEY; accept what its fallbacks signed (Flask 3.1 and later)."""
    app.config["SECRET_KEY"] = settings.secret_key
    if "SECRET_KEY_FALLBACKS" in app.config:
        app.config["SECRET_KEY_FALLBACKS"] = settings.signing_fallbacks
    elif settings.signing_fallbacks:
        log.warning(
            "this Flask predates SECRET_KEY_FALLBACKS (3.1): staff sessions signed with an "
            "earlier LANTERN_SECRET_KEY are refused, so staff sign in again"
        )


def create_app(settings: Settings | None = None) -> Flask:
    """The public app: Twilio and web-chat webhooks, and the staff hotline."""
    app = _base_app(settings, "web")
    webhooks.init_app(app)
    hotline.init_app(app)
    monitoring.init_app(app, with_metrics=False)
    app.after_request(_strict_transport)
    return app


def served_over_https(settings: Settings) -> bool:
    """Whether the request came over TLS: to the app itself, or, with an https public base URL,
    to the trusted proxies, as X-Forwarded-Proto says (read as werkzeug's ProxyFix reads it)."""
    if request.is_secure:
        return True
    trusted = settings.trusted_proxies
    if trusted < 1 or not settings.public_base_url.lower().startswith("https://"):
        return False
    forwarded = ",".join(request.headers.getlist("X-Forwarded-Proto"))
    hops = [hop.strip().lower() for hop in forwarded.split(",")]
    return len(hops) >= trusted and hops[-trusted] == "https"


def _strict_transport(response: Response) -> Response:
    """HSTS on every response served over HTTPS (staff pages, API, web chat); never over HTTP,
    where browsers ignore it and it would only mislead."""
    if served_over_https(current_app.extensions["lantern"].settings):
        response.headers["Strict-Transport-Security"] = STRICT_TRANSPORT
    return response


def create_internal_app(settings: Settings | None = None) -> Flask:
    """The loopback-only app the action server calls to create and update tips."""
    app = _base_app(settings, "internal")
    webhooks.init_internal_app(app)
    monitoring.init_app(app, with_metrics=True)
    return app
