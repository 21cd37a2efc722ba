"""The documentation is tested: commands, settings and the two commands must match the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from typer.main import get_command

from workbench.cli import app
from workbench.settings import Settings

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text()


def _code_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, flags=re.DOTALL)


def test_readme_opens_with_the_two_commands():
    install_and_run, install_and_test = (block.strip() for block in _code_blocks(README)[:2])
    assert "scripts/install.sh" in install_and_run and "workbench demo" in install_and_run
    assert "--test" in install_and_test and "pytest" in install_and_test


def test_ci_runs_exactly_the_readme_test_command():
    test_command = _code_blocks(README)[1].strip()
    ci_lines = [line.strip() for line in (REPO / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_every_command_is_in_the_readme():
    for name in get_command(app).commands:  # type: ignore[attr-defined]
        assert f"workbench {name}" in README, f"`workbench {name}` is not documented in README.md"


def test_every_setting_is_in_the_readme():
    for name in Settings.model_fields:
        assert f"`WORKBENCH_{name.upper()}`" in README, f"WORKBENCH_{name.upper()} is not documented in README.md"


def test_the_command_reference_is_up_to_date():
    """docs/cli.md is generated from the commands; a changed option or docstring without a rerun fails here."""
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "cli_reference.py"), "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
