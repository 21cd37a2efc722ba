"""A process killed with SIGKILL in the middle of an ingest leaves a store the next run repairs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import REPO
from workbench import pipeline
from workbench.corpus.chunking import chunk_document
from workbench.corpus.loaders import load_documents
from workbench.index.lexical import LexicalIndex
from workbench.index.vectors import VectorStore
from workbench.settings import Settings

pytestmark = pytest.mark.slow

N_DOCS = 120


def _corpus(folder):
    folder.mkdir()
    for i in range(N_DOCS):
        sentences = [
            f"Report {i} line {j}: the convoy {i * 7 + j} reached checkpoint {j} near river {i % 13}."
            for j in range(14)
        ]
        (folder / f"doc{i:03d}.txt").write_text(f"Field report {i}\n" + " ".join(sentences))


def _ingest_until_killed(home, folder, events_before_kill: int, stage: str) -> bool:
    """Start an ingest and SIGKILL it at its n-th progress event of ``stage``.

    "write" kills between two batches; "embed" kills after a batch is embedded and while its
    stale chunks are being deleted and the new ones written.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.ingest_child", str(home), str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"HF_HUB_OFFLINE": "1"},
    )
    writes = 0
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(stage):
            writes += 1
            if writes >= events_before_kill:
                child.send_signal(signal.SIGKILL)
                break
        if line.startswith("done"):
            break
    child.wait(timeout=120)
    return child.returncode == -signal.SIGKILL


def test_a_killed_ingest_is_repaired_by_the_next_run(tmp_path, embedder):
    folder = tmp_path / "corpus"
    _corpus(folder)
    home = tmp_path / "home"
    settings = Settings(home=home, ingest_batch=48, chunk_tokens=64, chunk_overlap=8, _env_file=None)

    assert _ingest_until_killed(home, folder, 2, "write"), "the child finished before it was killed"
    assert _ingest_until_killed(home, folder, 4, "embed"), "the second child finished before it was killed"

    report = pipeline.ingest([str(folder)], settings, embedder=embedder)
    assert report.failures == []

    expected = {}
    for doc in load_documents([folder], settings):
        expected[doc.id] = len(chunk_document(doc, settings.chunk_tokens, settings.chunk_overlap))
    assert len(expected) == N_DOCS

    vectors = VectorStore(settings)
    stored = [(cid, meta) for ids, _, metas in vectors.iter_all(include_text=False) for cid, meta in zip(ids, metas)]
    ids = [cid for cid, _ in stored]
    assert len(ids) == len(set(ids)), "duplicate chunk ids"
    per_doc = Counter(meta["doc_id"] for _, meta in stored)
    assert set(per_doc) == set(expected), "orphan or missing documents"
    assert per_doc == Counter(expected), "a document has missing or extra chunks"

    lexical = LexicalIndex.load(settings.lexical_dir)
    assert lexical is not None and lexical.generation == vectors.generation()
    assert sorted(lexical.facets.ids.tolist()) == sorted(ids), "Chroma and BM25 disagree"

    again = pipeline.ingest([str(folder)], settings, embedder=embedder)
    assert again.added == [] and len(again.unchanged) == N_DOCS
