"""Web-chat sessions: only the server issues one, and each costs a small proof of work.

A session id drawn by the tab itself cost nothing, so a script could draw one per message and
escape every per-session limit. Now the page fetches a signed challenge, finds a nonce such
that SHA-256("challenge:nonce") starts with `bits` zero bits (a few hundred milliseconds on a
phone), and trades the pair for a session id derived from the challenge: replaying a solution
buys the same session, never another. The id carries its own MAC, so checking it needs no
Redis, and a dead Redis holds back no tip.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence

from tips.crypto import keyed_hash

CHALLENGE_SECONDS = 1800  # solved when the page opens, spent at the first message
CLOCK_SKEW = 60  # between the web processes that issue and check challenges
_CHALLENGE = re.compile(r"^([0-9a-f]{8})\.([0-9]{1,2})\.[0-9a-f]{12}\.[0-9a-f]{16}$")
_NONCE = re.compile(r"^[0-9]{1,12}$")
_SESSION = re.compile(r"^[0-9a-f]{64}$")


class Unsolved(ValueError):
    """A challenge and nonce that buy no session, with the status to answer."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


def challenge(secret_key: str, bits: int, now: float) -> str:
    """A fresh challenge naming when it was issued and how much work it asks, signed."""
    head = f"{int(now):08x}.{bits}.{secrets.token_hex(6)}"
    return f"{head}.{_mac(secret_key, head, 'challenge', 16)}"


def solves(challenge_text: str, nonce: str, bits: int) -> bool:
    """Whether SHA-256("challenge:nonce") starts with `bits` zero bits."""
    digest = hashlib.sha256(f"{challenge_text}:{nonce}".encode()).digest()
    return int.from_bytes(digest, "big") >> (256 - bits) == 0


def admit(
    secret_key: str,
    challenge_text: object,
    nonce: object,
    now: float,
    fallbacks: Sequence[str] = (),
) -> str:
    """The session a solved challenge buys; Unsolved, with the reason, for anything else.

    A challenge signed with a fallback (an earlier LANTERN_SECRET_KEY) still counts; the session
    it buys is signed with the current key.
    """
    if not isinstance(challenge_text, str) or not (found := _CHALLENGE.match(challenge_text)):
        raise Unsolved("challenge must be one this server issued")
    if not isinstance(nonce, str) or not _NONCE.match(nonce):
        raise Unsolved("nonce must be 1 to 12 digits")
    head, mac = challenge_text.rsplit(".", 1)
    if not _signed(mac, head, "challenge", 16, [secret_key, *fallbacks]):
        raise Unsolved("challenge was not issued by this server", 403)
    issued = int(found.group(1), 16)
    if not now - CHALLENGE_SECONDS <= issued <= now + CLOCK_SKEW:
        raise Unsolved("challenge expired: fetch a new one")
    if not solves(challenge_text, nonce, int(found.group(2))):
        raise Unsolved("nonce does not solve the challenge", 403)
    seed = _mac(secret_key, challenge_text, "session-seed", 32)
    return seed + _mac(secret_key, seed, "session", 32)


def issued(secret_key: str, session: str, fallbacks: Sequence[str] = ()) -> bool:
    """Whether a session id is one this server issued (its second half is its MAC), with the
    current key or a fallback, so a chat open while the key is rotated goes on."""
    if not _SESSION.match(session):
        return False
    return _signed(session[32:], session[:32], "session", 32, [secret_key, *fallbacks])


def _signed(mac: str, value: str, purpose: str, length: int, keys: Sequence[str]) -> bool:
    # Every key is tried, so the time taken does not tell which one matched.
    matches = [hmac.compare_digest(mac, _mac(key, value, purpose, length)) for key in keys]
    return any(matches)


def _mac(secret_key: str, value: str, purpose: str, length: int) -> str:
    return keyed_hash(secret_key, value, purpose=f"webchat:{purpose}")[:length]
