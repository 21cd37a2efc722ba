"""The shipped stance model against the pilot's on the same validation claims: the aggregation's
5-fold CV predictions (``train.fit_aggregation``'s protocol: same folds, threshold chosen on the CV
predictions), and a paired bootstrap of the differences over claims, overall and per source.

    .venv/bin/python scripts/experiments/mpnet_verifier/compare_cv.py PILOT_DIR

Reads ``PILOT_DIR/val_features.npy`` (written by train_top.py); the shipped model's features are
computed here. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from workbench.records import VERDICTS
from workbench.verifier.aggregate import decide
from workbench.verifier.model import SHIPPED, StanceModel, read_card
from workbench.verifier.train import DATA, claim_feature_matrix, validation_claims


def cv_predictions(x: np.ndarray, y: list[str], seed: int = 0) -> list[str]:
    model = LogisticRegression(C=1.0, max_iter=5000)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    probs = cross_val_predict(model, x, y, cv=folds, method="predict_proba")
    labels = sorted(set(y))
    order = [labels.index(v) for v in VERDICTS]

    def outcome(threshold: float) -> list[str]:
        return [decide({v: float(r[i]) for v, i in zip(VERDICTS, order)}, threshold)[0] for r in probs]

    grid = [round(t, 2) for t in np.arange(0.34, 0.81, 0.02)]
    best = max(grid, key=lambda t: (round(f1_score(y, outcome(t), average="macro"), 4), -t))
    return outcome(best)


def figures(y, a, b, rows, draws: int = 2000, seed: int = 0) -> dict:
    y, a, b = np.array(y)[rows], np.array(a)[rows], np.array(b)[rows]
    rng = np.random.default_rng(seed)

    def f1(gold, pred):
        return f1_score(gold, pred, average="macro", labels=list(VERDICTS), zero_division=0)

    diffs_f1, diffs_acc = [], []
    for _ in range(draws):
        i = rng.integers(0, len(y), len(y))
        diffs_f1.append(f1(y[i], b[i]) - f1(y[i], a[i]))
        diffs_acc.append(np.mean(b[i] == y[i]) - np.mean(a[i] == y[i]))
    return {
        "claims": len(y),
        "shipped": {"accuracy": round(float(np.mean(a == y)), 4), "macro_f1": round(float(f1(y, a)), 4)},
        "pilot": {"accuracy": round(float(np.mean(b == y)), 4), "macro_f1": round(float(f1(y, b)), 4)},
        "macro_f1_diff": [round(float(np.percentile(diffs_f1, q)), 4) for q in (50, 2.5, 97.5)],
        "accuracy_diff": [round(float(np.percentile(diffs_acc, q)), 4) for q in (50, 2.5, 97.5)],
    }


def main() -> None:
    pilot = Path(sys.argv[1])
    val, _ = validation_claims(DATA, 0)
    y = [r["verdict"] for r in val]
    shipped = StanceModel(SHIPPED)
    x_shipped = claim_feature_matrix(shipped, val, read_card(SHIPPED), lambda e: None)
    x_pilot = np.load(pilot / "val_features.npy")
    a, b = cv_predictions(x_shipped, y), cv_predictions(x_pilot, y)
    out = {"all": figures(y, a, b, list(range(len(y))))}
    for source in sorted({r.get("source", "") for r in val}):
        out[source] = figures(y, a, b, [i for i, r in enumerate(val) if r.get("source", "") == source])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
