"""Show a comparison: plots (metric bars, confusion matrices, reliability diagrams, trends) and a
Markdown or HTML report.

Plots use matplotlib's object API (``matplotlib.figure.Figure``, rendered by the Agg canvas), never
pyplot: no backend switch for the host process, no global figure registry to leak from a
long-running UI (so nothing to close), no display needed.
Claim texts are untrusted input: every text written to HTML is escaped, and Markdown cells are
backslash-escaped so a claim cannot inject markup.
"""

from __future__ import annotations

import base64
import html
import io
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from workbench.evals import metrics as metric_fns
from workbench.evals.compare import (
    DIRECTION_NOTE,
    Comparison,
    MetricDelta,
    SampleChange,
    change_rank,
    metric_label,
    ordered_metrics,
    prompt_refs,
    short,
    stage_rank,
)
from workbench.records import MetricResult, RunLog

DPI = 110
RUN_COLORS = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860")


class ReportError(ValueError):
    pass


# --- figures ----------------------------------------------------------------------------------------


def metric_bars(runs: list[RunLog], metrics: list[str] | None = None) -> Figure:
    """Grouped bars, one group per metric and one bar per run, with 95% intervals and gates."""
    keys = metrics or ordered_metrics({k for r in runs for k in r.metrics}, runs)
    group_inches = 0.2 * max(len(runs), 1) + 0.15
    fig = Figure(figsize=(min(max(7.0, group_inches * len(keys) + 1.5), 16.0), 4.2), dpi=DPI, layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / max(len(runs), 1)
    x = np.arange(len(keys))
    marks: dict[str, object] = {}
    for i, run in enumerate(runs):
        positions = x - 0.4 + width * (i + 0.5)
        _run_bars(
            ax, run, keys, positions, width, RUN_COLORS[i % len(RUN_COLORS)], _run_label(run, i, len(runs)), marks
        )
    ax.set_xticks(x, [_short_label(k) for k in keys], rotation=35, ha="right", rotation_mode="anchor", fontsize=8)
    _stage_groups(ax, keys)
    lower = any(not metric_fns.higher_is_better(k) for k in keys)
    ax.set_ylabel(f"value (higher is better{'; ' + DIRECTION_NOTE if lower else ''})", fontsize=9)
    ax.set_xlim(-0.6, len(keys) - 0.4)
    ax.set_ylim(_bottom(runs, keys), max(1.05, _top(runs, keys) * 1.05))
    ax.axhline(0, color="#333333", linewidth=0.6)
    ax.set_title("Metrics with 95% bootstrap intervals", fontsize=10, pad=16)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    handles, labels = ax.get_legend_handles_labels()
    order = sorted(range(len(labels)), key=lambda j: labels[j] in ("baseline", "threshold"))  # runs first
    if labels:
        fig.legend(
            [handles[j] for j in order],
            [labels[j] for j in order],
            fontsize=7.5,
            loc="outside lower center",
            ncol=2,
            frameon=False,
        )
    return fig


def _run_bars(
    ax,
    run: RunLog,
    keys: Sequence[str],
    positions: np.ndarray,
    width: float,
    color: str,
    label: str,
    marks: dict[str, object],
) -> None:
    """One run's bars with interval whiskers, dashed baseline / threshold marks, 'n/a' where missing."""
    results = [run.metrics.get(k) for k in keys]
    values = np.nan_to_num(np.array([_value(r) for r in results]))
    below = [r.value - r.low if r and r.value is not None and r.low is not None else 0.0 for r in results]
    above = [r.high - r.value if r and r.value is not None and r.high is not None else 0.0 for r in results]
    ax.bar(positions, values, width * 0.92, color=color, label=label)
    ax.errorbar(positions, values, yerr=[below, above], fmt="none", ecolor="#333333", elinewidth=0.9, capsize=2)
    for pos, result in zip(positions, results):
        if result is None or result.value is None:
            ax.text(pos, 0.02, "n/a", ha="center", va="bottom", rotation=90, fontsize=7, color="#666666")
            continue
        for name, mark_color, mark in (
            ("baseline", "#555555", result.baseline),
            ("threshold", "#C00000", result.threshold),
        ):
            if mark is not None:
                ax.hlines(
                    mark,
                    pos - width / 2,
                    pos + width / 2,
                    colors=mark_color,
                    linestyles="dashed",
                    linewidth=1.4,
                    label=None if name in marks else name,
                )
                marks[name] = True


def _stage_groups(ax, keys: Sequence[str]) -> None:
    """The stage name under its metrics, and a faint line between stages."""
    stages = [k.partition(".")[0] for k in keys]
    start = 0
    for end in range(1, len(stages) + 1):
        if end < len(stages) and stages[end] == stages[start]:
            continue
        ax.text(
            (start + end - 1) / 2,
            1.01,
            stages[start],
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=8,
            fontweight="bold",
            color="#444444",
        )
        if end < len(stages):
            ax.axvline(end - 0.5, color="#999999", linewidth=0.8, linestyle=":")
        start = end


def _short_label(key: str) -> str:
    """The metric's name without its stage (shown above the group), arrow included."""
    return metric_label(key).partition(".")[2]


def _value(result: MetricResult | None) -> float:
    return float("nan") if result is None or result.value is None else result.value


def _top(runs: Sequence[RunLog], keys: Sequence[str]) -> float:
    tops = [
        v
        for r in runs
        for k in keys
        if (m := r.metrics.get(k))
        for v in (m.value, m.high, m.threshold, m.baseline)
        if v is not None
    ]
    return max(tops, default=1.0)


def _bottom(runs: Sequence[RunLog], keys: Sequence[str]) -> float:
    """0, or below it when a value or interval is negative (verdict.confident_half_gain can be)."""
    lows = [v for r in runs for k in keys if (m := r.metrics.get(k)) for v in (m.value, m.low) if v is not None]
    return min(0.0, min(lows, default=0.0) * 1.1)


def _run_label(run: RunLog, index: int, count: int) -> str:
    prefix = f"{'AB'[index]}: " if count == 2 else ""
    return f"{prefix}{run.id} ({run.model})"


def confusion_figure(run: RunLog, stage: str = "verdict") -> Figure | None:
    """A heat map of gold label (rows) against predicted label (columns), counts in the cells."""
    table = run.confusion.get(stage)
    if not table:
        return None
    rows = list(table)
    columns = list(dict.fromkeys(c for counts in table.values() for c in counts))
    counts = np.array([[table[r].get(c, 0) for c in columns] for r in rows])
    fig = Figure(figsize=(3.9, 3.3), dpi=DPI, layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(counts, cmap="Blues", vmin=0, vmax=max(int(counts.max()), 1))
    for (i, j), count in np.ndenumerate(counts):
        dark = count > counts.max() * 0.55
        ax.text(
            j,
            i,
            str(count),
            ha="center",
            va="center",
            fontsize=10,
            color="white" if dark else "#222222",
            fontweight="bold" if i == j else "normal",
        )
    ax.set_xticks(range(len(columns)), columns, fontsize=8, rotation=20)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    correct = sum(table[r].get(r, 0) for r in rows)
    ax.set_title(f"{stage}: {correct}/{int(counts.sum())} correct\n{run.id}", fontsize=8.5)
    fig.colorbar(image, ax=ax, shrink=0.8, label="items")
    return fig


def reliability_figure(runs: Sequence[RunLog], stage: str = "verdict") -> Figure | None:
    """Reliability diagram, one panel per run (side by side): accuracy of the verdicts in each of the
    10 confidence bins against the diagonal of perfect calibration, the gap to the bin's mean
    confidence hatched, the number of verdicts above each bar and the ECE in the title.

    Computed from the samples' ``output["confidence"]``, so any stored run can be drawn; None when no
    run has a verdict with a confidence. Works for one run as well as two.
    """
    tables = [metric_fns.calibration_bins([s for s in run.samples if s.stage == stage]) for run in runs]
    if not any(b.count for bins in tables for b in bins):
        return None
    fig = Figure(figsize=(0.4 + 3.9 * len(runs), 4.0), dpi=DPI, layout="constrained")
    axes = fig.subplots(1, len(runs), squeeze=False)[0]
    for i, (ax, run, bins) in enumerate(zip(axes, runs, tables)):
        _reliability_panel(
            ax, run, bins, RUN_COLORS[i % len(RUN_COLORS)], _run_label(run, i, len(runs)), stage, legend=i == 0
        )
    fig.suptitle(f"Reliability of the {stage} confidence (numbers: verdicts per bin)", fontsize=9.5)
    return fig


def _reliability_panel(
    ax, run: RunLog, bins: Sequence[metric_fns.CalibrationBin], color: str, label: str, stage: str, legend: bool
) -> None:
    total = sum(b.count for b in bins)
    width = bins[0].high - bins[0].low if bins else 0.1
    ax.plot([0, 1], [0, 1], linestyle="--", color="#555555", linewidth=1.0, label="perfect calibration")
    filled = [b for b in bins if b.count and b.accuracy is not None and b.confidence is not None]
    if filled:
        lows = [b.low for b in filled]
        accuracies = [b.accuracy or 0.0 for b in filled]
        gaps = [(b.confidence or 0.0) - (b.accuracy or 0.0) for b in filled]
        ax.bar(lows, accuracies, width, align="edge", color=color, edgecolor="white", linewidth=0.8, label="accuracy")
        ax.bar(
            lows,
            gaps,
            width,
            bottom=accuracies,
            align="edge",
            fill=False,
            hatch="///",
            edgecolor="#C00000",
            linewidth=0.6,
            label="gap to mean confidence",
        )
        for b in filled:
            top = max(b.accuracy or 0.0, b.confidence or 0.0)
            ax.text(b.low + width / 2, top + 0.015, str(b.count), ha="center", va="bottom", fontsize=7, color="#333333")
    else:
        ax.text(
            0.5,
            0.5,
            f"no {stage} with a confidence",
            ha="center",
            va="center",
            fontsize=8.5,
            color="#666666",
            transform=ax.transAxes,
        )
    value = metric_fns.ece([s for s in run.samples if s.stage == stage])
    ece_text = "n/a" if value is None else f"{value:.3f}"
    ax.set_title(f"{label}\nECE {ece_text} (lower is better), {total} verdict(s)", fontsize=8)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.12)
    ax.set_xticks(np.linspace(0, 1, 6))
    ax.set_xlabel("confidence", fontsize=8.5)
    ax.set_ylabel("accuracy", fontsize=8.5)
    ax.tick_params(labelsize=7.5)
    ax.grid(alpha=0.3)
    ax.set_axisbelow(True)
    if legend:
        ax.legend(fontsize=7, loc="upper left", frameon=True, framealpha=0.85)


def trend_figure(history: list[RunLog], metrics: list[str] | None = None) -> Figure:
    """Each metric over the stored runs (oldest first), one panel per stage, intervals as bands."""
    runs = sorted(history, key=lambda r: (r.started_at, r.id))
    keys = metrics or ordered_metrics({k for r in runs for k in r.metrics}, runs)
    stages = list(dict.fromkeys(k.partition(".")[0] for k in keys)) or ["(no metrics)"]
    columns = 1 if len(stages) == 1 else 2
    rows = math.ceil(len(stages) / columns)
    fig = Figure(figsize=(7.0 if columns == 1 else 9.0, 2.6 * rows + 0.6), dpi=DPI, layout="constrained")
    axes = fig.subplots(rows, columns, squeeze=False)
    x = np.arange(len(runs))
    labels = [_when(r) for r in runs]
    for ax, stage in zip(axes.flat, stages):
        for i, key in enumerate(k for k in keys if k.partition(".")[0] == stage):
            results = [r.metrics.get(key) for r in runs]
            values = np.array([_value(m) for m in results])
            low = np.array([m.low if m and m.low is not None else np.nan for m in results])
            high = np.array([m.high if m and m.high is not None else np.nan for m in results])
            color = RUN_COLORS[i % len(RUN_COLORS)]
            ax.plot(x, values, marker="o", markersize=3.5, linewidth=1.3, color=color, label=_short_label(key))
            ax.fill_between(x, low, high, color=color, alpha=0.15, linewidth=0)
        ax.set_title(stage, fontsize=9)
        ax.set_ylim(_bottom(runs, keys), max(1.05, _top(runs, keys) * 1.05))
        ax.grid(alpha=0.3)
        ax.tick_params(labelsize=7.5)
        ax.set_ylabel("value", fontsize=8)
        if ax.lines:
            ax.legend(fontsize=7, loc="best", frameon=True, framealpha=0.8, ncol=2)
    for ax in axes.flat[len(stages) :]:
        ax.set_visible(False)
    step = max(1, math.ceil(len(runs) / 8))  # at most ~8 labelled runs per axis
    for i, ax in enumerate(axes.flat[: len(stages)]):
        lowest = i + columns >= len(stages)  # the last visible panel of its column carries the labels
        ax.set_xticks(x[::step], labels[::step] if lowest else [], rotation=30, ha="right", fontsize=7)
        ax.set_xlim(-0.3, max(len(runs) - 0.7, 0.3))
        if lowest:
            ax.set_xlabel("run start (UTC)", fontsize=8)
    suite = ", ".join(sorted({r.suite for r in runs})) or "no runs"
    fig.suptitle(f"Trend over {len(runs)} stored run(s) of {suite} (bands: 95% intervals)", fontsize=10)
    return fig


def _when(run: RunLog) -> str:
    return f"{run.started_at:%Y-%m-%d %H:%M}"


def png_bytes(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


# --- Markdown and HTML ------------------------------------------------------------------------------


DELTA_HEAD = ["metric", "A", "B", "B - A", "95% CI", "verdict"]
CHANGE_HEAD = ["stage", "id", "change", "text", "before", "after", "gold"]


def _num(value: float | None, sign: bool = False) -> str:
    return "n/a" if value is None else (f"{value:+.3f}" if sign else f"{value:.3f}")


def _delta_rows(deltas: Sequence[MetricDelta]) -> list[list[str]]:
    return [
        [
            metric_label(d.metric),
            _num(d.a),
            _num(d.b),
            _num(d.delta, sign=True),
            "n/a" if d.low is None or d.high is None else f"{d.low:+.3f} to {d.high:+.3f}",
            d.verdict,
        ]
        for d in deltas
    ]


def _change_rows(changes: Sequence[SampleChange], width: int | None = None) -> list[list[str]]:
    def cell(text: str | None) -> str:
        return short(text or "", width) if width else (text or "")

    return [[c.stage, c.id, c.change, cell(c.text), cell(c.before), cell(c.after), c.gold or ""] for c in changes]


def _summary(comparison: Comparison) -> str:
    counts = Counter(d.verdict for d in comparison.deltas)
    kinds = Counter(c.change for c in comparison.changes)
    metric_part = (
        ", ".join(f"{counts[v]} {v}" for v in ("better", "worse", "same", "n/a") if counts[v]) or "no shared metrics"
    )
    change_part = (
        ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda kv: change_rank(kv[0])))
        or "no item changed"
    )
    return f"Metrics: {metric_part}. Items: {change_part}."


