"""Rotating the session-signing key (LANTERN_SECRET_KEY): the old key, kept in
LANTERN_SECRET_KEY_FALLBACKS, still opens what it signed; dropped, it opens nothing."""

from __future__ import annotations

import pytest
import redis
from flask import Flask

from app import create_app
from tests.conftest import make_settings
from tests.hotline.seed import STAFF_NAME, STAFF_PASSWORD, login
from tips import staff
from tips.db import transaction

OLD_SIGNING = "old-signing-key-" + "o" * 32
NEW_SIGNING = "new-signing-key-" + "n" * 32
OVERVIEW = "/staff/"
POLL = "/webhooks/webchat/messages"


@pytest.fixture
def start(sqlite_url: str, redis_url: str, redis_client: redis.Redis):  # type: ignore[no-untyped-def]
    """Starts the public app on one database and Redis with the signing keys given."""

    def started(secret_key: str, fallbacks: str = "") -> Flask:
        settings = make_settings(sqlite_url, redis_url, secret_key=secret_key,
                                 secret_key_fallbacks=fallbacks, webchat_work_bits=0)  # fmt: skip
        app = create_app(settings)
        app.config["TESTING"] = True
        return app

    return started


def test_a_staff_session_signed_with_the_old_key_lasts_while_the_key_is_a_fallback(
    start,  # type: ignore[no-untyped-def]
) -> None:
    before = start(OLD_SIGNING)
    with transaction(before.extensions["lantern"].sessions) as session:
        staff.add(session, STAFF_NAME, STAFF_PASSWORD, "supervisor", secret_key=OLD_SIGNING)
    browser = before.test_client()
    assert login(browser).status_code == 302
    cookie = browser.get_cookie("session")
    assert cookie is not None and browser.get(OVERVIEW).status_code == 200

    rotated = start(NEW_SIGNING, fallbacks=OLD_SIGNING).test_client()
    rotated.set_cookie("session", cookie.value)
    assert rotated.get(OVERVIEW).status_code == 200

    dropped = start(NEW_SIGNING).test_client()
    dropped.set_cookie("session", cookie.value)
    refused = dropped.get(OVERVIEW)
    assert refused.status_code == 302 and "/staff/login" in refused.headers["Location"]


def test_a_web_chat_session_issued_under_the_old_key_goes_on_while_it_is_a_fallback(
    start,  # type: ignore[no-untyped-def]
) -> None:
    page = start(OLD_SIGNING).test_client()
    challenge = page.get("/webhooks/webchat/challenge").get_json()["challenge"]
    opened = page.post("/webhooks/webchat/sessions", json={"challenge": challenge, "nonce": "0"})
    assert opened.status_code == 201
    session = opened.get_json()["session"]

    rotated = start(NEW_SIGNING, fallbacks=OLD_SIGNING).test_client()
    assert rotated.get(POLL, headers={"X-Lantern-Session": session}).status_code == 200
    # A challenge the old key signed a moment ago is still honoured too.
    late = rotated.post("/webhooks/webchat/sessions", json={"challenge": challenge, "nonce": "0"})
    assert late.status_code == 201

    dropped = start(NEW_SIGNING).test_client()
    assert dropped.get(POLL, headers={"X-Lantern-Session": session}).status_code == 403
