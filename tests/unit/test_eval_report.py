"""Comparing two run logs and writing the report: built from small hand-made runs, no model."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from workbench.evals import metrics
from workbench.evals.compare import compare_runs
from workbench.evals.report import (
    comparison_markdown,
    confusion_figure,
    metric_bars,
    png_bytes,
    reliability_figure,
    trend_figure,
    write_report,
)
from workbench.records import DatasetInfo, EvalSample, MetricResult, RunLog

SCORED = [("retrieval", "ndcg@10"), ("extraction", "recall"), ("verdict", "accuracy")]


def verdict(
    id: str, label: str | None, gold: str = "supported", claim: str = "The sky is green.", error: str | None = None
) -> EvalSample:
    output = {} if label is None else {"label": label, "confidence": 0.7}
    return EvalSample(
        stage="verdict",
        id=id,
        input={"claim": claim},
        expected={"verdict": gold},
        output=output,
        scores={"correct": float(label == gold)},
        error=error,
    )


def gold_claim(id: str, found: bool) -> EvalSample:
    output = {"claim": f"extracted {id}"} if found else {}
    return EvalSample(
        stage="extraction", id=id, expected={"claim": f"gold {id}"}, output=output, scores={"found": float(found)}
    )


def extra_claim(text: str) -> EvalSample:
    return EvalSample(
        stage="extraction",
        id=f"x-{text}",
        kind="extra",
        output={"claim": text, "check_worthiness": 0.8},
        scores={"false_positive": 1.0},
    )


def query(id: str, ndcg: float) -> EvalSample:
    return EvalSample(stage="retrieval", id=id, input={"query": f"query {id}"}, scores={"ndcg@10": ndcg})


def run(id: str, samples: list[EvalSample], minute: int = 0, sha: str = "d" * 64) -> RunLog:
    log = RunLog(
        id=id,
        suite="tiny",
        suite_hash="h" * 16,
        stages=sorted({s.stage for s in samples}),
        datasets=[
            DatasetInfo(
                stages=["retrieval", "extraction", "verdict"], path="evals/datasets/tiny.jsonl", sha256=sha, rows=3
            )
        ],
        model="fake:reader",
        started_at=datetime(2025, 1, 1, 12, minute, tzinfo=UTC),
        samples=samples,
    )
    for stage, name in SCORED:
        stage_samples = [s for s in samples if s.stage == stage]
        if stage_samples:
            fn = metrics.stage_metric(stage, name)
            low, high = metrics.bootstrap_interval(fn, stage_samples, rounds=100)
            log.metrics[f"{stage}.{name}"] = MetricResult(
                value=fn(stage_samples),
                low=low,
                high=high,
                n=len(stage_samples),
                threshold=0.5 if stage == "verdict" else None,
            )
    if any(s.stage == "verdict" for s in samples):
        log.confusion["verdict"] = metrics.confusion([s for s in samples if s.stage == "verdict"])
    return log


def pair() -> tuple[RunLog, RunLog]:
    """B flips v1 (with a hostile claim text), loses c1, finds c2, adds a false positive, ranks q1 better."""
    a = run(
        "run-a",
        [
            verdict("v1", "supported", claim="<script>alert(1)</script> cures colds"),
            verdict("v2", "disputed", gold="disputed"),
            gold_claim("c1", True),
            gold_claim("c2", False),
            extra_claim("old noise"),
            query("q1", 0.5),
            query("q2", 1.0),
        ],
    )
    b = run(
        "run-b",
        [
            verdict("v1", "disputed", claim="<script>alert(1)</script> cures colds"),
            verdict("v2", "disputed", gold="disputed"),
            gold_claim("c1", False),
            gold_claim("c2", True),
            extra_claim("new noise"),
            query("q1", 0.75),
            query("q2", 1.0),
        ],
        minute=5,
    )
    return a, b


def changes_by_id(a: RunLog, b: RunLog) -> dict[str, object]:
    return {c.id: c for c in compare_runs(a, b, rounds=100).changes}


def test_a_flipped_verdict_names_both_labels_and_the_gold_one():
    change = changes_by_id(*pair())["v1"]
    assert (change.change, change.before, change.after, change.gold) == (
        "verdict flipped",
        "supported",
        "disputed",
        "supported",
    )


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
    assert [d.metric for d in compare_runs(*pair(), rounds=100).deltas] == [
        "retrieval.ndcg@10",
        "extraction.recall",
        "verdict.accuracy",
    ]


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
    assert page.count("data:image/png;base64,") >= 5  # bars, two confusion matrices, reliability, trend
    assert "Calibration: verdict" in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; cures colds" in page
    assert list(tmp_path.iterdir()) == [path]


def test_markdown_report_writes_the_images_it_links(tmp_path):
    a, b = pair()
    path = write_report(compare_runs(a, b, rounds=100), a, b, [a], tmp_path / "report.md")
    links = re.findall(r"\]\(([^)]+\.png)\)", path.read_text(encoding="utf-8"))
    assert links and "report-bars.png" in links and "report-reliability.png" in links
    assert all((tmp_path / name).read_bytes().startswith(b"\x89PNG") for name in links)
    assert "no trend yet" in path.read_text(encoding="utf-8")  # one stored run: nothing to plot over time


def test_a_run_that_does_not_beat_its_trivial_baseline_is_noted():
    samples = [verdict(f"c{i}", "supported") for i in range(4)] + [verdict("c9", "supported", gold="disputed")]
    a, b = run("a", samples), run("b", samples, minute=1)
    b.metrics["verdict.accuracy"].baseline = metrics.majority_baseline(samples)["accuracy"]  # 0.8 = always "supported"
    notes = compare_runs(a, b, rounds=50).notes
    assert any("run B" in n and "verdict.accuracy do not beat the trivial baseline" in n for n in notes)
    assert not any("run A" in n and "baseline" in n for n in notes)


# --- calibration: ECE is lower-is-better everywhere a direction is decided ---------------------------


def sure(id: str, confidence: float, right: bool) -> EvalSample:
    """A verdict with a given confidence that is right or wrong (gold is always 'supported')."""
    label = "supported" if right else "disputed"
    return EvalSample(
        stage="verdict",
        id=id,
        input={"claim": f"claim {id}"},
        expected={"verdict": "supported"},
        output={"label": label, "confidence": confidence},
        scores={"correct": float(right)},
    )


def calibrated_run(id: str, confidence: float, minute: int = 0, n: int = 40) -> RunLog:
    """Half the verdicts right, all at ``confidence``: ECE = |0.5 - confidence|.

    The labels are the same at any confidence.
    """
    samples = [sure(f"v{i}", confidence, i % 2 == 0) for i in range(n)]
    log = run(id, samples, minute=minute)
    fn = metrics.stage_metric("verdict", "ece")
    low, high = metrics.bootstrap_interval(fn, samples, rounds=100)
    log.metrics["verdict.ece"] = MetricResult(value=fn(samples), low=low, high=high, n=n)
    return log


def test_a_fall_of_ece_is_better_and_a_rise_is_worse():
    over, calibrated = calibrated_run("over", 0.95), calibrated_run("calibrated", 0.5, minute=1)
    deltas = {d.metric: d for d in compare_runs(over, calibrated, rounds=200).deltas}
    assert deltas["verdict.ece"].delta == pytest.approx(-0.45) and deltas["verdict.ece"].verdict == "better"
    assert deltas["verdict.accuracy"].verdict == "same"
    back = {d.metric: d for d in compare_runs(calibrated, over, rounds=200).deltas}
    assert back["verdict.ece"].delta == pytest.approx(0.45) and back["verdict.ece"].verdict == "worse"


def test_the_baseline_note_knows_ece_is_lower_is_better():
    a, b = calibrated_run("a", 0.5), calibrated_run("b", 0.95, minute=1)
    a.metrics["verdict.ece"].baseline = 0.1  # a hypothetical ceiling to beat: A (0.0) beats it, B (0.45) does not
    b.metrics["verdict.ece"].baseline = 0.1
    notes = compare_runs(a, b, rounds=50).notes
    assert any("run B" in n and "verdict.ece" in n for n in notes)
    assert not any("run A" in n and "verdict.ece" in n for n in notes)


def test_threshold_and_baseline_gates_treat_ece_as_lower_is_better():
    from workbench.evals.runner import gate_against, score
    from workbench.evals.suites import Suite

    suite = Suite(
        name="tiny", stages=["verdict"], dataset="d.jsonl", thresholds={"verdict.ece": 0.2, "verdict.accuracy": 0.4}
    )
    good, bad = calibrated_run("good", 0.5), calibrated_run("bad", 0.95, minute=1)
    for log in (good, bad):
        log.metrics.clear()
        score(log, suite)
    assert good.metrics["verdict.ece"].passed is True and good.regressions == []
    assert bad.metrics["verdict.ece"].passed is False and bad.metrics["verdict.accuracy"].passed is True
    assert bad.regressions == ["verdict.ece = 0.450 is above its threshold 0.2"]
    bad.regressions.clear()
    gate_against(bad, good, suite)
    assert len(bad.regressions) == 1 and bad.regressions[0].startswith("verdict.ece rose +0.450")
    good.regressions.clear()
    gate_against(good, bad, suite)  # the fall of ECE is no regression
    assert good.regressions == []


def test_the_reliability_diagram_renders_one_or_two_runs_with_the_ece_in_the_title():
    rows = [(0.9, True), (0.9, False), (0.9, True), (0.9, False)] + [
        (0.62, True),
        (0.68, False),
        (0.62, True),
        (0.68, False),
        (0.62, False),
        (0.68, True),
    ]
    over = run("over", [sure(f"v{i}", c, r) for i, (c, r) in enumerate(rows)])
    fig = reliability_figure([over])
    assert fig is not None and len(fig.axes) == 1
    assert "ECE 0.250" in fig.axes[0].get_title() and "10 verdict(s)" in fig.axes[0].get_title()
    counts = sorted(t.get_text() for t in fig.axes[0].texts)
    assert counts == ["4", "6"]  # the number of verdicts above each non-empty bin
    assert png_bytes(fig).startswith(b"\x89PNG")
    two = reliability_figure([over, calibrated_run("calibrated", 0.5, minute=1)])
    assert two is not None and len(two.axes) == 2 and "ECE 0.000" in two.axes[1].get_title()
    assert png_bytes(two).startswith(b"\x89PNG")


def test_no_reliability_diagram_without_confidences_and_an_empty_panel_beside_one():
    no_confidence = run(
        "llm",
        [
            EvalSample(
                stage="verdict",
                id="v1",
                expected={"verdict": "supported"},
                output={"label": "supported"},
                scores={"correct": 1.0},
            )
        ],
    )
    assert reliability_figure([no_confidence]) is None
    mixed = reliability_figure([no_confidence, calibrated_run("trained", 0.5)])
    assert mixed is not None and "ECE n/a" in mixed.axes[0].get_title()
    assert png_bytes(mixed).startswith(b"\x89PNG")


def test_the_report_marks_ece_as_lower_is_better(tmp_path):
    a, b = calibrated_run("a", 0.95), calibrated_run("b", 0.5, minute=1)
    text = comparison_markdown(compare_runs(a, b, rounds=100))
    assert "verdict.ece ↓" in text and "↓ lower is better" in text
    page = write_report(compare_runs(a, b, rounds=100), a, b, [a, b], tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<tr class="better"><td>verdict.ece ↓</td>' in page and "Calibration: verdict" in page
    assert metric_bars([a, b]).axes[0].get_ylabel().endswith("↓ lower is better)")


# --- the --verifier flag ------------------------------------------------------------------------------


def test_the_verifier_is_set_for_the_run_recorded_in_its_config_and_compared():
    from workbench.evals.runner import RunError, _config, with_verifier, work_settings
    from workbench.evals.suites import Suite
    from workbench.settings import Settings

    suite = Suite(name="tiny", stages=["verdict"], dataset="d.jsonl", settings={"verifier": "both"})
    settings = Settings()
    assert work_settings(suite, settings).verifier == "both"  # the suite's own setting ...
    work = with_verifier(work_settings(suite, settings), "llm")  # ... and the flag beats it
    assert work.verifier == "llm" and with_verifier(settings, None) is settings
    with pytest.raises(RunError, match="unknown verifier 'gpt'"):
        with_verifier(settings, "gpt")
    assert _config(suite, work, None)["verifier"] == "llm"
    a, b = pair()
    a.config, b.config = {"verifier": "trained"}, {"verifier": "llm"}
    assert "settings differ: verifier trained -> llm" in compare_runs(a, b, rounds=50).notes


def test_eval_run_passes_the_verifier_and_prints_ece(monkeypatch):
    from typer.testing import CliRunner

    from workbench.cli import app
    from workbench.evals import runner

    seen = {}

    def fake_run_suite(suite, settings, **options):
        seen.update(options)
        log = calibrated_run("fake-run", 0.95)
        log.config = {"verifier": options["verifier"]}
        log.metrics["verdict.ece"].threshold, log.metrics["verdict.ece"].passed = 0.1, False
        return [log]

    monkeypatch.setattr(runner, "run_suite", fake_run_suite)
    result = CliRunner().invoke(app, ["eval", "run", "smoke", "--verifier", "llm"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert seen["verifier"] == "llm"
    assert "verdict.ece ↓" in result.output and "0.450" in result.output and "ABOVE" in result.output
    assert "verifier llm" in result.output
    bad = CliRunner().invoke(app, ["eval", "run", "smoke", "--verifier", "gpt"], terminal_width=200)
    assert bad.exit_code == 2 and "not a verifier: use one of trained, llm, both" in re.sub(
        r"[│\s]+", " ", bad.output
    )  # unboxed


def test_two_runs_with_the_same_id_are_both_kept_in_order(tmp_path):
    from datetime import timedelta

    from workbench.evals.runner import list_runs, load_run, save_run
    from workbench.settings import Settings

    settings = Settings(home=tmp_path, evals_dir=tmp_path / "evals", _env_file=None)
    first = datetime(2026, 11, 29, 8, 0, 0, 100, tzinfo=UTC)
    logs = [
        RunLog(id="20261129-080000-s-abc", suite="s", suite_hash="h", stages=[], datasets=[], prompts=[], model="m",
               started_at=first + timedelta(microseconds=n), seconds=0.1, samples=[])
        for n in range(3)
    ]  # fmt: skip
    paths = [save_run(log, settings) for log in logs]
    assert len(set(paths)) == 3 and [p.stem for p in paths][1:] == [
        "20261129-080000-s-abc-2",
        "20261129-080000-s-abc-3",
    ]
    assert [r.id for r in list_runs(settings)] == [p.stem for p in paths]
    assert load_run("latest", settings).id == "20261129-080000-s-abc-3"
    save_run(logs[0], settings)  # the same run saved again replaces its own file
    assert len(list_runs(settings)) == 3


# --- one change judged on several suites ------------------------------------------------------------------


def _three_fixed(id: str, minute: int = 0) -> tuple[RunLog, RunLog]:
    """A and B on ten verdicts with the same ids in every suite: B gets three more right."""
    a = run(f"{id}-a", [verdict(f"v{i}", "disputed" if i < 3 else "supported") for i in range(10)], minute)
    b = run(f"{id}-b", [verdict(f"v{i}", "supported") for i in range(10)], minute + 1)
    return a, b


def test_a_gain_too_small_for_each_suite_can_show_when_their_items_are_pooled():
    from workbench.evals.compare import metric_deltas, pooled_deltas

    pairs = [_three_fixed("s1"), _three_fixed("s2", minute=10)]
    for a, b in pairs:
        (alone,) = metric_deltas(a, b, rounds=500)
        assert alone.verdict == "same" and alone.low == 0.0  # 10 items: no flip at all in some resamples
    (pooled,) = pooled_deltas(pairs, rounds=500)
    assert pooled.metric == "verdict.accuracy" and (pooled.a, pooled.b) == (0.7, 1.0)  # 20 items, ids kept apart
    assert pooled.verdict == "better" and pooled.low is not None and pooled.low > 0
    assert pooled_deltas([]) == []


def test_eval_compare_pools_the_pairs_it_is_given_and_explains_a_bad_pair(monkeypatch):
    from typer.testing import CliRunner

    from workbench.cli import app
    from workbench.evals import report, runner

    runs = {log.id: log for pair in (_three_fixed("s1"), _three_fixed("s2", minute=10)) for log in pair}
    monkeypatch.setattr(runner, "load_run", lambda ref, settings, suite=None: runs[ref])
    monkeypatch.setattr(runner, "list_runs", lambda settings, suite=None: [])
    monkeypatch.setattr(report, "write_report", lambda comparison, a, b, history, target: target)
    result = CliRunner().invoke(app, ["eval", "compare", "s1-a", "s1-b", "--pair", "s2-a,s2-b"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "s2-a  →  s2-b" in result.output and "pooled over 2 pairs of runs" in result.output
    pooled = result.output.split("pooled over 2 pairs")[1]
    assert "0.700" in pooled and "1.000" in pooled and "better" in pooled
    bad = CliRunner().invoke(app, ["eval", "compare", "s1-a", "s1-b", "--pair", "s2-a"], terminal_width=200)
    assert bad.exit_code == 2 and "give two runs, before and after, as A,B" in re.sub(r"[│\s]+", " ", bad.output)
