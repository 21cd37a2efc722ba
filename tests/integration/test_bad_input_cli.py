"""Bad input, from the outside: the real `workbench` command, one line on stderr, no traceback.

Each case runs the installed console script in a fresh WORKBENCH_HOME and checks what a user
sees: a non-zero exit code (1 for a failure, 2 for a bad option as Typer does), no traceback, and
one line that names the cause (and the fix). No case loads the embedding model or an LLM: the
filters are refused while the options are parsed, the stores fail when they are opened.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # about 1 s a case: each starts the real command in a subprocess

WORKBENCH = Path(sys.executable).parent / "workbench"


@dataclass
class Case:
    args: list[str]
    words: list[str]  # all on one line of stderr
    exit_code: int = 1
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None


def _garbage(relative: str) -> Callable[[Path], None]:
    def write(home: Path) -> None:
        path = home / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(64 * 1024))

    return write


CASES = {
    "export to a missing folder": Case(
        ["export", "--format", "csv", "-o", "/nonexistent/dir/x.csv"],
        ["Error:", "/nonexistent/dir/x.csv", "No such file or directory", "folder"],
    ),
    "unreachable database server": Case(
        ["claims"],
        ["Error:", "cannot open the database", "127.0.0.1:1", "Connection refused", "WORKBENCH_DATABASE_URL"],
        env={"WORKBENCH_DATABASE_URL": "postgresql://u:secret@127.0.0.1:1/x"},
    ),
    "database URL that is not a URL": Case(
        ["export"],
        ["Error:", "'notaurl' is not a valid URL", "WORKBENCH_DATABASE_URL"],
        env={"WORKBENCH_DATABASE_URL": "notaurl"},
    ),
    "corrupt SQLite database": Case(
        ["claims"],
        ["Error:", "workbench.db is not a usable SQLite database", "Move the file away"],
        setup=_garbage("workbench.db"),
    ),
    "corrupt Chroma file": Case(
        ["status"],
        ["Error:", "Chroma store", "not a database", "move the folder away"],
        setup=_garbage("chroma/chroma.sqlite3"),
    ),
    "corrupt Chroma file, searching": Case(
        ["search", "flares"],
        ["Error:", "Chroma store", "move the folder away"],
        setup=_garbage("chroma/chroma.sqlite3"),
    ),
    "setting that is not a number": Case(
        ["status"], ["Error:", "WORKBENCH_SEARCH_K=abc", "valid integer", ".env"], env={"WORKBENCH_SEARCH_K": "abc"}
    ),
    "search date that is not a date": Case(
        ["search", "x", "--from", "notadate"], ["'--from'", "'notadate' is not a date", "YYYY-MM-DD"], exit_code=2
    ),
    "search month 13": Case(["search", "x", "--to", "2017-13"], ["'--to'", "'2017-13' is not a date"], exit_code=2),
    "search date range that is empty": Case(
        ["search", "x", "--from", "2018", "--to", "2017"], ["--from", "2018 is after --to 2017"], exit_code=2
    ),
    "negative k": Case(["search", "x", "-k", "-5"], ["'-k'", "greater than or equal to 1"], exit_code=2),
    "unknown document kind": Case(
        ["search", "x", "--kind", "news"], ["'--kind'", "'news' is not one of article, evidence"], exit_code=2
    ),
}


def run_workbench(args: list[str], home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    # TERMINAL_WIDTH: Typer draws its usage-error box this wide, so a message is not wrapped
    clean |= {"WORKBENCH_HOME": str(home), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TERMINAL_WIDTH": "250"}
    return subprocess.run(
        [str(WORKBENCH), *args],
        cwd=home.parent,
        env=clean | (env or {}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_line_naming_the_cause_without_a_traceback(name, tmp_path):
    case = CASES[name]
    home = tmp_path / "home"
    if case.setup:
        case.setup(home)
    done = run_workbench(case.args, home, case.env)
    assert done.returncode == case.exit_code, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if all(word in line for word in case.words)]
    assert len(lines) == 1, f"no single line with {case.words} in:\n{done.stderr}"
    if case.exit_code == 1:  # our own errors are the whole of stderr
        assert done.stderr.strip() == lines[0].strip()
    assert "secret" not in done.stderr  # a database password is never shown


def test_debug_shows_the_traceback(tmp_path):
    done = run_workbench(["--debug", "export"], tmp_path / "home", {"WORKBENCH_DATABASE_URL": "notaurl"})
    assert done.returncode == 1 and "Traceback" in done.stderr and "StoreError" in done.stderr


def test_workbench_debug_in_the_environment_does_the_same(tmp_path):
    done = run_workbench(["export"], tmp_path / "home", {"WORKBENCH_DATABASE_URL": "notaurl", "WORKBENCH_DEBUG": "1"})
    assert done.returncode == 1 and "Traceback" in done.stderr
