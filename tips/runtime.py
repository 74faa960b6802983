"""The live resources a running part shares: settings, database sessions and Redis."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import redis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tips.config import Settings
from tips.db import make_engine, make_sessions


@dataclass
class Runtime:
    """Made once by an entry point; nothing here connects until first used."""

    settings: Settings
    engine: Engine = field(init=False)
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.engine = make_engine(self.settings.database_url)
        self.sessions = make_sessions(self.engine)

    @cached_property
    def redis(self) -> redis.Redis:
        """A Redis client with short timeouts, so a dead Redis cannot stall a request."""
        return redis.Redis.from_url(
            self.settings.redis_url, socket_timeout=2, socket_connect_timeout=2
        )
