"""Start-up self-check: refuse to run in production on settings that could lose a tip."""

from __future__ import annotations

from pathlib import Path

import redis
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import SQLAlchemyError

from tips.config import ConfigError, Settings
from tips.db import make_engine
from tips.migrate import alembic_config
from triage import model as learned
from triage.queueing import make_celery
from triage.routing import RoutesError, load_routes


def redis_problems(url: str) -> list[str]:
    """Redis must keep what it is given: append-only file on, no eviction."""
    try:
        client = redis.Redis.from_url(url, socket_timeout=3, socket_connect_timeout=3)
        config = client.config_get("appendonly") | client.config_get("maxmemory-policy")
    except redis.RedisError as exc:
        return [f"Redis at REDIS_URL could not be checked ({type(exc).__name__})"]
    problems = []
    if config.get("appendonly") != "yes":
        problems.append("Redis runs without AOF (appendonly yes): a restart would lose queued tips")
    if config.get("maxmemory-policy") != "noeviction":
        problems.append("Redis may evict keys (set maxmemory-policy noeviction)")
    return problems


def celery_problems(settings: Settings) -> list[str]:
    """Tasks are acknowledged late and given back when a worker dies."""
    from tips.runtime import Runtime

    conf = make_celery(Runtime(settings)).conf
    problems = []
    if not (conf.task_acks_late and conf.task_reject_on_worker_lost):
        problems.append("Celery must acknowledge late and reject on worker loss")
    if not conf.broker_transport_options.get("visibility_timeout"):
        problems.append("Celery's broker visibility timeout is not set")
    return problems


def database_problems(url: str) -> list[str]:
    """The database answers and its schema is at the newest migration."""
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        return [f"database could not be reached ({type(exc).__name__})"]
    finally:
        engine.dispose()
    return (
        []
        if current == head
        else [f"database schema is at {current}, not {head}: run lantern db-upgrade"]
    )


def routes_problems(path: str | Path | None = None) -> list[str]:
    """The routing file (rules and regions) reads and validates."""
    try:
        load_routes(path)
    except RoutesError as exc:
        return [str(exc)]
    return []


def model_problems() -> list[str]:
    """The triage model for the present training data is built and loads."""
    try:
        net = learned.load()
    except Exception as exc:  # a corrupt or foreign file is as bad as none
        return [
            f"the triage model could not be loaded ({type(exc).__name__}): run make triage-model"
        ]
    if net is None:
        return [f"the triage model {learned.model_path()} is missing: run make triage-model"]
    return []


def problems(settings: Settings) -> list[str]:
    """Everything unsafe about these settings and the services they name."""
    try:
        settings.check()
    except ConfigError as exc:
        return [str(exc)]
    return (
        routes_problems()
        + redis_problems(settings.redis_url)
        + celery_problems(settings)
        + database_problems(settings.database_url)
    )
