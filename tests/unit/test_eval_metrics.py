"""Eval metrics against hand-computed values and a reference implementation; suite validation."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import f1_score, roc_auc_score

from workbench.evals import metrics
from workbench.evals.suites import SuiteError, read_suite
from workbench.records import EvalSample


def _verdicts(pairs: list[tuple[str, str | None]]) -> list[EvalSample]:
    return [
        EvalSample(stage="verdict", id=f"c{i}", expected={"verdict": g}, output={"label": p} if p else {}, scores={"correct": float(g == p)})
        for i, (g, p) in enumerate(pairs)
    ]


def _ranked(labels: list[int], scores: list[float]) -> list[EvalSample]:
    return [EvalSample(stage="checkworthiness", id=f"s{i}", scores={"label": float(y), "score": s}) for i, (y, s) in enumerate(zip(labels, scores))]


def test_verdict_accuracy_macro_f1_and_confusion_match_sklearn_and_a_failure_counts_as_wrong():
    pairs = [("supported", "supported"), ("supported", "disputed"), ("disputed", "disputed"), ("unverified", None), ("unverified", "supported"), ("supported", "supported")]
    samples = _verdicts(pairs)
    gold = [g for g, _ in pairs]
    predicted = [p or "failed" for _, p in pairs]
    assert metrics.accuracy(samples) == pytest.approx(3 / 6)
    assert metrics.macro_f1(samples) == pytest.approx(f1_score(gold, predicted, labels=list(metrics.LABELS), average="macro", zero_division=0))
    confusion = metrics.confusion(samples)
    assert confusion["unverified"] == {"supported": 1, "disputed": 0, "unverified": 0, "failed": 1}
    assert metrics.majority_baseline(samples)["accuracy"] == pytest.approx(3 / 6)


def test_auc_with_ties_matches_sklearn_and_precision_at_k_reads_the_top():
    rng = np.random.default_rng(3)
    labels = list(rng.integers(0, 2, 200))
    scores = list(np.round(rng.random(200), 1))  # many ties
    samples = _ranked(labels, scores)
    assert metrics.auc(samples) == pytest.approx(roc_auc_score(labels, scores))
    assert metrics.precision_at(2)(_ranked([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.7])) == 1.0
    assert metrics.auc(_ranked([1, 1], [0.2, 0.3])) is None  # one class only


def test_extraction_precision_counts_extra_claims_as_false_positives():
    gold = [EvalSample(stage="extraction", id=f"g{i}", scores={"found": f, "span_ok": f}) for i, f in enumerate([1.0, 1.0, 0.0, 0.0])]
    extra = [EvalSample(stage="extraction", id="x1", kind="extra", scores={"false_positive": 1.0})]
    samples = gold + extra
    assert metrics.precision(samples) == pytest.approx(2 / 3)
    assert metrics.stage_metric("extraction", "recall")(samples) == pytest.approx(0.5)
    assert metrics.f1(samples) == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert metrics.span_accuracy(samples) == 1.0
    nothing = [EvalSample(stage="extraction", id="g", scores={"found": 0.0})]
    assert metrics.f1(nothing) == 0.0 and metrics.precision(nothing) is None


def test_bootstrap_interval_brackets_the_value_and_shrinks_with_more_items():
    def widths(n: int) -> float:
        samples = _verdicts([("supported", "supported" if i % 3 else "disputed") for i in range(n)])
        low, high = metrics.bootstrap_interval(metrics.accuracy, samples, rounds=300)
        assert low <= metrics.accuracy(samples) <= high
        return high - low

    assert widths(200) < widths(20)


def test_paired_difference_is_zero_for_identical_runs_and_negative_for_a_worse_one():
    a = _verdicts([("supported", "supported")] * 30 + [("disputed", "disputed")] * 10)
    delta, low, high = metrics.paired_difference(metrics.accuracy, a, a, rounds=200)
    assert (delta, low, high) == (0.0, 0.0, 0.0)
    b = _verdicts([("supported", "disputed")] * 30 + [("disputed", "disputed")] * 10)
    delta, low, high = metrics.paired_difference(metrics.accuracy, a, b, rounds=200)
    assert delta == pytest.approx(-0.75) and high < 0


def test_repeats_of_one_item_are_resampled_together():
    samples = [EvalSample(stage="verdict", id="c1", repeat=r, expected={"verdict": "supported"}, output={"label": "supported"}) for r in range(3)]
    assert metrics.bootstrap_interval(metrics.accuracy, samples) == (None, None)  # one item: no interval


def test_suite_files_are_validated_with_the_file_and_the_reason(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("name: s\nstages: [extraction]\ndataset: d.jsonl\n")
    with pytest.raises(SuiteError, match="s.yaml.*needs `article:`"):
        read_suite(path)
    path.write_text("name: s\nstages: verdict\ndataset: d.jsonl\nsettings: {evidence_kk: 3}\n")
    with pytest.raises(SuiteError, match="unknown settings"):
        read_suite(path)
    path.write_text("name: s\nstages: verdict\ndataset: {retrieval: d.jsonl}\n")
    with pytest.raises(SuiteError, match="no dataset for stage"):
        read_suite(path)
    path.write_text("name: s\nstages: [retrieval]\ndataset: d.jsonl\nrecall_at: [20]\nthresholds: {retrieval.recall@20: 0.5}\n")
    assert read_suite(path).thresholds == {"retrieval.recall@20": 0.5}
