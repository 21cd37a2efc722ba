"""`workbench ingest`, `search`, `status`, `reset`: the evidence corpus."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from workbench.cli.common import (
    _corpus,
    _document_kind,
    _iso_date,
    _matcher_status,
    _settings,
    _verifier_status,
    console,
    friendly_errors,
    out,
    rich_progress,
)
from workbench.records import SearchFilters


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
    with rich_progress() as progress:
        report = _corpus().ingest(paths, kind=kind, progress=progress)  # type: ignore[arg-type]
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
    shared = min(len(date_from or ""), len(date_to or ""))  # ISO dates compare as text, to the shorter one's precision
    if date_from and date_to and date_from[:shared] > date_to[:shared]:
        raise typer.BadParameter(f"{date_from} is after --to {date_to}: nothing can match", param_hint="--from")
    filters = SearchFilters(kind=kind, outlet=outlet, date_from=date_from, date_to=date_to, exclude_doc_ids=exclude)  # type: ignore[arg-type]
    hits = _corpus().search(query, k=k, filters=filters)
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


@friendly_errors
def status() -> None:
    """Show the data directory, models, stores, and how much of the corpus is indexed.

    Example:

        WORKBENCH_HOME=/data/wb workbench status
    """
    from workbench.corpus.service import embedder_runtime

    settings = _settings()
    report = _corpus().status()
    rows = {
        "data directory": str(settings.home.resolve()),
        "embedding model": f"{settings.embed_model}, runs on {embedder_runtime(settings)}",
        "vector store": report.vector_store,
        "BM25 index": f"{report.lexical_index} "
        f"({'fresh' if report.lexical_fresh else 'stale: rebuilt on next search'})",
        "documents": ", ".join(f"{n} {kind}" for kind, n in report.documents.items()),
        "chunks": str(report.chunks),
    }
    rows["verifier"] = _verifier_status(settings)
    rows["seen before"] = _matcher_status(settings)
    for key, value in rows.items():
        out.print(f"[bold]{key:<16}[/bold] {value}", highlight=False, soft_wrap=True)


@friendly_errors
def reset(yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Delete the indexed corpus (Chroma collection and BM25 index). Source files are not touched.

    Example:

        workbench reset --yes && workbench ingest corpus/sample/sources
    """
    settings = _settings()
    if not yes:
        typer.confirm(f"Delete the corpus indexed in {settings.vector_store_location}?", abort=True)
    _corpus().reset()
    console.print("Corpus deleted.")


COMMANDS = [ingest, search, status, reset]
