"""The evals tab: the stored evaluation runs, two of them compared (metric deltas, changed samples, plots), and
a pool of such pairs judged together (one prompt change on several suites, all their items resampled at once).

The tab only reads run logs (``evals/runs/*.json``, or WORKBENCH_EVALS_DIR); runs are made with
``workbench eval run``. Claim texts and questions from the logs are shown in Dataframes, which
display cells as text; the few HTML pieces go through ``render.esc``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr
import pandas as pd
from pandas.io.formats.style import Styler

from workbench.evals.compare import Comparison, MetricDelta, compare_runs, pooled_deltas
from workbench.evals.report import confusion_figure, metric_bars, trend_figure
from workbench.evals.runner import list_runs, runs_dir
from workbench.records import RunLog
from workbench.ui import render
from workbench.ui.context import UIContext

ALL_SUITES = "All suites"
# one headline metric per stage for the runs table (the comparison shows them all), with a header that wraps
MAIN_METRICS = {
    "retrieval.ndcg@10": "retrieval nDCG@10",
    "extraction.f1": "extraction F1",
    "checkworthiness.auc": "check-worthy AUC",
    "verdict.macro_f1": "verdict macro-F1",
    "chat.citation_recall": "chat citation recall",
}
RUN_COLUMNS = ["id", "suite", "model", "prompts", "when (UTC)", "seconds"]
RUN_WIDTHS = [17, 6, 8, 14, 9, 5]  # percent; the metric columns share what is left after "regressions"
REGRESSIONS_WIDTH = 8
DELTA_COLUMNS = ["metric", "A", "B", "delta", "95% CI", "verdict"]
CHANGE_COLUMNS = ["stage", "id", "change", "text", "before", "after", "gold"]
VERDICT_STYLE = {
    "better": "background-color: rgba(22,163,74,.16); color: #15803d; font-weight: 600",
    "worse": "background-color: rgba(220,38,38,.14); color: #b91c1c; font-weight: 600",
}


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "n/a"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def _prompts(run: RunLog) -> str:
    return ", ".join(f"{p.name}@{p.version}" for p in run.prompts) or "none"


def _main_metrics(runs: list[RunLog]) -> list[str]:
    present = {key for run in runs for key in run.metrics}
    return [m for m in MAIN_METRICS if m in present]


def runs_table(runs: list[RunLog]) -> pd.DataFrame:
    """One row per run, newest first: who made it with what, its headline metrics, its regressions."""
    metric_columns = _main_metrics(runs)
    rows = []
    for run in sorted(runs, key=lambda r: (r.started_at, r.id), reverse=True):
        row: dict[str, object] = {
            "id": run.id,
            "suite": run.suite,
            "model": run.model,
            "prompts": _prompts(run),
            "when (UTC)": f"{run.started_at:%Y-%m-%d %H:%M}",
            "seconds": f"{run.seconds:.1f}",
        }
        for key in metric_columns:
            result = run.metrics.get(key)
            row[MAIN_METRICS[key]] = _num(result.value if result else None)
        row["regressions"] = len(run.regressions)
        rows.append(row)
    return pd.DataFrame(rows, columns=[*RUN_COLUMNS, *(MAIN_METRICS[k] for k in metric_columns), "regressions"])


def runs_table_widths(table: pd.DataFrame) -> list[str]:
    """Column widths that fit the page: without them the metric columns push "regressions" out of view."""
    metric_count = len(table.columns) - len(RUN_COLUMNS) - 1
    left = 100 - sum(RUN_WIDTHS) - REGRESSIONS_WIDTH
    share = min(left / max(metric_count, 1), 8.0)
    widths = [*RUN_WIDTHS, *([share] * metric_count), REGRESSIONS_WIDTH]
    widths[RUN_COLUMNS.index("prompts")] += left - share * metric_count  # few metrics: the prompts get the room
    return [f"{w:.4g}%" for w in widths]


def default_pair(runs: list[RunLog], suite: str) -> tuple[str | None, str | None]:
    """The two newest runs of the suite (of the newest run's suite for all suites): (older, newer)."""
    if not runs:
        return None, None
    name = runs[-1].suite if suite == ALL_SUITES else suite
    of_suite = [r for r in runs if r.suite == name]
    newest = of_suite[-1].id
    return (of_suite[-2].id if len(of_suite) > 1 else None), newest


def deltas_table(deltas: list[MetricDelta]) -> Styler:
    """Metric, A, B, B - A, its 95% interval and whether B is better; better and worse cells coloured."""
    frame = pd.DataFrame(
        [
            [
                d.metric,
                _num(d.a),
                _num(d.b),
                _num(d.delta, signed=True),
                "n/a" if d.low is None or d.high is None else f"{d.low:+.3f} to {d.high:+.3f}",
                d.verdict,
            ]
            for d in deltas
        ],
        columns=DELTA_COLUMNS,
    )

    def colour(row: pd.Series) -> list[str]:
        style = VERDICT_STYLE.get(str(row["verdict"]), "")
        return [style if column in ("delta", "verdict") else "" for column in row.index]

    return frame.style.apply(colour, axis=1)


def changes_table(comparison: Comparison) -> pd.DataFrame:
    """The samples whose outcome changed between A and B, as plain text cells."""
    return pd.DataFrame(
        [[c.stage, c.id, c.change, c.text, c.before or "", c.after or "", c.gold or ""] for c in comparison.changes],
        columns=CHANGE_COLUMNS,
    )


def comparison_html(comparison: Comparison) -> str:
    """Which two runs, with what model and prompts, and the comparison's notes (escaped)."""

    def side(label: str, run_id: str, suite: str, model: str, prompts: list[str]) -> str:
        return (
            f"<div><b>{label}</b> <code>{render.esc(run_id)}</code> "
            f'<span class="wb-muted small">suite {render.esc(suite)}'
            f" · model {render.esc(model)} · prompts {render.esc(', '.join(prompts) or 'none')}</span></div>"
        )

    notes = "".join(f'<div class="wb-note">{render.esc(n)}</div>' for n in comparison.notes)
    changed = len(comparison.changes)
    return (
        side("A", comparison.a, comparison.suite_a, comparison.model_a, comparison.prompts_a)
        + side("B", comparison.b, comparison.suite_b, comparison.model_b, comparison.prompts_b)
        + notes
        + f'<div class="wb-muted small">{changed} changed sample{"" if changed == 1 else "s"}; '
        "a delta is B − A, better or worse only when its 95% interval excludes zero.</div>"
    )


def pool_html(pairs: list[tuple[RunLog, RunLog]]) -> str:
    """The pairs in the pool (escaped), and how to read the pooled table."""
    if not pairs:
        return (
            '<div class="wb-muted small">Pool: empty. Compare two runs, then "Add A → B to pool"; do the same for the '
            "same change on other suites to judge it on all their items at once.</div>"
        )
    rows = "".join(
        f"<li><code>{render.esc(a.id)}</code> → <code>{render.esc(b.id)}</code> "
        f'<span class="wb-muted small">suite {render.esc(b.suite)}</span></li>'
        for a, b in pairs
    )
    return (
        f"<div><b>Pooled over {len(pairs)} pair{'' if len(pairs) == 1 else 's'} of runs</b><ul>{rows}</ul></div>"
        '<div class="wb-muted small">Each metric on the items of every pair together; the paired bootstrap '
        "resamples all of them, so a change too small to show on one suite can show on several "
        "(<code>workbench eval compare A B --pair A2,B2</code> prints the same table).</div>"
    )


def empty_html(settings: Any) -> str:
    return (
        f'<div class="wb-empty">No evaluation runs in <code>{render.esc(runs_dir(settings))}</code> yet. Make one with '
        "<code>workbench eval run smoke</code> (every stage, in seconds) or <code>workbench eval run demo</code>, "
        "then press Refresh.</div>"
    )


def _deltas_frame(elem_id: str, visible: bool = True) -> gr.Dataframe:
    """A table of metric deltas (a comparison's, or the pool's), read-only."""
    return gr.Dataframe(
        headers=DELTA_COLUMNS,
        interactive=False,
        show_label=False,
        elem_id=elem_id,
        max_height=680,
        column_widths=["31%", "11%", "11%", "12%", "22%", "13%"],
        visible=visible,
    )


@dataclass
class EvalsTab:
    """What the app wires to the tab's selection: ``refresh(suite) -> outputs``."""

    refresh: Any
    inputs: list[Any]
    outputs: list[Any]


def build(ctx: UIContext, demo: gr.Blocks) -> EvalsTab:
    with gr.Row(equal_height=True):
        suite = gr.Dropdown(
            [ALL_SUITES], value=ALL_SUITES, label="Suite", elem_id="wb-evals-suite", scale=1, min_width=200
        )
        run_a = gr.Dropdown([], value=None, label="Run A", elem_id="wb-evals-a", scale=3, min_width=260)
        run_b = gr.Dropdown([], value=None, label="Run B", elem_id="wb-evals-b", scale=3, min_width=260)
        with gr.Column(scale=1, min_width=140):
            compare_btn = gr.Button("Compare", variant="primary", elem_id="wb-evals-compare")
            refresh_btn = gr.Button("Refresh", size="sm", variant="secondary", elem_id="wb-evals-refresh")
    status = gr.HTML(elem_id="wb-evals-status")
    runs = gr.Dataframe(
        headers=RUN_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=360,
        show_label=False,
        elem_id="wb-evals-runs",
        show_search="search",
    )
    with gr.Column(visible=False, elem_id="wb-evals-result") as result:
        header = gr.HTML(elem_id="wb-evals-header")
        # the figures carry their own titles (run ids, counts): no component labels over them
        with gr.Row(equal_height=False):
            with gr.Column(scale=1, min_width=420):
                gr.Markdown("**Metric deltas** (B − A)", elem_classes=["wb-h"])
                deltas = _deltas_frame("wb-evals-deltas")
            with gr.Column(scale=1, min_width=420):
                bars = gr.Plot(show_label=False, elem_id="wb-evals-bars")
        gr.Markdown("**Changed samples**", elem_classes=["wb-h"])
        changes = gr.Dataframe(
            headers=CHANGE_COLUMNS,
            interactive=False,
            wrap=True,
            max_height=420,
            show_label=False,
            elem_id="wb-evals-changes",
            show_search="filter",
            column_widths=["7%", "5%", "9%", "40%", "13%", "13%", "13%"],
        )
        with gr.Row(equal_height=False):
            confusion_a = gr.Plot(
                show_label=False, elem_id="wb-evals-confusion-a", visible=False, scale=1, min_width=280
            )
            confusion_b = gr.Plot(
                show_label=False, elem_id="wb-evals-confusion-b", visible=False, scale=1, min_width=280
            )
            trend = gr.Plot(show_label=False, elem_id="wb-evals-trend", scale=2, min_width=420)
        with gr.Row():
            pool_add = gr.Button("Add A → B to pool", size="sm", variant="secondary", elem_id="wb-evals-pool-add")
            pool_clear = gr.Button("Clear pool", size="sm", variant="secondary", elem_id="wb-evals-pool-clear")
        pool_header = gr.HTML(pool_html([]), elem_id="wb-evals-pool")
        pool_table = _deltas_frame("wb-evals-pool-deltas", visible=False)
    pool = gr.State([])  # [[run A id, run B id], ...]

    def show_runs(suite_name: str | None) -> list[Any]:
        stored = list_runs(ctx.settings)
        suites = sorted({r.suite for r in stored})
        name = suite_name if suite_name in suites else ALL_SUITES
        shown = stored if name == ALL_SUITES else [r for r in stored if r.suite == name]
        a, b = default_pair(stored, name)
        choices = [(f"{r.id} · {r.model}", r.id) for r in reversed(shown)]
        if not stored:
            message = empty_html(ctx.settings)
        else:
            message = (
                f'<div class="wb-muted small">{len(shown)} run{"" if len(shown) == 1 else "s"} in '
                f"<code>{render.esc(runs_dir(ctx.settings))}</code>, newest first."
                + ("" if a else " Make another run of this suite to compare two.")
                + "</div>"
            )
        table = runs_table(shown)
        return [
            gr.update(choices=[ALL_SUITES, *suites], value=name),
            message,
            gr.update(value=table, column_widths=runs_table_widths(table)),
            gr.update(choices=choices, value=a),
            gr.update(choices=choices, value=b),
        ]

    def compare(a_id: str | None, b_id: str | None) -> list[Any]:
        if not a_id or not b_id:
            raise gr.Error("Choose two runs to compare (Run A and Run B).")
        stored = list_runs(ctx.settings)
        by_id = {r.id: r for r in stored}
        missing = [i for i in (a_id, b_id) if i not in by_id]
        if missing:
            raise gr.Error(f"Run {missing[0]} is no longer in {runs_dir(ctx.settings)}: press Refresh.")
        a, b = by_id[a_id], by_id[b_id]
        comparison = compare_runs(a, b)
        fig_a, fig_b = confusion_figure(a), confusion_figure(b)
        return [
            gr.update(visible=True),
            comparison_html(comparison),
            deltas_table(comparison.deltas),
            changes_table(comparison),
            metric_bars([a, b]),
            gr.update(value=fig_a, visible=fig_a is not None),
            gr.update(value=fig_b, visible=fig_b is not None),
            trend_figure([r for r in stored if r.suite == b.suite]),
        ]

    def add_to_pool(pairs: list[list[str]], a_id: str | None, b_id: str | None) -> list[Any]:
        if not a_id or not b_id:
            raise gr.Error("Choose two runs (Run A and Run B) to add to the pool.")
        by_id = {r.id: r for r in list_runs(ctx.settings)}
        pairs = [p for p in pairs if p[0] in by_id and p[1] in by_id]  # runs deleted since are dropped
        for run_id in (a_id, b_id):
            if run_id not in by_id:
                raise gr.Error(f"Run {run_id} is no longer in {runs_dir(ctx.settings)}: press Refresh.")
        if [a_id, b_id] in pairs:
            gr.Warning("That pair is already in the pool.")
        else:
            pairs = [*pairs, [a_id, b_id]]
        return show_pool(pairs, by_id)

    def show_pool(pairs: list[list[str]], by_id: dict[str, RunLog]) -> list[Any]:
        logs = [(by_id[a], by_id[b]) for a, b in pairs]
        deltas = pooled_deltas(logs) if logs else []
        note = (
            '<div class="wb-note">No metric is common to every pair (and recomputable from its items).</div>'
            if logs and not deltas
            else ""
        )
        return [pairs, pool_html(logs) + note, gr.update(value=deltas_table(deltas), visible=bool(deltas))]

    run_outputs = [suite, status, runs, run_a, run_b]
    pool_outputs = [pool, pool_header, pool_table]
    # One queue for both, in click order: "Clear" right after "Add" must not be undone by the add finishing last.
    pool_add.click(add_to_pool, [pool, run_a, run_b], pool_outputs, concurrency_id="evals-pool", concurrency_limit=1)
    pool_clear.click(lambda: show_pool([], {}), None, pool_outputs, concurrency_id="evals-pool", concurrency_limit=1)
    refresh_btn.click(show_runs, [suite], run_outputs)
    suite.input(show_runs, [suite], run_outputs)
    compare_btn.click(compare, [run_a, run_b], [result, header, deltas, changes, bars, confusion_a, confusion_b, trend])
    return EvalsTab(refresh=show_runs, inputs=[suite], outputs=run_outputs)
