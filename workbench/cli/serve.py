"""`workbench serve`: the browser app and the HTTP API."""

from __future__ import annotations

import typer

from workbench.cli.common import _settings, friendly_errors


@friendly_errors
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind; anything but localhost needs WORKBENCH_AUTH."),
    port: int = typer.Option(7860, min=1, max=65535, help="Port."),
) -> None:
    """Open the workbench in a browser: review claims, chat with the corpus, manage documents.
    The same server answers programs under /api (JSON; OpenAPI docs at /api/docs): submit checks
    as jobs, read claims, add reviews, search, export.

    Keyboard in the Review tab: j/k next/previous claim, 1/2/3 supported/disputed/unverified,
    n note, u undo, a apply the verdict of a claim seen before.

    Checks started in the Review tab or through the API are jobs kept in the database: they go on
    when the browser tab closes and resume when the server restarts.

    Examples:

        workbench serve

        WORKBENCH_AUTH=alice:secret,bob:secret workbench serve --host 0.0.0.0 --port 8080

        WORKBENCH_API_TOKENS=cms:a-long-random-token workbench serve
    """
    from workbench.ui.app import launch

    launch(_settings(), host=host, port=port)


COMMANDS = [serve]
