"""The architecture's boundaries, checked: each library behind one adapter, imports pointing down."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "workbench"

# library -> the only modules (relative to workbench/) allowed to import it
ADAPTERS = {
    "chromadb": {"index/vectors.py"},
    "sentence_transformers": {"index/embedder.py", "verifier/model.py"},  # bi-encoder and cross-encoder
    "torch": {"index/embedder.py", "verifier/model.py"},
    "transformers": {"index/embedder.py", "verifier/model.py"},
    "peft": {"verifier/model.py"},
    "datasets": {"verifier/model.py"},
    "bm25s": {"index/lexical.py"},
    "Stemmer": {"index/lexical.py"},
    "tiktoken": {"corpus/chunking.py"},
    "trafilatura": {"corpus/loaders.py"},
    "pypdf": {"corpus/loaders.py"},
    "httpx": {"corpus/loaders.py"},
    "typer": {"cli.py", "cli_eval.py"},
    "rich": {"cli.py", "cli_eval.py"},
    "gradio": {"ui/"},
    "sqlalchemy": {"store.py"},
    "matplotlib": {"evals/report.py"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_third_party_libraries_sit_behind_their_adapter(path):
    rel = str(path.relative_to(PACKAGE))
    for name in _imports(path):
        top = name.split(".")[0]
        allowed = ADAPTERS.get(top)
        if allowed is not None:
            assert any(rel == a or (a.endswith("/") and rel.startswith(a)) for a in allowed), f"{rel} imports {top}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_imports_the_cli_or_the_ui(path):
    rel = str(path.relative_to(PACKAGE))
    if rel in ("cli.py", "cli_eval.py") or rel.startswith("ui/"):
        return
    for name in _imports(path):
        assert not name.startswith(("workbench.cli", "workbench.ui")), f"{rel} imports {name}"


def test_records_import_nothing_of_ours():
    assert not any(n.startswith("workbench") for n in _imports(PACKAGE / "records.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_never_prints(path):
    rel = str(path.relative_to(PACKAGE))
    if rel in ("cli.py", "cli_eval.py") or rel.startswith("ui/"):
        return
    tree = ast.parse(path.read_text())
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "print"]
    assert not calls, f"{rel} calls print()"
