"""Run a suite: build the stages' inputs, run them per model and repeat, score, gate, write the log.

A run writes one self-describing JSON file under ``evals/runs/`` (see ``RunLog``). LLM answers
go through the response cache, so re-running an unchanged configuration costs almost nothing;
repeats after the first use their own cache namespace, so they are real re-asks.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import get_args

from workbench import pipeline
from workbench.checking import open_llm
from workbench.corpus.loaders import load_documents
from workbench.evals import metrics
from workbench.evals.stages import EVALUATORS, StageContext
from workbench.evals.suites import (
    LLM_STAGES,
    Suite,
    SuiteError,
    evals_dir,
    file_sha256,
    metric_names,
    project_root,
    read_rows,
    resolve,
)
from workbench.index.embedder import Embedder, get_embedder
from workbench.index.search import Searcher
from workbench.llm.structured import StructuredLLM
from workbench.pipeline import ProgressCallback
from workbench.prompts import load_prompt, parse_ref
from workbench.records import (
    EVAL_STAGES,
    DatasetInfo,
    Document,
    EvalSample,
    EvalUsage,
    LoadFailure,
    MetricResult,
    PromptInfo,
    RunLog,
    content_hash,
)
from workbench.settings import Settings

LLMFactory = Callable[[Settings, str | None, str], StructuredLLM]
VERIFIERS: tuple[str, ...] = get_args(Settings.model_fields["verifier"].annotation)  # trained, llm, both


class RunError(ValueError):
    pass


def runs_dir(settings: Settings) -> Path:
    return evals_dir(settings) / "runs"


def prompt_overrides(refs: list[str]) -> dict[str, int]:
    """['extract_claims@2'] -> {'extract_claims': 2}."""
    overrides = {}
    for ref in refs:
        name, number = parse_ref(ref)
        if number is None:
            raise SuiteError(f"--prompt {ref}: give a version, e.g. {name}@2")
        overrides[name] = number
    return overrides


def work_settings(suite: Suite, settings: Settings) -> Settings:
    """The suite's settings: its own data directory when it brings its own corpus."""
    update = dict(suite.settings)
    if suite.corpus:
        key = content_hash(
            *sorted(str(resolve(settings, c).resolve()) for c in suite.corpus),
            settings.embed_model,
            str(settings.chunk_tokens),
        )
        update["home"] = settings.home / "evals" / f"corpus-{key[:12]}"  # shared by suites with the same corpus
    return settings.model_copy(update=update)


def with_verifier(settings: Settings, verifier: str | None) -> Settings:
    """``settings`` with ``Settings.verifier`` set for one run (None keeps the configured one)."""
    if verifier is None:
        return settings
    if verifier not in VERIFIERS:
        raise RunError(f"unknown verifier '{verifier}': one of {', '.join(VERIFIERS)}")
    return settings.model_copy(update={"verifier": verifier})


def run_suite(
    suite: Suite,
    settings: Settings,
    llm: str | None = None,
    prompts: dict[str, int] | None = None,
    repeats: int | None = None,
    limit: int | None = None,
    baseline: str | None = None,
    progress: ProgressCallback = lambda _: None,
    embedder: Embedder | None = None,
    llm_factory: LLMFactory | None = None,
    write: bool = True,
    verifier: str | None = None,
) -> list[RunLog]:
    """One run log per model: ``llm`` overrides the suite's models; ``prompts`` its versions;
    ``verifier`` (trained, llm, both) the verdict path of the settings and of the suite's ``settings:``."""
    models = [llm] if llm else suite.models
    with_verifier(settings, verifier)  # an unknown verifier fails before any work
    return [
        _run_one(
            suite,
            settings,
            None if m == "default" else m,
            prompts or {},
            repeats or suite.repeats,
            limit or suite.limit,
            baseline,
            progress,
            embedder,
            llm_factory,
            write,
            verifier,
        )
        for m in models
    ]


