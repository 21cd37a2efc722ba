"""`workbench check` and `demo`: extract an article's claims, find evidence, suggest verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from workbench import pipeline
from workbench.cli.common import _checker, _settings, claims_table, console, friendly_errors, rich_progress

SAMPLE_CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "sample"


@friendly_errors
def demo(
    corpus: Path | None = typer.Option(
        None, help="Folder with article.txt and sources/ (default: the demo corpus, corpus/sample)."
    ),
    llm: str | None = typer.Option(None, "--llm", help="Chat model spec (default: WORKBENCH_LLM, 'local')."),
    as_json: bool = typer.Option(False, "--json", help="Print the check as JSON."),
) -> None:
    """The main job on the demo corpus: ingest the 40 evidence briefs, then check the demo article.

    A second run only does what is missing; LLM answers are cached in WORKBENCH_HOME.

    Example:

        workbench demo --llm local:qwen2.5-0.5b
    """
    corpus = corpus or SAMPLE_CORPUS
    settings = _settings()
    with rich_progress() as progress:
        evidence = pipeline.ingest([corpus / "sources"], settings, kind="evidence", progress=progress)
    for failure in evidence.failures:
        console.print(f"[red]failed[/red] {failure}", highlight=False, soft_wrap=True)
    console.print(f"Evidence corpus ready: {len(evidence.added) + len(evidence.unchanged)} documents.")
    check(source=str(corpus / "article.txt"), llm=llm, as_json=as_json, force=False, prompt=[])


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
        claims_table(report.claims)
    for failure in report.failures:
        console.print(
            f"[red]failed[/red] {failure.stage} {failure.item}: {failure.reason}", highlight=False, soft_wrap=True
        )
    worthy = sum(c.check_worthy for c in report.claims)
    calls = sum(u.calls for u in report.usage.values())
    cached = sum(u.cached for u in report.usage.values())
    tokens = sum(u.input_tokens + u.output_tokens for u in report.usage.values())
    over = sum("over_limit" in c.flags for c in report.claims)
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
    if over:
        limit = checker.settings.max_llm_sentences
        console.print(
            f"[yellow]A long article[/]: its {limit} most check-worthy sentences went to the model "
            f"(WORKBENCH_MAX_LLM_SENTENCES={limit}); {over} more are stored unchecked, flagged 'over_limit'. "
            f"To check them too: WORKBENCH_MAX_LLM_SENTENCES={limit + over} workbench check SOURCE --force",
            highlight=False,
        )
    console.print(
        f"{report.article.title}: {len(report.claims)} claims ({worthy} check-worthy), "
        f"{len(report.failures)} failed; {calls} LLM calls ({cached} cached, {tokens} tokens) "
        f"with {report.model} in {report.seconds:.1f} s. Review: workbench claims --article {report.article.id}",
        highlight=False,
    )


COMMANDS = [demo, check]
