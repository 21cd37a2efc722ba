"""Metrics over scored samples, bootstrap intervals, and paired comparisons of two runs.

Every metric is a function of a list of samples, so the same code gives the point value, the
bootstrap interval (resampling items, all repeats of an item together) and the paired difference
between two runs (the same resampled items in both). Metrics are "higher is better" except those in
``LOWER_IS_BETTER`` (the one place that says so): gates, comparisons and notes ask ``higher_is_better``,
``meets`` and ``oriented`` rather than comparing signs themselves.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

from workbench.records import EvalSample

LABELS = ("supported", "disputed", "unverified")
BOOTSTRAP = 1000
Metric = Callable[[Sequence[EvalSample]], float | None]
CALIBRATION_BINS = 10
# "stage.metric" names where a smaller value is the better one; every other metric is higher-is-better.
LOWER_IS_BETTER: frozenset[str] = frozenset({"verdict.ece"})


# --- direction ---------------------------------------------------------------------------------------


def higher_is_better(key: str) -> bool:
    """Whether a larger value of ``key`` ("stage.metric") is an improvement."""
    return key not in LOWER_IS_BETTER


def oriented(key: str, low: float | None, high: float | None) -> tuple[float | None, float | None]:
    """An interval of a change in ``key`` turned so that positive always means better.

    For a lower-is-better metric the interval of (B - A) is negated and its ends swapped.
    """
    if higher_is_better(key):
        return low, high
    return (None if high is None else -high), (None if low is None else -low)


def meets(key: str, value: float | None, bound: float, margin: float = 0.0) -> bool:
    """Whether ``value`` is at least as good as ``bound`` (a threshold: at least it, or at most it
    for a lower-is-better metric); with ``margin`` > 0 it must be better by more than that."""
    if value is None:
        return False
    return value >= bound + margin if higher_is_better(key) else value <= bound - margin


def _gold(samples: Sequence[EvalSample]) -> list[EvalSample]:
    return [s for s in samples if s.kind == "gold"]


def mean_of(key: str) -> Metric:
    def metric(samples: Sequence[EvalSample]) -> float | None:
        values = [s.scores[key] for s in _gold(samples) if key in s.scores and not math.isnan(s.scores[key])]
        return float(np.mean(values)) if values else None

    return metric


# --- extraction: gold claims found, extra claims are false positives --------------------------


def precision(samples: Sequence[EvalSample]) -> float | None:
    found = sum(s.scores.get("found", 0.0) for s in _gold(samples))
    extra = sum(1 for s in samples if s.kind == "extra")
    return found / (found + extra) if found + extra else None


def f1(samples: Sequence[EvalSample]) -> float | None:
    p, r = precision(samples), mean_of("found")(samples)
    if r == 0.0:
        return 0.0  # nothing found: F1 is 0 even when nothing was extracted (precision undefined)
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def span_accuracy(samples: Sequence[EvalSample]) -> float | None:
    found = [s for s in _gold(samples) if s.scores.get("found")]
    return sum(s.scores.get("span_ok", 0.0) for s in found) / len(found) if found else None


# --- check-worthiness ranking ------------------------------------------------------------------


def auc(samples: Sequence[EvalSample]) -> float | None:
    gold = _gold(samples)
    labels = np.array([s.scores["label"] for s in gold])
    scores = np.array([s.scores["score"] for s in gold])
    n_pos, n_neg = int(labels.sum()), int(len(labels) - labels.sum())
    if not n_pos or not n_neg:
        return None
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - (counts - 1) / 2)[inverse]  # average ranks of ties
    return float((ranks[labels == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def precision_at(k: int) -> Metric:
    def metric(samples: Sequence[EvalSample]) -> float | None:
        gold = sorted(_gold(samples), key=lambda s: -s.scores["score"])
        top = gold[:k]
        return sum(s.scores["label"] for s in top) / len(top) if top else None

    return metric


# --- verdicts ------------------------------------------------------------------------------------


def verdict_pairs(samples: Sequence[EvalSample]) -> tuple[list[str], list[str]]:
    """Gold and predicted labels; a failed item is predicted 'failed' (always wrong)."""
    gold = _gold(samples)
    return [str(s.expected.get("verdict")) for s in gold], [str(s.output.get("label") or "failed") for s in gold]


def macro_f1_of(gold: Sequence[str], predicted: Sequence[str]) -> float | None:
    if not gold:
        return None
    scores = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        wrong = sum((p == label) != (g == label) for g, p in zip(gold, predicted))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + wrong))
    return float(np.mean(scores))


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two raters' labels on the same items: (observed - chance agreement) / (1 - chance).

    1.0 when they agree on every item, including the case where scikit-learn's formula is undefined
    (0/0: both give one and the same label to every item; full agreement is what that means). The
    same value as ``sklearn.metrics.cohen_kappa_score`` otherwise, without its second of import time
    on the first page that shows agreement.
    """
    if len(a) != len(b) or not a:
        raise ValueError("kappa needs two equally long, non-empty lists of labels")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    counts_a, counts_b = Counter(a), Counter(b)
    chance = sum(counts_a[label] * counts_b[label] for label in counts_a) / (n * n)
    if chance == 1.0:  # both raters gave one and the same label to every item
        return 1.0
    return (observed - chance) / (1 - chance)


