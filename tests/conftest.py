"""Shared fixtures. Tests are offline: the embedding model comes from a PyPI package."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "corpus" / "sample"


@pytest.fixture
def settings(tmp_path, monkeypatch):
    """Settings with a fresh data directory; the environment cannot leak in."""
    from workbench.settings import Settings

    for key in list(os.environ):
        if key.startswith("WORKBENCH_"):
            monkeypatch.delenv(key)
    return Settings(home=tmp_path / "home", _env_file=None)


@pytest.fixture(scope="session")
def embedder():
    """The real packaged all-MiniLM-L6-v2, loaded once per test session."""
    from workbench.index.embedder import Embedder

    return Embedder("packaged:all-MiniLM-L6-v2", batch_size=32, threads=2)


@pytest.fixture(scope="session")
def demo_sources(tmp_path_factory) -> Path:
    """A writable copy of the demo evidence briefs."""
    target = tmp_path_factory.mktemp("demo") / "sources"
    shutil.copytree(SAMPLE / "sources", target)
    return target


@pytest.fixture(autouse=True, scope="session")
def fake_llm_provider():
    """`--llm fake` (and WORKBENCH_LLM=fake) builds the deterministic reading fake."""
    from tests.fakes import fake_chat_factory
    from workbench.llm.models import register_provider

    register_provider("fake", fake_chat_factory)
    yield


@pytest.fixture(autouse=True, scope="session")
def onnx_graphs_in_a_test_directory(tmp_path_factory):
    """ONNX graphs of the models tests load in-process go to one directory of this test session, not
    the user's MODELS_DIR/onnx: tests train tiny models whose graphs nobody needs afterwards. (The
    shipped models' graphs are exported there once, which also runs the export path for real.)"""
    from workbench import onnx_graphs
    from workbench.settings import Settings

    graphs = tmp_path_factory.mktemp("onnx")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Settings, "onnx_dir", property(lambda self: graphs))
        patch.setattr(onnx_graphs, "DEFAULT_CACHE", graphs)
        yield graphs
