"""Compare two evaluation runs: paired metric deltas, the samples that changed, and caveats.

Comparing needs nothing but the two run logs. Metric deltas are paired: the bootstrap resamples
the same items in both runs, so a difference is called better or worse only when its 95%
interval excludes zero. The changed samples say *which* items moved (a flipped verdict, a lost
gold claim, a new false positive), which is what a reviewer reads before trusting a prompt change.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
from pydantic import BaseModel

from workbench.evals import metrics
from workbench.records import EVAL_STAGES, EvalSample, RunLog

STAGE_ORDER = EVAL_STAGES
# The score a retrieval, chat or check-worthiness item is judged by when listing changed items.
MAIN_SCORE = {"retrieval": "ndcg@10", "chat": "answer_coverage", "checkworthiness": "score"}
# Changed samples are listed worst news first (then by stage), biggest score drops first.
CHANGE_ORDER = (
    "failed",
    "verdict flipped",
    "gold claim lost",
    "new false positive",
    "score changed",
    "gold claim found",
    "false positive gone",
    "recovered",
)
EPSILON = 1e-9


class MetricDelta(BaseModel):
    """One metric of both runs; ``delta`` is B - A, ``low``/``high`` its paired bootstrap 95% interval.

    ``verdict`` is better or worse only when the interval excludes zero; n/a when a value or the
    interval is missing (and the values differ). For a lower-is-better metric (``verdict.ece``) a
    negative delta is the better one.
    """

    metric: str
    a: float | None
    b: float | None
    delta: float | None
    low: float | None
    high: float | None
    verdict: Literal["better", "worse", "same", "n/a"]


class SampleChange(BaseModel):
    """An item whose outcome differs: ``change`` is one of CHANGE_ORDER; ``before``/``after`` in words."""

    stage: str
    id: str
    change: str
    text: str
    before: str | None
    after: str | None
    gold: str | None


class Comparison(BaseModel):
    """Run B against run A: what moved, which items, and why the two may not be comparable (``notes``)."""

    a: str
    b: str
    suite_a: str
    suite_b: str
    model_a: str
    model_b: str
    prompts_a: list[str]
    prompts_b: list[str]
    deltas: list[MetricDelta]
    changes: list[SampleChange]
    notes: list[str]


# --- comparing two runs -----------------------------------------------------------------------------


def compare_runs(a: RunLog, b: RunLog, rounds: int = 1000) -> Comparison:
    """B against A: paired metric deltas, the items whose outcome changed, and caveats."""
    return Comparison(
        a=a.id,
        b=b.id,
        suite_a=a.suite,
        suite_b=b.suite,
        model_a=a.model,
        model_b=b.model,
        prompts_a=prompt_refs(a),
        prompts_b=prompt_refs(b),
        deltas=metric_deltas(a, b, rounds),
        changes=sample_changes(a, b),
        notes=comparison_notes(a, b),
    )


def prompt_refs(run: RunLog) -> list[str]:
    return [f"{p.name}@{p.version}#{p.hash}" for p in run.prompts]


def stage_rank(stage: str) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)


def ordered_metrics(keys: Iterable[str], runs: Sequence[RunLog] = ()) -> list[str]:
    """Metric keys by stage order, then in the order the runs list them (the suite's order)."""
    first_seen = {k: i for i, k in enumerate(dict.fromkeys(k for r in runs for k in r.metrics))}
    return sorted(set(keys), key=lambda k: (stage_rank(k.partition(".")[0]), first_seen.get(k, len(first_seen)), k))


def metric_deltas(a: RunLog, b: RunLog, rounds: int = 1000) -> list[MetricDelta]:
    return [_delta(key, a, b, rounds) for key in ordered_metrics(set(a.metrics) & set(b.metrics), [a, b])]


def _delta(key: str, a: RunLog, b: RunLog, rounds: int) -> MetricDelta:
    stage = key.partition(".")[0]
    return _paired_delta(
        key,
        _metric_fn(key),
        a.metrics[key].value,
        b.metrics[key].value,
        _of_stage(a.samples, stage),
        _of_stage(b.samples, stage),
        rounds,
    )


def _metric_fn(key: str) -> metrics.Metric | None:
    """The function that recomputes ``key`` from samples; None for a metric this version cannot recompute."""
    stage, _, name = key.partition(".")
    try:
        return metrics.stage_metric(stage, name)
    except KeyError:
        return None


def _paired_delta(
    key: str,
    fn: metrics.Metric | None,
    value_a: float | None,
    value_b: float | None,
    samples_a: list[EvalSample],
    samples_b: list[EvalSample],
    rounds: int,
) -> MetricDelta:
    """B - A of one metric, with its paired bootstrap interval when ``fn`` recomputes it from the samples (else
    the values still compare, without an interval)."""
    delta = None if value_a is None or value_b is None else value_b - value_a
    low = high = None
    if delta is not None and samples_a and samples_b and fn is not None:
        paired, low, high = metrics.paired_difference(fn, samples_a, samples_b, rounds)
        delta = paired if paired is not None else delta
    return MetricDelta(
        metric=key, a=value_a, b=value_b, delta=delta, low=low, high=high, verdict=_verdict(key, delta, low, high)
    )


def pooled_deltas(pairs: Sequence[tuple[RunLog, RunLog]], rounds: int = 1000) -> list[MetricDelta]:
    """B against A over the items of several pairs of runs at once (one prompt change judged on several
    suites): each metric that every run has and this version can recompute, on all the pairs' items
    together, with a paired bootstrap that resamples those items (an item of one pair never stands for an
    item of another; a larger suite weighs more, as its items are more)."""
    keys = set.intersection(*(set(a.metrics) & set(b.metrics) for a, b in pairs)) if pairs else set()
    deltas = []
    for key in ordered_metrics(keys, [run for pair in pairs for run in pair]):
        fn = _metric_fn(key)
        if fn is None:
            continue  # a stored value only: there are no pooled items to recompute it from
        stage = key.partition(".")[0]
        pooled_a, pooled_b = _pooled(pairs, 0, stage), _pooled(pairs, 1, stage)
        deltas.append(_paired_delta(key, fn, fn(pooled_a), fn(pooled_b), pooled_a, pooled_b, rounds))
    return deltas


def _pooled(pairs: Sequence[tuple[RunLog, RunLog]], side: int, stage: str) -> list[EvalSample]:
    """The ``stage`` samples of run A (``side`` 0) or B (1) of every pair, ids prefixed with the pair's number."""
    return [
        sample.model_copy(update={"id": f"{number}:{sample.id}"})
        for number, pair in enumerate(pairs)
        for sample in _of_stage(pair[side].samples, stage)
    ]


def _verdict(
    key: str, delta: float | None, low: float | None, high: float | None
) -> Literal["better", "worse", "same", "n/a"]:
    if delta is None:
        return "n/a"
    if low is None or high is None:
        return "same" if abs(delta) <= EPSILON else "n/a"  # a difference, but no interval to judge it by
    better_low, better_high = metrics.oriented(key, low, high)  # positive = better, whatever the metric's direction
    assert better_low is not None and better_high is not None
    if better_low > EPSILON:
        return "better"
    if better_high < -EPSILON:
        return "worse"
    return "same"


def metric_label(key: str) -> str:
    """A metric's name for tables and plots: lower-is-better ones carry a down arrow (see ``DIRECTION_NOTE``)."""
    return key if metrics.higher_is_better(key) else f"{key} ↓"


DIRECTION_NOTE = "↓ lower is better"


def _of_stage(samples: Sequence[EvalSample], stage: str) -> list[EvalSample]:
    return [s for s in samples if s.stage == stage]


# --- changed samples --------------------------------------------------------------------------------


Key = tuple[str, str, str]  # (stage, kind, id)


def _by_item(run: RunLog) -> dict[Key, list[EvalSample]]:
    items: dict[Key, list[EvalSample]] = {}
    for s in sorted(run.samples, key=lambda s: s.repeat):
        items.setdefault((s.stage, s.kind, s.id), []).append(s)
    return items


def _majority(values: list[object]) -> object:
    """The most common value over repeats; a tie goes to the earliest repeat (repeat 0)."""
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)


