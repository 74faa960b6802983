"""The staff hotline: login, queues, tip detail and the JSON API, behind strict headers."""

from __future__ import annotations

import logging

from flask import Blueprint, Flask, Response, abort, request

from hotline import (
    account,
    actions,
    admin,
    api,
    audit_log,
    auth,
    charts,
    media,
    openapi,
    queues,
    referrals,
    tokens,
)
from hotline import tips as tip_pages
from hotline.access import refused_page
from hotline.database import close_db
from hotline.listing import template_helpers

# Tip text is untrusted: nothing runs or loads on a staff page but the hotline's own files;
# connect-src lets the queue pages' own script poll their JSON feed.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
log = logging.getLogger(__name__)
PATH_PREFIXES = ("/staff/", "/api/")
BLUEPRINTS = {"staff", api.bp.name, openapi.bp.name}


def refuse_nul() -> None:
    """400 for a NUL in the URL, the query or a form: no staff field has a use for one, and
    PostgreSQL text cannot hold it, so a name looked up with one would fail in the database."""
    values = [str(value) for value in (request.view_args or {}).values()]
    values += [value for _, value in request.args.items(multi=True)]
    values += [value for _, value in request.form.items(multi=True)]
    if any("\x00" in value for value in values):
        log.warning("refused %s %r: a NUL character in the URL or a field", request.method,
                    request.path)  # fmt: skip
        abort(400, "The request holds a NUL character, which no staff field accepts.")


staff = Blueprint(
    "staff",
    __name__,
    url_prefix="/staff",
    template_folder="templates",
    static_folder="static",
)
staff.register_blueprint(auth.bp)
staff.register_blueprint(account.bp)
staff.register_blueprint(queues.bp)
staff.register_blueprint(tip_pages.bp)
staff.register_blueprint(actions.bp)
staff.register_blueprint(audit_log.bp)
staff.register_blueprint(media.bp)
staff.register_blueprint(referrals.bp)
staff.register_blueprint(charts.bp)
staff.register_blueprint(admin.bp)
staff.register_blueprint(tokens.bp)
staff.before_request(auth.check_csrf)
staff.before_request(refuse_nul)
staff.context_processor(auth.template_context)
staff.context_processor(template_helpers)
staff.context_processor(queues.template_context)
staff.register_error_handler(403, refused_page)


def _is_hotline() -> bool:
    # By path too, so a 404 for an unknown staff URL carries the same headers as the pages.
    return bool(BLUEPRINTS.intersection(request.blueprints)) or (
        request.path == "/staff" or request.path.startswith(PATH_PREFIXES)
    )


def add_security_headers(response: Response) -> Response:
    """Put the hotline's security headers on a response from one of its URLs."""
    if _is_hotline():
        response.headers.update(SECURITY_HEADERS)
    return response


def init_app(app: Flask) -> None:
    """Register the staff pages and the API, the security headers and the session cleanup."""
    app.register_blueprint(staff)
    app.register_blueprint(api.bp)
    app.register_blueprint(openapi.bp)
    app.after_request(add_security_headers)
    app.teardown_appcontext(close_db)
