"""`lantern keys new|rotate|check`, run as an operator runs them, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from commands import devenv
from tips import staff
from tips.config import Settings
from tips.crypto import Keys, decrypt, encrypt, new_data_key
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound
from tips.models import Contact, Media, StaffUser, utcnow
from tips.outbound import CONTACT_PURPOSE, MEDIA_PURPOSE, MediaItem, record_media, remember_contact

from .test_lantern import run

OLD, NEW, FOREIGN = new_data_key(), new_data_key(), new_data_key()
SESSION_KEY = "cli-session-key-" + "s" * 32
OTHER_SESSION_KEY = "cli-other-session-key-" + "o" * 32
PASSWORD = "correct horse battery staple"
ROWS = 5  # of each kind: more than one batch of two


def ring(data_keys: str, secret_key: str = SESSION_KEY) -> Keys:
    values = {"env": "test", "secret_key": secret_key, "pseudonym_key": "p" * 40,
              "internal_token": "i" * 40, "data_keys": data_keys}  # fmt: skip
    return Settings(**values).check().keyring  # type: ignore[arg-type]


def env(url: str, data_keys: str, secret_key: str = SESSION_KEY) -> dict[str, str]:
    return {"DATABASE_URL": url, "LANTERN_ENV": "test", "LANTERN_SECRET_KEY": secret_key,
            "LANTERN_DATA_KEYS": data_keys, "LANTERN_SECRET_KEY_FALLBACKS": ""}  # fmt: skip


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def seed(store: sessionmaker[Session]) -> list[str]:
    """Contacts, media and TOTP secrets: odd rows under the old data key, even rows as Lantern
    sealed them before data keys (under LANTERN_SECRET_KEY); returns every plaintext."""
    old, kept = ring(OLD), []
    with transaction(store) as s:
        for n in range(ROWS):
            keys: Keys = old if n % 2 else SESSION_KEY
            message, _ = record_inbound(s, Inbound("sms", f"{n:032d}", "hello", f"SM{n}"))
            phone, url = f"+1555010{n:04d}", f"https://api.twilio.com/media/ME{n:032d}"
            remember_contact(s, message.conversation_id, phone, keys, utcnow(), timedelta(days=1))
            record_media(s, message.id, [MediaItem(url, "image/jpeg")], keys)
            user = staff.add(s, f"staff{n}", PASSWORD, "advocate", secret_key=keys)
            kept += [phone, url, staff.totp_secret(user, keys) or ""]
        staff.add(s, "no-second-factor", PASSWORD, "advocate")  # NULL: nothing to rotate
    return kept


def opened_by(store: sessionmaker[Session], keys: Keys) -> list[str]:
    """Every sealed value opened with these keys alone (DecryptionError if one does not open)."""
    with store() as s:
        contacts = s.scalars(select(Contact.address_encrypted).order_by(Contact.id))
        media = s.scalars(select(Media.url_encrypted).order_by(Media.id))
        users = s.scalars(select(StaffUser.totp_secret).order_by(StaffUser.id))
        return sorted(
            [decrypt(keys, CONTACT_PURPOSE, v) for v in contacts]
            + [decrypt(keys, MEDIA_PURPOSE, v) for v in media]
            + [decrypt(keys, staff.TOTP_PURPOSE, v) for v in users if v is not None]
        )


def counts(report: str) -> dict[tuple[str, str], int]:
    """`keys check` output as {(column, key label): rows}."""
    found, column = {}, ""
    for line in report.splitlines():
        if not line.startswith(" "):
            column = line.split(" ", 1)[0]
        elif match := re.fullmatch(r"\s+(.+?)(?: \([0-9a-f]{8}\))?: (\d+)", line):
            found[(column, match.group(1))] = int(match.group(2))
    return found


def assert_no_secret_in(*outputs: str, kept: list[str]) -> None:
    for output in outputs:
        for secret in (NEW, OLD, FOREIGN, SESSION_KEY, OTHER_SESSION_KEY, *kept):
            assert secret not in output


def test_rotate_moves_every_sealed_column_onto_the_newest_key(
    database_url: str, store: sessionmaker[Session]
) -> None:
    kept = seed(store)
    rotating = env(database_url, f"{NEW},{OLD}")
    before = run("keys", "check", env=rotating)
    assert before.returncode == 0, before.stderr
    tally = counts(before.stdout)
    for column in ("contacts.address_encrypted", "media.url_encrypted", "staff_users.totp_secret"):
        assert tally[(column, "LANTERN_DATA_KEYS #1")] == 0
        assert tally[(column, "LANTERN_DATA_KEYS #2")] == ROWS // 2
        assert tally[(column, "LANTERN_SECRET_KEY, legacy")] == ROWS - ROWS // 2
        assert tally[(column, "no key")] == 0

    rotated = run("keys", "rotate", "--batch-size", "2", env=rotating)
    assert rotated.returncode == 0, rotated.stderr
    assert "contacts.address_encrypted: 5 re-encrypted, 0 already under the newest key" in (
        rotated.stdout
    )
    # The new key alone, with another session key, now opens everything.
    assert opened_by(store, ring(NEW, OTHER_SESSION_KEY)) == sorted(kept)

    again = run("keys", "rotate", env=rotating)
    assert again.returncode == 0, again.stderr
    assert "staff_users.totp_secret: 0 re-encrypted, 5 already under the newest key" in again.stdout

    alone = run("keys", "check", env=env(database_url, NEW, OTHER_SESSION_KEY))
    assert alone.returncode == 0, alone.stderr
    assert counts(alone.stdout)[("media.url_encrypted", "LANTERN_DATA_KEYS #1")] == ROWS
    assert_no_secret_in(before.stdout, before.stderr, rotated.stdout, rotated.stderr,
                        again.stdout, alone.stdout, kept=kept)  # fmt: skip


def test_a_value_no_key_opens_fails_check_and_is_left_alone_by_rotate(
    database_url: str, store: sessionmaker[Session]
) -> None:
    kept = seed(store)
    with transaction(store) as s:
        contact = s.scalars(select(Contact).order_by(Contact.id)).first()
        assert contact is not None
        stranger = encrypt(ring(FOREIGN), CONTACT_PURPOSE, "+15550109999")
        contact.address_encrypted = stranger
    rotating = env(database_url, f"{NEW},{OLD}")
    checked = run("keys", "check", env=rotating)
    assert checked.returncode == 1
    assert counts(checked.stdout)[("contacts.address_encrypted", "no key")] == 1
    assert "1 value(s) no key opens" in checked.stderr

    rotated = run("keys", "rotate", env=rotating)
    assert rotated.returncode == 1
    assert "contacts.address_encrypted: 4 re-encrypted, 0 already under the newest key, " \
           "1 no key opens (left as it is)" in rotated.stdout  # fmt: skip
    with store() as s:
        assert stranger in s.scalars(select(Contact.address_encrypted)).all()
    assert_no_secret_in(checked.stdout, checked.stderr, rotated.stdout, rotated.stderr, kept=kept)


def test_new_prints_a_fresh_key_that_serves_as_a_data_key() -> None:
    first, second = run("keys", "new"), run("keys", "new")
    assert first.returncode == 0, first.stderr
    key = first.stdout.strip()
    assert len(key) == 44 and key != second.stdout.strip()
    sealed = encrypt(ring(key), CONTACT_PURPOSE, "+15550104477")
    assert decrypt(ring(f"{NEW},{key}"), CONTACT_PURPOSE, sealed) == "+15550104477"


@pytest.mark.parametrize("command", [("keys", "check"), ("keys", "rotate"), ("staff", "totp", "x")])
def test_a_malformed_key_is_a_clear_error_not_a_traceback(
    sqlite_url: str, command: tuple[str, ...]
) -> None:
    done = run(*command, env=env(sqlite_url, f"{NEW},not-a-key"))
    assert done.returncode == 2
    assert "LANTERN_DATA_KEYS #2 is too short" in done.stderr
    assert "Traceback" not in done.stderr and NEW not in done.stderr + done.stdout


def test_staff_add_seals_the_second_factor_under_the_data_key(sqlite_url: str) -> None:
    added = run("staff", "add", "ana", "--password-stdin", stdin=PASSWORD + "\n",
                env=env(sqlite_url, NEW))  # fmt: skip
    assert added.returncode == 0, added.stderr
    with make_sessions(make_engine(sqlite_url))() as s:
        user = staff.by_name(s, "ana")
        assert user is not None
        assert staff.totp_secret(user, ring(NEW, OTHER_SESSION_KEY)) is not None
        assert staff.totp_secret(user, SESSION_KEY) is None


def test_init_env_writes_a_data_key_apart_from_the_session_key() -> None:
    lines = (line.partition("=") for line in devenv.env_text().splitlines())
    values = {key: value for key, sep, value in lines if sep and not key.startswith("#")}
    data_key = values["LANTERN_DATA_KEYS"]
    assert data_key and data_key != values["LANTERN_SECRET_KEY"]
    sealed = encrypt(ring(data_key, values["LANTERN_SECRET_KEY"]), CONTACT_PURPOSE, "x")
    assert decrypt(ring(data_key, OTHER_SESSION_KEY), CONTACT_PURPOSE, sealed) == "x"
    assert values["LANTERN_DATA_KEYS"] != devenv.env_text().split("LANTERN_DATA_KEYS=")[1][:44]