def sample_changes(a: RunLog, b: RunLog) -> list[SampleChange]:
    """Items whose outcome differs between the runs (majority over repeats), worst news first:
    failures, flipped verdicts, lost gold claims, new false positives, then the biggest score drops."""
    items_a, items_b = _by_item(a), _by_item(b)
    ranked: list[tuple[tuple[int, float, int, str], SampleChange]] = []
    for key in set(items_a) | set(items_b):
        stage, kind, _ = key
        if kind == "extra":
            change = _extra_change(items_a.get(key), items_b.get(key))
        elif key in items_a and key in items_b:
            change = _gold_change(items_a[key], items_b[key])
        else:
            change = None  # an item only one run has: reported once in the notes, not item by item
        if change is not None:
            drop = 0.0
            if change.change == "score changed":
                name = MAIN_SCORE[stage]
                drop = (_mean_score(items_b[key], name) or 0.0) - (_mean_score(items_a[key], name) or 0.0)
            ranked.append(((change_rank(change.change), drop, stage_rank(stage), change.id), change))
    return [change for _, change in sorted(ranked, key=lambda pair: pair[0])]


def change_rank(change: str) -> int:
    return CHANGE_ORDER.index(change) if change in CHANGE_ORDER else len(CHANGE_ORDER)


def _extra_change(in_a: list[EvalSample] | None, in_b: list[EvalSample] | None) -> SampleChange | None:
    if bool(in_a) == bool(in_b):
        return None
    sample = (in_b or in_a or [])[0]
    extracted = _extracted(sample)
    if in_b:
        return SampleChange(
            stage=sample.stage,
            id=sample.id,
            change="new false positive",
            text=_claim_text(sample),
            before="not extracted",
            after=extracted,
            gold=None,
        )
    return SampleChange(
        stage=sample.stage,
        id=sample.id,
        change="false positive gone",
        text=_claim_text(sample),
        before=extracted,
        after="not extracted",
        gold=None,
    )


