"""The shipped stance model against the pilot's on the same validation claims: the aggregation's
5-fold CV predictions (``train.cross_validated``, the protocol of the card's figures: same folds, threshold chosen on
the CV predictions), and a paired bootstrap of the differences over claims, overall and per source.

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

from sklearn.metrics import f1_score

from workbench.records import VERDICTS
from workbench.verifier.model import SHIPPED, StanceModel, read_card
from workbench.verifier.train import DATA, claim_feature_matrix, cross_validated, validation_claims


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
    a, b = cross_validated(x_shipped, y, 0)[1], cross_validated(x_pilot, y, 0)[1]
    out = {"all": figures(y, a, b, list(range(len(y))))}
    for source in sorted({r.get("source", "") for r in val}):
        out[source] = figures(y, a, b, [i for i, r in enumerate(val) if r.get("source", "") == source])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
