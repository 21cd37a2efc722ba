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
    "typer": {"cli/"},
    "rich": {"cli/"},
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
    if rel.startswith(("cli/", "ui/")):
        return
    for name in _imports(path):
        assert not name.startswith(("workbench.cli", "workbench.ui")), f"{rel} imports {name}"


def test_records_import_nothing_of_ours():
    assert not any(n.startswith("workbench") for n in _imports(PACKAGE / "records.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_never_prints(path):
    rel = str(path.relative_to(PACKAGE))
    if rel.startswith(("cli/", "ui/")):
        return
    tree = ast.parse(path.read_text())
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "print"]
    assert not calls, f"{rel} calls print()"


def test_no_module_of_ours_is_part_of_an_import_cycle():
    """Every import of one workbench module by another (lazy ones inside functions too) forms no circle."""
    names = {
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): p for p in MODULES
    }
    graph = {name: {n for n in _imports(path) if n in names and n != name} for name, path in names.items()}
    for name, path in names.items():  # 'from workbench import pipeline' names the module pipeline
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                graph[name] |= {f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in names}
    cycles, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, "import cycles: " + "; ".join(cycles)
