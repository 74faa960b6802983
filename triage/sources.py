"""Where a tip came from, for paging: its sender, or the address a web chat was written from.

Critical tips from one source within a few minutes share one page (triage/tasks.py). Web-chat
sessions are cheap next to the address behind them, so the edge notes, for an hour, the keyed
hash of the address each web-chat sender last wrote from. It lives in Redis only and expires:
SQL never learns which sessions shared an address.
"""

from __future__ import annotations

import logging

import redis

from tips.runtime import Runtime

log = logging.getLogger(__name__)
SOURCE_SECONDS = 3600
KEY_PREFIX = "lantern:source:webchat"  # then the sender's pseudonym; the value a keyed hash


def note_address(runtime: Runtime, sender: str, address: str) -> None:
    """Remember, for an hour, the (hashed) address a web-chat sender writes from."""
    try:
        runtime.redis.set(f"{KEY_PREFIX}:{sender}", address, ex=SOURCE_SECONDS)
    except redis.RedisError as exc:
        log.warning("web chat source not noted (%s): pages group by session", type(exc).__name__)


def source_of(runtime: Runtime, channel: str, sender: str) -> str:
    """The source a tip counts against: a web chat's address when known, else its sender.

    Redis unreachable, or the address forgotten: the sender, so pages are grouped less, never
    more (a tip from another source is never held back).
    """
    if channel == "webchat":
        try:
            address = runtime.redis.get(f"{KEY_PREFIX}:{sender}")
        except redis.RedisError as exc:
            log.warning("web chat source not read (%s)", type(exc).__name__)
            address = None
        if isinstance(address, bytes) and address:
            return f"address:{address.decode()}"
    return f"{channel}:{sender}"
