"""Play one scripted conversation through the running system and record what the person gets.

A script is one JSON line: {"id", "channel": "sms" | "webchat", "language", "persona",
"turns": [{"send": [...], "must": [...], "must_not": [...]}], "end": {"tip", "urgency", "queue",
"reference_shown", "cut_off"}}. The "must" checks are copied into the transcript for a person to
judge; only the end state is read back here, from the database.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

import requests

from commands.sms import replies_of
from tests.conversations.endstate import Conversation, compare, end_state, sent_later, settle
from tests.support.system import System
from tests.support.twilio import signature, sms_form
from tests.support.webchat import open_session_at
from webhooks.pseudonyms import pseudonym

Script = dict[str, Any]
Transcript = dict[str, Any]

SMS_PATH = "/webhooks/twilio/sms"
WEBCHAT_PATH = "/webhooks/webchat/messages"
SESSION_HEADER = "X-Lantern-Session"  # the widget sends its session id in this header to poll
POLL_LIMIT = 50  # the most replies one poll returns (webhooks/webchat.py)
BURST_GAP = 0.1  # seconds between the messages of one turn, each sent before the last is answered
HTTP_TIMEOUT = 30.0
RATE_WINDOW = 60.0  # the edge counts each sender's messages per minute (webhooks/limits.py)
RATE_MARGIN = 1.0
CHANNELS = ("sms", "webchat")
_numbers_used: set[str] = set()


class ScriptError(ValueError):
    """A script line that cannot be played."""


@dataclass
class Delivery:
    """One message sent and what came back in its own response."""

    text: str
    status: int  # HTTP status; 0 when no response came
    seconds: float
    replies: list[str]


class Channel(Protocol):
    """A person's side of one conversation: send a message, see what arrives later."""

    conversation: Conversation

    def post(self, text: str) -> Delivery: ...

    def later(self) -> list[str]: ...


def new_number() -> str:
    """A made-up number in the fictional 555-01xx range, never used twice in this process."""
    while True:
        number = f"+1555010{secrets.randbelow(10_000):04d}"
        if number not in _numbers_used:
            _numbers_used.add(number)
            return number


class SmsPhone:
    """A phone texting the SMS webhook, each request signed exactly as Twilio signs it."""

    def __init__(self, system: System, number: str) -> None:
        self.system, self.number = system, number
        self.url = system.web_url + SMS_PATH
        sender = pseudonym(system.env["LANTERN_PSEUDONYM_KEY"], "sms", number)
        self.conversation = Conversation("sms", sender)
        self.cursor = 0

    def post(self, text: str) -> Delivery:
        """One inbound SMS; the replies are the TwiML <Message> bodies."""
        form = sms_form(self.number, text)
        sig = signature(self.system.env["TWILIO_AUTH_TOKEN"], self.url, form)
        headers = {"X-Twilio-Signature": sig}
        started = time.monotonic()
        try:
            response = requests.post(self.url, data=form, headers=headers, timeout=HTTP_TIMEOUT)
        except requests.RequestException:
            return Delivery(text, 0, time.monotonic() - started, [])
        replies = replies_of(response.text) if response.status_code == 200 else []
        return Delivery(text, response.status_code, time.monotonic() - started, replies)

    def later(self) -> list[str]:
        """Texts sent to this phone through Twilio's API since the last look (staff replies)."""
        found = sent_later(self.system, self.conversation, self.cursor)
        self.cursor = max([self.cursor, *(message_id for message_id, _ in found)])
        return [body for _, body in found]


class WebChatTab:
    """A browser tab running the chat widget: the page's language, and the session the server
    issued it for the proof of work the page does when it opens."""

    def __init__(self, system: System, language: str) -> None:
        self.system = system
        self.page_language = "es" if language == "es" else "en"
        page = "/es/chat" if self.page_language == "es" else "/chat"
        requests.get(system.web_url + page, timeout=HTTP_TIMEOUT).raise_for_status()
        self.session = open_session_at(system.web_url, language=self.page_language)
        sender = pseudonym(system.env["LANTERN_PSEUDONYM_KEY"], "webchat", self.session)
        self.conversation = Conversation("webchat", sender)
        self.url = system.web_url + WEBCHAT_PATH
        self.seen: set[int] = set()
        self.cursor = 0
        self.lock = threading.Lock()

    def post(self, text: str) -> Delivery:
        """One message as the widget posts it; the replies are the JSON reply texts."""
        body = {"session": self.session, "text": text, "language": self.page_language}
        started = time.monotonic()
        try:
            response = requests.post(self.url, json=body, timeout=HTTP_TIMEOUT)
        except requests.RequestException:
            return Delivery(text, 0, time.monotonic() - started, [])
        replies = response.json().get("replies", []) if response.status_code == 200 else []
        with self.lock:
            self.seen.update(r["id"] for r in replies if isinstance(r.get("id"), int))
        texts = [str(r.get("text", "")) for r in replies]
        return Delivery(text, response.status_code, time.monotonic() - started, texts)

    def later(self) -> list[str]:
        """What the widget's poll shows that no response carried (e.g. a staff reply)."""
        new: list[str] = []
        while True:
            page = self._poll()
            with self.lock:
                for reply in page:
                    self.cursor = max(self.cursor, reply["id"])
                    if reply["id"] not in self.seen:
                        self.seen.add(reply["id"])
                        new.append(str(reply["text"]))
            if len(page) < POLL_LIMIT:
                return new

    def _poll(self) -> list[dict[str, Any]]:
        response = requests.get(
            self.url,
            params={"after": str(self.cursor)},
            headers={SESSION_HEADER: self.session},
            timeout=HTTP_TIMEOUT,
        )
        response.raise_for_status()
        return list(response.json().get("replies", []))


