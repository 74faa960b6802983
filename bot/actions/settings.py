"""Settings of the action server, read from the environment when an action runs."""

import os

DEFAULT_INTERNAL_URL = "http://127.0.0.1:8001"
DEFAULT_EMERGENCY_NUMBER = "911"
DEFAULT_HOTLINE_NUMBER = "1-888-373-7888"

# Seconds; the person is waiting for the reply while the tip is posted.
INTERNAL_API_TIMEOUT = 5.0


def internal_url() -> str:
    """Base URL of the app's internal API (loopback only)."""
    return os.environ.get("LANTERN_INTERNAL_URL", DEFAULT_INTERNAL_URL).rstrip("/")


def internal_token() -> str:
    """Bearer token for the internal API; empty means requests will be refused."""
    return os.environ.get("LANTERN_INTERNAL_TOKEN", "")


def emergency_number() -> str:
    """The number people are told to call when someone is in danger now."""
    return os.environ.get("LANTERN_EMERGENCY_NUMBER", "").strip() or DEFAULT_EMERGENCY_NUMBER


def hotline_number() -> str:
    """The hotline's direct number."""
    return os.environ.get("LANTERN_HOTLINE_NUMBER", "").strip() or DEFAULT_HOTLINE_NUMBER
