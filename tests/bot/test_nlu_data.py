"""Training examples: every intent of the domain in both languages, at least 25 examples each."""

from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .conftest import BOT_DIR

NLU_DIR = BOT_DIR.parent / "nlu_data"
LANGUAGES = ("en", "es")
MIN_EXAMPLES = 25
DOMAIN = YAML(typ="safe").load(Path(BOT_DIR, "domain.yml").read_text())


def examples(language: str) -> list[tuple[str, str]]:
    """(intent, text) for every example under nlu_data/<language>."""
    found = []
    for path in sorted((NLU_DIR / language).glob("*.yml")):
        for item in YAML(typ="safe").load(path.read_text()).get("nlu", []):
            if "intent" in item:
                lines = item["examples"].splitlines()
                found += [(item["intent"], line[2:].strip()) for line in lines if line.strip()]
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_intent_has_enough_examples(language):
    counts = Counter(intent for intent, _ in examples(language))
    assert set(counts) == set(DOMAIN["intents"])
    assert {i: n for i, n in counts.items() if n < MIN_EXAMPLES} == {}


def test_no_example_is_given_twice():
    texts = Counter(text for language in LANGUAGES for _, text in examples(language))
    assert [text for text, n in texts.items() if n > 1] == []
