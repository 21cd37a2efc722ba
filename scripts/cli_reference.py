"""Write docs/cli.md, the reference of every `workbench` command, from the commands themselves.

    .venv/bin/python scripts/cli_reference.py          rewrite docs/cli.md
    .venv/bin/python scripts/cli_reference.py --check  exit 1 if docs/cli.md is out of date

tests/unit/test_docs.py runs the check, so the reference cannot drift from `--help`.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from typer.main import get_command

from workbench.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _param_row(param) -> str:  # Typer's own (vendored) click classes
    is_argument = param.param_type_name == "argument"
    if is_argument:
        name = f"`{param.name.upper()}`"
        kind = "argument" + ("" if param.required else ", optional") + (", repeatable" if param.nargs == -1 else "")
    else:
        names = [*param.opts, *param.secondary_opts]
        name = " / ".join(f"`{n}`" for n in names)
        kind = "flag" if param.is_flag else ("option, repeatable" if param.multiple else "option")
        if param.envvar:
            kind += f", env `{param.envvar}`"
    default = ""
    if not is_argument and param.default not in (None, False, (), []) and not param.required:
        default = f"`{param.default}`"
    if param.required:
        default = "required"
    help_text = getattr(param, "help", None) or ""
    return f"| {name} | {kind} | {default} | {_cell(help_text)} |"


def _command(path: list[str], command, level: int) -> list[str]:
    lines = [f"{'#' * level} `{' '.join(path)}`", ""]
    if command.help:
        lines += [inspect.cleandoc(command.help), ""]
    params = [p for p in command.params if p.name not in ("help", "install_completion", "show_completion")]
    if params:
        lines += ["| name | kind | default | meaning |", "|---|---|---|---|"]
        lines += [_param_row(p) for p in params]
        lines.append("")
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            lines += _command([*path, name], sub, min(level + 1, 4))
    return lines


def reference() -> str:
    head = [
        "# Command reference",
        "",
        "Generated from the commands by `scripts/cli_reference.py`; do not edit by hand.",
        "`workbench COMMAND --help` prints the same in a terminal.",
        "",
    ]
    return "\n".join(head + _command(["workbench"], get_command(app), 2)).rstrip() + "\n"


def main() -> int:
    text = reference()
    if "--check" in sys.argv[1:]:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is out of date: run .venv/bin/python scripts/cli_reference.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
