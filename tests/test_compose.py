"""The container deployment keeps the promises the code relies on: durable Redis, late-acking
workers with an emergency lane, a database password that must be set, and nothing but the web
app published."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())["services"]


def _command(service: dict[str, Any]) -> str:
    command = service.get("command", "")
    return " ".join(command) if isinstance(command, list) else command


def test_every_part_of_the_system_has_a_service(services: dict[str, Any]) -> None:
    expected = {"web", "internal", "worker", "urgent", "beat", "rasa", "actions", "redis"}
    assert expected | {"postgres", "migrate"} <= set(services)


def test_redis_keeps_an_append_only_file_and_never_evicts(services: dict[str, Any]) -> None:
    command = _command(services["redis"])
    assert "--appendonly yes" in command and "--maxmemory-policy noeviction" in command
    assert services["redis"]["volumes"], "the append-only file must outlive the container"


def test_workers_take_the_emergency_lane_and_the_web_runs_gunicorn(
    services: dict[str, Any],
) -> None:
    assert "gunicorn" in _command(services["web"]) and "create_app()" in _command(services["web"])
    assert "lantern.urgent" in _command(services["worker"])
    assert "--queues lantern.urgent " in _command(services["urgent"]) + " "
    assert "beat" in _command(services["beat"])
    assert "lantern check" in _command(services["migrate"])


def test_only_the_public_web_app_is_published(services: dict[str, Any]) -> None:
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"web"}


def test_the_database_password_must_be_set(services: dict[str, Any]) -> None:
    text = COMPOSE.read_text()
    assert "POSTGRES_PASSWORD:?" in text
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"].startswith("${")


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0,
    reason="the docker compose CLI is not installed",
)
def test_docker_compose_accepts_the_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("POSTGRES_PASSWORD=test\n")
    done = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE), "--env-file", str(tmp_path / ".env"),
         "config", "--quiet"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
