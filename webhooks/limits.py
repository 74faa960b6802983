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


# Joining a tip by its reference: a reference must not be guessable by trying. A sender gets a
# few tries an hour, and the whole line a ceiling a minute; past either, nothing is joined
# (the message is still stored, and the bot treats it as new). Redis unreachable: refused, since
# joining is never needed to keep a message.
REFERENCE_KEY = "lantern:reftry"
REFERENCE_TRIES_PER_HOUR = 5
REFERENCE_TRIES_PER_MINUTE_GLOBAL = 120


def reference_try_allowed(runtime: Runtime, sender: str, now: float | None = None) -> bool:
    """Count one try to join a tip by reference; False past the sender's or the line's ceiling."""
    now = time.time() if now is None else now
    mine = f"{REFERENCE_KEY}:{sender}:{int(now // 3600)}"
    line = f"{REFERENCE_KEY}:all:{int(now // WINDOW_SECONDS)}"
    try:
        pipe = runtime.redis.pipeline(transaction=True)
        pipe.incr(mine)
        pipe.expire(mine, 7200)
        pipe.incr(line)
        pipe.expire(line, WINDOW_SECONDS * 2)
        count, _, total, _ = pipe.execute()
    except redis.RedisError as exc:
        log.warning("reference join refused, Redis unavailable: %s", type(exc).__name__)
        return False
    allowed = (
        int(count) <= REFERENCE_TRIES_PER_HOUR and int(total) <= REFERENCE_TRIES_PER_MINUTE_GLOBAL
    )
    if not allowed:
        log.warning("reference join refused: too many tries (sender %s, line %s)", count, total)
    return allowed
