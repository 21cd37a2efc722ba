"""Comparing two run logs and writing the report: built from small hand-made runs, no model."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from workbench.evals import metrics
from workbench.evals.compare import compare_runs
from workbench.evals.report import (
    comparison_markdown,
    confusion_figure,
    metric_bars,
    trend_figure,
    write_report,
)
from workbench.records import DatasetInfo, EvalSample, MetricResult, RunLog

SCORED = [("retrieval", "ndcg@10"), ("extraction", "recall"), ("verdict", "accuracy")]


def verdict(id: str, label: str | None, gold: str = "supported", claim: str = "The sky is green.", error: str | None = None) -> EvalSample:
    output = {} if label is None else {"label": label, "confidence": 0.7}
    return EvalSample(stage="verdict", id=id, input={"claim": claim}, expected={"verdict": gold}, output=output, scores={"correct": float(label == gold)}, error=error)


def gold_claim(id: str, found: bool) -> EvalSample:
    output = {"claim": f"extracted {id}"} if found else {}
    return EvalSample(stage="extraction", id=id, expected={"claim": f"gold {id}"}, output=output, scores={"found": float(found)})


def extra_claim(text: str) -> EvalSample:
    return EvalSample(stage="extraction", id=f"x-{text}", kind="extra", output={"claim": text, "check_worthiness": 0.8}, scores={"false_positive": 1.0})


def query(id: str, ndcg: float) -> EvalSample:
    return EvalSample(stage="retrieval", id=id, input={"query": f"query {id}"}, scores={"ndcg@10": ndcg})


def run(id: str, samples: list[EvalSample], minute: int = 0, sha: str = "d" * 64) -> RunLog:
    log = RunLog(
        id=id, suite="tiny", suite_hash="h" * 16, stages=sorted({s.stage for s in samples}),
        datasets=[DatasetInfo(stages=["retrieval", "extraction", "verdict"], path="evals/datasets/tiny.jsonl", sha256=sha, rows=3)],
        model="fake:reader", started_at=datetime(2025, 1, 1, 12, minute, tzinfo=UTC), samples=samples,
    )
    for stage, name in SCORED:
        stage_samples = [s for s in samples if s.stage == stage]
        if stage_samples:
            fn = metrics.stage_metric(stage, name)
            low, high = metrics.bootstrap_interval(fn, stage_samples, rounds=100)
            log.metrics[f"{stage}.{name}"] = MetricResult(value=fn(stage_samples), low=low, high=high, n=len(stage_samples), threshold=0.5 if stage == "verdict" else None)
    if any(s.stage == "verdict" for s in samples):
        log.confusion["verdict"] = metrics.confusion([s for s in samples if s.stage == "verdict"])
    return log


def pair() -> tuple[RunLog, RunLog]:
    """B flips v1 (with a hostile claim text), loses c1, finds c2, adds a false positive, ranks q1 better."""
    a = run("run-a", [
        verdict("v1", "supported", claim="<script>alert(1)</script> cures colds"), verdict("v2", "disputed", gold="disputed"),
        gold_claim("c1", True), gold_claim("c2", False), extra_claim("old noise"), query("q1", 0.5), query("q2", 1.0),
    ])
    b = run("run-b", [
        verdict("v1", "disputed", claim="<script>alert(1)</script> cures colds"), verdict("v2", "disputed", gold="disputed"),
        gold_claim("c1", False), gold_claim("c2", True), extra_claim("new noise"), query("q1", 0.75), query("q2", 1.0),
    ], minute=5)
    return a, b


def changes_by_id(a: RunLog, b: RunLog) -> dict[str, object]:
    return {c.id: c for c in compare_runs(a, b, rounds=100).changes}


def test_a_flipped_verdict_names_both_labels_and_the_gold_one():
    change = changes_by_id(*pair())["v1"]
    assert (change.change, change.before, change.after, change.gold) == ("verdict flipped", "supported", "disputed", "supported")


def test_gold_claims_lost_and_found_are_changes():
    changes = changes_by_id(*pair())
    assert changes["c1"].change == "gold claim lost" and changes["c1"].before == "found: extracted c1"
    assert changes["c2"].change == "gold claim found" and changes["c2"].after == "found: extracted c2"


def test_an_extra_claim_only_in_b_is_a_new_false_positive():
    changes = changes_by_id(*pair())
    assert changes["x-new noise"].change == "new false positive" and changes["x-new noise"].text == "new noise"
    assert changes["x-old noise"].change == "false positive gone"


def test_a_retrieval_score_change_shows_both_scores():
    change = changes_by_id(*pair())["q1"]
    assert (change.change, change.before, change.after) == ("score changed", "ndcg@10 0.50", "ndcg@10 0.75")
    assert "q2" not in changes_by_id(*pair())


def test_an_item_that_errors_only_in_b_failed():
    a = run("a", [verdict("v1", "supported"), verdict("v2", "supported")])
    b = run("b", [verdict("v1", None, error="invalid JSON"), verdict("v2", "supported")])
    change = changes_by_id(a, b)["v1"]
    assert (change.change, change.before, change.after) == ("failed", "supported", "error: invalid JSON")
    assert changes_by_id(b, a)["v1"].change == "recovered"


def test_a_significant_drop_is_worse():
    a = run("a", [verdict(f"v{i}", "supported") for i in range(30)])
    b = run("b", [verdict(f"v{i}", "disputed" if i < 20 else "supported") for i in range(30)])
    (delta,) = compare_runs(a, b, rounds=200).deltas
    assert delta.metric == "verdict.accuracy" and delta.verdict == "worse"
    assert delta.delta is not None and abs(delta.delta + 20 / 30) < 1e-9 and delta.high is not None and delta.high < 0


def test_identical_runs_are_the_same_with_zero_delta():
    a, _ = pair()
    comparison = compare_runs(a, a.model_copy(update={"id": "run-a2"}), rounds=100)
    assert comparison.changes == [] and comparison.notes == []
    assert [d.verdict for d in comparison.deltas] == ["same"] * 3 and all(d.delta == 0 for d in comparison.deltas)


def test_deltas_follow_the_stage_order():
    assert [d.metric for d in compare_runs(*pair(), rounds=100).deltas] == ["retrieval.ndcg@10", "extraction.recall", "verdict.accuracy"]


def test_different_datasets_are_noted():
    a, b = pair()
    b.datasets[0].sha256 = "e" * 64
    assert any("different datasets" in n for n in compare_runs(a, b, rounds=100).notes)


def test_confusion_figure_is_none_without_a_confusion_table():
    a, _ = pair()
    assert confusion_figure(a, "extraction") is None
    assert confusion_figure(a) is not None


def test_figures_draw_runs_with_missing_metrics():
    a, b = pair()
    b.metrics["verdict.accuracy"] = MetricResult(value=None)
    assert metric_bars([a, b]).axes and trend_figure([a, b]).axes


def test_markdown_tables_cannot_carry_markup_from_a_claim():
    text = comparison_markdown(compare_runs(*pair(), rounds=100))
    assert "| verdict flipped |" in text and "<script>" not in text


def test_markdown_lists_only_the_first_changes_up_to_the_limit():
    text = comparison_markdown(compare_runs(*pair(), rounds=100), limit=2)
    assert "... and 4 more." in text


def test_html_report_is_self_contained_and_escapes_claim_text(tmp_path):
    a, b = pair()
    path = write_report(compare_runs(a, b, rounds=100), a, b, [a, b], tmp_path / "report.html")
    page = path.read_text(encoding="utf-8")
    assert "run-a" in page and "run-b" in page
    assert page.count("data:image/png;base64,") >= 4  # bars, two confusion matrices, trend
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; cures colds" in page
    assert list(tmp_path.iterdir()) == [path]


def test_markdown_report_writes_the_images_it_links(tmp_path):
    a, b = pair()
    path = write_report(compare_runs(a, b, rounds=100), a, b, [a], tmp_path / "report.md")
    links = re.findall(r"\]\(([^)]+\.png)\)", path.read_text(encoding="utf-8"))
    assert links and "report-bars.png" in links
    assert all((tmp_path / name).read_bytes().startswith(b"\x89PNG") for name in links)
    assert "no trend yet" in path.read_text(encoding="utf-8")  # one stored run: nothing to plot over time


def test_a_run_that_does_not_beat_its_trivial_baseline_is_noted():
    samples = [verdict(f"c{i}", "supported") for i in range(4)] + [verdict("c9", "supported", gold="disputed")]
    a, b = run("a", samples), run("b", samples, minute=1)
    b.metrics["verdict.accuracy"].baseline = metrics.majority_baseline(samples)["accuracy"]  # 0.8 = always "supported"
    notes = compare_runs(a, b, rounds=50).notes
    assert any("run B" in n and "verdict.accuracy do not beat the trivial baseline" in n for n in notes)
    assert not any("run A" in n and "baseline" in n for n in notes)
