"""Cross-validates the NLU model on each language's examples and prints its intent macro-F1.

Run from the repository root with the Rasa environment: `make eval-nlu`. Each language is
scored on its own examples (the deployed model holds both), with stratified folds drawn from a
fixed seed so two runs on the same data compare. The intents scoring lowest and the pairs most
often confused are printed too, to show which examples need work.
"""

import argparse
import asyncio
import contextlib
import json
import logging
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

LANGUAGES = ("en", "es")
FOLDS = 3
SEED = 2024
TARGET = 0.90
OUT = Path("var/nlu-eval")
CONFIG = "bot/config.yml"
SHARED = "nlu_data/references.yml"
SHOWN = 5


def cross_validate(language: str, config: str) -> dict:
    """Stratified cross-validation on nlu_data/<language>; the intent report as a dict."""
    import numpy
    from rasa.nlu.test import cross_validate as rasa_cross_validate
    from rasa.shared.nlu.training_data.loading import load_data

    out = OUT / language
    shutil.rmtree(out, ignore_errors=True)  # never read a report left by an earlier run
    # Rasa draws its stratified folds from NumPy's global generator.
    numpy.random.seed(SEED)
    # The examples of one language, with what both languages share (the reference regex).
    data = load_data(f"nlu_data/{language}").merge(load_data(SHARED))
    with quiet():
        asyncio.run(
            rasa_cross_validate(
                data, FOLDS, config, output=str(out), errors=True, disable_plotting=True,
                report_as_dict=True,
            )
        )  # fmt: skip
    return json.loads((out / "intent_report.json").read_text())


@contextlib.contextmanager
def quiet():
    """Silence Rasa's per-message log lines and progress bars (written to the raw streams)."""
    saved = os.dup(1), os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 1)
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def weakest(report: dict) -> str:
    """The intents with the lowest F1, as "intent 0.61, ..."."""
    scores = {k: v["f1-score"] for k, v in report.items() if isinstance(v, dict) and "avg" not in k}
    low = sorted(scores.items(), key=lambda item: item[1])[:SHOWN]
    return ", ".join(f"{intent} {score:.2f}" for intent, score in low)


def confusions(language: str) -> str:
    """The pairs of intents most often confused, as "gold>predicted x3, ..."."""
    path = OUT / language / "intent_errors.json"
    errors = json.loads(path.read_text()) if path.exists() else []
    pairs = Counter((e["intent"], e["intent_prediction"]["name"]) for e in errors)
    return ", ".join(f"{gold}>{guess} x{n}" for (gold, guess), n in pairs.most_common(SHOWN))


def main() -> int:
    """Print one line per language and the total time; fail when a language is below target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=CONFIG, help="the pipeline to score")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    started = time.monotonic()
    scores = {}
    for language in args.languages:
        report = cross_validate(language, args.config)
        scores[language] = float(report["macro avg"]["f1-score"])
        print(f"  {language} weakest: {weakest(report)}")
        print(f"  {language} confused: {confusions(language)}")
    for language, score in scores.items():
        mark = "ok" if score >= TARGET else f"below {TARGET:.2f}"
        print(f"intent macro-F1 {language}: {score:.3f} ({FOLDS}-fold, {mark})")
    print(f"cross-validation took {time.monotonic() - started:.0f} s")
    return 0 if all(score >= TARGET for score in scores.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
