"""A photo a tipster sent, opened only through the app: checked, audited, fetched server-side.

On a tip that may show a child (a minor involved, or the child-exploitation queue) media are
withheld: only a supervisor opens them, and the opening is audited as such.

The stored address is Twilio's and is never shown; the server fetches it with the account's
credentials and hands the bytes over with no caching and a content type that cannot run.
"""

from __future__ import annotations

import logging

import requests
from flask import Blueprint, Response, abort, current_app
from flask.typing import ResponseReturnValue

from hotline.access import NO_TIP, deny, require_tip
from hotline.auth import current_user, login_required
from hotline.database import db
from tips.config import Settings
from tips.crypto import DecryptionError
from tips.models import Media, Message, Tip
from tips.outbound import media_url
from tips.staff import audit, sees_all_queues
from tips.store import latest_assessment

log = logging.getLogger(__name__)
bp = Blueprint("media", __name__)
TWILIO_API = "https://api.twilio.com"
MAX_BYTES = 10 * 1024 * 1024  # Twilio takes MMS up to 5 MB; anything far larger is not a photo
FETCH_TIMEOUT = 15
# Shown in the browser only for raster images; anything else (SVG, HTML, PDF...) is a download.
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic"}


CHILD_QUEUE = "child_exploitation"
MAX_ID = 2**31 - 1  # the largest id a row may have


def withheld(tip: Tip, minor: bool | None = None) -> bool:
    """A tip that may show a child: its media are opened only by a supervisor, audited.

    `minor` is the latest assessment's finding, when the caller has it.
    """
    if minor is None:
        assessment = latest_assessment(db(), tip.id)
        minor = bool(assessment and assessment.minor_involved)
    return tip.queue == CHILD_QUEUE or minor or (tip.answers or {}).get("minor_involved") is True


def _media_and_tip(media_id: int) -> tuple[Media, Tip]:
    """One 404 for no such media and for media of a tip in another queue (that one audited)."""
    if media_id > MAX_ID:  # no row's id; SQLite and PostgreSQL refuse so large a number
        log.warning("media %s refused: no media id is that large", media_id)
        abort(404, NO_TIP)
    media = db().get(Media, media_id)
    message = db().get(Message, media.message_id) if media else None
    tip = db().get(Tip, message.tip_id) if message and message.tip_id else None
    if media is None or tip is None:
        abort(404, NO_TIP)  # staff see media only as part of a tip
    return media, require_tip(current_user(), tip.reference)


def _allowed(settings: Settings, url: str) -> bool:
    """Only Twilio's API (or the configured stand-in) gets the account's credentials."""
    base = (settings.twilio_api_base or TWILIO_API).rstrip("/")
    return url.startswith(base + "/")


def _fetch(settings: Settings, url: str) -> bytes:
    """The bytes at Twilio's media URL; a redirect to its storage drops the credentials."""
    auth = (settings.twilio_account_sid, settings.twilio_auth_token)
    with requests.get(url, auth=auth, timeout=FETCH_TIMEOUT, stream=True) as response:
        response.raise_for_status()
        content = response.raw.read(MAX_BYTES + 1, decode_content=True)
    if len(content) > MAX_BYTES:
        raise ValueError("media larger than the limit")
    return bytes(content)


@bp.get("/media/<int:media_id>")
@login_required
def show(media_id: int) -> ResponseReturnValue:
    """One attachment of a tip the account may work; every opening is audited."""
    settings: Settings = current_app.extensions["lantern"].settings
    media, tip = _media_and_tip(media_id)
    user = current_user()
    hidden = withheld(tip)
    if hidden and not sees_all_queues(user):
        deny(user, f"media={media_id} withheld: a child may be shown", tip.id,
             "Only a supervisor opens media that may show a child.")  # fmt: skip
    try:
        url = media_url(settings.keyring, media)
    except DecryptionError:
        log.error("media %s cannot be decrypted with any configured data key", media_id)
        abort(404)
    if not _allowed(settings, url):
        log.warning("media %s refused: its address is not Twilio's API", media_id)
        abort(404)
    detail = f"media={media_id}" + (" withheld" if hidden else "")
    audit(db(), actor=user.name, action="view_media", tip_id=tip.id, detail=detail)
    db().commit()
    try:
        content = _fetch(settings, url)
    except (requests.RequestException, ValueError) as exc:
        log.warning("media %s could not be fetched: %s", media_id, type(exc).__name__)
        abort(502)
    return _download(media, content)


def _download(media: Media, content: bytes) -> Response:
    inline = media.content_type in INLINE_TYPES
    response = Response(
        content, mimetype=media.content_type if inline else "application/octet-stream"
    )
    disposition = "inline" if inline else "attachment"
    response.headers["Content-Disposition"] = f'{disposition}; filename="tip-media-{media.id}"'
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
