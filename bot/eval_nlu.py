"""Cross-validates the NLU model on each language's examples and prints its intent macro-F1.

Run from the repository root with the Rasa environment: `make eval-nlu`.
"""

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

LANGUAGES = ("en", "es")
FOLDS = 3
TARGET = 0.90
OUT = Path("var/nlu-eval")


def cross_validate(language: str, rasa: str) -> float:
    """Run `rasa test nlu --cross-validation` on nlu_data/<language>; return intent macro-F1."""
    out = OUT / language
    shutil.rmtree(out, ignore_errors=True)  # never read a report left by an earlier run
    command = [
        rasa, "test", "nlu", "--nlu", f"nlu_data/{language}", "--config", "bot/config.yml",
        "--cross-validation", "--folds", str(FOLDS), "--out", str(out),
    ]  # fmt: skip
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    report = json.loads((out / "intent_report.json").read_text())
    return float(report["macro avg"]["f1-score"])


def main() -> int:
    """Print one line per language and the total time; fail when a language is below target."""
    rasa = str(Path(sys.executable).with_name("rasa"))
    started = time.monotonic()
    scores = {language: cross_validate(language, rasa) for language in LANGUAGES}
    for language, score in scores.items():
        mark = "ok" if score >= TARGET else f"below {TARGET:.2f}"
        print(f"intent macro-F1 {language}: {score:.3f} ({FOLDS}-fold, {mark})")
    print(f"cross-validation took {time.monotonic() - started:.0f} s")
    return 0 if all(score >= TARGET for score in scores.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