def _md_cell(text: str) -> str:
    """Untrusted text as one Markdown table cell: no markup, no HTML, no line breaks."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(_md_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def comparison_markdown(comparison: Comparison, limit: int = 50) -> str:
    """The deltas table and the changed-samples table (the first ``limit``), as Markdown."""
    c = comparison
    parts = [
        (
            f"**A** {_md_cell(c.a)} ({_md_cell(c.suite_a)}, {_md_cell(c.model_a)}) "
            f"vs **B** {_md_cell(c.b)} ({_md_cell(c.suite_b)}, {_md_cell(c.model_b)})"
        ),
        _md_cell(_summary(c)),
    ]
    if c.prompts_a != c.prompts_b:
        parts.append(
            f"Prompts: A {_md_cell(', '.join(c.prompts_a) or 'none')}; B {_md_cell(', '.join(c.prompts_b) or 'none')}"
        )
    if c.notes:
        parts.append("\n".join(f"- {_md_cell(n)}" for n in c.notes))
    parts += [
        "#### Metrics (B - A, paired bootstrap)",
        _md_table(DELTA_HEAD, _delta_rows(c.deltas)) if c.deltas else "No metric is in both runs.",
    ]
    if note := _direction_note(c.deltas):
        parts.append(_md_cell(note))
    parts.append(f"#### Changed items ({len(c.changes)})")
    if c.changes:
        parts.append(_md_table(CHANGE_HEAD, _change_rows(c.changes[:limit], width=200)))
        if len(c.changes) > limit:
            parts.append(f"... and {len(c.changes) - limit} more.")
    else:
        parts.append("No item changed.")
    return "\n\n".join(parts) + "\n"


def _header_rows(a: RunLog, b: RunLog) -> list[list[str]]:
    def datasets(run: RunLog) -> str:
        return (
            "; ".join(f"{d.path} ({d.rows} rows, sha256 {d.sha256[:12]}, {'/'.join(d.stages)})" for d in run.datasets)
            or "none"
        )

    def usage(run: RunLog) -> str:
        u = run.usage
        return (
            f"{u.calls} calls ({u.cached} cached, {u.failed} failed), "
            f"{u.input_tokens}+{u.output_tokens} tokens, ${u.cost_usd:.4f}"
        )

    fields = [
        ("run", lambda r: r.id),
        ("suite", lambda r: f"{r.suite} (hash {r.suite_hash[:8]})"),
        ("started (UTC)", lambda r: f"{r.started_at:%Y-%m-%d %H:%M:%S}, {r.seconds:.1f} s"),
        ("model", lambda r: r.model),
        ("prompts", lambda r: ", ".join(prompt_refs(r)) or "none"),
        ("datasets", datasets),
        ("repeats", lambda r: str(r.repeats)),
        ("usage", usage),
        ("failed items", lambda r: str(len(r.failures))),
        ("commit", lambda r: r.environment.get("git_commit", "unknown")),
    ]
    return [[name, get(a), get(b)] for name, get in fields]


def write_report(comparison: Comparison, a: RunLog, b: RunLog, history: list[RunLog], path: Path) -> Path:
    """A report file: ``.md`` with PNGs beside it, or ``.html`` with the PNGs embedded."""
    path = Path(path)
    if (comparison.a, comparison.b) != (a.id, b.id):
        raise ReportError(f"the comparison is of {comparison.a} and {comparison.b}, not of {a.id} and {b.id}")
    if path.suffix not in (".md", ".html"):
        raise ReportError(f"{path}: a report is .md (Markdown with PNGs beside it) or .html (one self-contained file)")
    figures = _report_figures(a, b, history)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".md":
        text = _markdown_report(comparison, a, b, figures, path)
    else:
        text = _html_report(comparison, a, b, figures)
    path.write_text(text, encoding="utf-8")
    return path


def _report_figures(a: RunLog, b: RunLog, history: list[RunLog]) -> dict[str, bytes]:
    """Figure name -> PNG bytes: bars, confusion-<stage>-a/-b, reliability (verdict), trend."""
    figures = {"bars": png_bytes(metric_bars([a, b]))}
    for stage in sorted(set(a.confusion) | set(b.confusion), key=stage_rank):
        for side, run in (("a", a), ("b", b)):
            fig = confusion_figure(run, stage)
            if fig is not None:
                figures[f"confusion-{stage}-{side}"] = png_bytes(fig)
    reliability = reliability_figure([a, b])
    if reliability is not None:
        figures["reliability"] = png_bytes(reliability)
    if len(history) >= 2:
        figures["trend"] = png_bytes(trend_figure(history))
    return figures


def _confusion_stages(figures: dict[str, bytes]) -> list[str]:
    return list(dict.fromkeys(name.split("-")[1] for name in figures if name.startswith("confusion-")))


RELIABILITY_TEXT = (
    "Bars: accuracy of the verdicts in each confidence bin; dashed: perfect calibration; hatched: the gap to "
    "the bin's mean confidence; numbers: verdicts per bin. ECE is the gap averaged over verdicts (lower is better)."
)


def _direction_note(deltas: Sequence[MetricDelta]) -> str | None:
    return DIRECTION_NOTE if any(not metric_fns.higher_is_better(d.metric) for d in deltas) else None


def _markdown_report(comparison: Comparison, a: RunLog, b: RunLog, figures: dict[str, bytes], path: Path) -> str:
    links = {}
    for name, data in figures.items():
        image = path.with_name(f"{path.stem}-{name}.png")
        image.write_bytes(data)
        links[name] = image.name
    c = comparison
    parts = [
        f"# Evaluation report: {_md_cell(a.suite)}",
        _md_table(["", "A", "B"], _header_rows(a, b)),
        _md_cell(_summary(c)),
    ]
    if c.notes:
        parts += ["## Caveats", "\n".join(f"- {_md_cell(n)}" for n in c.notes)]
    parts += [
        "## Metrics (B - A, paired bootstrap 95% interval)",
        _md_table(DELTA_HEAD, _delta_rows(c.deltas)) if c.deltas else "No metric is in both runs.",
    ]
    if note := _direction_note(c.deltas):
        parts.append(_md_cell(note))
    parts.append(f"![metrics of A and B]({links['bars']})")
    for stage in _confusion_stages(figures):
        images = " ".join(
            f"![{stage} confusion of {side.upper()}]({links[f'confusion-{stage}-{side}']})"
            for side in "ab"
            if f"confusion-{stage}-{side}" in links
        )
        parts += [f"## Confusion: {stage}", images]
    if "reliability" in links:
        parts += [
            "## Calibration: verdict",
            RELIABILITY_TEXT,
            f"![verdict reliability of A and B]({links['reliability']})",
        ]
    parts.append("## Trend over stored runs")
    parts.append(f"![trend]({links['trend']})" if "trend" in links else "Fewer than two stored runs: no trend yet.")
    parts.append(f"## Changed items ({len(c.changes)})")
    parts.append(_md_table(CHANGE_HEAD, _change_rows(c.changes)) if c.changes else "No item changed.")
    return "\n\n".join(parts) + "\n"


STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1200px; color: #222; padding: 0 1em; }
table { border-collapse: collapse; margin: 0.6em 0 1.4em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.better td.verdict { color: #1a7f37; font-weight: 600; }
tr.worse td.verdict { color: #c00000; font-weight: 600; }
.notes li { color: #8a5a00; }
.figures { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
img { max-width: 100%; }
"""


