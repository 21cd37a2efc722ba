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
        EvalSample(
            stage="verdict",
            id=f"c{i}",
            expected={"verdict": g},
            output={"label": p} if p else {},
            scores={"correct": float(g == p)},
        )
        for i, (g, p) in enumerate(pairs)
    ]


def _ranked(labels: list[int], scores: list[float]) -> list[EvalSample]:
    return [
        EvalSample(stage="checkworthiness", id=f"s{i}", scores={"label": float(y), "score": s})
        for i, (y, s) in enumerate(zip(labels, scores))
    ]


def test_verdict_accuracy_macro_f1_and_confusion_match_sklearn_and_a_failure_counts_as_wrong():
    pairs = [
        ("supported", "supported"),
        ("supported", "disputed"),
        ("disputed", "disputed"),
        ("unverified", None),
        ("unverified", "supported"),
        ("supported", "supported"),
    ]
    samples = _verdicts(pairs)
    gold = [g for g, _ in pairs]
    predicted = [p or "failed" for _, p in pairs]
    assert metrics.accuracy(samples) == pytest.approx(3 / 6)
    assert metrics.macro_f1(samples) == pytest.approx(
        f1_score(gold, predicted, labels=list(metrics.LABELS), average="macro", zero_division=0)
    )
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
    gold = [
        EvalSample(stage="extraction", id=f"g{i}", scores={"found": f, "span_ok": f})
        for i, f in enumerate([1.0, 1.0, 0.0, 0.0])
    ]
    extra = [EvalSample(stage="extraction", id="x1", kind="extra", scores={"false_positive": 1.0})]
    samples = gold + extra
    assert metrics.precision(samples) == pytest.approx(2 / 3)
    assert metrics.stage_metric("extraction", "recall")(samples) == pytest.approx(0.5)
    assert metrics.f1(samples) == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert metrics.span_accuracy(samples) == 1.0
    nothing = [EvalSample(stage="extraction", id="g", scores={"found": 0.0})]
    assert metrics.f1(nothing) == 0.0 and metrics.precision(nothing) is None


def test_extraction_recall_by_kind_of_claim():
    found = [(1.0, "reported"), (0.0, "reported"), (1.0, "fact"), (1.0, "fact"), (0.0, "fact")]
    samples = [
        EvalSample(stage="extraction", id=f"g{i}", scores={"found": f, f"found_{kind}": f})
        for i, (f, kind) in enumerate(found)
    ]
    assert metrics.stage_metric("extraction", "recall_reported")(samples) == pytest.approx(0.5)
    assert metrics.stage_metric("extraction", "recall_fact")(samples) == pytest.approx(2 / 3)


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
    samples = [
        EvalSample(stage="verdict", id="c1", repeat=r, expected={"verdict": "supported"}, output={"label": "supported"})
        for r in range(3)
    ]
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
    path.write_text(
        "name: s\nstages: [retrieval]\ndataset: d.jsonl\nrecall_at: [20]\nthresholds: {retrieval.recall@20: 0.5}\n"
    )
    assert read_suite(path).thresholds == {"retrieval.recall@20": 0.5}


# --- calibration of the verdict confidence -----------------------------------------------------------


def _confident(rows: list[tuple[float | None, bool]]) -> list[EvalSample]:
    """Verdict samples from (confidence, correct); a None confidence is a failed item (no output)."""
    samples = []
    for i, (confidence, correct) in enumerate(rows):
        if confidence is None:
            samples.append(
                EvalSample(
                    stage="verdict",
                    id=f"c{i}",
                    expected={"verdict": "supported"},
                    scores={"correct": 0.0},
                    error="no answer",
                )
            )
        else:
            label = "supported" if correct else "disputed"
            samples.append(
                EvalSample(
                    stage="verdict",
                    id=f"c{i}",
                    expected={"verdict": "supported"},
                    output={"label": label, "confidence": confidence},
                    scores={"correct": float(correct)},
                )
            )
    return samples


def test_ece_is_zero_when_every_bin_is_as_accurate_as_it_is_confident():
    # bin (0.7, 0.8]: 10 verdicts at 0.8, 8 right; bin (0.5, 0.6]: 5 at 0.6, 3 right
    samples = _confident([(0.8, i < 8) for i in range(10)] + [(0.6, i < 3) for i in range(5)])
    assert metrics.ece(samples) == pytest.approx(0.0, abs=1e-12)
    assert metrics.stage_metric("verdict", "ece") is metrics.ece


def test_ece_of_an_over_confident_verifier_matches_the_hand_computation():
    # bin (0.8, 0.9]: 4 verdicts at 0.9, 2 right: accuracy 0.5, gap 0.40
    # bin (0.6, 0.7]: 6 verdicts at 0.62 / 0.68 (mean 0.65), 3 right: accuracy 0.5, gap 0.15
    # ECE = 4/10 * 0.40 + 6/10 * 0.15 = 0.16 + 0.09 = 0.25; the failed item (no confidence) is left out
    rows = [(0.9, True), (0.9, False), (0.9, True), (0.9, False)]
    rows += [(0.62, True), (0.68, False), (0.62, True), (0.68, False), (0.62, False), (0.68, True)]
    samples = _confident([*rows, (None, False)])
    assert metrics.ece(samples) == pytest.approx(0.25)
    bins = metrics.calibration_bins(samples)
    assert len(bins) == 10 and sum(b.count for b in bins) == 10
    assert (bins[8].count, bins[8].accuracy, bins[8].confidence) == (4, 0.5, pytest.approx(0.9))
    assert (bins[6].count, bins[6].accuracy, bins[6].confidence) == (6, 0.5, pytest.approx(0.65))
    assert bins[0].accuracy is None and bins[0].confidence is None  # empty bins stay in the table
    low, high = metrics.bootstrap_interval(metrics.ece, samples, rounds=200)
    assert low is not None and high is not None and 0.0 <= low <= high <= 1.0


