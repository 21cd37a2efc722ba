"""Window stances -> one verdict with a calibrated probability, and the windows that decided it.

Each claim is judged against every window of every retrieved passage. A claim is decided by its
strongest windows, not by all of them: the features are the largest and second-largest
probabilities of "supports" and of "contradicts" over the windows (a second window that agrees is
corroboration; a high "supports" beside a high "contradicts" is a conflict), and three reporting
cues (attribution.py): whether the claim reports speech, how strongly a claim that does not is
"supported" by a window that only relays someone's assertion, and by a window that reports a
denial (the support of a reported fact is not its confirmation). A multinomial
logistic regression fitted on validation claims, never on training or evaluation claims, turns
them into P(supported), P(disputed), P(unverified): that fit is the calibration. A suggestion
whose probability is below a threshold chosen on the same validation claims becomes "unverified",
flagged ``low_confidence``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.records import VERDICTS
from workbench.verifier.attribution import hedged, mentions_denial, reports_speech

STANCE_FEATURES = ["support_max", "support_2nd", "contradict_max", "contradict_2nd", "conflict"]
REPORT_FEATURES = ["claim_reported", "support_from_assertion", "support_beside_denial"]
FEATURES = STANCE_FEATURES + REPORT_FEATURES
SUPPORTS, CONTRADICTS, NEUTRAL = 0, 1, 2
DECIDING_MIN = 0.5  # a window counts as deciding when its stance has at least this probability
WEAK = 0.5  # a calibrated probability below this is more likely wrong than right: flagged, label kept
MAX_DECIDING = 3


def claim_features(
    probs: np.ndarray, claim: str = "", texts: Sequence[str] | None = None, names: Sequence[str] = FEATURES
) -> np.ndarray:
    """The aggregation's inputs ``names`` for one claim, from its windows' stance probabilities (n x 3)
    and, for the reporting cues, the claim and the windows' ``texts`` (without them those are 0)."""
    values = dict.fromkeys(FEATURES, 0.0)
    if len(probs):
        s = np.sort(probs[:, SUPPORTS])[::-1]
        c = np.sort(probs[:, CONTRADICTS])[::-1]
        values.update(
            support_max=s[0],
            support_2nd=s[1] if len(s) > 1 else 0.0,
            contradict_max=c[0],
            contradict_2nd=c[1] if len(c) > 1 else 0.0,
            conflict=min(s[0], c[0]),
        )
    reported = bool(claim) and reports_speech(claim)
    values["claim_reported"] = float(reported)
    if texts is not None and len(probs) and not reported:
        top = int(np.argmax(probs[:, SUPPORTS]))
        values["support_from_assertion"] = float(probs[top, SUPPORTS]) if hedged(texts[top]) else 0.0
        values["support_beside_denial"] = max(
            (float(probs[i, SUPPORTS]) for i, text in enumerate(texts) if mentions_denial(text)), default=0.0
        )
    return np.array([values[name] for name in names], dtype=np.float64)


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


def deciding_rows(
    probs: np.ndarray, label: str, claim: str = "", texts: Sequence[str] | None = None
) -> list[tuple[int, int]]:
    """(row, stance) of the windows that decided ``label``, strongest first.

    A claim disputed without a clearly contradicting window was disputed on reporting cues: its
    deciding windows are the ones reporting a denial (shown as contradicting) and the strongest
    support that only relays an assertion (shown as supporting), when the texts are given.
    """

    def strongest(stance: int) -> list[tuple[int, int]]:
        order = np.argsort(-probs[:, stance], kind="stable")
        rows = [(int(i), stance) for i in order[:MAX_DECIDING] if probs[i, stance] >= DECIDING_MIN]
        return rows or [(int(order[0]), stance)]

    if len(probs) == 0:
        return []
    if label == "supported":
        return strongest(SUPPORTS)
    if label == "disputed":
        if probs[:, CONTRADICTS].max() < DECIDING_MIN and texts is not None and not reports_speech(claim):
            reported = _reported_rows(probs, texts)
            if reported:
                return reported
        return strongest(CONTRADICTS)
    # unverified: only a conflict has deciding windows (the best of each side)
    s, c = int(np.argmax(probs[:, SUPPORTS])), int(np.argmax(probs[:, CONTRADICTS]))
    if probs[s, SUPPORTS] >= DECIDING_MIN and probs[c, CONTRADICTS] >= DECIDING_MIN:
        return [(s, SUPPORTS), (c, CONTRADICTS)]
    return []


def _reported_rows(probs: np.ndarray, texts: Sequence[str]) -> list[tuple[int, int]]:
    """The windows reporting a denial (on topic: supports >= DECIDING_MIN), then the top assertion."""
    order = [int(i) for i in np.argsort(-probs[:, SUPPORTS], kind="stable") if probs[i, SUPPORTS] >= DECIDING_MIN]
    denials = [(i, CONTRADICTS) for i in order if mentions_denial(texts[i])][: MAX_DECIDING - 1]
    assertion = [(i, SUPPORTS) for i in order if hedged(texts[i]) and not mentions_denial(texts[i])][:1]
    return denials + assertion if denials else []
