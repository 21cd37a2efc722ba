"""`workbench eval ...`: run suites, compare runs, make datasets from reviews. Rendering only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, get_args

import typer
from rich.markup import escape
from rich.table import Table

from workbench.cli.common import _settings, console, friendly_errors, out, rich_progress
from workbench.records import MetricResult, RunLog
from workbench.settings import Settings

if TYPE_CHECKING:
    from workbench.evals.compare import MetricDelta

VERIFIERS: tuple[str, ...] = get_args(Settings.model_fields["verifier"].annotation)  # trained, llm, both

eval_app = typer.Typer(
    help="Evaluation suites: measure a prompt or model change, claim by claim, and gate CI on it.\n\n"
    "Suites are YAML files in evals/suites/; every run writes a self-describing log to evals/runs/.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _interval(m: MetricResult) -> str:
    return "" if m.low is None or m.high is None else f"[{m.low:.3f}, {m.high:.3f}]"


def summary_table(log: RunLog) -> Table:
    """Every metric of the run (verdict.ece among them, marked lower-is-better) with interval, baseline and gate."""
    from workbench.evals.compare import DIRECTION_NOTE, metric_label
    from workbench.evals.metrics import higher_is_better

    verifier = f" · verifier {log.config['verifier']}" if log.config.get("verifier") and "verdict" in log.stages else ""
    lower = any(not higher_is_better(k) for k in log.metrics)
    table = Table(
        title=f"{log.suite} · {log.model}{verifier} · "
        f"{', '.join(f'{p.name}@{p.version}' for p in log.prompts) or 'no prompts'}",
        caption=DIRECTION_NOTE if lower else None,
    )
    _metric_columns(table, {"value": 5, "95% CI": 14, "baseline": 5, "threshold": 9, "n": 3})
    for key, m in log.metrics.items():
        failed = "BELOW" if higher_is_better(key) else "ABOVE"
        status = "" if m.passed is None else (" [green]ok[/]" if m.passed else f" [red]{failed}[/]")
        table.add_row(
            metric_label(key),
            _fmt(m.value),
            _interval(m),
            _fmt(m.baseline),
            (_fmt(m.threshold) + status) if m.threshold is not None else "",
            str(m.n),
        )
    return table


def _verifier_choice(value: str | None) -> str | None:
    if value is not None and value not in VERIFIERS:
        raise typer.BadParameter(f"'{value}' is not a verifier: use one of {', '.join(VERIFIERS)}")
    return value


def _usage_line(log: RunLog) -> str:
    u = log.usage
    cost = f", est. ${u.cost_usd:.4f}" if u.cost_usd else ""
    return (
        f"{u.calls} LLM calls ({u.cached} from cache, {u.failed} failed), "
        f"{u.input_tokens:,} + {u.output_tokens:,} tokens "
        f"({u.uncached_input_tokens:,} + {u.uncached_output_tokens:,} sent to the model){cost}; "
        f"{len(log.failures)} item(s) failed; {log.seconds:.1f} s"
    )


@eval_app.command("run")
@friendly_errors
def eval_run(
    suite: str = typer.Argument(..., help="Suite name (evals/suites/NAME.yaml) or path to a suite file."),
    llm: str | None = typer.Option(
        None, "--llm", help="Model spec for this run, e.g. local:qwen2.5-0.5b (default: the suite's models)."
    ),
    prompt: list[str] = typer.Option(
        [], "--prompt", help="Prompt version to test, e.g. extract_claims@2 (repeatable)."
    ),
    repeat: int | None = typer.Option(
        None, "--repeat", min=1, help="Run each LLM stage N times (default: the suite's repeats)."
    ),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Use only the first N dataset rows (a quick look)."),
    verifier: str | None = typer.Option(
        None,
        "--verifier",
        metavar="|".join(VERIFIERS),
        callback=_verifier_choice,
        help="Who suggests verdicts in this run: trained (the small verifier), llm, or both; overrides the suite's "
        "`settings: {verifier: ...}` and WORKBENCH_VERIFIER (default trained). "
        "Recorded in the run log's config, so `eval compare` shows it.",
    ),
    baseline: str | None = typer.Option(
        None, "--baseline", help="Run to gate against: id, prefix, path, or latest (the suite's newest stored run)."
    ),
    fail_on_regression: bool = typer.Option(
        False,
        "--fail-on-regression",
        help="Exit 1 if a metric misses its threshold or is significantly worse than --baseline.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the run's metrics as JSON on stdout."),
) -> None:
    """Run an evaluation suite and write its run log to evals/runs/.

    Prints a progress bar, then a table of metrics with bootstrap 95% intervals, the trivial
    baseline (majority label, chance) and the suite's thresholds, verdict calibration included
    (ECE, lower is better; accuracy of the more confident half). LLM answers are cached, so
    re-running an unchanged configuration is nearly free.

    Examples:

        workbench eval run demo
        workbench eval run demo --prompt extract_claims@2
        workbench eval run scifact-verdicts --llm local:qwen2.5-0.5b --limit 50
        workbench eval run smoke --baseline latest --fail-on-regression

    The trained verifier against the LLM's verdicts (two runs, then their comparison):

        workbench eval run demo
        workbench eval run demo --verifier llm
        workbench eval compare latest~1 latest
    """
    from workbench.evals.runner import prompt_overrides, run_suite
    from workbench.evals.suites import load_suite

    settings = _settings()
    spec = load_suite(suite, settings)
    with rich_progress() as progress:
        logs = run_suite(
            spec,
            settings,
            llm=llm,
            prompts=prompt_overrides(prompt),
            repeats=repeat,
            limit=limit,
            baseline=baseline,
            progress=progress,
            verifier=verifier,
        )
    regressed = False
    for log in logs:
        if as_json:
            out.print_json(
                json.dumps(
                    {
                        "id": log.id,
                        "suite": log.suite,
                        "model": log.model,
                        "verifier": log.config.get("verifier"),
                        "metrics": {k: m.model_dump() for k, m in log.metrics.items()},
                        "regressions": log.regressions,
                    }
                )
            )
        else:
            out.print(summary_table(log))
            console.print(_usage_line(log), highlight=False)
            console.print(f"run log: {log.id}", highlight=False)
        for failure in log.failures[:10]:
            console.print(
                f"[yellow]failed[/yellow] {failure.stage} {failure.item}: {failure.reason}",
                highlight=False,
                soft_wrap=True,
            )
        for problem in log.regressions:
            console.print(f"[red]regression:[/red] {problem}", highlight=False, soft_wrap=True)
        regressed = regressed or bool(log.regressions)
    if regressed and fail_on_regression:
        raise typer.Exit(1)


@eval_app.command("compare")
@friendly_errors
def eval_compare(
    run_a: str = typer.Argument(..., help="The earlier run: id, unique prefix, path, or latest~1."),
    run_b: str = typer.Argument("latest", help="The later run (default: the newest stored run)."),
    report: Path | None = typer.Option(
        None, "--report", help="Where to write the report: .html or .md (default evals/reports/A__B.html)."
    ),
    limit: int = typer.Option(30, "--limit", min=0, help="Changed samples to print (the report lists all)."),
    pairs: list[str] = typer.Option(
        [],
        "--pair",
        metavar="A,B",
        help="Another pair of runs (before,after) of the same change on another suite; repeat it. Each pair "
        "gets its table, then one table pools the items of all pairs.",
    ),
) -> None:
    """Compare two runs: per-metric deltas with paired bootstrap intervals, and every changed sample.

    Lists which claims flipped verdict, which gold claims were lost or found, which false
    positives appeared, and writes a report with plots (metric bars with intervals, confusion
    matrices, reliability diagrams of the verdict confidence, each metric's trend over the
    suite's stored runs). Lower-is-better metrics (verdict.ece) are marked ↓: a fall is "better".

    Examples:

        workbench eval compare latest~1 latest
        workbench eval compare 20261125-1503-demo 20261125-1530-demo --report v1-vs-v2.md
        workbench eval run demo --verifier llm && workbench eval compare latest~1 latest

    One prompt change judged on three suites at once (the pooled table resamples all their items):

        workbench eval compare RUN_A1 RUN_B1 --pair RUN_A2,RUN_B2 --pair RUN_A3,RUN_B3
    """
    from workbench.evals.compare import compare_runs, metric_deltas, pooled_deltas
    from workbench.evals.report import write_report
    from workbench.evals.runner import list_runs, load_run
    from workbench.evals.suites import evals_dir

    settings = _settings()
    a, b = load_run(run_a, settings), load_run(run_b, settings)
    more = []
    for pair in pairs:
        refs = [ref.strip() for ref in pair.split(",")]
        if len(refs) != 2 or not all(refs):
            raise typer.BadParameter(f"{pair!r}: give two runs, before and after, as A,B", param_hint="--pair")
        more.append((load_run(refs[0], settings), load_run(refs[1], settings)))
    comparison = compare_runs(a, b)
    for note in comparison.notes:
        console.print(f"[yellow]note:[/yellow] {note}", highlight=False, soft_wrap=True)
    out.print(_delta_table(f"{a.id}  →  {b.id}", comparison.deltas))
    for other_a, other_b in more:
        out.print(_delta_table(f"{other_a.id}  →  {other_b.id}", metric_deltas(other_a, other_b)))
    if more:
        pooled = pooled_deltas([(a, b), *more])
        out.print(_delta_table(f"pooled over {len(more) + 1} pairs of runs (items of all suites resampled)", pooled))
    if comparison.changes:
        changes = Table(
            title=f"{len(comparison.changes)} changed sample(s)"
            + (f", first {limit}" if len(comparison.changes) > limit else "")
        )
        for column in ("stage", "change", "text", "A", "B", "gold"):
            changes.add_column(column, overflow="fold")
        for c in comparison.changes[:limit]:
            changes.add_row(
                c.stage, c.change, escape(c.text), escape(c.before or ""), escape(c.after or ""), c.gold or ""
            )
        out.print(changes)
    else:
        console.print("no sample changed")
    history = list_runs(settings, b.suite)
    target = report or evals_dir(settings) / "reports" / f"{a.id}__{b.id}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    written = write_report(comparison, a, b, history, target)
    console.print(f"report: {written}", highlight=False)


def _metric_columns(table: Table, widths: dict[str, int]) -> None:
    """A "metric" column, then right-aligned number columns of at least these widths, in order: numbers and
    verdicts never shrink; on a narrow terminal the metric name folds instead."""
    table.add_column("metric", overflow="fold")
    for column, width in widths.items():
        table.add_column(column, justify="right", no_wrap=True, min_width=width)


def _delta_table(title: str, deltas: list[MetricDelta]) -> Table:
    """Metric deltas as a table: A, B, B - A, its 95% interval and the verdict."""
    from workbench.evals.compare import DIRECTION_NOTE, metric_label
    from workbench.evals.metrics import higher_is_better

    lower = any(not higher_is_better(d.metric) for d in deltas)
    table = Table(title=title, caption=DIRECTION_NOTE if lower else None)
    _metric_columns(table, {"A": 5, "B": 5, "B − A": 6, "95% CI": 16, "": 6})
    colours = {"better": "green", "worse": "red"}
    for d in deltas:
        ci = "" if d.low is None or d.high is None else f"[{d.low:+.3f}, {d.high:+.3f}]"
        mark = f"[{colours[d.verdict]}]{d.verdict}[/]" if d.verdict in colours else d.verdict
        table.add_row(
            metric_label(d.metric), _fmt(d.a), _fmt(d.b), "—" if d.delta is None else f"{d.delta:+.3f}", ci, mark
        )
    return table


@eval_app.command("list")
@friendly_errors
def eval_list(suite: str | None = typer.Option(None, "--suite", help="Only the runs of this suite.")) -> None:
    """List the suites and the stored runs (newest last).

    Example:

        workbench eval list --suite demo
    """
    from workbench.evals.runner import list_runs
    from workbench.evals.suites import list_suites

    settings = _settings()
    suites = Table(title="suites")
    for column in ("name", "stages", "models", "dataset", "description"):
        suites.add_column(column, overflow="fold")
    problems: list[str] = []
    for s in list_suites(settings, problems):
        dataset = s.dataset if isinstance(s.dataset, str) else ", ".join(sorted(set(s.dataset.values())))
        suites.add_row(s.name, ", ".join(s.stages), ", ".join(s.models), dataset, s.description.strip().split(". ")[0])
    out.print(suites)
    for problem in problems:
        console.print(f"[red]unreadable suite:[/red] {problem}", highlight=False, soft_wrap=True)
    runs = Table(title="runs")
    for column in ("id", "model", "prompts", "headline metrics", "failed", "regressions"):
        runs.add_column(column, overflow="fold")
    for log in list_runs(settings, suite):
        headline = ", ".join(f"{k} {_fmt(m.value)}" for k, m in list(log.metrics.items())[:3])
        runs.add_row(
            log.id,
            log.model,
            ", ".join(f"{p.name}@{p.version}" for p in log.prompts),
            headline,
            str(len(log.failures)),
            str(len(log.regressions)),
        )
    out.print(runs)


@eval_app.command("dataset")
@friendly_errors
def eval_dataset(
    from_reviews: bool = typer.Option(
        False, "--from-reviews", help="Make the dataset from the reviewers' verdicts in the workbench database."
    ),
    output: Path | None = typer.Option(
        None, "--out", help="JSONL file to write (default evals/datasets/reviews.jsonl)."
    ),
    article: str | None = typer.Option(None, "--article", help="Only the claims of this article id."),
    include_disagreements: bool = typer.Option(
        False, "--include-disagreements", help="Keep claims the reviewers disagree on (majority label)."
    ),
    min_reviewers: int = typer.Option(
        1, "--min-reviewers", min=1, help="Only claims reviewed by at least this many reviewers."
    ),
) -> None:
    """Turn the team's review verdicts into a gold dataset, so its judgements become the test set.

    Each agreed claim becomes a row with its verdict, the article span that states it and the
    documents the reviewers relied on. Point a suite's `dataset:` at the file (without `corpus:`,
    the suite searches the workbench's own corpus).

    Example:

        workbench eval dataset --from-reviews --min-reviewers 2 --out evals/datasets/team.jsonl
    """
    from workbench.evals.datasets import rows_from_reviews
    from workbench.evals.suites import evals_dir
    from workbench.reviewing import ReviewingService

    if not from_reviews:
        raise typer.BadParameter("say where the rows come from: --from-reviews")
    settings = _settings()
    with ReviewingService.open(settings) as reviewing:
        dataset = rows_from_reviews(reviewing, article, include_disagreements, min_reviewers)
    target = output or evals_dir(settings) / "datasets" / "reviews.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in dataset.rows), encoding="utf-8")
    console.print(
        f"{len(dataset.rows)} gold rows from {dataset.articles} article(s) -> {target} "
        f"({dataset.claims_reviewed} claims reviewed, {dataset.left_out_disagreements} left out for disagreement)",
        highlight=False,
    )
    if dataset.rows:
        console.print(f"use it: a suite with `stages: [verdict]` and `dataset: {target}`", highlight=False)
