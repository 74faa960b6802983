"""One conversation of 200 turns through the SMS path: does the tracker's growth slow it down?

One sender texts a tip and then keeps adding details, 200 messages in all, each a signed Twilio
webhook to the edge. Alternating with it, a fresh conversation (a new sender every ten turns)
sends the same kind of messages: the peer, measured at the same moments, so a drift in the
machine's load shows up in both. With --direct, a second long conversation goes straight to
Rasa's REST channel with the metadata the edge would send (channel and detected language), to
tell the edge's share of any slow-down from Rasa's. The per-sender rate limit is switched off
(LANTERN_RATE_LIMIT_PER_MINUTE=0), or the edge would answer "busy" after 20 messages a minute.
Run: .venv/bin/python -m bench.long_conversation
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
from pathlib import Path

import redis
import requests

from bench.common import conditions, lantern_system, ms, phone, post_rasa, post_sms
from languages.detect import detect as detect_language
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


def tracker_key(system: System, number: str) -> str:
    """The Redis key of the bot's tracker for a phone number (under its pseudonym)."""
    sender = pseudonym(system.env["LANTERN_PSEUDONYM_KEY"], "sms", number)
    return f"lantern:tracker:{sender}"


def main() -> None:
    """Send the long conversation and its peers turn by turn; print the windows and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--direct", action="store_true", help="also a long conversation to Rasa")
    parser.add_argument("--keep-tracker", type=Path, help="save the long tracker's JSON here")
    args = parser.parse_args()
    print(conditions())
    long_number, direct_sender = phone(), secrets.token_hex(16)
    times: dict[str, list[float]] = {"long sms": [], "peer sms": []}
    if args.direct:
        times["long rasa"] = []
    sizes: dict[int, int] = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        lantern_system(Path(tmp), env={"LANTERN_RATE_LIMIT_PER_MINUTE": "0"}) as system,
        requests.Session() as http,
    ):
        store = redis.Redis.from_url(system.redis_url)
        for turn in range(len(OPENING)):  # warm up the model on a throwaway conversation
            post_sms(http, system, "+15550000000", script(turn))
        peer_number = phone()
        for turn in range(args.turns):
            if turn % WINDOW == 0:
                peer_number = phone()
            times["long sms"].append(post_sms(http, system, long_number, script(turn)))
            if args.direct:
                text = script(turn)
                metadata = {"channel": "sms", "language": detect_language(text)}
                times["long rasa"].append(post_rasa(http, system, direct_sender, text, metadata))
            times["peer sms"].append(post_sms(http, system, peer_number, script(turn % WINDOW)))
            if turn + 1 in (WINDOW, args.turns // 2, args.turns):
                sizes[turn + 1] = int(store.strlen(tracker_key(system, long_number)))
        if args.keep_tracker:
            args.keep_tracker.write_bytes(store.get(tracker_key(system, long_number)) or b"")
    first, last = slice(0, WINDOW), slice(args.turns - WINDOW, args.turns)
    print(f"one conversation of {args.turns} turns, one message at a time; peer: fresh senders")
    print(f"{'turns':>9} " + " ".join(f"{name:>10}" for name in times) + "  long sms/peer")
    for name, window in ((f"1-{WINDOW}", first), (f"{last.start + 1}-{args.turns}", last)):
        means = {series: statistics.mean(values[window]) for series, values in times.items()}
        cells = " ".join(f"{ms(mean):>10}" for mean in means.values())
        print(f"{name:>9} {cells}  {means['long sms'] / means['peer sms']:.2f}")
    growth = {
        series: statistics.mean(values[last]) / statistics.mean(values[first])
        for series, values in times.items()
    }
    print(
        f"last {WINDOW} / first {WINDOW} turns: "
        + ", ".join(f"{k} {v:.2f}" for k, v in growth.items())
    )
    print(
        "tracker in Redis: "
        + ", ".join(f"{b / 1024:.0f} KiB at turn {t}" for t, b in sizes.items())
    )


if __name__ == "__main__":
    main()
