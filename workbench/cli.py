"""The `workbench` command: a thin Typer layer over the core. Rendering lives here, logic does not."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

import functools

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from workbench import pipeline
from workbench.records import DocumentKind, ProgressEvent, SearchFilters
from workbench.settings import Settings

app = typer.Typer(
    help="Claim Workbench: check the claims of an article against an evidence corpus.\n\n"
    "State lives in WORKBENCH_HOME (default ./.workbench). Every setting is an environment "
    "variable with the prefix WORKBENCH_; `workbench status` shows the ones in force.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
console = Console(stderr=True)
out = Console()

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "sample"


@contextmanager
def rich_progress() -> Iterator[pipeline.ProgressCallback]:
    """A Rich progress bar fed by the core's progress events; shows the rate of each stage."""
    columns = (
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal and "pytest" in sys.modules) as bar:
        tasks: dict[str, TaskID] = {}

        def render(event: ProgressEvent) -> None:
            if event.stage not in tasks:
                tasks[event.stage] = bar.add_task(event.stage, total=event.total, rate="")
            task_id = tasks[event.stage]
            task = bar.tasks[task_id]
            rate = f"{event.done / task.elapsed:,.1f} {event.unit}/s" if task.elapsed and event.done else ""
            bar.update(task_id, completed=event.done, total=event.total, rate=rate)

        yield render


def _settings() -> Settings:
    return Settings()


def friendly_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Show the core's errors as one line a user can act on, not a traceback."""
    from workbench.index.embedder import EmbedderError
    from workbench.index.vectors import VectorStoreError

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except (VectorStoreError, EmbedderError, ValueError) as exc:
            console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from exc

    return wrapper


@app.command()
@friendly_errors
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or http(s) URLs."),
    kind: str = typer.Option("evidence", "--kind", "-k", help="article (to be checked) or evidence."),
) -> None:
    """Load documents into the corpus: chunk, embed, and index them for search.

    Formats: .txt, .md (YAML front matter: title, outlet, date, url, kind), .html, .pdf, .jsonl
    (one document a line: text plus metadata), folders, URLs. Re-ingesting an unchanged file adds
    nothing; a changed file replaces its old chunks. A bad file is reported and skipped; the exit
    code is the number of files that failed (0 when all loaded, at most 125).

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
    console.print(
        f"{len(report.added)} added, {len(report.unchanged)} unchanged, "
        f"[{'red' if report.failures else 'green'}]{len(report.failures)} failed[/] "
        f"({report.chunks_added} chunks in {report.seconds:.1f} s)"
    )
    raise typer.Exit(min(len(report.failures), 125))


@app.command()
@friendly_errors
def search(
    query: str = typer.Argument(..., help="What to look for, in plain words."),
    k: int = typer.Option(0, "-k", help="Number of passages (default: WORKBENCH_SEARCH_K)."),
    kind: Optional[str] = typer.Option(None, help="Only 'article' or 'evidence' documents."),
    outlet: Optional[str] = typer.Option(None, help="Only documents from this outlet (exact name)."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Only documents dated on or after (YYYY[-MM[-DD]])."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Only documents dated on or before."),
    exclude: list[str] = typer.Option([], "--exclude", help="Leave out this document id (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of hits instead of a table."),
) -> None:
    """Hybrid search (dense + BM25, fused) over the corpus.

    Examples:

        workbench search "F-22 flares over Mayadin"

        workbench search "Konashenkov statement" -k 3 --kind evidence --from 2017-12 --json
    """
    from workbench.index.search import Searcher

    filters = SearchFilters(kind=kind, outlet=outlet, date_from=date_from, date_to=date_to, exclude_doc_ids=exclude)  # type: ignore[arg-type]
    hits = Searcher(_settings()).search(query, k=k or None, filters=filters)
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
    for key, value in rows.items():
        out.print(f"[bold]{key:<16}[/bold] {value}", highlight=False, soft_wrap=True)


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
    query: str = typer.Option("Did a US F-22 fire flares at Russian Su-25 jets near Mayadin?", help="Example search."),
) -> None:
    """The main job on the demo corpus: ingest the evidence and the article, then search it.

    Example:

        workbench demo
    """
    settings = _settings()
    with rich_progress() as progress:
        evidence = pipeline.ingest([corpus / "sources"], settings, kind="evidence", progress=progress)
        article = pipeline.ingest([corpus / "article.txt"], settings, kind="article", progress=progress)
    failures = evidence.failures + article.failures
    for failure in failures:
        console.print(f"[red]failed[/red] {failure}", highlight=False, soft_wrap=True)
    console.print(
        f"Corpus ready: {len(evidence.added) + len(evidence.unchanged)} evidence documents, "
        f"{len(article.added) + len(article.unchanged)} article. Searching: [italic]{query}[/italic]"
    )
    search(query=query, k=5, kind="evidence", outlet=None, date_from=None, date_to=None, exclude=[], as_json=False)
    raise typer.Exit(min(len(failures), 125))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
