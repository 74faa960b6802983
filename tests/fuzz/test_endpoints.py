"""Property-based fuzzing of every public and internal endpoint: a 4xx or a 2xx, never a 5xx.

The real apps run on SQLite and PostgreSQL (when one answers) and the private Redis, with Rasa on
a closed port, so every accepted message takes the edge's fallback path.
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from werkzeug.test import TestResponse

from app import create_app, create_internal_app
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.twilio import signature, sms_form
from tests.support.webchat import CHALLENGE_URL, SESSIONS_URL, open_session
from tips.answers import FLAG_FIELDS, KINDS, TEXT_FIELDS
from tips.config import Settings

# LANTERN_FUZZ_EXAMPLES raises the count for a longer hunt; make test keeps it quick.
FUZZ = settings(
    max_examples=int(os.environ.get("LANTERN_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SMS_PATH = "/webhooks/twilio/sms"
CHAT_PATH = "/webhooks/webchat/messages"
SESSION_HEADER = "X-Lantern-Session"
ISSUED = "<a session the server issued>"  # replaced, in the test, by one opened for the example

# Text as a form or JSON can carry it: any code point but lone surrogates (not encodable).
# Awkward cases first: NUL (PostgreSQL text refuses it), keywords, references, danger, RTL.
SPECIAL = ["\x00", "a\x00b", "STOP", "ZZZ-ZZZ", "locked in the van right now", "\u202e", "' --"]
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=80) | st.sampled_from(SPECIAL)
huge_texts = st.integers(4_990, 300_000).map(lambda n: ("é🚐a" * (n // 3 + 1))[:n])
header_values = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=80)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
sessions_ids = st.from_regex(r"[A-Za-z0-9_-]{32,64}", fullmatch=True)  # drawn: never issued
drawn_sessions = sessions_ids | header_values
senders = st.from_regex(r"[0-9a-f]{16,64}", fullmatch=True)
references = st.from_regex(r"[2-9A-HJKMNP-Z]{3}-?[2-9A-HJKMNP-Z]{3}", fullmatch=True)
content_types = st.sampled_from(
    ["application/json", "text/plain", "application/x-www-form-urlencoded",
     "multipart/form-data", "application/xml", ""]
)  # fmt: skip
raw_bodies = (
    st.binary(max_size=400)
    | texts.map(str.encode)
    | json_values.map(lambda v: json.dumps(v).encode())
)


@pytest.fixture
def fuzz_settings(database_url: str, redis_url: str, redis_client: redis.Redis) -> Settings:
    """Test settings on each database (SQLite, and PostgreSQL when one answers).

    Every web-chat example comes from the test client's one address with a session of its own:
    the address and new-session ceilings are set far above one run's examples, so each reaches
    the message handling, and the proof of work is made cheap. Both are tested, with their own
    values, in tests/webhooks.
    """
    return make_settings(
        database_url,
        redis_url,
        webchat_per_address_per_minute=100_000,
        webchat_per_address_per_hour=1_000_000,
        webchat_sessions_per_address_per_hour=100_000,
        webchat_sessions_per_minute=10_000,
        webchat_work_bits=8,
    )


@pytest.fixture
def public(fuzz_settings: Settings) -> FlaskClient:
    """The public app; TESTING makes any exception surface here instead of as a 500 page."""
    app: Flask = create_app(fuzz_settings)
    app.config["TESTING"] = True
    return app.test_client()


@pytest.fixture
def internal(fuzz_settings: Settings) -> FlaskClient:
    """The internal app, as the action server calls it."""
    app: Flask = create_internal_app(fuzz_settings)
    app.config["TESTING"] = True
    return app.test_client()


def no_5xx(response: TestResponse) -> None:
    event(f"status {response.status_code}")
    assert response.status_code < 500, (response.status_code, response.get_data()[:300])


def clean_4xx(response: TestResponse) -> None:
    """Refused with a 4xx that says why."""
    no_5xx(response)
    assert 400 <= response.status_code < 500, (response.status_code, response.get_data()[:300])
    assert (response.get_json(silent=True) or {}).get("error"), response.get_data()[:300]


def with_issued_session(client: FlaskClient, body: Any) -> tuple[Any, bool]:
    """The body with its ISSUED session replaced by one the server issued; whether it had one."""
    if isinstance(body, dict) and body.get("session") == ISSUED:
        event("session issued")
        return {**body, "session": open_session(client)}, True
    return body, False


def session_accepted(response: TestResponse) -> None:
    """An issued session got past admission: whatever the answer, it is not about the session."""
    error = str((response.get_json(silent=True) or {}).get("error", ""))
    assert response.status_code not in (403, 429) and "session" not in error, (
        response.status_code,
        error,
    )


sms_forms = st.one_of(
    st.dictionaries(texts, texts, max_size=12),
    st.builds(
        lambda sender, body, sid, extra: {**sms_form(sender, body, sid), **extra},
        texts | st.sampled_from(["+15550104477", "whatsapp:+15550104477"]),
        texts | huge_texts | st.sampled_from(["STOP", "AYUDA", "start", "ZZZ-ZZZ"]),
        texts | st.from_regex(r"SM[0-9a-f]{32}", fullmatch=True),
        st.dictionaries(texts, texts, max_size=4),
    ),
)


@FUZZ
@given(form=sms_forms, query=st.none() | texts, signed=st.booleans())
def test_sms_webhook(public: FlaskClient, form: dict[str, str], query: str | None,
                     signed: bool) -> None:  # fmt: skip
    path = SMS_PATH + (f"?q={quote(query)}" if query is not None else "")
    headers = (
        {"X-Twilio-Signature": signature(AUTH_TOKEN, PUBLIC_BASE + path, form)} if signed else {}
    )
    response = public.post(path, data=form, headers=headers)
    no_5xx(response)
    if not signed:
        assert response.status_code == 403


@FUZZ
@given(body=raw_bodies, content_type=content_types, signature_=header_values)
def test_sms_webhook_raw_bodies(public: FlaskClient, body: bytes, content_type: str,
                                signature_: str) -> None:  # fmt: skip
    headers = {"X-Twilio-Signature": signature_}
    no_5xx(public.post(SMS_PATH, data=body, headers=headers, content_type=content_type))


well_formed_chat = st.fixed_dictionaries(
    {"session": st.just(ISSUED), "text": texts | huge_texts},
    optional={"language": st.sampled_from(["en", "es"])},
)
chat_bodies = (
    well_formed_chat
    | json_values
    | st.fixed_dictionaries(
        {},
        optional={
            "session": st.just(ISSUED) | sessions_ids | json_values,
            "text": texts | huge_texts | json_values,
            "language": st.sampled_from(["en", "es", "fr", ""]) | json_values,
            "extra": json_values,
        },
    )
)


@FUZZ
@given(body=chat_bodies)
def test_webchat_message(public: FlaskClient, body: Any) -> None:
    body, issued = with_issued_session(public, body)
    response = public.post(CHAT_PATH, json=body)
    no_5xx(response)
    if issued:
        session_accepted(response)


@FUZZ
@given(session=drawn_sessions | json_values, text=texts.filter(str.strip))
def test_webchat_message_with_a_session_the_client_drew(
    public: FlaskClient, session: Any, text: str
) -> None:
    clean_4xx(public.post(CHAT_PATH, json={"session": session, "text": text}))


@FUZZ
@given(body=raw_bodies, content_type=content_types)
def test_webchat_message_raw(public: FlaskClient, body: bytes, content_type: str) -> None:
    no_5xx(public.post(CHAT_PATH, data=body, content_type=content_type))


afters = st.none() | texts | st.integers(-(10**20), 10**20).map(str)


@FUZZ
@given(after=afters)
def test_webchat_poll(public: FlaskClient, after: str | None) -> None:
    args = {} if after is None else {"after": after}
    headers = {SESSION_HEADER: open_session(public)}
    response = public.get(CHAT_PATH, query_string=args, headers=headers)
    no_5xx(response)
    session_accepted(response)


@FUZZ
@given(session=drawn_sessions, in_header=st.booleans(), after=afters)
def test_webchat_poll_with_a_session_header_the_client_drew(
    public: FlaskClient, session: str, in_header: bool, after: str | None
) -> None:
    args = {} if after is None else {"after": after}
    if in_header:
        response = public.get(CHAT_PATH, query_string=args, headers={SESSION_HEADER: session})
    else:
        response = public.get(CHAT_PATH, query_string={**args, "session": session})
    clean_4xx(response)


@FUZZ
@given(body=chat_bodies | raw_bodies, ctype=content_types)
def test_webchat_forget(public: FlaskClient, body: Any, ctype: str) -> None:
    body, issued = with_issued_session(public, body)
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = public.post("/webhooks/webchat/forget", data=data, content_type=ctype)
    no_5xx(response)
    if issued:
        session_accepted(response)


nonces = st.from_regex(r"[0-9]{1,12}", fullmatch=True) | texts | json_values


@FUZZ
@given(
    body=json_values | st.fixed_dictionaries({}, optional={"challenge": texts, "nonce": nonces}),
    fresh=st.booleans(),
    nonce=nonces,
)
def test_webchat_sessions(public: FlaskClient, body: Any, fresh: bool, nonce: Any) -> None:
    if fresh:  # a challenge this server issued, with a nonce that may or may not solve it
        issued = public.get(CHALLENGE_URL).get_json()
        body = {"challenge": issued["challenge"], "nonce": nonce}
    response = public.post(SESSIONS_URL, json=body)
    no_5xx(response)
    if response.status_code != 201:
        clean_4xx(response)


@FUZZ
@given(body=raw_bodies, content_type=content_types)
def test_webchat_sessions_raw(public: FlaskClient, body: bytes, content_type: str) -> None:
    no_5xx(public.post(SESSIONS_URL, data=body, content_type=content_type))


well_formed_answers = st.fixed_dictionaries(
    {},
    optional={
        **{key: st.none() | texts | huge_texts for key in TEXT_FIELDS},
        **{key: st.none() | st.booleans() for key in FLAG_FIELDS},
        "kind": st.none() | st.sampled_from(KINDS),
    },
)
answers = (
    well_formed_answers
    | st.dictionaries(
        st.sampled_from([*TEXT_FIELDS, *FLAG_FIELDS, "kind"]) | texts,
        st.none() | st.booleans() | texts | huge_texts | st.sampled_from(KINDS) | json_values,
        max_size=6,
    )
    | json_values
)
flags = ("complete", "emergency", "linked", "new")
well_formed_tip = st.fixed_dictionaries(
    {"sender_id": senders, "answers": well_formed_answers},
    optional={
        "channel": st.sampled_from(["sms", "webchat"]),
        "language": st.sampled_from(["en", "es"]),
        **{flag: st.booleans() for flag in flags},
    },
)
tip_bodies = (
    well_formed_tip
    | json_values
    | st.fixed_dictionaries(
        {},
        optional={
            "sender_id": senders | json_values,
            "channel": st.sampled_from(["sms", "webchat", "fax"]) | json_values,
            "language": st.sampled_from(["en", "es", "xx", "EN"]) | json_values,
            "answers": answers,
            **{flag: st.booleans() | json_values for flag in flags},
        },
    )
)
tokens = st.sampled_from(["good", "none", "wrong", "lowercase"])


def auth(settings_: Settings, token: str) -> dict[str, str]:
    return {
        "good": {"Authorization": "Bearer " + settings_.internal_token},
        "none": {},
        "wrong": {"Authorization": "Bearer " + "x" * 40},
        "lowercase": {"Authorization": "bearer " + settings_.internal_token},
    }[token]


@FUZZ
@given(body=tip_bodies, token=tokens)
def test_internal_file_tip(internal: FlaskClient, fuzz_settings: Settings, body: Any,
                           token: str) -> None:  # fmt: skip
    response = internal.post("/internal/tips", json=body, headers=auth(fuzz_settings, token))
    no_5xx(response)
    if token != "good":  # 401, or 404 for a path that matches no route at all
        assert response.status_code in (401, 404)


@FUZZ
@given(
    reference=references | texts.filter(bool),
    body=tip_bodies,
    token=tokens,
    link=st.booleans(),
    known=st.booleans(),
)
def test_internal_update_and_link(internal: FlaskClient, fuzz_settings: Settings, reference: str,
                                  body: Any, token: str, link: bool, known: bool) -> None:  # fmt: skip
    headers = auth(fuzz_settings, "good")
    if known:  # a tip that exists, so the update and link paths run to the end
        filed = {"sender_id": "ab" * 16, "answers": {"what": "van"}, "channel": "sms"}
        reference = internal.post("/internal/tips", json=filed, headers=headers).get_json()[
            "reference"
        ]
    path = f"/internal/tips/{quote(reference, safe='')}"
    headers = auth(fuzz_settings, token)
    if link:
        response = internal.post(path + "/link", json=body, headers=headers)
    else:
        response = internal.patch(path, json=body, headers=headers)
    no_5xx(response)
    if token != "good":  # 401, or 404 for a path that matches no route at all
        assert response.status_code in (401, 404)


@FUZZ
@given(body=tip_bodies, token=tokens)
def test_internal_next_tip(internal: FlaskClient, fuzz_settings: Settings, body: Any,
                           token: str) -> None:  # fmt: skip
    headers = auth(fuzz_settings, token)
    response = internal.post("/internal/conversations/next-tip", json=body, headers=headers)
    no_5xx(response)
    if token != "good":
        assert response.status_code == 401


@FUZZ
@given(
    path=st.sampled_from(["/healthz", "/readyz", "/metrics", "/chat", "/es/chat", CHALLENGE_URL]),
    method=st.sampled_from(["GET", "HEAD", "POST", "OPTIONS", "DELETE"]),
    query=st.dictionaries(texts, texts, max_size=3),
    headers=st.dictionaries(
        st.from_regex(r"X-[A-Za-z-]{1,12}", fullmatch=True), header_values, max_size=3
    ),
)
def test_health_metrics_and_chat_pages(public: FlaskClient, internal: FlaskClient, path: str,
                                       method: str, query: dict[str, str],
                                       headers: dict[str, str]) -> None:  # fmt: skip
    for client in (public, internal):
        no_5xx(client.open(path, method=method, query_string=query, headers=headers))
