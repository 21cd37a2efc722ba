"""`workbench claims`, `review`, `undo`, `export`: what reviewers do from a terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from workbench.cli.checks import claims_table
from workbench.cli.common import _claim_id, _settings, _store, console, friendly_errors


def _default_reviewer() -> str:
    return os.environ.get("USER") or "reviewer"


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
        claims_table(rows)
    else:
        console.print("No claims match. Check an article first: workbench check FILE")


@friendly_errors
def review(
    claim_id: str = typer.Argument(..., help="The claim's id (a unique prefix is enough)."),
    label: str = typer.Argument(..., help="supported, disputed or unverified."),
    note: str = typer.Option("", "--note", "-n", help="Why; shown in the claim's history and exports."),
    reviewer: str | None = typer.Option(None, "--reviewer", "-r", help="Your name (default: $USER)."),
    evidence: list[str] = typer.Option([], "--evidence", "-e", help="A passage id you relied on (repeatable)."),
) -> None:
    """Record your verdict on a claim. Reviews are never overwritten: each one is a new event.

    Example:

        workbench review 1a2b3c supported --note "TASS and Interfax both carry the statement" -r alice
    """
    from workbench.records import VERDICTS

    if label not in VERDICTS:
        raise typer.BadParameter(f"must be one of {', '.join(VERDICTS)}", param_hint="LABEL")
    reviewer = reviewer or _default_reviewer()
    store = _store()
    event = store.add_review(_claim_id(store, claim_id), reviewer, label, note=note, evidence_used=evidence)  # type: ignore[arg-type]
    status = store.status(event.claim_id)
    agreed = status.label or ("reviewers disagree" if status.disagreement else "none")
    console.print(f"{reviewer}: {label} on {event.claim_id} (current verdict: {agreed})", highlight=False)


@friendly_errors
def undo(
    claim_id: str = typer.Argument(..., help="The claim's id (a unique prefix is enough)."),
    reviewer: str | None = typer.Option(None, "--reviewer", "-r", help="Whose last verdict to undo (default: $USER)."),
) -> None:
    """Undo your latest verdict on a claim (recorded as a new event; the history keeps both).

    Example:

        workbench undo 1a2b3c -r alice
    """
    reviewer = reviewer or _default_reviewer()
    store = _store()
    event = store.undo(_claim_id(store, claim_id), reviewer)
    console.print("Nothing to undo." if event is None else f"Undid {reviewer}'s verdict on {event.claim_id}.")


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


COMMANDS = [claims, review, undo, export]
