"""The corpus for people: list its documents, search it, add to it, see and reset what is indexed.

The Corpus tab and the CLI's `ingest`, `search`, `status` and `reset` call this, not the index: one
searcher (Chroma, BM25 and the embedder, each opened on first use) serves the listing, the searches
and the ingests of a process, and the Review tab's checks reuse it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from workbench import onnx_graphs, pipeline
from workbench.index.embedder import Embedder, get_embedder, graph_of, prepare_graph
from workbench.index.search import Searcher
from workbench.records import CorpusDocument, DocumentKind, Evidence, IngestReport, SearchFilters
from workbench.settings import Settings


class CorpusService:
    def __init__(self, settings: Settings, searcher: Searcher | None = None, embedder: Embedder | None = None):
        self.settings = settings
        self._searcher = searcher
        self._embedder = embedder
        # The UI's first page and its chat warm-up ask at once: one Searcher (one Chroma client), not two.
        self._opening = threading.Lock()

    @property
    def searcher(self) -> Searcher:
        """The hybrid retriever over the corpus, opened on first use (Chroma's client; the embedder later still)."""
        if self._searcher is None:
            with self._opening:
                if self._searcher is None:
                    self._searcher = Searcher(self.settings, embedder=self._embedder)
        return self._searcher

    @property
    def embedder(self) -> Embedder:
        """The sentence embedder the corpus is indexed with (also what check-worthiness is scored on)."""
        if self._searcher is not None:
            return self._searcher.embedder
        with self._opening:
            if self._embedder is None:
                self._embedder = get_embedder(self.settings)
        return self._embedder

    def documents(self) -> list[CorpusDocument]:
        """One row per indexed document (from its chunks' metadata), articles first, then by date, newest first."""
        docs: dict[str, CorpusDocument] = {}
        for _, _, metadatas in self.searcher.vectors.iter_all(include_text=False):
            for m in metadatas:
                doc_id = str(m.get("doc_id"))
                if doc_id not in docs:
                    docs[doc_id] = CorpusDocument(
                        id=doc_id,
                        title=str(m.get("title") or ""),
                        kind="article" if m.get("kind") == "article" else "evidence",
                        genre=m.get("genre") or None,
                        outlet=m.get("outlet") or None,
                        date=m.get("date") or None,
                        source=str(m.get("source") or ""),
                    )
                docs[doc_id].chunks += 1
        rows = sorted(docs.values(), key=lambda d: (d.date or "", d.title), reverse=True)
        return sorted(rows, key=lambda d: d.kind != "article")

    def search(self, query: str, k: int | None = None, filters: SearchFilters | None = None) -> list[Evidence]:
        """The ``k`` best passages for ``query``, dense and BM25 fused (default k: the search_k setting)."""
        return self.searcher.search(query, k=k, filters=filters)

    def ingest(
        self,
        sources: Iterable[str | Path],
        kind: DocumentKind = "evidence",
        progress: pipeline.ProgressCallback = lambda _: None,
    ) -> IngestReport:
        """Load, chunk, embed and index ``sources`` (``pipeline.ingest``); bad sources are reported, never fatal."""
        if self._searcher is None:  # nothing opened yet: the pipeline opens what it needs
            return pipeline.ingest(sources, self.settings, kind=kind, progress=progress, embedder=self._embedder)
        return pipeline.ingest(
            sources, self.settings, kind=kind, progress=progress, vectors=self._searcher.vectors, embedder=self.embedder
        )

    def status(self) -> pipeline.CorpusStatus:
        """Counts of documents (by kind) and chunks, and where they are kept."""
        return pipeline.corpus_status(self.settings, self._searcher.vectors if self._searcher else None)

    def reset(self) -> None:
        """Delete the indexed corpus: the Chroma collection and the BM25 index. Source files are not touched."""
        pipeline.reset(self.settings)


def embedder_runtime(settings: Settings) -> str:
    """What the configured embedding model runs on, without loading it (for ``workbench status``)."""
    graph = graph_of(settings)
    if graph is None:
        return "sentence-transformers (ONNX Runtime runs only local mean-pooled models such as the packaged one)"
    return onnx_graphs.runtime_note(settings.model_runtime, graph)


def prepare_embedder(settings: Settings) -> tuple[bool, Path | None]:
    """(whether ONNX Runtime runs the configured embedding model, its graph exported now if it was not yet)."""
    if graph_of(settings) is None:
        return False, None
    return True, prepare_graph(settings)
