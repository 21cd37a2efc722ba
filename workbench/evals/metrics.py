"""Metrics over scored samples, bootstrap intervals, and paired comparisons of two runs.

Every metric is a function of a list of samples, so the same code gives the point value, the
bootstrap interval (resampling items, all repeats of an item together) and the paired difference
between two runs (the same resampled items in both). All metrics are "higher is better".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from workbench.records import EvalSample

LABELS = ("supported", "disputed", "unverified")
BOOTSTRAP = 1000
Metric = Callable[[Sequence[EvalSample]], float | None]


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


# --- the catalogue ---------------------------------------------------------------------------------


def stage_metric(stage: str, name: str) -> Metric:
    """The function computing ``name`` for ``stage`` (names as in suites.STAGE_METRICS, with @k)."""
    if stage == "retrieval":
        return mean_of(name)
    if stage == "extraction":
        return {"precision": precision, "recall": mean_of("found"), "f1": f1, "span_accuracy": span_accuracy}[name]
    if stage == "checkworthiness":
        return auc if name == "auc" else precision_at(int(name.split("@")[1]))
    if stage == "verdict":
        return {"accuracy": accuracy, "macro_f1": macro_f1, "evidence_hit": mean_of("evidence_hit")}[name]
    if stage == "chat":
        return mean_of(name)
    raise KeyError(f"{stage}.{name}")


def baseline_value(stage: str, name: str, samples: Sequence[EvalSample]) -> float | None:
    """What a trivial system scores: the majority label for verdicts, chance for rankings."""
    if stage == "verdict":
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


def bootstrap_interval(metric: Metric, samples: Sequence[EvalSample], rounds: int = BOOTSTRAP, seed: int = 0) -> tuple[float | None, float | None]:
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
