"""`lantern keys new|rotate|check`: data keys apart from the session key, and their rotation.

Every sealed column is listed in SEALED. `rotate` re-encrypts it in place under the newest data
key, a batch per transaction, each row only if it still holds what was read (a row the app
rewrote meanwhile is already under the newest key). Neither command prints a key or a value.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Column, CursorResult, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from tips.config import ConfigError, Settings
from tips.crypto import Keyring, new_data_key
from tips.db import make_engine, make_sessions, transaction
from tips.models import Base, Contact, Media, StaffUser
from tips.outbound import CONTACT_PURPOSE, MEDIA_PURPOSE
from tips.staff import TOTP_PURPOSE

BATCH = 500
NO_KEY = "no key"


@dataclass(frozen=True)
class Sealed:
    """A column whose values are Fernet tokens sealed for one purpose."""

    model: type[Base]
    column: InstrumentedAttribute[Any]
    purpose: str

    @property
    def name(self) -> str:
        """table.column, as the report names it."""
        return f"{self.model.__tablename__}.{self.column.key}"

    @property
    def id(self) -> Column[int]:
        """The primary key the batches walk along."""
        return cast(Column[int], self.model.__table__.c.id)


SEALED = (
    Sealed(Contact, Contact.address_encrypted, CONTACT_PURPOSE),
    Sealed(Media, Media.url_encrypted, MEDIA_PURPOSE),
    Sealed(StaffUser, StaffUser.totp_secret, TOTP_PURPOSE),
)


def batches(
    sessions: sessionmaker[Session], sealed: Sealed, size: int
) -> Iterator[list[tuple[int, str]]]:
    """The column's (id, value) pairs in id order, a batch at a time, each read fresh."""
    after = 0
    while True:
        with sessions() as session:
            rows = session.execute(
                select(sealed.id, sealed.column)
                .where(sealed.id > after, sealed.column.is_not(None))
                .order_by(sealed.id)
                .limit(size)
            ).all()
        if not rows:
            return
        yield [(row[0], row[1]) for row in rows]
        after = rows[-1][0]


def tally(sessions: sessionmaker[Session], keyring: Keyring, sealed: Sealed) -> Counter[str]:
    """How many of the column's values each key opens (NO_KEY: none does)."""
    labels = keyring.labels()
    found: Counter[str] = Counter({label: 0 for label in [*labels, NO_KEY]})
    for batch in batches(sessions, sealed, BATCH):
        for _id, value in batch:
            position = keyring.opener(sealed.purpose, value)
            found[NO_KEY if position is None else labels[position]] += 1
    return found


@dataclass
class Rotation:
    """What one column's rotation did."""

    rotated: int = 0
    current: int = 0  # already under the newest key
    unreadable: int = 0  # no key opens it: left as it is
    changed: int = 0  # rewritten or deleted by the app while the batch ran

    def __str__(self) -> str:
        text = f"{self.rotated} re-encrypted, {self.current} already under the newest key, "
        text += f"{self.unreadable} no key opens (left as it is)"
        return text + (f", {self.changed} changed meanwhile" if self.changed else "")


def rotate(
    sessions: sessionmaker[Session], keyring: Keyring, sealed: Sealed, size: int = BATCH
) -> Rotation:
    """Re-encrypt the column under the newest key; safe to run again and alongside the app."""
    done = Rotation()
    for batch in batches(sessions, sealed, size):
        with transaction(sessions) as session:
            for row_id, value in batch:
                position = keyring.opener(sealed.purpose, value)
                if position is None:
                    done.unreadable += 1
                elif position == 0:
                    done.current += 1
                elif _swap(session, sealed, row_id, value, keyring.rotate(sealed.purpose, value)):
                    done.rotated += 1
                else:
                    done.changed += 1
    return done


def _swap(session: Session, sealed: Sealed, row_id: int, old: str, new: str) -> bool:
    # Compare and set: a value the app replaced since it was read is not overwritten.
    result = session.execute(
        update(sealed.model)
        .where(sealed.id == row_id, sealed.column == old)
        .values({sealed.column.key: new})
    )
    return cast(CursorResult[Any], result).rowcount == 1


def _settings() -> Settings:
    """The settings with their keys checked (a ConfigError reaches `lantern` as a message)."""
    settings = Settings().check_keys()
    if not settings.keyring:
        raise ConfigError("no data key is set: set LANTERN_DATA_KEYS (or LANTERN_SECRET_KEY)")
    for advice in settings.advisories():
        print(f"lantern keys: {advice}", file=sys.stderr)
    return settings


def _sessions(settings: Settings) -> sessionmaker[Session]:
    return make_sessions(make_engine(settings.database_url))


def _new(_args: argparse.Namespace) -> int:
    print(new_data_key())
    return 0


def _database_error(command: str, exc: SQLAlchemyError) -> int:
    # The type only: the error's text would carry the statement's parameters, sealed values.
    print(f"lantern keys {command}: the database could not be read or written "
          f"({type(exc).__name__}); check DATABASE_URL and run `lantern db-upgrade`",
          file=sys.stderr)  # fmt: skip
    return 2


def _check(_args: argparse.Namespace) -> int:
    settings = _settings()
    try:
        unreadable = _report(_sessions(settings), settings.keyring)
    except SQLAlchemyError as exc:
        return _database_error("check", exc)
    if unreadable:
        print(f"lantern keys check: {unreadable} value(s) no key opens", file=sys.stderr)
    return 1 if unreadable else 0


def _report(sessions: sessionmaker[Session], keyring: Keyring) -> int:
    """Print how many values each key opens, column by column; how many none opens."""
    unreadable = 0
    for sealed in SEALED:
        found = tally(sessions, keyring, sealed)
        print(f"{sealed.name} ({sealed.purpose}): {found.total()} values")
        for label, count in found.items():
            print(f"  {label}: {count}")
        unreadable += found[NO_KEY]
    return unreadable


def _rotate(args: argparse.Namespace) -> int:
    settings = _settings()
    sessions, unreadable = _sessions(settings), 0
    print(f"Re-encrypting under {settings.keyring.labels()[0]}")
    for sealed in SEALED:
        try:
            done = rotate(sessions, settings.keyring, sealed, args.batch_size)
        except SQLAlchemyError as exc:  # batches already done stay done; running again resumes
            return _database_error("rotate", exc)
        print(f"{sealed.name}: {done}", flush=True)
        unreadable += done.unreadable
    if unreadable:
        print(f"lantern keys rotate: {unreadable} value(s) no key opens", file=sys.stderr)
    return 1 if unreadable else 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the keys sub-commands."""
    keys = sub.add_parser("keys", help="data-encryption keys").add_subparsers(
        dest="keys_command", required=True
    )
    keys.add_parser("new", help="print a fresh data key").set_defaults(run=_new)
    check = keys.add_parser("check", help="count the values each key opens; fail if one opens none")
    check.set_defaults(run=_check)
    rotate_cmd = keys.add_parser(
        "rotate", help="re-encrypt every sealed value under the newest key"
    )
    rotate_cmd.add_argument(
        "--batch-size", type=_positive, default=BATCH, help="rows a transaction"
    )
    rotate_cmd.set_defaults(run=_rotate)
