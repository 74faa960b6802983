"""Keyed hashes and random references: how Lantern knows things without keeping them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: easy to read back by phone


def keyed_hash(key: str, value: str, purpose: str) -> str:
    """HMAC-SHA256 of a value under a server secret, separated by purpose; hex digest."""
    message = f"{purpose}\x00{value}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


MESSAGE_ID_PURPOSE = "provider-message-id"


def message_id_digest(key: str, provider_id: str) -> str:
    """A keyed hash of a provider's message id (Twilio's MessageSid), for the pseudonym key.

    Enough to know a retry; useless at Twilio, where the id itself would look up the number.
    """
    return keyed_hash(key, provider_id.strip(), purpose=MESSAGE_ID_PURPOSE)


class DecryptionError(ValueError):
    """A stored secret that the current key cannot open (the key changed, or the data did)."""


def fernet(secret_key: str, purpose: str) -> Fernet:
    """A Fernet cipher keyed by HKDF-SHA256 from the server secret, one key per purpose."""
    hkdf = HKDF(algorithm=SHA256(), length=32, salt=None, info=f"lantern:{purpose}".encode())
    return Fernet(base64.urlsafe_b64encode(hkdf.derive(secret_key.encode())))


def encrypt(secret_key: str, purpose: str, plaintext: str) -> str:
    """Authenticated encryption of a short secret for storage."""
    return fernet(secret_key, purpose).encrypt(plaintext.encode()).decode()


def decrypt(secret_key: str, purpose: str, ciphertext: str) -> str:
    """The plaintext of a value made by encrypt() under the same key and purpose."""
    try:
        return fernet(secret_key, purpose).decrypt(ciphertext.encode()).decode()
    except InvalidToken as exc:
        raise DecryptionError(f"cannot decrypt a stored {purpose} secret") from exc


def token_digest(token: str) -> str:
    """SHA-256 of a high-entropy API token; only the digest is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """A fresh API token for a staff account."""
    return secrets.token_urlsafe(32)


def new_reference() -> str:
    """A short tip reference such as K7F-2QM (31^6, about 887 million values)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"


def normalise_reference(text: str) -> str | None:
    """Read a reference as people type it ("k7f2qm", "K7F 2QM"); None if it cannot be one."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    if len(chars) != 6 or any(c not in REFERENCE_ALPHABET for c in chars):
        return None
    return f"{chars[:3]}-{chars[3:]}"


# A lookahead, so overlapping candidates ("and kfc-2qm") are all tried.
_REFERENCE_LIKE = re.compile(
    r"(?<![0-9A-Za-z])(?=([0-9A-Za-z]{3}[ -]?[0-9A-Za-z]{3})(?![0-9A-Za-z]))"
)


def references_in(text: str) -> list[str]:
    """Well-formed tip references in a message, normalised ("k7f2qm" -> "K7F-2QM").

    Letters alone ("garage", "the van") count only when written with the hyphen, as shown.
    """
    tokens = (m.group(1) for m in _REFERENCE_LIKE.finditer(text[:2000]))
    plausible = (t for t in tokens if any(c.isdigit() for c in t) or "-" in t)
    found = (normalise_reference(t) for t in plausible)
    return [ref for ref in found if ref is not None][:5]
