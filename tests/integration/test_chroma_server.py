"""The same ingest and search against a `chroma run` server (WORKBENCH_CHROMA_URL), as a team would run it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from workbench import pipeline
from workbench.index.search import Searcher
from workbench.index.vectors import VectorStore, VectorStoreError

pytestmark = [pytest.mark.server, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    port = _free_port()
    chroma = Path(sys.executable).parent / "chroma"
    server = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(tmp_path_factory.mktemp("chroma-server")),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield url
    server.terminate()
    server.wait(timeout=30)


def test_ingest_and_search_through_a_chroma_server(settings, embedder, demo_sources, chroma_url):
    remote = settings.model_copy(update={"chroma_url": chroma_url, "collection": "server-test"})
    report = pipeline.ingest([str(demo_sources)], remote, embedder=embedder)
    assert len(report.added) == 40
    assert not settings.chroma_dir.exists(), "nothing may be written to the local Chroma folder"
    hits = Searcher(remote, embedder=embedder).search("Su-35S approached and the F-22 left", k=3)
    assert hits and hits[0].kind == "evidence"
    status = pipeline.corpus_status(remote)
    assert status.documents["evidence"] == 40
    assert chroma_url in status.vector_store
    again = pipeline.ingest([str(demo_sources)], remote, embedder=embedder)
    assert again.added == []


def test_an_unreachable_server_is_a_clear_error(settings):
    port = _free_port()
    remote = settings.model_copy(update={"chroma_url": f"http://127.0.0.1:{port}"})
    with pytest.raises(VectorStoreError, match=f"cannot reach the Chroma server at http://127.0.0.1:{port}"):
        VectorStore(remote)
