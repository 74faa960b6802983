"""The production self-check refuses settings that could lose a tip."""

from __future__ import annotations

import dataclasses

import redis

from tests.conftest import make_settings
from tips.config import Settings
from triage.preflight import problems


def production(settings: Settings, **changes: object) -> Settings:
    return dataclasses.replace(settings, env="production", **changes)  # type: ignore[arg-type]


def test_a_safe_production_setup_passes(settings: Settings, redis_client: redis.Redis) -> None:
    redis_client.config_set("appendonly", "yes")
    redis_client.config_set("maxmemory-policy", "noeviction")
    try:
        assert problems(production(settings)) == []
    finally:
        redis_client.config_set("appendonly", "no")


def test_redis_without_aof_or_with_eviction_is_refused(
    settings: Settings, redis_client: redis.Redis
) -> None:
    redis_client.config_set("maxmemory-policy", "allkeys-lru")
    try:
        found = problems(production(settings))
    finally:
        redis_client.config_set("maxmemory-policy", "noeviction")
    assert any("AOF" in p for p in found) and any("evict" in p for p in found)


def test_placeholder_secrets_are_refused(settings: Settings) -> None:
    (found,) = problems(production(settings, secret_key="dev-only-" + "x" * 40))
    assert "LANTERN_SECRET_KEY" in found
    (found,) = problems(production(settings, twilio_auth_token=""))
    assert "TWILIO_AUTH_TOKEN" in found


def test_an_unmigrated_database_is_refused(tmp_path, redis_url: str) -> None:  # type: ignore[no-untyped-def]
    bare = make_settings(f"sqlite:///{tmp_path / 'empty.db'}", redis_url)
    assert any("lantern db-upgrade" in p for p in problems(production(bare)))
