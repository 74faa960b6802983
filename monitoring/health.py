"""Liveness (`/healthz`) and readiness (`/readyz`: database, Redis, Rasa)."""

from __future__ import annotations

import redis
import requests
from flask import Blueprint, Response, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

public = Blueprint("health", __name__)
private = Blueprint("readiness", __name__)


@public.get("/healthz")
def alive() -> Response:
    """The process answers."""
    return jsonify(status="ok")


def _database_ok() -> bool:
    try:
        with current_app.extensions["lantern"].engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


def _redis_ok() -> bool:
    try:
        return bool(current_app.extensions["lantern"].redis.ping())
    except redis.RedisError:
        return False


def _rasa_ok() -> bool:
    url = current_app.extensions["lantern"].settings.rasa_url
    try:
        return requests.get(url, timeout=2).ok
    except requests.RequestException:
        return False


@private.get("/readyz")
def ready() -> tuple[Response, int]:
    """503 unless the database and Redis answer; Rasa down only degrades (fallback replies)."""
    checks = {"database": _database_ok(), "redis": _redis_ok(), "rasa": _rasa_ok()}
    ok = checks["database"] and checks["redis"]
    status = "ok" if ok and checks["rasa"] else ("degraded" if ok else "down")
    return jsonify(status=status, checks=checks), 200 if ok else 503