def _html_table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    row_class: Sequence[str] | None = None,
    numeric: Iterable[int] = (),
) -> str:
    numeric = set(numeric)
    out = ["<table>", "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for i, row in enumerate(rows):
        css = f' class="{html.escape(row_class[i])}"' if row_class else ""
        cells = []
        for j, cell in enumerate(row):
            classes = " ".join(name for name, on in (("num", j in numeric), ("verdict", head[j] == "verdict")) if on)
            cells.append(
                f'<td class="{classes}">{html.escape(cell)}</td>' if classes else f"<td>{html.escape(cell)}</td>"
            )
        out.append(f"<tr{css}>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _img(data: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">'


def _html_report(comparison: Comparison, a: RunLog, b: RunLog, figures: dict[str, bytes]) -> str:
    c = comparison
    title = f"Evaluation report: {a.suite}"
    body = [
        f"<h1>{html.escape(title)}</h1>",
        _html_table(["", "A", "B"], _header_rows(a, b)),
        f"<p>{html.escape(_summary(c))}</p>",
    ]
    if c.notes:
        body += [
            "<h2>Caveats</h2>",
            '<ul class="notes">' + "".join(f"<li>{html.escape(n)}</li>" for n in c.notes) + "</ul>",
        ]
    body.append("<h2>Metrics (B - A, paired bootstrap 95% interval)</h2>")
    body.append(
        _html_table(
            DELTA_HEAD, _delta_rows(c.deltas), [d.verdict.replace("/", "") for d in c.deltas], numeric=(1, 2, 3, 4)
        )
        if c.deltas
        else "<p>No metric is in both runs.</p>"
    )
    if note := _direction_note(c.deltas):
        body.append(f"<p>{html.escape(note)}</p>")
    body.append(_img(figures["bars"], "metrics of A and B"))
    for stage in _confusion_stages(figures):
        images = "".join(
            _img(figures[f"confusion-{stage}-{side}"], f"{stage} confusion of {side.upper()}")
            for side in "ab"
            if f"confusion-{stage}-{side}" in figures
        )
        body += [f"<h2>Confusion: {html.escape(stage)}</h2>", f'<div class="figures">{images}</div>']
    if "reliability" in figures:
        body += [
            "<h2>Calibration: verdict</h2>",
            f"<p>{html.escape(RELIABILITY_TEXT)}</p>",
            _img(figures["reliability"], "verdict reliability of A and B"),
        ]
    body.append("<h2>Trend over stored runs</h2>")
    body.append(
        _img(figures["trend"], "trend") if "trend" in figures else "<p>Fewer than two stored runs: no trend yet.</p>"
    )
    body.append(f"<h2>Changed items ({len(c.changes)})</h2>")
    body.append(_html_table(CHANGE_HEAD, _change_rows(c.changes)) if c.changes else "<p>No item changed.</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
