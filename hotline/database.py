"""The request's database session, opened on first use and closed when the request ends."""

from __future__ import annotations

from flask import current_app, g
from sqlalchemy.orm import Session

from tips.runtime import Runtime


def runtime() -> Runtime:
    """The live resources the entry point attached to the app."""
    found: Runtime = current_app.extensions["lantern"]
    return found


def db() -> Session:
    """One session per request, so the login check and the view see the same data."""
    if "hotline_db" not in g:
        g.hotline_db = runtime().sessions()
    session: Session = g.hotline_db
    return session


def close_db(_error: BaseException | None = None) -> None:
    """Close the request's session, rolling back anything left uncommitted."""
    session = g.pop("hotline_db", None)
    if session is not None:
        session.close()
