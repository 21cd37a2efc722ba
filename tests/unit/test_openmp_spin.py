"""workbench/__init__.py sets a short OpenMP spin before torch or llama.cpp load, unless the user chose."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = "import os, workbench; print(os.environ.get('GOMP_SPINCOUNT'), os.environ.get('OMP_WAIT_POLICY'))"


def _probe(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("GOMP_SPINCOUNT", "OMP_WAIT_POLICY")}
    out = subprocess.run([sys.executable, "-c", PROBE], env=clean | env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_a_short_spin_is_the_default():
    assert _probe() == "500 None"


@pytest.mark.parametrize(
    ("env", "expected"),
    [({"OMP_WAIT_POLICY": "ACTIVE"}, "None ACTIVE"), ({"GOMP_SPINCOUNT": "300000"}, "300000 None")],
)
def test_an_explicit_choice_wins(env, expected):
    assert _probe(**env) == expected