def accuracy(samples: Sequence[EvalSample]) -> float | None:
    gold, predicted = verdict_pairs(samples)
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else None


def macro_f1(samples: Sequence[EvalSample]) -> float | None:
    return macro_f1_of(*verdict_pairs(samples))


def confusion(samples: Sequence[EvalSample]) -> dict[str, dict[str, int]]:
    gold, predicted = verdict_pairs(samples)
    columns = [*LABELS, *sorted(set(predicted) - set(LABELS))]
    counts = Counter(zip(gold, predicted))
    return {g: {p: counts[(g, p)] for p in columns} for g in LABELS if g in gold}


def majority_baseline(samples: Sequence[EvalSample]) -> dict[str, float | None]:
    """Accuracy and macro-F1 of always answering the most common gold label."""
    gold, _ = verdict_pairs(samples)
    if not gold:
        return {}
    majority = Counter(gold).most_common(1)[0][0]
    return {"accuracy": gold.count(majority) / len(gold), "macro_f1": macro_f1_of(gold, [majority] * len(gold))}


# --- calibration of the verdicts' confidence ---------------------------------------------------------


class CalibrationBin(NamedTuple):
    """One equal-width confidence bin: ``(low, high]`` (the first bin also holds 0), the number of
    verdicts in it, their accuracy and their mean confidence (None when the bin is empty)."""

    low: float
    high: float
    count: int
    accuracy: float | None
    confidence: float | None


def confidence_pairs(samples: Sequence[EvalSample]) -> list[tuple[float, float]]:
    """(confidence, correct) of each verdict that has a confidence, in sample order.

    A failed item has no confidence and is left out (accuracy counts it as wrong instead).
    """
    pairs = []
    for s in _gold(samples):
        confidence = s.output.get("confidence")
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not math.isfinite(confidence):
            continue
        if s.error is None and "correct" in s.scores:
            pairs.append((min(max(float(confidence), 0.0), 1.0), float(s.scores["correct"])))
    return pairs


def calibration_bins(samples: Sequence[EvalSample], bins: int = CALIBRATION_BINS) -> list[CalibrationBin]:
    """The reliability table: ``bins`` equal-width confidence bins over [0, 1], empty ones included."""
    return _bins(confidence_pairs(samples), bins)


def _bins(pairs: Sequence[tuple[float, float]], bins: int) -> list[CalibrationBin]:
    members: list[list[tuple[float, float]]] = [[] for _ in range(bins)]
    for confidence, correct in pairs:
        # bin (i/bins, (i+1)/bins]; rounding first keeps 0.7 in (0.6, 0.7] despite 0.7 * 10 = 7.000000000000001
        members[min(max(math.ceil(round(confidence * bins, 9)) - 1, 0), bins - 1)].append((confidence, correct))
    return [
        CalibrationBin(
            low=i / bins,
            high=(i + 1) / bins,
            count=len(m),
            accuracy=float(np.mean([c for _, c in m])) if m else None,
            confidence=float(np.mean([p for p, _ in m])) if m else None,
        )
        for i, m in enumerate(members)
    ]


def ece(samples: Sequence[EvalSample]) -> float | None:
    """Expected calibration error: sum over the 10 bins of (verdicts in bin / all) * |accuracy - mean confidence|.

    0 is perfectly calibrated; lower is better. Only verdicts with a confidence count.
    """
    pairs = confidence_pairs(samples)
    return ece_of_pairs(pairs) if pairs else None


def ece_of_pairs(pairs: Sequence[tuple[float, float]], bins: int = CALIBRATION_BINS) -> float:
    """ECE of (confidence, correct) pairs; the verifier's calibration uses it too."""
    return float(
        sum(
            b.count / len(pairs) * abs(b.accuracy - b.confidence)
            for b in _bins(pairs, bins)
            if b.accuracy is not None and b.confidence is not None
        )
    )


def _confident_half(samples: Sequence[EvalSample]) -> tuple[float, float] | None:
    """Accuracy of the more confident half (ceil(n/2) verdicts; ties go to the earlier sample) and overall."""
    pairs = confidence_pairs(samples)
    if not pairs:
        return None
    ranked = sorted(pairs, key=lambda pair: -pair[0])  # stable: equal confidences keep sample order
    top = ranked[: math.ceil(len(pairs) / 2)]
    return float(np.mean([c for _, c in top])), float(np.mean([c for _, c in pairs]))


