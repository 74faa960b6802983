"""Web-chat sessions for tests, fetched and paid for as the chat page does.

The work lives in tests/support/webchat.py, shared with the conversation driver and the fuzz
tests; this module keeps the names the webhook tests import.
"""

from __future__ import annotations

from tests.support.webchat import (
    CHALLENGE_URL,
    SESSIONS_URL,
    open_session,
    request_session,
    solve,
)

__all__ = ["CHALLENGE_URL", "SESSIONS_URL", "open_session", "request_session", "solve"]
