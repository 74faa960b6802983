"""Data keys apart from the session key: sealed with the newest, opened with any, purpose-bound.

A deployment that sets no LANTERN_DATA_KEYS keeps reading what it sealed before they existed.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import timedelta

import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tips import staff
from tips.config import ConfigError, Settings, load
from tips.crypto import DecryptionError, decrypt, encrypt, new_data_key
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound
from tips.models import Message, utcnow
from tips.outbound import (
    CONTACT_PURPOSE,
    MEDIA_PURPOSE,
    MediaItem,
    Outgoing,
    media_url,
    record_media,
    remember_contact,
    start_delivery,
)
from tips.store import submit

OLD, NEW = new_data_key(), new_data_key()
SESSION_KEY = "session-signing-key-" + "s" * 32
OTHER_SESSION_KEY = "another-session-key-" + "o" * 32
PHONE = "+15550104477"


def settings(data_keys: str = "", secret_key: str = SESSION_KEY, **more: str) -> Settings:
    values = {"env": "test", "secret_key": secret_key, "pseudonym_key": "p" * 40,
              "internal_token": "i" * 40, "data_keys": data_keys, **more}  # fmt: skip
    return Settings(**values).check()  # type: ignore[arg-type]


def sealed_before_data_keys(secret_key: str, purpose: str, plaintext: str) -> str:
    """A value sealed the way Lantern sealed it before data keys: HKDF of LANTERN_SECRET_KEY."""
    hkdf = HKDF(algorithm=SHA256(), length=32, salt=None, info=f"lantern:{purpose}".encode())
    key = base64.urlsafe_b64encode(hkdf.derive(secret_key.encode()))
    return Fernet(key).encrypt(plaintext.encode()).decode()


def test_a_value_sealed_under_an_old_key_opens_after_a_new_key_is_put_first() -> None:
    sealed = encrypt(settings(OLD).keyring, CONTACT_PURPOSE, PHONE)
    both = settings(f"{NEW},{OLD}").keyring
    assert decrypt(both, CONTACT_PURPOSE, sealed) == PHONE
    with pytest.raises(DecryptionError):
        decrypt(settings(NEW).keyring, CONTACT_PURPOSE, sealed)
    fresh = encrypt(both, CONTACT_PURPOSE, PHONE)  # new values go under the newest key
    assert decrypt(settings(NEW).keyring, CONTACT_PURPOSE, fresh) == PHONE


def test_data_keys_stay_purpose_bound() -> None:
    ring = settings(NEW).keyring
    sealed = encrypt(ring, CONTACT_PURPOSE, PHONE)
    for purpose in (MEDIA_PURPOSE, staff.TOTP_PURPOSE):
        with pytest.raises(DecryptionError):
            decrypt(ring, purpose, sealed)
    with pytest.raises(DecryptionError):
        decrypt(settings(OLD).keyring, CONTACT_PURPOSE, sealed)


def test_the_session_key_cannot_open_data_sealed_under_a_data_key() -> None:
    sealed = encrypt(settings(NEW).keyring, CONTACT_PURPOSE, PHONE)
    with pytest.raises(DecryptionError):
        decrypt(SESSION_KEY, CONTACT_PURPOSE, sealed)
    with pytest.raises(DecryptionError):
        decrypt(settings(secret_key=SESSION_KEY).keyring, CONTACT_PURPOSE, sealed)
    # Changing LANTERN_SECRET_KEY alone loses nothing once data keys are set.
    assert decrypt(settings(NEW, OTHER_SESSION_KEY).keyring, CONTACT_PURPOSE, sealed) == PHONE


def test_without_data_keys_what_was_sealed_before_still_opens() -> None:
    before = sealed_before_data_keys(SESSION_KEY, CONTACT_PURPOSE, PHONE)
    assert decrypt(settings("").keyring, CONTACT_PURPOSE, before) == PHONE
    assert decrypt(SESSION_KEY, CONTACT_PURPOSE, before) == PHONE  # the old call still works
    # A deployment adding data keys: the key derived from LANTERN_SECRET_KEY is the last fallback.
    ring = settings(NEW).keyring
    assert decrypt(ring, CONTACT_PURPOSE, before) == PHONE
    assert ring.opener(CONTACT_PURPOSE, before) == len(ring.keys) - 1
    assert ring.opener(CONTACT_PURPOSE, encrypt(ring, CONTACT_PURPOSE, PHONE)) == 0
    # ...and while LANTERN_SECRET_KEY itself is rotated, its fallback still opens old values.
    moved = settings(NEW, OTHER_SESSION_KEY, secret_key_fallbacks=SESSION_KEY).keyring
    assert decrypt(moved, CONTACT_PURPOSE, before) == PHONE


def test_a_long_secret_serves_as_a_data_key_too() -> None:
    secret = "a-long-random-data-secret-" + "d" * 32
    sealed = encrypt(settings(secret).keyring, CONTACT_PURPOSE, PHONE)
    assert decrypt(settings(f"{NEW},{secret}").keyring, CONTACT_PURPOSE, sealed) == PHONE
    with pytest.raises(DecryptionError):
        decrypt(SESSION_KEY, CONTACT_PURPOSE, sealed)


def test_keys_never_appear_in_the_keyring_or_settings_repr() -> None:
    config = settings(f"{NEW},{OLD}", secret_key_fallbacks=OTHER_SESSION_KEY)
    shown = repr(config.keyring) + repr(config) + str(config.keyring.labels())
    assert NEW not in shown and OLD not in shown and OTHER_SESSION_KEY not in shown
    assert NEW.encode() not in shown.encode() and "keys=" not in repr(config.keyring)


@pytest.mark.parametrize(
    ("data_keys", "reason"),
    [
        ("too-short", "#1 is too short"),
        (f"{NEW},short", "#2 is too short"),
        (f"{NEW},", "#2 is empty"),
        (f"{NEW},,{OLD}", "#2 is empty"),
        (f"{NEW},{NEW}", "#2 repeats"),
        ("bm90IGEga2V5=", "#1 is not a valid Fernet key"),
        (NEW[:-6] + "=", "#1 is not a valid Fernet key"),
        ("a key with spaces in the middle of it, long enough", "#1 contains whitespace"),
        (SESSION_KEY, "must differ from LANTERN_SECRET_KEY"),
        ("p" * 40, "must differ from LANTERN_PSEUDONYM_KEY"),
    ],
)
def test_a_malformed_data_key_is_refused_with_a_clear_reason(data_keys: str, reason: str) -> None:
    with pytest.raises(ConfigError, match="LANTERN_DATA_KEYS") as refused:
        settings(data_keys)
    assert reason in str(refused.value)
    assert NEW not in str(refused.value) and OLD not in str(refused.value)


def test_a_fernet_key_that_lost_its_padding_is_the_same_key() -> None:
    sealed = encrypt(settings(NEW).keyring, CONTACT_PURPOSE, PHONE)
    assert decrypt(settings(NEW.rstrip("=")).keyring, CONTACT_PURPOSE, sealed) == PHONE


def test_production_refuses_placeholder_keys_and_fallbacks() -> None:
    production = {"env": "production", "public_base_url": "https://tips.example.org",
                  "twilio_auth_token": "t" * 32}  # fmt: skip
    settings(NEW, **production)  # a sound production setup starts
    with pytest.raises(ConfigError, match="LANTERN_DATA_KEYS #1 must be a long random secret"):
        settings("dev-only-" + "d" * 40, **production)
    with pytest.raises(ConfigError, match="LANTERN_SECRET_KEY_FALLBACKS #1"):
        settings(NEW, secret_key_fallbacks="short", **production)
    with pytest.raises(ConfigError, match="LANTERN_SECRET_KEY_FALLBACKS #2 is empty"):
        settings(NEW, secret_key_fallbacks=OTHER_SESSION_KEY + ",", **production)


def test_production_without_data_keys_starts_with_a_warning() -> None:
    production = {"env": "production", "public_base_url": "https://tips.example.org",
                  "twilio_auth_token": "t" * 32}  # fmt: skip
    (advice,) = settings("", **production).advisories()
    assert "LANTERN_DATA_KEYS is not set" in advice and "lantern keys rotate" in advice
    assert settings(NEW, **production).advisories() == []
    assert settings("").advisories() == []  # development and tests: no nagging


def test_the_app_logs_the_warning_when_it_starts(caplog: pytest.LogCaptureFixture) -> None:
    production = {"env": "production", "public_base_url": "https://tips.example.org",
                  "twilio_auth_token": "t" * 32}  # fmt: skip
    create_app(settings("", **production))
    assert any("LANTERN_DATA_KEYS is not set" in r.getMessage() for r in caplog.records)


def test_a_malformed_key_in_the_environment_stops_the_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in {"LANTERN_ENV": "test", "LANTERN_SECRET_KEY": SESSION_KEY,
                        "LANTERN_PSEUDONYM_KEY": "p" * 40, "LANTERN_INTERNAL_TOKEN": "i" * 40,
                        "LANTERN_DATA_KEYS": f"{NEW},half-a-key"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match="LANTERN_DATA_KEYS #2 is too short"):
        load()
    with pytest.raises(ConfigError, match="LANTERN_DATA_KEYS #2"):
        create_app()


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def test_a_kept_number_survives_a_new_session_key_once_data_keys_are_set(
    store: sessionmaker[Session],
) -> None:
    first = settings(NEW)
    with transaction(store) as s:
        message, _ = record_inbound(s, Inbound("sms", "a" * 32, "yes you can text me", "SM1"))
        record_media(s, message.id, [MediaItem("https://api.twilio.com/m/1", "image/jpeg")],
                     first.keyring)  # fmt: skip
        submit(s, channel="sms", sender="a" * 32, language="en", answers={}, complete=True)
        reply = staff_reply(s, message.conversation_id)
        remember_contact(s, message.conversation_id, PHONE, first.keyring, utcnow(),
                         timedelta(days=1))  # fmt: skip
    # The session key changes (a leak, or routine rotation); the data key does not.
    later = settings(NEW, OTHER_SESSION_KEY)
    with transaction(store) as s:
        outgoing = start_delivery(s, reply, later.keyring, utcnow())
        assert isinstance(outgoing, Outgoing) and outgoing.address == PHONE
        media = s.get_one(Message, message.id).media[0]
        assert media_url(later.keyring, media) == "https://api.twilio.com/m/1"
        with pytest.raises(DecryptionError):
            media_url(SESSION_KEY, media)


def staff_reply(s: Session, conversation_id: int) -> int:
    """An SMS reply written by staff, waiting to be delivered."""
    reply = Message(conversation_id=conversation_id, direction="out", body="We are here.",
                    delivery="pending")  # fmt: skip
    s.add(reply)
    s.flush()
    return reply.id


def test_a_totp_secret_is_sealed_under_the_data_key(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        user = staff.add(s, "ana", "correct horse battery staple", "admin",
                         secret_key=settings(NEW).keyring)  # fmt: skip
        secret = staff.totp_secret(user, settings(NEW, OTHER_SESSION_KEY).keyring)
        assert secret is not None and secret not in (user.totp_secret or "")
        assert staff.totp_secret(user, SESSION_KEY) is None
        assert staff.totp_secret(user, settings(OLD).keyring) is None
