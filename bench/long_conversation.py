"""One conversation of 200 turns through the SMS path: does the tracker's growth slow it down?

One sender texts a tip and then keeps adding details, 200 messages in all, each a signed Twilio
webhook to the edge. Alternating with it, a fresh conversation (a new sender every ten turns)
sends the same kind of messages: the peer, measured at the same moments, so a drift in the
machine's load shows up in both. The per-sender rate limit is switched off
(LANTERN_RATE_LIMIT_PER_MINUTE=0), or the edge would answer "busy" after 20 messages a minute.
Run: .venv/bin/python -m bench.long_conversation
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import redis
import requests

from bench.common import conditions, lantern_system, ms, phone, post_sms
from tests.support.system import System
from webhooks.pseudonyms import pseudonym

OPENING = ["hi", "no", "my boss keeps our passports at the farm", "Fresno", "this week"]
DETAILS = [
    "there are about ten of us in the trailer",
    "he says we owe him for the trip",
    "we work from 5 in the morning until dark",
    "they do not pay us, only food",
    "yes",
    "the farm is off highway 99 near the river",
    "no",
    "one of the girls is 16",
    "he has a white truck",
    "thank you",
]
WINDOW = 10


def script(turn: int) -> str:
    """What the sender texts at a turn (0-based): the opening, then details in a cycle."""
    return OPENING[turn] if turn < len(OPENING) else DETAILS[(turn - len(OPENING)) % len(DETAILS)]


def tracker_bytes(system: System, number: str) -> int:
    """Size of the bot's stored tracker for a phone number (under its pseudonym)."""
    sender = pseudonym(system.env["LANTERN_PSEUDONYM_KEY"], "sms", number)
    client = redis.Redis.from_url(system.redis_url)
    return sum(int(client.strlen(key)) for key in client.keys(f"*tracker*{sender}*"))


def main() -> None:
    """Send the long conversation and its peer turn by turn; print the windows and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    print(conditions())
    long_number = phone()
    long_times: list[float] = []
    peer_times: list[float] = []
    sizes: dict[int, int] = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        lantern_system(Path(tmp), env={"LANTERN_RATE_LIMIT_PER_MINUTE": "0"}) as system,
        requests.Session() as http,
    ):
        for turn in range(len(OPENING)):  # warm up the model on a throwaway conversation
            post_sms(http, system, "+15550000000", script(turn))
        peer_number = phone()
        for turn in range(args.turns):
            if turn % WINDOW == 0:
                peer_number = phone()
            long_times.append(post_sms(http, system, long_number, script(turn)))
            peer_times.append(post_sms(http, system, peer_number, script(turn % WINDOW)))
            if turn + 1 in (WINDOW, args.turns // 2, args.turns):
                sizes[turn + 1] = tracker_bytes(system, long_number)
    first, last = slice(0, WINDOW), slice(args.turns - WINDOW, args.turns)
    print(f"one conversation of {args.turns} turns, one message at a time; peer: fresh senders")
    print(f"{'turns':>9} {'long':>8} {'peer':>8}  long/peer")
    for name, window in ((f"1-{WINDOW}", first), (f"{last.start + 1}-{args.turns}", last)):
        long_mean = statistics.mean(long_times[window])
        peer_mean = statistics.mean(peer_times[window])
        print(f"{name:>9} {ms(long_mean):>8} {ms(peer_mean):>8}  {long_mean / peer_mean:.2f}")
    growth = statistics.mean(long_times[last]) / statistics.mean(long_times[first])
    peer_growth = statistics.mean(peer_times[last]) / statistics.mean(peer_times[first])
    print(f"last {WINDOW} / first {WINDOW} turns: long {growth:.2f}, peer {peer_growth:.2f}")
    print(
        "tracker in Redis: "
        + ", ".join(f"{b / 1024:.0f} KiB at turn {t}" for t, b in sizes.items())
    )


if __name__ == "__main__":
    main()
