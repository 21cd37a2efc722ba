"""The embedding model on ONNX Runtime: the vectors sentence-transformers gives, and torch when ONNX cannot run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from workbench.index.embedder import Embedder, mean_pooled, resolve_model
from workbench.settings import PACKAGED_EMBED_MODEL

TEXTS = [
    "The council approved the new bridge on Tuesday.",
    "a",
    "Hailstones as large as golf balls fell on Dunsford, damaging about 4,000 cars. " * 40,  # past 256 tokens
    "Did the F-22 fire flares near Mayadin?",
    "",
]


def test_onnx_vectors_are_sentence_transformers_vectors_in_the_callers_order(embedder, onnx_graphs_in_a_test_directory):
    torch = Embedder(PACKAGED_EMBED_MODEL, runtime="torch")
    assert embedder.runtime == "onnx" and torch.runtime == "torch" and embedder.dimension == torch.dimension == 384
    got = embedder.embed(TEXTS, on_batch=lambda n: None)
    want = torch.embed(TEXTS, on_batch=lambda n: None)
    assert got.shape == want.shape == (len(TEXTS), 384) and got.dtype == np.float32
    assert np.abs(got - want).max() < 1e-5
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert np.abs(embedder.embed_query(TEXTS[3]) - want[3]).max() < 1e-5
    assert list(onnx_graphs_in_a_test_directory.glob("sentence-encoder-*.onnx")), "exported once, into the cache"


def test_a_failed_export_leaves_the_embedder_on_sentence_transformers(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "executable", "/bin/false")
    with caplog.at_level("WARNING", logger="workbench.onnx_graphs"):
        embedder = Embedder(PACKAGED_EMBED_MODEL, graphs=tmp_path)
    assert embedder.runtime == "torch" and "embedding model runs on torch" in caplog.text
    assert embedder.embed(["still works"]).shape == (1, 384)


def test_only_a_mean_pooled_sentence_transformers_folder_goes_to_onnx(tmp_path):
    assert mean_pooled(Path(resolve_model(PACKAGED_EMBED_MODEL)))
    assert not mean_pooled(tmp_path)  # no modules.json: a hub name or another layout
    (tmp_path / "modules.json").write_text(
        json.dumps(
            [{"type": "sentence_transformers.models.Transformer"}, {"type": "sentence_transformers.models.Pooling"}]
        )
    )
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_cls_token": True}))
    assert not mean_pooled(tmp_path)  # CLS pooling, no normalisation


def test_threads_embedding_at_once_get_the_vectors_one_thread_gets(embedder):
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Claim number {n} about the bridge vote, with a tail of words {'x ' * (n % 50)}" for n in range(64)]
    want = embedder.encode(texts)
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda n: embedder.encode(texts[n::4]), range(4)))
    for n in range(4):
        assert np.abs(got[n] - want[n::4]).max() < 1e-5