def _extracted(sample: EvalSample) -> str:
    worthiness = sample.output.get("check_worthiness")
    return f"extracted (check-worthiness {worthiness:.2f})" if isinstance(worthiness, (int, float)) else "extracted"


def _gold_change(in_a: list[EvalSample], in_b: list[EvalSample]) -> SampleChange | None:
    first = in_a[0]
    base = {"stage": first.stage, "id": first.id, "text": _text(first), "gold": _gold(first)}
    failed_a, failed_b = _failed(in_a), _failed(in_b)
    if failed_b and not failed_a:
        return SampleChange(**base, change="failed", before=_outcome(in_a), after=_error(in_b))
    if failed_a and not failed_b:
        return SampleChange(**base, change="recovered", before=_error(in_a), after=_outcome(in_b))
    if failed_a and failed_b:
        return None
    if first.stage == "verdict":
        label_a, label_b = _label(in_a), _label(in_b)
        return (
            None
            if label_a == label_b
            else SampleChange(**base, change="verdict flipped", before=label_a, after=label_b)
        )
    if first.stage == "extraction":
        found_a, found_b = _found(in_a), _found(in_b)
        if found_a == found_b:
            return None
        return SampleChange(
            **base,
            change="gold claim found" if found_b else "gold claim lost",
            before=_outcome(in_a),
            after=_outcome(in_b),
        )
    name = MAIN_SCORE.get(first.stage)
    score_a, score_b = _mean_score(in_a, name), _mean_score(in_b, name)
    if name is None or score_a is None or score_b is None or abs(score_b - score_a) <= EPSILON:
        return None
    before, after = _pair(score_a, score_b)
    return SampleChange(**base, change="score changed", before=f"{name} {before}", after=f"{name} {after}")


def _failed(samples: list[EvalSample]) -> bool:
    return bool(_majority([s.error is not None for s in samples]))


def _error(samples: list[EvalSample]) -> str:
    return f"error: {next(s.error for s in samples if s.error is not None)}"


def _label(samples: list[EvalSample]) -> str:
    return str(_majority([str(s.output.get("label") or "failed") for s in samples]))


def _found(samples: list[EvalSample]) -> bool:
    return bool(_majority([bool(s.scores.get("found")) for s in samples]))


def _mean_score(samples: list[EvalSample], name: str | None) -> float | None:
    values = [s.scores[name] for s in samples if name and name in s.scores and not math.isnan(s.scores[name])]
    return float(np.mean(values)) if values else None


def _outcome(samples: list[EvalSample]) -> str | None:
    """How an item came out, in words: a label, a matched claim, a score."""
    stage = samples[0].stage
    if stage == "verdict":
        return _label(samples)
    if stage == "extraction":
        if not _found(samples):
            return "not found"
        claim = next((s.output.get("claim") for s in samples if s.scores.get("found")), None)
        return f"found: {claim}" if claim else "found"
    name = MAIN_SCORE.get(stage)
    score = _mean_score(samples, name)
    return None if score is None else f"{name} {score:.2f}"


def _pair(before: float, after: float) -> tuple[str, str]:
    """Two scores with enough decimals to see that they differ."""
    for digits in (2, 4, 6):
        if f"{before:.{digits}f}" != f"{after:.{digits}f}":
            break
    return f"{before:.{digits}f}", f"{after:.{digits}f}"


