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
    "torch": {"index/embedder.py", "verifier/model.py", "onnx_graphs.py"},  # onnx_graphs: torch.onnx only
    "onnx": {"onnx_graphs.py"},
    "onnxruntime": {"onnx_graphs.py"},
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
    "sqlalchemy": {"store.py", "migrations/"},
    "alembic": {"store.py", "migrations/"},
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
            assert _is_under(rel, allowed), f"{rel} imports {top}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_imports_the_cli_or_the_ui(path):
    rel = str(path.relative_to(PACKAGE))
    if rel.startswith(("cli/", "ui/")):
        return
    for name in _imports(path):
        assert not name.startswith(("workbench.cli", "workbench.ui")), f"{rel} imports {name}"


def _modules_imported(path: Path) -> set[str]:
    """``_imports`` plus the modules ``from package import module`` names (``from workbench import store``)."""
    names = _imports(path)
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _is_under(rel: str, allowed: set[str]) -> bool:
    return any(rel == a or (a.endswith("/") and rel.startswith(a)) for a in allowed)


# The faces (CLI, browser) reach data only through the services: reviewing (the store, for people) and
# corpus/service.py (the index); the HTTP API too (tests/unit/test_api_boundaries.py has its own rules).
FACES = ("cli/", "ui/", "api/")
# Who may import workbench.store: the store, the services over it and the pipeline, and errors.py only to
# word a database error for the user (SQLAlchemy's details stay in store.py).
STORE_IMPORTERS = {"store.py", "reviewing/", "checking.py", "jobs.py", "pipeline.py", "errors.py"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_cli_and_the_ui_import_neither_the_store_nor_the_index(path):
    rel = str(path.relative_to(PACKAGE))
    if not rel.startswith(FACES):
        return
    for name in _modules_imported(path):
        assert not name.startswith(("workbench.store", "workbench.index")), f"{rel} imports {name}: use a service"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_services_and_the_pipeline_import_the_store(path):
    rel = str(path.relative_to(PACKAGE))
    if _is_under(rel, STORE_IMPORTERS):
        return
    for name in _modules_imported(path):
        assert name != "workbench.store", f"{rel} imports the store: go through the reviewing service"


def test_the_boundary_tests_see_every_form_of_import(tmp_path):
    module = tmp_path / "face.py"
    module.write_text("def f():\n    from workbench import store\n    import workbench.index.search\n")
    assert {"workbench.store", "workbench.index.search"} <= _modules_imported(module)


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
