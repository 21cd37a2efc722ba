"""The `workbench` command: a thin Typer layer over the core. Rendering lives here, logic does not.

This module only composes: each command group lives in its own module (corpus, checks, reviews,
serve, models, evals) and they share one module of options, consoles and error handling (common),
so no command module imports another's commands except where one command runs another (demo).
"""

from __future__ import annotations

import sys

import typer

from workbench.cli import checks, corpus, reviews, serve
from workbench.cli.common import _debug_requested, friendly_errors, options, show_error
from workbench.cli.evals import eval_app
from workbench.cli.models import models_app

app = typer.Typer(
    help="Claim Workbench: check the claims of an article against an evidence corpus.\n\n"
    "State lives in WORKBENCH_HOME (default ./.workbench). Every setting is an environment "
    "variable with the prefix WORKBENCH_; `workbench status` shows the ones in force.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)


@app.callback()
def _root(
    debug: bool = typer.Option(
        False, "--debug", envvar="WORKBENCH_DEBUG", help="On an error, show its traceback instead of one line."
    ),
) -> None:
    """Options that come before the command, e.g. `workbench --debug export -o out.csv`."""
    options["debug"] = debug


# The order here is the order of `workbench --help`: corpus first, then the check, then review.
for group in (corpus, checks, reviews, serve):
    for command in group.COMMANDS:
        app.command()(command)
app.add_typer(models_app, name="models")
app.add_typer(eval_app, name="eval")

__all__ = ["app", "friendly_errors", "main"]


def main() -> None:
    try:
        app()
    except Exception as exc:  # only what escaped every command's own handler
        if _debug_requested() or "--debug" in sys.argv[1:]:
            raise
        show_error(exc)
        sys.exit(1)
