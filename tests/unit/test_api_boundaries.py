"""The HTTP API's place in the architecture, checked as tests/unit/test_boundaries.py checks the others:
a face like the CLI and the UI, over the services; only ``ui/app.py``'s ``launch`` puts it together with the UI."""

from __future__ import annotations

import pytest

from tests.unit.test_boundaries import MODULES, PACKAGE, _is_under, _modules_imported

API = "api/"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_api_imports_neither_the_ui_nor_the_cli(path):
    """(That it reaches data only through the services is test_boundaries.py's FACES rule.)"""
    rel = str(path.relative_to(PACKAGE))
    if not rel.startswith(API):
        return
    for name in _modules_imported(path):
        assert not name.startswith(("workbench.ui", "workbench.cli", "gradio")), f"{rel} imports {name}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_server_s_launch_imports_the_api(path):
    rel = str(path.relative_to(PACKAGE))
    if rel.startswith(API) or rel == "ui/app.py":
        return
    assert not any(n.startswith("workbench.api") for n in _modules_imported(path)), f"{rel} imports the API"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_web_framework_stays_in_the_faces(path):
    rel = str(path.relative_to(PACKAGE))
    for name in _modules_imported(path):
        if name.split(".")[0] in ("fastapi", "starlette", "uvicorn"):
            assert _is_under(rel, {API, "ui/"}), f"{rel} imports {name}"
