"""What a played conversation left behind: its tips, their triage, the references it was shown.

Read straight from the system's database. A cut-off conversation is first swept as quiet, by the
system's own sweep task run once with a zero quiet threshold (see tests/conversations/sweep.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.support.services import wait_for
from tests.support.system import System
from tips.config import ROOT
from tips.crypto import REFERENCE_ALPHABET
from tips.db import make_engine, make_sessions
from tips.models import OPEN_STATUSES, URGENCY_RANK, Message, Page, Tip
from tips.models import Conversation as ConversationRow

# A reference as the bot shows it (tips/crypto.py new_reference): K7F-2QM.
REFERENCE = re.compile(
    rf"(?<![0-9A-Za-z])[{REFERENCE_ALPHABET}]{{3}}-[{REFERENCE_ALPHABET}]{{3}}(?![0-9A-Za-z])"
)
SETTLE_SECONDS = 60.0  # triage of every open tip, and the page of a critical one
SWEEP_SECONDS = 120.0
CHECKS = ("tip", "urgency", "queue", "reference_shown")


@dataclass(frozen=True)
class Conversation:
    """A conversation as the system knows it: channel and the sender's pseudonym."""

    channel: str
    sender: str


@cache
def _sessions(database_url: str) -> sessionmaker[Session]:
    return make_sessions(make_engine(database_url))


def _conversation_id(session: Session, conversation: Conversation) -> int | None:
    return session.scalar(
        select(ConversationRow.id).where(
            ConversationRow.channel == conversation.channel,
            ConversationRow.sender == conversation.sender,
        )
    )


def _tips(session: Session, conversation_id: int) -> list[Tip]:
    """Every tip the conversation's messages went to, and the one it holds now, oldest first."""
    ids = set(
        session.scalars(
            select(Message.tip_id).where(
                Message.conversation_id == conversation_id, Message.tip_id.is_not(None)
            )
        )
    )
    current = session.get_one(ConversationRow, conversation_id).tip_id
    ids.update([current] if current is not None else [])
    return list(session.scalars(select(Tip).where(Tip.id.in_(ids)).order_by(Tip.id)))


def _paged(session: Session, tip_id: int) -> bool:
    sent = select(Page.id).where(Page.tip_id == tip_id, Page.level == 0, Page.sent_at.is_not(None))
    return session.scalar(sent) is not None


def _tip_state(session: Session, tip: Tip) -> dict[str, Any]:
    return {
        "reference": tip.reference,
        "status": tip.status,
        "outcome": tip.outcome,
        "complete": tip.complete,
        "language": tip.language,
        "urgency": tip.urgency,
        "category": tip.category,
        "queue": tip.queue,
        "triaged": tip.assessed_revision >= tip.revision and tip.queue is not None,
        "paged": _paged(session, tip.id),
        "answers": tip.answers,
    }


def tip_states(system: System, conversation: Conversation) -> list[dict[str, Any]]:
    """The conversation's tips as they stand now."""
    with _sessions(system.database_url)() as session:
        conversation_id = _conversation_id(session, conversation)
        if conversation_id is None:
            return []
        return [_tip_state(session, tip) for tip in _tips(session, conversation_id)]


def sent_later(system: System, conversation: Conversation, after: int) -> list[tuple[int, str]]:
    """Texts sent to the conversation outside a webhook response (staff replies by SMS)."""
    with _sessions(system.database_url)() as session:
        conversation_id = _conversation_id(session, conversation)
        rows = session.execute(
            select(Message.id, Message.body)
            .where(Message.conversation_id == conversation_id, Message.direction == "out")
            .where(Message.delivery.is_not(None), Message.id > after)
            .order_by(Message.id)
        )
        return [(row.id, row.body) for row in rows]


def _open(tips: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [tip for tip in tips if tip["status"] in OPEN_STATUSES]


def _is_settled(system: System, conversation: Conversation) -> bool:
    """Every open tip triaged at its newest revision; a critical one's page sent too."""
    return all(
        tip["triaged"] and (tip["urgency"] != "critical" or tip["paged"])
        for tip in _open(tip_states(system, conversation))
    )


def run_sweep(system: System) -> dict[str, int]:
    """The periodic sweep, run once now, with every conversation counting as quiet."""
    env = {**system.env, "LANTERN_QUIET_AFTER_MINUTES": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.conversations.sweep"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SWEEP_SECONDS,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SWEEP ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the sweep failed ({done.returncode}): {done.stderr[-2000:]}")
    return dict(json.loads(lines[-1].removeprefix("SWEEP ")))


def settle(system: System, conversation: Conversation, cut_off: bool) -> dict[str, Any]:
    """Let the system finish: sweep a cut-off conversation as quiet, then wait for triage."""
    sweep = run_sweep(system) if cut_off else None
    try:
        wait_for(lambda: _is_settled(system, conversation), SETTLE_SECONDS, "triage")
    except TimeoutError:
        return {"sweep": sweep, "settled": False}
    return {"sweep": sweep, "settled": True}


def _rank(tip: dict[str, Any]) -> int:
    return URGENCY_RANK.get(tip["urgency"] or "", len(URGENCY_RANK))


def end_state(system: System, conversation: Conversation, replies: Iterable[str]) -> dict[str, Any]:
    """The end state: a tip (the most urgent of its live ones), its urgency and queue, and
    whether a reply showed a reference of one of the conversation's tips."""
    tips = tip_states(system, conversation)
    live = [tip for tip in tips if tip["outcome"] != "duplicate"]
    main = min(live, key=_rank) if live else None
    shown = sorted({found for reply in replies for found in REFERENCE.findall(reply)})
    own = {tip["reference"] for tip in tips}
    return {
        "tip": main is not None,
        "urgency": main["urgency"] if main else None,
        "queue": main["queue"] if main else None,
        "reference_shown": bool(own.intersection(shown)),
        "references_shown": shown,
        "tips": tips,
    }


def _expected(value: Any) -> Any:
    """Script values as written: "null" (a string) means no value."""
    return None if value in ("null", "") else value


def compare(expected: dict[str, Any], found: dict[str, Any]) -> dict[str, bool]:
    """For each end-state check, whether what was found is what the script expects."""
    return {check: _expected(expected.get(check)) == found.get(check) for check in CHECKS}