def _run_one(
    suite: Suite,
    settings: Settings,
    spec: str | None,
    overrides: dict[str, int],
    repeats: int,
    limit: int | None,
    baseline: str | None,
    progress: ProgressCallback,
    embedder: Embedder | None,
    llm_factory: LLMFactory | None,
    write: bool,
    verifier: str | None = None,
) -> RunLog:
    started_at, started = datetime.now(UTC), time.perf_counter()
    work = with_verifier(work_settings(suite, settings), verifier)  # the flag beats the suite's settings
    datasets: dict[str, DatasetInfo] = {}
    rows_of: dict[str, list[dict]] = {}
    for stage in suite.stages:
        path = resolve(settings, suite.dataset_of(stage))
        if str(path) not in datasets:
            rows = read_rows(path)
            datasets[str(path)] = DatasetInfo(
                stages=[], path=_relative(path, settings), sha256=file_sha256(path), rows=len(rows)
            )
            rows_of[str(path)] = rows[:limit] if limit else rows
        datasets[str(path)].stages.append(stage)
    embedder = embedder or get_embedder(work)
    notes: dict[str, object] = {}
    if suite.corpus:
        report = pipeline.ingest(
            [str(resolve(settings, c)) for c in suite.corpus], work, progress=progress, embedder=embedder
        )
        notes["corpus_failures"] = [str(f) for f in report.failures]
    searcher = Searcher(work, embedder=embedder)
    article = _article(suite, settings) if suite.article else None
    prompts = {name: load_prompt(ref) for name, ref in suite.prompt_refs(overrides).items()}
    open_model = llm_factory or open_llm
    label = "none"
    samples: list[EvalSample] = []
    ctx = StageContext(
        suite=suite,
        settings=work,
        rows=[],
        searcher=searcher,
        embedder=embedder,
        prompts=prompts,
        article=article,
        progress=progress,
    )
    for repeat in range(repeats):
        ctx.repeat, ctx.extracted = repeat, None
        if suite.needs_llm(work.verifier):
            ctx.llm = open_model(work, spec, f"repeat-{repeat}" if repeat else "")
            label = ctx.llm.label
        for stage in EVAL_STAGES:  # in pipeline order: check-worthiness reads extraction's claims
            if stage not in suite.stages:
                continue
            if repeat and stage not in LLM_STAGES and not (stage == "checkworthiness" and ctx.article):
                # stages without an LLM answer are run once (article check-worthiness reads this repeat's extraction)
                continue
            ctx.rows = rows_of[str(resolve(settings, suite.dataset_of(stage)))]
            samples += EVALUATORS[stage](ctx)
    notes |= ctx.notes
    if "verdict" in suite.stages and work.verifier != "llm":
        verifier_label = _verifier_label(work)
        label = verifier_label if label == "none" else f"{label}+{verifier_label}"
    log = RunLog(
        id="",
        suite=suite.name,
        suite_hash=suite.hash,
        description=suite.description,
        stages=suite.stages,
        datasets=list(datasets.values()),
        prompts=[PromptInfo(name=p.name, version=p.version, hash=p.hash) for p in prompts.values()],
        model=label,
        config=_config(suite, work, limit) | {"notes": notes},
        repeats=repeats,
        started_at=started_at,
        samples=samples,
        failures=ctx.failures,
        usage=_usage(ctx, suite),
        environment=_environment(settings),
    )
    config_json = json.dumps(log.config, sort_keys=True, default=str)
    prompt_refs = (f"{p.name}@{p.version}#{p.hash}" for p in log.prompts)
    log.id = f"{started_at:%Y%m%d-%H%M%S}-{suite.name}-{content_hash(config_json, log.model, *prompt_refs, length=6)}"
    score(log, suite)
    if baseline:
        gate_against(
            log, load_run(baseline, settings, suite=suite.name if baseline.startswith("latest") else None), suite
        )
    log.seconds = round(time.perf_counter() - started, 2)
    if write:
        save_run(log, settings)
    return log


def _verifier_label(settings: Settings) -> str:
    """The trained verifier's name and weights hash, as its suggestions record it."""
    from workbench.verifier.verify import VerifierError, load_verifier

    try:
        return load_verifier(settings).label
    except VerifierError:
        return "trained:unusable"


def _article(suite: Suite, settings: Settings) -> Document:
    assert suite.article
    items = list(load_documents([str(resolve(settings, suite.article))], settings, kind="article"))
    if len(items) != 1 or isinstance(items[0], LoadFailure):
        raise SuiteError(f"{suite.article}: expected one readable article, got {items}")
    return items[0]


def _config(suite: Suite, work: Settings, limit: int | None) -> dict[str, object]:
    keys = (
        "search_k",
        "search_depth",
        "rrf_k",
        "evidence_k",
        "verdict_passages",
        "verifier",
        "checkworthy_threshold",
        "llm_temperature",
        "llm_seed",
        "llm_max_tokens",
        "embed_model",
        "chunk_tokens",
    )
    verifier_path = None if work.verifier_path is None else str(work.verifier_path)  # None: the shipped verifier
    return {k: getattr(work, k) for k in keys} | {
        "verifier_path": verifier_path,
        "limit": limit,
        "suite_settings": suite.settings,
    }


def _usage(ctx: StageContext, suite: Suite) -> EvalUsage:
    usage = EvalUsage()
    for call in ctx.calls:
        usage.add(call)
    usage.cost_usd = round(
        (usage.uncached_input_tokens * suite.price.input + usage.uncached_output_tokens * suite.price.output) / 1e6, 4
    )
    return usage


def _environment(settings: Settings) -> dict[str, str]:
    try:
        package = version("claim-workbench")
    except PackageNotFoundError:
        package = "unknown"
    env = {"workbench": package, "python": platform.python_version(), "machine": platform.machine()}
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=project_root(settings),
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
        if commit.returncode == 0:
            env["git_commit"] = commit.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return env


