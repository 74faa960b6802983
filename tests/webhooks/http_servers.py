"""Real HTTP servers in threads on loopback: the app for the browser, a stand-in for Rasa."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from werkzeug.serving import WSGIRequestHandler, make_server


class QuietHandler(WSGIRequestHandler):
    """Logs no request lines, so no client address is written anywhere."""

    def log(self, type: str, message: str, *args: Any) -> None:  # noqa: A002
        """Say nothing."""


@contextmanager
def serving(wsgi_app: Any) -> Iterator[str]:
    """Serve a WSGI app on 127.0.0.1 at a free port in a daemon thread; yields its base URL."""
    server = make_server("127.0.0.1", 0, wsgi_app, threaded=True, request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)
