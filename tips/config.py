"""Settings read from the environment in one place, production by default."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from tips.crypto import DataKey, DataKeyError, Keyring, data_key_material

ROOT = Path(__file__).resolve().parent.parent
DEV_SECRET_MARK = "dev-only-"


class ConfigError(RuntimeError):
    """A setting is missing or unsafe for the environment Lantern runs in."""


def _str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _int(name: str, default: int) -> int:
    raw = _str(name)
    try:
        return int(raw) if raw else default
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from exc


def _float(name: str, default: float) -> float:
    raw = _str(name)
    try:
        return float(raw) if raw else default
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc


def _entries(raw: str) -> list[str]:
    """A comma-separated setting as its entries, trimmed; empty entries are kept, to be refused."""
    return [entry.strip() for entry in raw.split(",")] if raw else []


def _default_database_url() -> str:
    return f"sqlite:///{ROOT / 'var' / 'lantern.db'}"


@dataclass(frozen=True)
class Settings:
    """Every setting Lantern reads, with its type and default."""

    env: str = field(default_factory=lambda: _str("LANTERN_ENV", "production"))
    # Signs sessions, CSRF tokens and web-chat sessions. Earlier values in the fallbacks
    # (comma-separated) are still accepted for what they signed, never used to sign.
    secret_key: str = field(default_factory=lambda: _str("LANTERN_SECRET_KEY"))
    secret_key_fallbacks: str = field(
        default_factory=lambda: _str("LANTERN_SECRET_KEY_FALLBACKS"), repr=False
    )
    # Seal contact numbers, media addresses and TOTP secrets: comma-separated, newest first; new
    # values go under the first, any opens. Unset: the key derived from LANTERN_SECRET_KEY.
    data_keys: str = field(default_factory=lambda: _str("LANTERN_DATA_KEYS"), repr=False)
    pseudonym_key: str = field(default_factory=lambda: _str("LANTERN_PSEUDONYM_KEY"))
    internal_token: str = field(default_factory=lambda: _str("LANTERN_INTERNAL_TOKEN"))
    database_url: str = field(
        default_factory=lambda: _str("DATABASE_URL") or _default_database_url()
    )
    redis_url: str = field(default_factory=lambda: _str("REDIS_URL", "redis://127.0.0.1:6379/0"))
    broker_url: str = field(default_factory=lambda: _str("CELERY_BROKER_URL"))
    rasa_url: str = field(default_factory=lambda: _str("RASA_URL", "http://127.0.0.1:5005"))
    rasa_timeout: float = field(default_factory=lambda: _float("RASA_TIMEOUT", 4.0))
    # Seconds a message waits for the rest of its burst before the bot reads them together.
    burst_hold: float = field(default_factory=lambda: _float("LANTERN_BURST_HOLD", 0.4))
    rasa_key_prefix: str = field(default_factory=lambda: _str("RASA_KEY_PREFIX", "lantern"))
    public_base_url: str = field(default_factory=lambda: _str("LANTERN_PUBLIC_BASE_URL"))
    twilio_account_sid: str = field(default_factory=lambda: _str("TWILIO_ACCOUNT_SID"))
    twilio_auth_token: str = field(default_factory=lambda: _str("TWILIO_AUTH_TOKEN"))
    twilio_from_number: str = field(default_factory=lambda: _str("TWILIO_FROM_NUMBER"))
    twilio_api_base: str = field(default_factory=lambda: _str("TWILIO_API_BASE"))
    notifier: str = field(default_factory=lambda: _str("LANTERN_NOTIFIER", "console"))
    sms_attempts: int = field(default_factory=lambda: _int("LANTERN_SMS_ATTEMPTS", 4))
    sms_backoff_seconds: float = field(
        default_factory=lambda: _float("LANTERN_SMS_BACKOFF_SECONDS", 1.0)
    )
    contact_days: int = field(default_factory=lambda: _int("LANTERN_CONTACT_DAYS", 30))
    on_call_numbers: str = field(default_factory=lambda: _str("LANTERN_ON_CALL_NUMBERS"))
    emergency_number: str = field(default_factory=lambda: _str("LANTERN_EMERGENCY_NUMBER", "911"))
    hotline_number: str = field(
        default_factory=lambda: _str("LANTERN_HOTLINE_NUMBER", "1-888-373-7888")
    )
    supervisor_numbers: str = field(default_factory=lambda: _str("LANTERN_SUPERVISOR_NUMBERS"))
    escalate_critical_minutes: int = field(
        default_factory=lambda: _int("LANTERN_ESCALATE_CRITICAL_MINUTES", 5)
    )
    escalate_high_minutes: int = field(
        default_factory=lambda: _int("LANTERN_ESCALATE_HIGH_MINUTES", 30)
    )
    quiet_after_minutes: int = field(
        default_factory=lambda: _int("LANTERN_QUIET_AFTER_MINUTES", 30)
    )
    visibility_timeout: int = field(default_factory=lambda: _int("CELERY_VISIBILITY_TIMEOUT", 300))
    rate_limit_per_minute: int = field(
        default_factory=lambda: _int("LANTERN_RATE_LIMIT_PER_MINUTE", 20)
    )
    # Proxies in front of the web app that append the client's address to X-Forwarded-For.
    # 0 (the default): the header is ignored and the address is the connection's own.
    trusted_proxies: int = field(default_factory=lambda: _int("LANTERN_TRUSTED_PROXIES", 0))
    # Web chat: messages per client address, new sessions per address and for the whole line,
    # and the proof of work (leading zero bits of a SHA-256) that buys a session.
    webchat_per_address_per_minute: int = field(
        default_factory=lambda: _int("LANTERN_WEBCHAT_PER_ADDRESS_PER_MINUTE", 30)
    )
    webchat_per_address_per_hour: int = field(
        default_factory=lambda: _int("LANTERN_WEBCHAT_PER_ADDRESS_PER_HOUR", 300)
    )
    webchat_sessions_per_address_per_hour: int = field(
        default_factory=lambda: _int("LANTERN_WEBCHAT_SESSIONS_PER_ADDRESS_PER_HOUR", 20)
    )
    webchat_sessions_per_minute: int = field(
        default_factory=lambda: _int("LANTERN_WEBCHAT_SESSIONS_PER_MINUTE", 30)
    )
    webchat_work_bits: int = field(default_factory=lambda: _int("LANTERN_WEBCHAT_WORK_BITS", 16))
    # Critical tips from one source within this many seconds of its page share one more page.
    page_collapse_seconds: int = field(
        default_factory=lambda: _int("LANTERN_PAGE_COLLAPSE_SECONDS", 300)
    )
    # Seconds between runs of the drain that files SMS held in Redis while the database was down.
    outage_drain_seconds: float = field(
        default_factory=lambda: _float("LANTERN_OUTAGE_DRAIN_SECONDS", 30.0)
    )
    quick_exit_url: str = field(
        default_factory=lambda: _str("LANTERN_QUICK_EXIT_URL", "https://www.weather.gov/")
    )
    retention_file: str = field(
        default_factory=lambda: (
            _str("LANTERN_RETENTION_FILE") or str(ROOT / "tips" / "retention.yml")
        )
    )

    @property
    def development(self) -> bool:
        """True when running locally or under test, where generated secrets are fine."""
        return self.env in {"development", "test"}

    @property
    def escalation_targets(self) -> dict[str, int]:
        """Minutes an unclaimed tip of each urgency may wait before the next page goes out."""
        return {"critical": self.escalate_critical_minutes, "high": self.escalate_high_minutes}

    @property
    def signing_fallbacks(self) -> list[str]:
        """Earlier session-signing keys, newest first."""
        return _entries(self.secret_key_fallbacks)

    @cached_property
    def keyring(self) -> Keyring:
        """The data keys, newest first, then the keys derived from LANTERN_SECRET_KEY and its
        fallbacks: data sealed before data keys existed opens with them, nothing new does."""
        keys = [self._data_key(n, entry) for n, entry in enumerate(_entries(self.data_keys), 1)]
        legacy = [("LANTERN_SECRET_KEY, legacy", self.secret_key)] + [
            (f"LANTERN_SECRET_KEY_FALLBACKS #{n}, legacy", value)
            for n, value in enumerate(self.signing_fallbacks, 1)
        ]
        for label, secret in legacy:
            if secret and all(key.material != secret.encode() for key in keys):
                keys.append(DataKey(secret.encode(), label))
        return Keyring(keys)

    @staticmethod
    def _data_key(position: int, entry: str) -> DataKey:
        name = f"LANTERN_DATA_KEYS #{position}"
        try:
            return DataKey(data_key_material(entry), name)
        except DataKeyError as exc:
            raise ConfigError(f"{name} {exc}") from exc

    def advisories(self) -> list[str]:
        """What is allowed but unwise, logged when a part starts."""
        if self.development or self.data_keys:
            return []
        return [
            "LANTERN_DATA_KEYS is not set: contact numbers, media addresses and TOTP secrets are "
            "sealed with a key derived from LANTERN_SECRET_KEY, which also signs sessions. Set a "
            "data key (`lantern keys new`), then run `lantern keys rotate` (docs/deploy.md)."
        ]

    @property
    def celery_broker(self) -> str:
        """The broker Celery uses: CELERY_BROKER_URL, else the Redis at REDIS_URL."""
        return self.broker_url or self.redis_url

    def check(self) -> Settings:
        """Refuse to start with missing or placeholder secrets outside development."""
        for name in ("secret_key", "pseudonym_key", "internal_token"):
            value = getattr(self, name)
            if not value:
                raise ConfigError(f"LANTERN_{name.upper()} is not set")
            if not self.development and (value.startswith(DEV_SECRET_MARK) or len(value) < 32):
                raise ConfigError(
                    f"LANTERN_{name.upper()} must be a long random secret in production"
                )
        self.check_keys()
        if not self.development and not self.public_base_url:
            raise ConfigError(
                "LANTERN_PUBLIC_BASE_URL is required: Twilio signs the full public URL"
            )
        if not 0 <= self.webchat_work_bits <= 30:
            raise ConfigError("LANTERN_WEBCHAT_WORK_BITS must be 0 to 30")
        if self.trusted_proxies < 0:
            raise ConfigError("LANTERN_TRUSTED_PROXIES must be 0 or more")
        if not self.development and not self.twilio_auth_token:
            raise ConfigError("TWILIO_AUTH_TOKEN is required: without it every SMS is refused")
        return self

    def check_keys(self) -> Settings:
        """Refuse malformed, repeated or borrowed data keys, and weak signing fallbacks."""
        self._check_fallbacks()
        others = {
            "LANTERN_SECRET_KEY": self.secret_key,
            "LANTERN_PSEUDONYM_KEY": self.pseudonym_key,
        }
        others |= {f"LANTERN_SECRET_KEY_FALLBACKS #{n}": value
                   for n, value in enumerate(self.signing_fallbacks, 1)}  # fmt: skip
        entries = _entries(self.data_keys)
        keys = self.keyring.keys[: len(entries)]
        for position, (entry, key) in enumerate(zip(entries, keys, strict=True), 1):
            name = key.label
            if any(earlier.material == key.material for earlier in keys[: position - 1]):
                raise ConfigError(f"{name} repeats an earlier key")
            if not self.development and entry.startswith(DEV_SECRET_MARK):
                raise ConfigError(f"{name} must be a long random secret in production")
            for other, value in others.items():
                if value and entry.rstrip("=") == value.rstrip("="):  # padding or not, one key
                    raise ConfigError(f"{name} must differ from {other}: one key, one purpose")
        return self

    def _check_fallbacks(self) -> None:
        for position, value in enumerate(self.signing_fallbacks, 1):
            name = f"LANTERN_SECRET_KEY_FALLBACKS #{position}"
            if not value:
                raise ConfigError(f"{name} is empty")
            if not self.development and (value.startswith(DEV_SECRET_MARK) or len(value) < 32):
                raise ConfigError(f"{name} must be a long random secret in production")


def load() -> Settings:
    """Read and check the settings from the environment."""
    return Settings().check()
