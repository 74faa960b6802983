"""The learned safety net: character n-gram classifiers that read any script and spelling.

Trained by `make` (`python -m triage.model build`) on every labelled tip in `triage/data/`
(development sets, retired blind sets and `train/`) and on the bot's danger examples in
`nlu_data/`, and saved under `models/` named by a hash of those inputs, so a change to any of
them makes a new model and nothing is ever downloaded. The rubric asks it for an opinion on
each tip; the model may raise urgency, never lower what the rules found.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from triage.normalize import normalize_in_its_language

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).with_name("data")
# Where the bot's training examples and the built models are: the checkout by default; an
# installed package (the app image) names them in the environment.
NLU = Path(os.environ.get("LANTERN_NLU_DATA") or ROOT / "nlu_data")
MODELS = Path(os.environ.get("LANTERN_MODELS_DIR") or ROOT / "models")
# The share of tips without danger the danger model may flag, in cross-validation, and the
# lowest score at which it may speak at all: a page for nothing wears on-call staff out.
# Above the first bar a tip becomes critical; above the second, lower one, at least high.
_FALSE_ALARMS = 0.01
_DOUBT_FALSE_ALARMS = 0.04
_MINOR_FALSE_ALARMS = 0.02
_FLOOR = 0.3
_READ = 3000
_SEED = 7


@dataclass(frozen=True)
class Row:
    """One training example: folded text and whichever labels it carries (None: unlabelled)."""

    text: str
    danger: bool | None
    minor: bool | None
    category: str | None


@dataclass(frozen=True)
class Opinion:
    """What the model thinks of one tip, as probabilities, and whether each passes its bar."""

    danger: float
    minor: float
    category: str
    category_score: float
    suspects_danger: bool
    doubts_safety: bool
    suspects_minor: bool


class SafetyNet:
    """The fitted vectoriser, the three classifiers and the thresholds chosen in training."""

    def __init__(
        self,
        vectorizer: TfidfVectorizer,
        danger: LogisticRegression,
        minor: LogisticRegression,
        category: LogisticRegression,
        thresholds: dict[str, float],
    ) -> None:
        self.vectorizer = vectorizer
        self.danger = danger
        self.minor = minor
        self.category = category
        self.thresholds = thresholds
        # The three linear models as one weight matrix: one sparse product scores a tip
        # (scikit-learn's per-call checks cost more than the arithmetic for a single row).
        self.weights = np.vstack([danger.coef_, minor.coef_, category.coef_]).T.astype(np.float32)
        self.bias = np.concatenate([danger.intercept_, minor.intercept_, category.intercept_])

    def opinion(self, folded: str) -> Opinion:
        """The model's reading of one tip's folded text (its first and last few thousand
        characters: the rules read all of it)."""
        if len(folded) > _READ:
            folded = folded[: _READ // 2] + "\n" + folded[-_READ // 2 :]
        logits = (self.vectorizer.transform([folded]) @ self.weights)[0] + self.bias
        danger, minor = (float(1 / (1 + np.exp(-z))) for z in logits[:2])
        scores = np.exp(logits[2:] - logits[2:].max())
        scores /= scores.sum()
        best = int(np.argmax(scores))
        return Opinion(
            danger=danger,
            minor=minor,
            category=str(self.category.classes_[best]),
            category_score=float(scores[best]),
            suspects_danger=danger >= self.thresholds["danger"],
            doubts_safety=danger >= self.thresholds["doubt"],
            suspects_minor=minor >= self.thresholds["minor"],
        )


def _labelled_files() -> list[Path]:
    return sorted(DATA.glob("*.jsonl")) + sorted((DATA / "train").glob("*.jsonl"))


def _nlu_files() -> list[Path]:
    return sorted(NLU.glob("*/*.yml"))


def inputs_key() -> str:
    """A hash of everything the model is made from: data, this code and scikit-learn."""
    digest = hashlib.sha256(sklearn.__version__.encode())
    digest.update(Path(__file__).read_bytes())
    for path in _labelled_files() + _nlu_files():
        digest.update(f"{path.parent.name}/{path.name}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path() -> Path:
    """Where the model for the present inputs is (or will be) saved."""
    return MODELS / f"triage-{inputs_key()}.joblib"


def fold_tip(messages: Sequence[str]) -> str:
    """The text the model reads: every message, normalised and folded as the rules read it."""
    raw = "\n".join(m for m in messages if isinstance(m, str))
    return normalize_in_its_language(raw).folded


def _tip_rows() -> Iterator[Row]:
    from triage.evaluate import load_tips

    for path in _labelled_files():
        for tip in load_tips(path):
            expect = tip.expect
            yield Row(
                fold_tip(tip.messages),
                bool(expect["immediate_danger"]),
                expect.get("minor_involved") is True,
                str(expect["category"]),
            )


def _nlu_rows() -> Iterator[Row]:
    """The bot's examples: danger ones are danger; greetings and thanks are not tips."""
    for path in _nlu_files():
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu", []) or []:
            intent = block.get("intent")
            examples = [
                line.strip()[2:].strip()
                for line in str(block.get("examples", "")).splitlines()
                if line.strip().startswith("- ")
            ]
            for example in examples:
                if intent == "report_danger":
                    yield Row(fold_tip([example]), True, None, None)
                elif intent in ("greet", "thank", "goodbye", "affirm", "deny"):
                    yield Row(fold_tip([example]), False, False, "not_trafficking")


