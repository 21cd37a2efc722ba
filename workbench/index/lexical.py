"""The BM25 adapter (bm25s, English stop words and Snowball stemmer).

The index is derived from the vector store, never written on its own: it is rebuilt from
Chroma's chunks and saved with the generation it saw. Each build goes to a new folder and a
``CURRENT`` file is switched atomically, so a reader never sees a half-written index.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

_STEMMER = Stemmer.Stemmer("english")
_CURRENT = "CURRENT"
_KEEP_OLD_S = 60.0  # an index folder no longer current is removed once this old


def tokenize(texts: list[str]) -> list[list[str]]:
    return bm25s.tokenize(texts, stopwords="en", stemmer=_STEMMER, return_ids=False, show_progress=False)


@dataclass
class ChunkFacets:
    """Per-chunk fields that filters need, aligned with the BM25 rows."""

    ids: np.ndarray
    doc_ids: np.ndarray
    kinds: np.ndarray
    outlets: np.ndarray
    date_ints: np.ndarray

    @classmethod
    def from_metadatas(cls, ids: list[str], metadatas: list[dict]) -> ChunkFacets:
        return cls(
            ids=np.array(ids, dtype=str),
            doc_ids=np.array([m.get("doc_id", "") for m in metadatas], dtype=str),
            kinds=np.array([m.get("kind", "") for m in metadatas], dtype=str),
            outlets=np.array([m.get("outlet", "") for m in metadatas], dtype=str),
            date_ints=np.array([int(m.get("date_int", 0)) for m in metadatas], dtype=np.int64),
        )


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25 | None, facets: ChunkFacets, generation: str):
        self.retriever = retriever
        self.facets = facets
        self.generation = generation
        self._vocab = retriever.vocab_dict if retriever is not None else {}

    def __len__(self) -> int:
        return len(self.facets.ids)

    @classmethod
    def build(cls, ids: list[str], texts: list[str], metadatas: list[dict], generation: str) -> LexicalIndex:
        facets = ChunkFacets.from_metadatas(ids, metadatas)
        if not ids:
            return cls(None, facets, generation)
        retriever = bm25s.BM25()
        retriever.index(tokenize(texts), show_progress=False)
        return cls(retriever, facets, generation)

    def search(self, query: str, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(row, score) of the best ``n`` chunks; ``mask`` (0/1 per row) restricts the candidates."""
        if self.retriever is None or n <= 0:
            return []
        tokens = [t for t in tokenize([query])[0] if t in self._vocab]
        if not tokens:
            return []
        n = min(n, len(self))
        rows, scores = self.retriever.retrieve([tokens], k=n, show_progress=False, weight_mask=mask, n_threads=0)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0]) if s > 0]

    # -- persistence ------------------------------------------------------------------------------

    def save(self, root: Path) -> None:
        """Write the index to a folder of its own, then switch ``CURRENT`` to it.

        Every save has its own folder and temporary file (two threads or processes may rebuild the
        same generation at once: with names from the generation and the pid they wrote over each
        other), and folders are removed only once no longer current and a minute old, so one being
        written or read is left alone.
        """
        root.mkdir(parents=True, exist_ok=True)
        unique = uuid.uuid4().hex[:12]
        folder = root / f"gen-{self.generation or 'empty'}-{unique}"
        folder.mkdir()
        if self.retriever is not None:
            self.retriever.save(str(folder / "bm25"), show_progress=False)
        np.savez(folder / "facets.npz", **self.facets.__dict__)
        (folder / "meta.json").write_text(json.dumps({"generation": self.generation}))
        tmp = root / f"{_CURRENT}.{unique}.tmp"
        tmp.write_text(folder.name)
        os.replace(tmp, root / _CURRENT)  # the switch is atomic
        stale = time.time() - _KEEP_OLD_S
        for old in root.glob("gen-*"):
            try:
                if old.name != folder.name and old.stat().st_mtime < stale:
                    shutil.rmtree(old, ignore_errors=True)
            except OSError:  # removed by another save in between
                continue

    @classmethod
    def load(cls, root: Path) -> LexicalIndex | None:
        """The current index, or None if there is none or it cannot be read (it is derived: rebuild it)."""
        try:
            folder = root / (root / _CURRENT).read_text().strip()
            generation = json.loads((folder / "meta.json").read_text())["generation"]
            with np.load(folder / "facets.npz") as data:
                facets = ChunkFacets(**{k: data[k] for k in data.files})
            retriever = None
            if (folder / "bm25").exists():
                retriever = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
            return cls(retriever, facets, generation)
        except (OSError, ValueError, KeyError):
            return None
