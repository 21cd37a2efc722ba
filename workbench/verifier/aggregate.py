"""Window stances -> one verdict with a calibrated probability, and the windows that decided it.

Each claim is judged against every window of every retrieved passage. A claim is decided by its
strongest windows, not by all of them: the features are the largest and second-largest
probabilities of "supports" and of "contradicts" over the windows (a second window that agrees is
corroboration; a high "supports" beside a high "contradicts" is a conflict). A multinomial
logistic regression fitted on validation claims, never on training or evaluation claims, turns
them into P(supported), P(disputed), P(unverified): that fit is the calibration. A suggestion
whose probability is below a threshold chosen on the same validation claims becomes "unverified",
flagged ``low_confidence``.
"""

from __future__ import annotations

import numpy as np

from workbench.records import VERDICTS

FEATURES = ["support_max", "support_2nd", "contradict_max", "contradict_2nd", "conflict"]
SUPPORTS, CONTRADICTS, NEUTRAL = 0, 1, 2
DECIDING_MIN = 0.5  # a window counts as deciding when its stance has at least this probability
WEAK = 0.5  # a calibrated probability below this is more likely wrong than right: flagged, label kept
MAX_DECIDING = 3


def claim_features(probs: np.ndarray) -> np.ndarray:
    """The aggregation's inputs for one claim, from its windows' stance probabilities (n x 3)."""
    if len(probs) == 0:
        return np.zeros(len(FEATURES), dtype=np.float64)
    s = np.sort(probs[:, SUPPORTS])[::-1]
    c = np.sort(probs[:, CONTRADICTS])[::-1]
    s2 = s[1] if len(s) > 1 else 0.0
    c2 = c[1] if len(c) > 1 else 0.0
    return np.array([s[0], s2, c[0], c2, min(s[0], c[0])], dtype=np.float64)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def verdict_probabilities(
    features: np.ndarray, coef: np.ndarray, intercept: np.ndarray, labels: list[str]
) -> dict[str, float]:
    probs = softmax(features @ coef.T + intercept)
    return {label: float(probs[labels.index(label)]) for label in VERDICTS}


def decide(probabilities: dict[str, float], low_confidence: float) -> tuple[str, float, list[str]]:
    """(label, its probability, flags): the most probable verdict, or 'unverified' when it is below
    the threshold chosen on validation claims; any label below ``WEAK`` is flagged low_confidence."""
    label = max(VERDICTS, key=lambda v: probabilities[v])
    if label != "unverified" and probabilities[label] < low_confidence:
        return "unverified", probabilities["unverified"], ["low_confidence"]
    flags = ["low_confidence"] if probabilities[label] < max(low_confidence, WEAK) else []
    return label, probabilities[label], flags


def deciding_rows(probs: np.ndarray, label: str) -> list[tuple[int, int]]:
    """(row, stance) of the windows that decided ``label``, strongest first."""

    def strongest(stance: int) -> list[tuple[int, int]]:
        order = np.argsort(-probs[:, stance], kind="stable")
        rows = [(int(i), stance) for i in order[:MAX_DECIDING] if probs[i, stance] >= DECIDING_MIN]
        return rows or [(int(order[0]), stance)]

    if len(probs) == 0:
        return []
    if label == "supported":
        return strongest(SUPPORTS)
    if label == "disputed":
        return strongest(CONTRADICTS)
    # unverified: only a conflict has deciding windows (the best of each side)
    s, c = int(np.argmax(probs[:, SUPPORTS])), int(np.argmax(probs[:, CONTRADICTS]))
    if probs[s, SUPPORTS] >= DECIDING_MIN and probs[c, CONTRADICTS] >= DECIDING_MIN:
        return [(s, SUPPORTS), (c, CONTRADICTS)]
    return []