def test_calibration_bins_are_closed_on_the_right():
    bins = metrics.calibration_bins(_confident([(0.7, True), (0.0, True), (1.0, False), (0.70001, True)]))
    assert [b.count for b in bins] == [1, 0, 0, 0, 0, 0, 1, 1, 0, 1]  # 0.7 in (0.6, 0.7]; 0 in the first; 1 in the last
    assert bins[6].low == pytest.approx(0.6) and bins[6].high == pytest.approx(0.7)


def test_calibration_metrics_need_a_confidence():
    failed = _confident([(None, False), (None, False)])
    assert (
        metrics.ece(failed) is None
        and metrics.confident_half_accuracy(failed) is None
        and metrics.confident_half_gain(failed) is None
    )
    assert metrics.ece(_verdicts([("supported", "supported")])) is None  # an LLM run without confidences


def test_confident_half_accuracy_and_gain_by_hand():
    # sorted by confidence: 0.9 (right), 0.9 (wrong), 0.7 (right) are the top ceil(5/2) = 3: accuracy 2/3;
    # all five with a confidence: 3/5; the failed item does not count; gain 2/3 - 3/5 = 1/15
    samples = _confident([(0.9, True), (0.5, True), (0.9, False), (0.4, False), (0.7, True), (None, False)])
    assert metrics.confident_half_accuracy(samples) == pytest.approx(2 / 3)
    assert metrics.confident_half_gain(samples) == pytest.approx(2 / 3 - 3 / 5)
    assert metrics.baseline_value("verdict", "confident_half_accuracy", samples) == pytest.approx(3 / 5)
    assert metrics.baseline_value("verdict", "confident_half_gain", samples) == 0.0
    assert metrics.baseline_value("verdict", "ece", samples) is None


def test_confident_half_breaks_ties_by_sample_order():
    # top 2 of 4: the 0.8, then the first of the three tied 0.6 (wrong): 1/2, against 3/4 overall
    samples = _confident([(0.8, True), (0.6, False), (0.6, True), (0.6, True)])
    assert metrics.confident_half_accuracy(samples) == pytest.approx(0.5)
    assert metrics.confident_half_gain(samples) == pytest.approx(-0.25)
    reordered = _confident([(0.8, True), (0.6, True), (0.6, True), (0.6, False)])
    assert metrics.confident_half_accuracy(reordered) == pytest.approx(1.0)


def test_ece_is_the_one_lower_is_better_metric_and_the_direction_helpers_follow_it():
    assert metrics.LOWER_IS_BETTER == {"verdict.ece"}
    assert not metrics.higher_is_better("verdict.ece") and metrics.higher_is_better("verdict.accuracy")
    assert metrics.oriented("verdict.accuracy", -0.2, 0.1) == (-0.2, 0.1)
    assert metrics.oriented("verdict.ece", -0.2, 0.1) == (-0.1, 0.2)  # a fall of ECE is an improvement
    assert metrics.meets("verdict.ece", 0.05, 0.1) and not metrics.meets("verdict.ece", 0.15, 0.1)
    assert metrics.meets("verdict.accuracy", 0.15, 0.1) and not metrics.meets("verdict.accuracy", 0.05, 0.1)
    assert not metrics.meets("verdict.ece", 0.1, 0.1, margin=1e-9) and not metrics.meets("verdict.ece", None, 0.1)


def test_suites_report_the_calibration_metrics_and_accept_a_ceiling_on_ece(tmp_path):
    from workbench.evals.suites import metric_names

    path = tmp_path / "s.yaml"
    path.write_text("name: s\nstages: [verdict]\ndataset: d.jsonl\nthresholds: {verdict.ece: 0.1}\n")
    suite = read_suite(path)
    assert {"ece", "confident_half_accuracy", "confident_half_gain"} <= set(metric_names(suite, "verdict"))
    for name in metric_names(suite, "verdict"):
        metrics.stage_metric("verdict", name)  # every reported name can be computed


def test_a_gold_span_is_found_in_the_prose_not_in_the_header_line():
    from types import SimpleNamespace

    from workbench.evals.stages import _gold_spans

    text = "Title: Crossroads? US Acts as a Shield | Date: 2017-12-10\n\nUS Acts as a Shield\n\nThe jets met."
    ctx = SimpleNamespace(
        article=SimpleNamespace(text=text),
        suite=SimpleNamespace(article="article.txt"),
        rows=[{"id": "a", "article_span": "US Acts as a Shield"}, {"id": "b", "article_span": "Crossroads?"}],
    )
    (_, span_a), (_, span_b) = _gold_spans(ctx)
    assert text[span_a[0] :].startswith("US Acts as a Shield\n\nThe") and span_a[0] > text.index("\n")
    assert span_b == (text.index("Crossroads?"), text.index("Crossroads?") + len("Crossroads?"))  # only in the header
    with pytest.raises(SuiteError, match="gold row c"):
        _gold_spans(SimpleNamespace(article=ctx.article, suite=ctx.suite, rows=[{"id": "c", "article_span": "absent"}]))
