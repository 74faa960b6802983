"""Throwaway databases: a SQLite file, and a PostgreSQL database when a server answers."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

from commands.services import answers

POSTGRES_ADMIN_URL = os.environ.get(
    "LANTERN_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def postgres_available() -> bool:
    """Whether the PostgreSQL server for tests accepts connections and logins."""
    url = make_url(POSTGRES_ADMIN_URL)
    if not answers(url.host or "127.0.0.1", url.port or 5432):
        return False
    try:
        psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3).close()
    except psycopg.Error:
        return False
    return True


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards; yields its URL."""
    name = "lantern_test_" + secrets.token_hex(4)
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