def _relative(path: Path, settings: Settings) -> str:
    try:
        return str(Path(os.path.abspath(path)).relative_to(os.path.abspath(project_root(settings))))
    except ValueError:
        return str(path)


# --- scoring and gates ----------------------------------------------------------------------------


def score(log: RunLog, suite: Suite) -> None:
    """Fill in every metric of the suite with its interval, baseline and threshold verdict."""
    wanted = set(suite.metrics) if suite.metrics else None
    for stage in log.stages:
        stage_samples = [s for s in log.samples if s.stage == stage]
        for name in metric_names(suite, stage):
            key = f"{stage}.{name}"
            if wanted is not None and key not in wanted:
                continue
            fn = metrics.stage_metric(stage, name)
            value = fn(stage_samples)
            low, high = metrics.bootstrap_interval(
                fn, stage_samples, rounds=metrics.BOOTSTRAP if len(stage_samples) <= 2000 else 200
            )
            threshold = suite.thresholds.get(key)
            result = MetricResult(
                value=value,
                low=low,
                high=high,
                n=len({(s.kind, s.id) for s in stage_samples}),
                baseline=metrics.baseline_value(stage, name, stage_samples),
                threshold=threshold,
                passed=None if threshold is None else metrics.meets(key, value, threshold),
            )
            log.metrics[key] = result
            if result.passed is False:
                side = "below" if metrics.higher_is_better(key) else "above"
                log.regressions.append(f"{key} = {_fmt(value)} is {side} its threshold {threshold:g}")
        if stage == "verdict":
            log.confusion[stage] = metrics.confusion(stage_samples)


def gate_against(log: RunLog, baseline: RunLog, suite: Suite) -> None:
    """Flag each metric whose paired 95% interval of (this - baseline) lies wholly on the worse side of
    zero: below it, or above it for a lower-is-better metric."""
    log.baseline_run = baseline.id
    for key in log.metrics:
        stage, _, name = key.partition(".")
        if key not in baseline.metrics:
            continue
        fn = metrics.stage_metric(stage, name)
        delta, low, high = metrics.paired_difference(
            fn, [s for s in baseline.samples if s.stage == stage], [s for s in log.samples if s.stage == stage]
        )
        _, better_high = metrics.oriented(key, low, high)
        if delta is not None and low is not None and better_high is not None and better_high < 0:
            moved, note = ("fell", "") if metrics.higher_is_better(key) else ("rose", "; lower is better")
            log.regressions.append(
                f"{key} {moved} {delta:+.3f} (95% CI {low:+.3f} to {high:+.3f}{note}) against {baseline.id}"
            )


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


# --- run logs on disk ---------------------------------------------------------------------------------


def save_run(log: RunLog, settings: Settings) -> Path:
    folder = runs_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{log.id}.json"
    if path.exists() and _read(path).started_at != log.started_at:  # the same configuration in the same second
        n = 2
        while (folder / f"{log.id}-{n}.json").exists():
            n += 1
        log.id = f"{log.id}-{n}"
        path = folder / f"{log.id}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(log.model_dump_json(indent=1), encoding="utf-8")
    tmp.replace(path)
    return path


def _read(path: Path) -> RunLog:
    return RunLog.model_validate_json(path.read_text(encoding="utf-8"))


def list_runs(settings: Settings, suite: str | None = None) -> list[RunLog]:
    """Stored runs, oldest first; unreadable files are skipped (their names are not runs)."""
    runs = []
    for path in sorted(runs_dir(settings).glob("*.json")):
        try:
            log = _read(path)
        except ValueError:
            continue
        if suite is None or log.suite == suite:
            runs.append(log)
    return sorted(runs, key=lambda r: (r.started_at, r.id))


def load_run(ref: str, settings: Settings, suite: str | None = None) -> RunLog:
    """A run by path, by id, by unique id prefix, or 'latest' / 'latest~N' (optionally within a suite).

    A run log is named after its id, so only 'latest' needs to read more than the one file.
    """
    path = Path(ref)
    if path.suffix == ".json" and path.is_file():
        return _read(path)
    if ref.startswith("latest"):
        runs = list_runs(settings, suite)
        back = int(ref.partition("~")[2] or 0)
        if back >= len(runs):
            raise RunError(
                f"only {len(runs)} stored run(s){f' of suite {suite}' if suite else ''}; '{ref}' does not exist"
            )
        return runs[-1 - back]
    folder = runs_dir(settings)
    if (folder / f"{ref}.json").is_file():
        return _read(folder / f"{ref}.json")
    ids = sorted(p.stem for p in folder.glob("*.json"))
    found = [i for i in ids if i.startswith(ref)] or [i for i in ids if ref in i]
    if len(found) == 1:
        return _read(folder / f"{found[0]}.json")
    if not found:
        raise RunError(f"no run '{ref}' in {folder} (see `workbench eval list`)")
    raise RunError(f"'{ref}' matches {len(found)} runs: {', '.join(found[:5])} ...")
