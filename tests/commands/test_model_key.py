"""The trained model is cached under a hash of what training reads, and of nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from commands import services


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (
        "bot/domain.yml",
        "bot/config.yml",
        "bot/data/rules.yml",
        "bot/endpoints.yml",
        "bot/tracker_store.py",
        "bot/actions/form.py",
        "nlu_data/en/greet.yml",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"# {name}\n")
    monkeypatch.setattr(services, "ROOT", tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "name", ["bot/endpoints.yml", "bot/tracker_store.py", "bot/actions/form.py"]
)
def test_run_time_files_do_not_retrain(tree: Path, name: str) -> None:
    before = services.model_key()
    (tree / name).write_text("changed\n")
    assert services.model_key() == before


@pytest.mark.parametrize(
    "name", ["bot/domain.yml", "bot/config.yml", "bot/data/rules.yml", "nlu_data/en/greet.yml"]
)
def test_training_files_retrain(tree: Path, name: str) -> None:
    before = services.model_key()
    (tree / name).write_text("changed\n")
    assert services.model_key() != before
    assert services.model_path().name == f"lantern-{services.model_key()}.tar.gz"