def confident_half_accuracy(samples: Sequence[EvalSample]) -> float | None:
    """Accuracy on the half of the verdicts with the highest confidence."""
    both = _confident_half(samples)
    return None if both is None else both[0]


def confident_half_gain(samples: Sequence[EvalSample]) -> float | None:
    """Confident-half accuracy minus the accuracy of all verdicts with a confidence: what the confidence
    is worth for triage (0 when it ranks no better than chance)."""
    both = _confident_half(samples)
    return None if both is None else both[0] - both[1]


# --- the catalogue ---------------------------------------------------------------------------------


def stage_metric(stage: str, name: str) -> Metric:
    """The function computing ``name`` for ``stage`` (names as in suites.STAGE_METRICS, with @k)."""
    if stage == "retrieval":
        return mean_of(name)
    if stage == "extraction":
        return {
            "precision": precision,
            "recall": mean_of("found"),
            "f1": f1,
            "span_accuracy": span_accuracy,
            "recall_reported": mean_of("found_reported"),
            "recall_fact": mean_of("found_fact"),
        }[name]
    if stage == "checkworthiness":
        return auc if name == "auc" else precision_at(int(name.split("@")[1]))
    if stage == "verdict":
        return {
            "accuracy": accuracy,
            "macro_f1": macro_f1,
            "evidence_hit": mean_of("evidence_hit"),
            "ece": ece,
            "confident_half_accuracy": confident_half_accuracy,
            "confident_half_gain": confident_half_gain,
        }[name]
    if stage == "chat":
        return mean_of(name)
    raise KeyError(f"{stage}.{name}")


def baseline_value(stage: str, name: str, samples: Sequence[EvalSample]) -> float | None:
    """What a trivial system scores: the majority label for verdicts, chance for rankings.

    A confidence that ranks verdicts at random scores the overall accuracy on its "confident half"
    (of the verdicts with a confidence), so a gain of 0; ECE has no trivial baseline.
    """
    if stage == "verdict":
        if name in ("confident_half_accuracy", "confident_half_gain"):
            pairs = confidence_pairs(samples)
            if not pairs:
                return None
            return float(np.mean([c for _, c in pairs])) if name == "confident_half_accuracy" else 0.0
        return majority_baseline(samples).get(name)
    if stage == "checkworthiness":
        gold = _gold(samples)
        if name == "auc":
            return 0.5
        return sum(s.scores["label"] for s in gold) / len(gold) if gold else None
    return None


# --- bootstrap ---------------------------------------------------------------------------------------


def _groups(samples: Sequence[EvalSample]) -> dict[tuple[str, str], list[EvalSample]]:
    groups: dict[tuple[str, str], list[EvalSample]] = {}
    for s in samples:
        groups.setdefault((s.kind, s.id), []).append(s)
    return groups


def bootstrap_interval(
    metric: Metric, samples: Sequence[EvalSample], rounds: int = BOOTSTRAP, seed: int = 0
) -> tuple[float | None, float | None]:
    """The 95% percentile interval of ``metric`` when items are resampled with replacement."""
    groups = list(_groups(samples).values())
    if len(groups) < 2:
        return None, None
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        picked = rng.integers(0, len(groups), len(groups))
        value = metric([s for i in picked for s in groups[i]])
        if value is not None:
            values.append(value)
    if not values:
        return None, None
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def paired_difference(
    metric: Metric, a: Sequence[EvalSample], b: Sequence[EvalSample], rounds: int = BOOTSTRAP, seed: int = 0
) -> tuple[float | None, float | None, float | None]:
    """B minus A, and its 95% interval from resampling the same items in both runs."""
    value_a, value_b = metric(a), metric(b)
    if value_a is None or value_b is None:
        return None, None, None
    groups_a, groups_b = _groups(a), _groups(b)
    keys = sorted(set(groups_a) | set(groups_b))
    if len(keys) < 2:
        return value_b - value_a, None, None
    rng = np.random.default_rng(seed)
    deltas = []
    for _ in range(rounds):
        picked = [keys[i] for i in rng.integers(0, len(keys), len(keys))]
        va = metric([s for k in picked for s in groups_a.get(k, [])])
        vb = metric([s for k in picked for s in groups_b.get(k, [])])
        if va is not None and vb is not None:
            deltas.append(vb - va)
    if not deltas:
        return value_b - value_a, None, None
    low, high = np.percentile(deltas, [2.5, 97.5])
    return value_b - value_a, float(low), float(high)