def open_channel(system: System, script: Script) -> Channel:
    """A fresh phone number or chat session for this script."""
    if script["channel"] == "sms":
        return SmsPhone(system, new_number())
    return WebChatTab(system, script.get("language", "en"))


class Pacer:
    """Keeps a conversation under the edge's per-sender limit (messages a minute), as a person
    typing would be: a turn that would pass it waits, whole, until it fits."""

    def __init__(self, system: System) -> None:
        # LANTERN_RATE_LIMIT_PER_MINUTE, 20 unless the system's environment says otherwise
        self.limit = int(system.env.get("LANTERN_RATE_LIMIT_PER_MINUTE", "20"))
        self.sent: list[float] = []

    def wait_for_room(self, count: int) -> float:
        """Sleep until `count` more messages fit in the last minute; the seconds waited."""
        if self.limit <= 0:
            return 0.0
        waited = 0.0
        while True:
            now = time.time()
            self.sent = [t for t in self.sent if t > now - RATE_WINDOW - RATE_MARGIN]
            excess = len(self.sent) + min(count, self.limit) - self.limit
            if excess <= 0:
                self.sent += [now] * count
                return waited
            pause = self.sent[excess - 1] + RATE_WINDOW + RATE_MARGIN - now
            time.sleep(max(pause, 0.1))
            waited += max(pause, 0.1)


def send_turn(channel: Channel, messages: Sequence[str], gap: float) -> list[Delivery]:
    """Send a turn's messages back to back: each goes out `gap` seconds after the one before,
    without waiting for its answer, as a phone sends a burst."""
    with ThreadPoolExecutor(max_workers=max(1, len(messages))) as pool:
        futures = []
        for index, text in enumerate(messages):
            if index:
                time.sleep(gap)
            futures.append(pool.submit(channel.post, text))
        return [future.result() for future in futures]


def play_turn(channel: Channel, turn: dict[str, Any], gap: float, pacer: Pacer) -> dict[str, Any]:
    """One turn: the messages sent, every reply the person got for it, the checks to judge."""
    paused = pacer.wait_for_room(len(turn["send"]))
    deliveries = send_turn(channel, list(turn["send"]), gap)
    return {
        "send": list(turn["send"]),
        "paused_seconds": round(paused, 1),
        "replies": [reply for d in deliveries for reply in d.replies],
        "later": channel.later(),
        "by_message": [asdict(d) for d in deliveries],
        "must": list(turn.get("must", [])),
        "must_not": list(turn.get("must_not", [])),
    }


def play(system: System, script: Script, gap: float = BURST_GAP) -> Transcript:
    """Play a script, let the system settle (the quiet sweep for a cut-off one), read the end."""
    check_script(script)
    channel = open_channel(system, script)
    pacer = Pacer(system)
    turns = [play_turn(channel, turn, gap, pacer) for turn in script["turns"]]
    settled = settle(system, channel.conversation, cut_off=bool(script["end"].get("cut_off")))
    turns[-1]["later"] += channel.later()  # anything that arrived while the system settled
    received = [reply for turn in turns for reply in turn["replies"] + turn["later"]]
    found = {**end_state(system, channel.conversation, received), **settled}
    return {
        "id": script["id"],
        "channel": script["channel"],
        "language": script.get("language"),
        "persona": script.get("persona"),
        "turns": turns,
        "expected": script["end"],
        "found": found,
        "matches": compare(script["end"], found),
    }


def check_script(script: Script) -> None:
    """Refuse a script that cannot be played, naming what is wrong."""
    name = script.get("id", "?")
    if script.get("channel") not in CHANNELS:
        raise ScriptError(f"{name}: channel must be sms or webchat")
    turns = script.get("turns")
    if not isinstance(turns, list) or not turns:
        raise ScriptError(f"{name}: turns must be a non-empty list")
    for turn in turns:
        sends = turn.get("send") if isinstance(turn, dict) else None
        if not isinstance(sends, list) or not sends or not all(isinstance(s, str) for s in sends):
            raise ScriptError(f"{name}: every turn needs a non-empty list of texts to send")
    if not isinstance(script.get("end"), dict):
        raise ScriptError(f"{name}: end must be an object")


def load_scripts(path: Path) -> list[Script]:
    """The scripts of a JSON Lines file, each checked; blank lines are skipped."""
    scripts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            script = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ScriptError(f"{path}:{number}: not JSON ({exc})") from exc
        check_script(script)
        scripts.append(script)
    return scripts
