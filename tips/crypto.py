"""Keyed hashes, data keys and random references: how Lantern knows things without keeping them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
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
    """A stored secret that no configured key can open (the key changed, or the data did)."""


class DataKeyError(ValueError):
    """A data key that is neither a Fernet key nor a long random secret."""


MIN_SECRET = 32  # characters of a secret a key is derived from
FERNET_KEY_LENGTH = 44
_FERNET_KEY = re.compile(r"[A-Za-z0-9_-]{43}=?")  # 32 bytes of URL-safe base64, padding optional
_BASE64 = re.compile(r"[A-Za-z0-9_-]+=*")


def new_data_key() -> str:
    """A fresh random data key in Fernet's format (44 characters of URL-safe base64)."""
    return Fernet.generate_key().decode()


def data_key_material(entry: str) -> bytes:
    """What one data key is derived from: a Fernet key's 32 bytes, or a long secret itself."""
    if not entry:
        raise DataKeyError("is empty")
    if any(c.isspace() for c in entry):
        raise DataKeyError("contains whitespace")
    if _FERNET_KEY.fullmatch(entry):
        return base64.urlsafe_b64decode(entry.rstrip("=") + "=")
    if entry.endswith("=") and len(entry) <= FERNET_KEY_LENGTH and _BASE64.fullmatch(entry):
        # Padded base64 no longer than a Fernet key: a key cut short in a copy, not a secret.
        raise DataKeyError("is not a valid Fernet key (make one with `lantern keys new`)")
    if len(entry) < MIN_SECRET:
        raise DataKeyError(
            f"is too short: use `lantern keys new` or a random secret of {MIN_SECRET}+ characters"
        )
    return entry.encode()


@dataclass(frozen=True)
class DataKey:
    """One key of a keyring: what it is derived from and a name to report it by."""

    material: bytes = field(repr=False)
    label: str

    @property
    def fingerprint(self) -> str:
        """Eight hex digits that tell keys apart in reports and reveal nothing of the key."""
        return _derive(self.material, "fingerprint").hex()[:8]


def _derive(material: bytes, purpose: str) -> bytes:
    hkdf = HKDF(algorithm=SHA256(), length=32, salt=None, info=f"lantern:{purpose}".encode())
    return hkdf.derive(material)


def _fernet(material: bytes, purpose: str) -> Fernet:
    # One key per purpose (HKDF info "lantern:<purpose>"), so a contact never opens as a TOTP
    # secret. For a secret this is exactly how values were sealed before data keys existed.
    return Fernet(base64.urlsafe_b64encode(_derive(material, purpose)))


class Keyring:
    """Data-encryption keys, newest first: seal with the first, open with any (MultiFernet)."""

    def __init__(self, keys: Sequence[DataKey]) -> None:
        self.keys = tuple(keys)
        self._ciphers: dict[str, tuple[Fernet, ...]] = {}

    @classmethod
    def from_secret(cls, secret: str, label: str = "secret") -> Keyring:
        """The single key derived from a server secret, as Lantern keyed data before."""
        return cls([DataKey(secret.encode(), label)])

    def __repr__(self) -> str:
        return f"Keyring({', '.join(self.labels())})"

    def __bool__(self) -> bool:
        return bool(self.keys)

    def labels(self) -> list[str]:
        """Each key's name and fingerprint, newest first; never the key."""
        return [f"{key.label} ({key.fingerprint})" for key in self.keys]

    def _each(self, purpose: str) -> tuple[Fernet, ...]:
        if purpose not in self._ciphers:
            self._ciphers[purpose] = tuple(_fernet(k.material, purpose) for k in self.keys)
        return self._ciphers[purpose]

    def _multi(self, purpose: str) -> MultiFernet:
        if not self.keys:
            raise DecryptionError(f"no data key is configured for {purpose} secrets")
        return MultiFernet(list(self._each(purpose)))

    def encrypt(self, purpose: str, plaintext: str) -> str:
        """Seal under the newest key."""
        return self._multi(purpose).encrypt(plaintext.encode()).decode()

    def decrypt(self, purpose: str, ciphertext: str) -> str:
        """Open with whichever key sealed it."""
        try:
            return self._multi(purpose).decrypt(ciphertext.encode()).decode()
        except InvalidToken as exc:
            raise DecryptionError(f"cannot decrypt a stored {purpose} secret") from exc

    def opener(self, purpose: str, ciphertext: str) -> int | None:
        """The position of the key that opens a value, or None when none does."""
        for position, cipher in enumerate(self._each(purpose)):
            try:
                cipher.decrypt(ciphertext.encode())
            except InvalidToken:
                continue
            return position
        return None

    def rotate(self, purpose: str, ciphertext: str) -> str:
        """The same plaintext sealed under the newest key (DecryptionError if none opens it)."""
        try:
            return self._multi(purpose).rotate(ciphertext.encode()).decode()
        except InvalidToken as exc:
            raise DecryptionError(f"cannot decrypt a stored {purpose} secret") from exc


Keys = Keyring | str  # a keyring, or one server secret as before data keys (tests, old callers)


def keyring(keys: Keys) -> Keyring:
    """The keyring itself, or the one-key ring a bare secret stands for."""
    return keys if isinstance(keys, Keyring) else Keyring.from_secret(keys)


def encrypt(keys: Keys, purpose: str, plaintext: str) -> str:
    """Authenticated encryption of a short secret for storage, under the newest key."""
    return keyring(keys).encrypt(purpose, plaintext)


def decrypt(keys: Keys, purpose: str, ciphertext: str) -> str:
    """The plaintext of a value made by encrypt() for the same purpose under any of the keys."""
    return keyring(keys).decrypt(purpose, ciphertext)


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