def training_rows() -> list[Row]:
    """Every training example."""
    return list(_tip_rows()) + list(_nlu_rows())


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char",
        ngram_range=(1, 4),
        min_df=2,
        sublinear_tf=True,
        max_features=200_000,
        dtype=np.float32,
    )


def _classifier() -> LogisticRegression:
    return LogisticRegression(C=16.0, max_iter=3000)


def _out_of_fold(x: Any, y: np.ndarray) -> np.ndarray:
    """Each example's score from a model that did not see it (5-fold cross-validation)."""
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=_SEED)
    return cross_val_predict(_classifier(), x, y, cv=folds, method="predict_proba")[:, 1]


def _threshold(scores: np.ndarray, y: np.ndarray, false_alarms: float) -> float:
    """The lowest score at which at most `false_alarms` of the negatives, scored out of fold,
    are flagged; never below the floor."""
    negatives = np.sort(scores[~y])
    if not len(negatives):
        return _FLOOR
    cut = negatives[min(len(negatives) - 1, int(len(negatives) * (1 - false_alarms)))]
    return float(max(_FLOOR, cut + 1e-6))


def train(rows: Sequence[Row]) -> SafetyNet:
    """Fit the vectoriser and the three classifiers, and choose their thresholds."""
    vectorizer = _vectorizer().fit([r.text for r in rows])

    def part(attribute: str) -> tuple[Any, np.ndarray]:
        kept = [r for r in rows if getattr(r, attribute) is not None]
        return vectorizer.transform([r.text for r in kept]), np.array(
            [getattr(r, attribute) for r in kept]
        )

    x_danger, y_danger = part("danger")
    x_minor, y_minor = part("minor")
    x_category, y_category = part("category")
    danger_scores = _out_of_fold(x_danger, y_danger.astype(bool))
    thresholds = {
        "danger": _threshold(danger_scores, y_danger.astype(bool), _FALSE_ALARMS),
        "doubt": _threshold(danger_scores, y_danger.astype(bool), _DOUBT_FALSE_ALARMS),
        "minor": _threshold(
            _out_of_fold(x_minor, y_minor.astype(bool)), y_minor.astype(bool), _MINOR_FALSE_ALARMS
        ),
    }
    return SafetyNet(
        vectorizer,
        _classifier().fit(x_danger, y_danger.astype(bool)),
        _classifier().fit(x_minor, y_minor.astype(bool)),
        _classifier().fit(x_category, y_category),
        thresholds,
    )


def build(path: Path | None = None) -> Path:
    """Train and save the model for the present inputs, unless it is already there."""
    path = path or model_path()
    if path.exists():
        return path
    rows = training_rows()
    net = train(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    joblib.dump(net, partial)
    partial.replace(path)
    log.info("triage model trained on %d examples: %s %s", len(rows), path, net.thresholds)
    return path


@lru_cache(maxsize=1)
def load() -> SafetyNet | None:
    """The model for the present inputs, loaded once; None when it has not been built."""
    path = model_path()
    if not path.exists():
        log.error("triage model %s is missing: run `make triage-model`", path)
        return None
    net = joblib.load(path)
    if not isinstance(net, SafetyNet):
        raise TypeError(f"{path} does not hold a triage model")
    return net


def main(argv: Sequence[str]) -> int:
    """`python -m triage.model build|path`: build the model, or print where it is."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    command = argv[0] if argv else "build"
    if command == "path":
        print(model_path())
        return 0
    if command == "build":
        print(build())
        return 0
    print("usage: python -m triage.model [build|path]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    # Through the package, so the pickled classes are named triage.model.*, not __main__.*.
    from triage import model

    raise SystemExit(model.main(sys.argv[1:]))
