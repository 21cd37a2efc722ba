"""`workbench claims`, `review`, `undo`, `export`: what reviewers do from a terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from workbench.cli.common import _claim_id, _reviewing, claims_table, console, friendly_errors


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

    Under a claim, "seen before" names a claim reviewed earlier (in any article) that states the
    same thing, with its verdict, reviewer, date and note.

    Examples:

        workbench claims --status unreviewed

        workbench claims --article 2b2cce5eaa996d1c --status suggested:disputed --json
    """
    with _reviewing() as reviewing:
        rows = reviewing.claim_views(article, status=status, seen_before=True)
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
    with _reviewing() as reviewing:
        event = reviewing.review(_claim_id(reviewing, claim_id), reviewer, label, note=note, evidence_used=evidence)
        status = reviewing.status(event.claim_id)
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
    with _reviewing() as reviewing:
        event = reviewing.undo(_claim_id(reviewing, claim_id), reviewer)
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
    with _reviewing() as reviewing:
        text = export_text(reviewing.reviewed_claims(article), fmt)  # type: ignore[arg-type]
    if output:
        output.write_text(text, encoding="utf-8")
        console.print(f"Wrote {output}")
    else:
        typer.echo(text, nl=False)


COMMANDS = [claims, review, undo, export]
