"""What the follow-up tests share: an app with its internal API on loopback, a bot stand-in
that files the consent answer through that API exactly as the action server does, signed SMS,
and a signed-in staff member."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests
from flask import Flask, jsonify, request
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app, create_internal_app
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.hotline.seed import STAFF_NAME, STAFF_PASSWORD, csrf_from, login
from tests.support.twilio import signature, sms_form
from tests.support.twilio_api import ACCOUNT_SID, TwilioApi, twilio_api
from tests.webhooks.http_servers import serving
from tips import staff
from tips.config import Settings
from tips.db import transaction
from tips.models import Conversation, Tip
from webhooks.pseudonyms import pseudonym

SMS_URL = PUBLIC_BASE + "/webhooks/twilio/sms"
PHONE = "+15550104477"
CONSENT_QUESTION = "Can we text you back if we have questions?"


@dataclass
class ConsentBot:
    """A stand-in for Rasa: asks for follow-up consent, and on yes/no files the tip over HTTP."""

    internal_url: str = ""
    token: str = ""
    received: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> Flask:
        rasa = Flask("bot_stand_in")

        @rasa.post("/webhooks/rest/webhook")
        def webhook() -> Any:
            body = request.get_json()
            self.received.append(body)
            answer = body["message"].strip().lower()
            if answer not in ("yes", "no"):
                return jsonify([{"recipient_id": body["sender"], "text": CONSENT_QUESTION}])
            filed = requests.post(
                f"{self.internal_url}/internal/tips",
                json={
                    "sender_id": body["sender"], "channel": body["metadata"]["channel"],
                    "answers": {"followup_consent": answer == "yes"}, "complete": True,
                },
                headers={"Authorization": f"Bearer {self.token}"}, timeout=5,
            )  # fmt: skip
            reference = filed.json()["reference"]
            return jsonify(
                [{"recipient_id": body["sender"], "text": f"Your reference: {reference}"}]
            )

        return rasa


@dataclass
class Line:
    """A running public app, its bot stand-in and Twilio's API stand-in."""

    settings: Settings
    client: FlaskClient
    bot: ConsentBot
    api: TwilioApi

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The app's own session factory."""
        runtime = self.client.application.extensions["lantern"]
        return runtime.sessions  # type: ignore[no-any-return]

    def text(self, body: str, phone: str = PHONE, **extra: str) -> Any:
        """Text the line, signed as Twilio signs."""
        form = sms_form(phone, body, **extra)
        headers = {"X-Twilio-Signature": signature(AUTH_TOKEN, SMS_URL, form)}
        return self.client.post("/webhooks/twilio/sms", data=form, headers=headers)

    def conversation(self, phone: str = PHONE) -> Conversation:
        """The SMS conversation of a phone number (looked up by its pseudonym)."""
        sender = pseudonym(self.settings.pseudonym_key, "sms", phone)
        with self.sessions() as s:
            return s.scalars(select(Conversation).where(Conversation.sender == sender)).one()

    def tip(self, phone: str = PHONE) -> Tip:
        """The tip of a phone number's conversation."""
        with self.sessions() as s:
            return s.get_one(Tip, self.conversation(phone).tip_id)

    def staff_client(self) -> FlaskClient:
        """A second browser, signed in as a supervisor."""
        with transaction(self.sessions) as s:
            if staff.by_name(s, STAFF_NAME) is None:
                staff.add(s, STAFF_NAME, STAFF_PASSWORD, "supervisor",
                          secret_key=self.settings.secret_key)  # fmt: skip
        browser = self.client.application.test_client()
        assert login(browser).status_code == 302
        return browser

    def staff_reply(self, browser: FlaskClient, reference: str, body: str) -> Any:
        """Claim the tip if nobody has, then write to the tipster from the tip page."""
        browser.get(f"/staff/tips/{reference}")
        token = csrf_from(browser)
        browser.post(f"/staff/tips/{reference}/claim", data={"csrf_token": token})
        return browser.post(
            f"/staff/tips/{reference}/reply", data={"body": body, "csrf_token": token}
        )


@contextmanager
def running_line(database_url: str, redis_url: str, **overrides: Any) -> Iterator[Line]:
    """The public app with the internal API served on loopback, the bot and Twilio stand-ins."""
    with ExitStack() as stack:
        api = stack.enter_context(twilio_api(AUTH_TOKEN))
        bot = ConsentBot()
        rasa_url = stack.enter_context(serving(bot.app()))
        settings = make_settings(
            database_url, redis_url, rasa_url=rasa_url, twilio_api_base=api.base_url,
            twilio_account_sid=ACCOUNT_SID, **overrides,
        )  # fmt: skip
        bot.internal_url = stack.enter_context(serving(create_internal_app(settings)))
        bot.token = settings.internal_token
        app = create_app(settings)
        app.config["TESTING"] = True
        yield Line(settings, app.test_client(), bot, api)
