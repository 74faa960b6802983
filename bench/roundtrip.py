"""One SMS round trip through the edge, against Rasa's own REST channel called directly.

Starts the whole system on loopback (as the end-to-end test does), then alternates the two
paths turn by turn so both see the same machine load. Run: .venv/bin/python -m bench.roundtrip
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
import time
from pathlib import Path

import requests

from tests.support.system import System, running_system
from tests.support.twilio import signature, sms_form

TURNS = ["hi", "no", "my boss keeps our passports at the farm", "Fresno", "this week"]


def via_edge(system: System, sender: str, body: str) -> float:
    """Seconds for one signed SMS webhook call, TwiML included."""
    url = system.web_url + "/webhooks/twilio/sms"
    form = sms_form(sender, body)
    headers = {"X-Twilio-Signature": signature(system.env["TWILIO_AUTH_TOKEN"], url, form)}
    started = time.perf_counter()
    response = requests.post(url, data=form, headers=headers, timeout=30)
    response.raise_for_status()
    return time.perf_counter() - started


def via_rasa(system: System, sender: str, body: str) -> float:
    """Seconds for the same message sent straight to Rasa's REST channel."""
    url = system.env["RASA_URL"] + "/webhooks/rest/webhook"
    started = time.perf_counter()
    response = requests.post(url, json={"sender": sender, "message": body}, timeout=30)
    response.raise_for_status()
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    """Run the conversations and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=12)
    args = parser.parse_args()
    edge: list[float] = []
    rasa: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, running_system(Path(tmp)) as system:
        via_rasa(system, "f" * 32, "hi")  # warm up the model once
        for _ in range(args.conversations):
            phone = "+1555" + str(secrets.randbelow(10**7)).zfill(7)
            peer = secrets.token_hex(16)
            for body in TURNS:
                edge.append(via_edge(system, phone, body))
                rasa.append(via_rasa(system, peer, body))
    for name, values in (("sms edge", edge), ("rasa rest", rasa)):
        print(
            f"{name:10} n={len(values)} p50={statistics.median(values) * 1000:.0f} ms "
            f"p95={percentile(values, 0.95) * 1000:.0f} ms max={max(values) * 1000:.0f} ms"
        )
    ratio = statistics.median(rasa) / statistics.median(edge)
    print(f"edge/rasa throughput ratio (by median latency): {ratio:.2f}")


if __name__ == "__main__":
    main()
