"""Messages sent together are one turn: the last of a burst asks the bot for all of them.

People text in bursts ("help me" / "hes locked me in" / "this is another girls phone"). Each
message is stored as it arrives (nothing is lost); then each waits a short hold, and if a newer
message of the same conversation came meanwhile, it leaves the answer to that one. The newest
takes every waiting text, in order, and the bot reads them as one message and replies once.

If Redis cannot be reached, each message is its own turn: more replies, never a lost one.
"""

from __future__ import annotations

import json
import logging
import time

import redis

from tips.runtime import Runtime

log = logging.getLogger(__name__)
KEEP_SECONDS = 120  # a burst list left by a request that died is dropped after this
POLL = 0.05


def gather(runtime: Runtime, sender: str, message_id: int, body: str) -> str | None:
    """The text of the whole burst if this message is its last, or None if a newer one answers."""
    hold = runtime.settings.burst_hold
    if hold <= 0:
        return body
    key = f"{runtime.settings.rasa_key_prefix}:burst:{sender}"
    try:
        return _gather(runtime.redis, key, message_id, body, hold)
    except redis.RedisError as exc:
        log.warning(
            "burst not gathered (%s): message %s answered alone", type(exc).__name__, message_id
        )
        return body


def _gather(client: redis.Redis, key: str, message_id: int, body: str, hold: float) -> str | None:
    with client.pipeline() as pipe:
        pipe.rpush(key, json.dumps([message_id, body]))
        pipe.expire(key, KEEP_SECONDS)
        pipe.execute()
    time.sleep(hold)
    while True:
        with client.pipeline() as pipe:
            try:
                pipe.watch(key)
                waiting = [json.loads(item) for item in pipe.lrange(key, 0, -1)]
                if not waiting or waiting[-1][0] != message_id:
                    pipe.reset()
                    # Taken by an earlier turn's leader, or a newer message will answer.
                    return None
                pipe.multi()
                pipe.delete(key)
                pipe.execute()
            except redis.WatchError:
                time.sleep(POLL)
                continue
        texts = [str(text) for _, text in waiting if str(text).strip()]
        if len(waiting) > 1:
            log.info("burst of %d messages answered once, at message %s", len(waiting), message_id)
        return "\n".join(texts) if texts else body
