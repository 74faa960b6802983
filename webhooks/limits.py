"""How much one sender, one address and the whole line may send: fixed-window counters in Redis.

Every counter is raised and given its expiry in one MULTI/EXEC transaction, so no counter ever
lives without its expiry (one that did would refuse its sender for good). Keys hold keyed
hashes only: never a number, a session id or an address.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

import redis

from tips.runtime import Runtime

log = logging.getLogger(__name__)
WINDOW_SECONDS = 60
HOUR = 3600
KEY_PREFIX = "lantern:rate"  # then the sender's pseudonym: never a number, session id or IP
POLLS_PER_ADDRESS_PER_MINUTE = 600  # a tab polls every 3 s: thirty tabs behind one address


@dataclass(frozen=True)
class Counter:
    """One fixed-window counter: its name, the window's length, and how many it allows."""

    name: str
    seconds: int
    limit: int

    def key(self, now: float) -> str:
        """The key of the window that holds `now`."""
        return f"{KEY_PREFIX}:{self.name}:{int(now // self.seconds)}"


def count(runtime: Runtime, counters: Sequence[Counter], now: float) -> list[int] | None:
    """Add one to each counter atomically; their new values, or None if Redis cannot be reached."""
    try:
        with runtime.redis.pipeline(transaction=True) as pipe:
            for counter in counters:
                pipe.incr(counter.key(now))
                pipe.expire(counter.key(now), counter.seconds * 2)
            results = pipe.execute()
    except redis.RedisError as exc:
        log.warning("rate limit not counted, Redis unavailable: %s", type(exc).__name__)
        return None
    return [int(value) for value in results[::2]]


def passed(runtime: Runtime, counters: Sequence[Counter], now: float | None = None) -> str | None:
    """Count one event; the name of the first counter past its limit, else None.

    A counter with a limit of 0 or less is off. Redis unreachable: nothing is refused, since a
    message is never held back for want of a counter.
    """
    live = [c for c in counters if c.limit > 0]
    counts = count(runtime, live, time.time() if now is None else now) if live else None
    if counts is None:
        return None
    return next((c.name for c, n in zip(live, counts, strict=True) if n > c.limit), None)


def window_key(sender: str, now: float) -> str:
    """The counter for a sender in the minute that holds `now`."""
    return Counter(sender, WINDOW_SECONDS, 0).key(now)


def within_limit(runtime: Runtime, sender: str, now: float | None = None) -> bool:
    """Count one message from the sender; False once the minute's limit is passed."""
    limit = runtime.settings.rate_limit_per_minute
    return passed(runtime, [Counter(sender, WINDOW_SECONDS, limit)], now) is None


def address_allowed(runtime: Runtime, address: str, now: float | None = None) -> bool:
    """Count one web-chat message from an address (every session behind it together)."""
    settings = runtime.settings
    over = passed(
        runtime,
        [
            Counter(f"addr:{address}:m", WINDOW_SECONDS, settings.webchat_per_address_per_minute),
            Counter(f"addr:{address}:h", HOUR, settings.webchat_per_address_per_hour),
        ],
        now,
    )
    if over:
        window = "minute" if over.endswith(":m") else "hour"
        log.warning("web chat message refused: the address passed its limit for the %s", window)
    return over is None


def new_session_allowed(runtime: Runtime, address: str, now: float | None = None) -> bool:
    """Count one new web-chat session: an address gets a few an hour, the line a ceiling."""
    settings = runtime.settings
    over = passed(
        runtime,
        [
            Counter(f"session:{address}:h", HOUR, settings.webchat_sessions_per_address_per_hour),
            Counter("session:all:m", WINDOW_SECONDS, settings.webchat_sessions_per_minute),
        ],
        now,
    )
    if over:
        who = "the line" if over.startswith("session:all") else "the address"
        log.warning("new web chat session refused: %s passed its ceiling", who)
    return over is None


def poll_allowed(runtime: Runtime, address: str, now: float | None = None) -> bool:
    """Count one poll for replies from an address."""
    counter = Counter(f"poll:{address}:m", WINDOW_SECONDS, POLLS_PER_ADDRESS_PER_MINUTE)
    return passed(runtime, [counter], now) is None


# Joining a tip by its reference: a reference must not be guessable by trying. A sender gets a
# few tries an hour, and the whole line a ceiling a minute; past either, nothing is joined
# (the message is still stored, and the bot treats it as new). Redis unreachable: refused, since
# joining is never needed to keep a message.
REFERENCE_TRIES_PER_HOUR = 5
REFERENCE_TRIES_PER_MINUTE_GLOBAL = 120


def reference_try_allowed(runtime: Runtime, sender: str, now: float | None = None) -> bool:
    """Count one try to join a tip by reference; False past the sender's or the line's ceiling."""
    now = time.time() if now is None else now
    counts = count(
        runtime,
        [
            Counter(f"reftry:{sender}", HOUR, REFERENCE_TRIES_PER_HOUR),
            Counter("reftry:all", WINDOW_SECONDS, REFERENCE_TRIES_PER_MINUTE_GLOBAL),
        ],
        now,
    )
    if counts is None:
        log.warning("reference join refused, Redis unavailable")
        return False
    mine, line = counts
    allowed = mine <= REFERENCE_TRIES_PER_HOUR and line <= REFERENCE_TRIES_PER_MINUTE_GLOBAL
    if not allowed:
        log.warning("reference join refused: too many tries (sender %s, line %s)", mine, line)
    return allowed