def _text(sample: EvalSample) -> str:
    for source, key in (
        ("input", "claim"),
        ("expected", "claim"),
        ("input", "query"),
        ("input", "question"),
        ("input", "text"),
        ("input", "article_span"),
    ):
        value = getattr(sample, source).get(key)
        if value:
            return str(value)
    return sample.id


def _claim_text(sample: EvalSample) -> str:
    return str(sample.output.get("claim") or sample.input.get("sentence") or sample.id)


def _gold(sample: EvalSample) -> str | None:
    if sample.stage == "verdict":
        return str(sample.expected.get("verdict")) if sample.expected.get("verdict") else None
    if sample.stage == "checkworthiness" and "check_worthy" in sample.expected:
        return "check-worthy" if sample.expected["check_worthy"] else "not check-worthy"
    return None


# --- caveats ------------------------------------------------------------------------------------------


def comparison_notes(a: RunLog, b: RunLog) -> list[str]:
    """What makes the two runs less comparable than they look."""
    notes = []
    if a.suite != b.suite:
        notes.append(f"different suites: {a.suite} vs {b.suite}")
    elif a.suite_hash != b.suite_hash:
        notes.append(
            f"the suite {a.suite} changed between the runs (suite hash {a.suite_hash[:8]} vs {b.suite_hash[:8]})"
        )
    datasets_a, datasets_b = _dataset_of_stage(a), _dataset_of_stage(b)
    differ = [s for s in STAGE_ORDER if s in datasets_a and s in datasets_b and datasets_a[s] != datasets_b[s]]
    if differ:
        notes.append(f"the runs used different datasets (sha256 differ) for: {', '.join(differ)}")
    settings = _config_differences(a, b)
    if settings:
        notes.append(f"settings differ: {'; '.join(settings)}")
    if a.repeats != b.repeats:
        notes.append(f"repeats differ ({a.repeats} vs {b.repeats}): changed items compare the majority over repeats")
    only_a, only_b = set(a.metrics) - set(b.metrics), set(b.metrics) - set(a.metrics)
    if only_a:
        notes.append(f"metrics only in A (not compared): {', '.join(ordered_metrics(only_a, [a]))}")
    if only_b:
        notes.append(f"metrics only in B (not compared): {', '.join(ordered_metrics(only_b, [b]))}")
    notes += _unmatched_items(a, b)
    commit_a, commit_b = a.environment.get("git_commit"), b.environment.get("git_commit")
    if commit_a and commit_b and commit_a != commit_b:
        notes.append(
            f"the runs were made at different commits ({commit_a} vs {commit_b}): code changes may explain differences"
        )
    if a.started_at > b.started_at:
        notes.append("run A is newer than run B; deltas are still B - A")
    for run, name in ((a, "A"), (b, "B")):
        trivial = [
            k
            for k, m in run.metrics.items()
            if m.value is not None and m.baseline is not None and not metrics.meets(k, m.value, m.baseline, margin=1e-9)
        ]
        if trivial:  # "better" than the other run can still be no better than answering the majority label
            notes.append(
                f"in run {name}, {', '.join(ordered_metrics(trivial, [run]))} do not beat the trivial baseline"
            )
    return notes


def _dataset_of_stage(run: RunLog) -> dict[str, str]:
    return {stage: d.sha256 for d in run.datasets for stage in d.stages}


def _config_differences(a: RunLog, b: RunLog) -> list[str]:
    keys = sorted((set(a.config) | set(b.config)) - {"notes"})
    return [
        f"{k} {short(a.config.get(k))} -> {short(b.config.get(k))}" for k in keys if a.config.get(k) != b.config.get(k)
    ]


def short(value: object, width: int = 40) -> str:
    text = str(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _unmatched_items(a: RunLog, b: RunLog) -> list[str]:
    gold_a = {k for k in _by_item(a) if k[1] == "gold"}
    gold_b = {k for k in _by_item(b) if k[1] == "gold"}
    notes = []
    for stage in STAGE_ORDER:
        in_a = {k for k in gold_a if k[0] == stage}
        in_b = {k for k in gold_b if k[0] == stage}
        if in_a and in_b and in_a != in_b:
            notes.append(
                f"{stage}: {len(in_a - in_b)} item(s) only in A and {len(in_b - in_a)} only in B "
                "(different datasets or limits); they are not compared item by item"
            )
    return notes
