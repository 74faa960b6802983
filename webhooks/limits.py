"""How many messages a sender may send a minute: a fixed-window counter in Redis."""

from __future__ import annotations

import logging
import time

import redis

from tips.runtime import Runtime

log = logging.getLogger(__name__)
WINDOW_SECONDS = 60
KEY_PREFIX = "lantern:rate"  # then the sender's pseudonym: never a number, session id or IP


def window_key(sender: str, now: float) -> str:
    """The counter for a sender in the minute that holds `now`."""
    return f"{KEY_PREFIX}:{sender}:{int(now // WINDOW_SECONDS)}"


def within_limit(runtime: Runtime, sender: str, now: float | None = None) -> bool:
    """Count one message from the sender; False once the minute's limit is passed.

    A Redis that cannot be reached lets every message through: a tip is never held back.
    """
    limit = runtime.settings.rate_limit_per_minute
    if limit <= 0:
        return True
    key = window_key(sender, time.time() if now is None else now)
    try:
        pipe = runtime.redis.pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, WINDOW_SECONDS * 2)
        count, _ = pipe.execute()
    except redis.RedisError as exc:
        log.warning("rate limit not checked, Redis unavailable: %s", type(exc).__name__)
        return True
    return int(count) <= limit
