"""Hybrid search: dense (Chroma) and BM25 candidates, filtered, fused by weighted reciprocal rank.

Reciprocal rank fusion needs no score calibration between the two retrievers and, measured on
BEIR SciFact (benchmarks/retrieval_scifact.py), beats each retriever alone.
"""

from __future__ import annotations

import threading
from typing import Any, Literal

import numpy as np

from workbench.index.embedder import Embedder, get_embedder
from workbench.index.lexical import LexicalIndex
from workbench.index.vectors import VectorStore
from workbench.records import Evidence, SearchFilters, check_date
from workbench.settings import Settings

SearchMode = Literal["hybrid", "dense", "lexical"]


def check_filters(filters: SearchFilters) -> None:
    """A ValueError naming a filter that would silently match nothing or everything."""
    for name in ("date_from", "date_to"):
        value = getattr(filters, name)
        if value is not None:
            try:
                check_date(value)
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
    if (
        filters.date_from
        and filters.date_to
        and _date_bound(filters.date_from, False) > _date_bound(filters.date_to, True)
    ):
        raise ValueError(f"date_from {filters.date_from} is after date_to {filters.date_to}: nothing can match")


def date_int(date: str | None) -> int:
    """'2017-12-09' -> 20171209; a partial date counts from its start ('2017' -> 20170000)."""
    if not date:
        return 0
    digits = "".join(ch for ch in date if ch.isdigit())[:8]
    return int(digits.ljust(8, "0")) if digits else 0


def _date_bound(date: str, upper: bool) -> int:
    digits = "".join(ch for ch in date if ch.isdigit())[:8]
    return int(digits.ljust(8, "9" if upper else "0"))


def chroma_where(filters: SearchFilters) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if filters.kind:
        clauses.append({"kind": filters.kind})
    if filters.outlet:
        clauses.append({"outlet": filters.outlet})
    if filters.date_from:
        clauses.append({"date_int": {"$gte": _date_bound(filters.date_from, upper=False)}})
    if filters.date_to:
        clauses.append({"date_int": {"$lte": _date_bound(filters.date_to, upper=True)}})
        clauses.append({"date_int": {"$gt": 0}})  # an undated document is not "before" anything
    if filters.exclude_doc_ids:
        clauses.append({"doc_id": {"$nin": list(filters.exclude_doc_ids)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def lexical_mask(index: LexicalIndex, filters: SearchFilters) -> np.ndarray | None:
    f = index.facets
    keep = np.ones(len(f.ids), dtype=bool)
    if filters.kind:
        keep &= f.kinds == filters.kind
    if filters.outlet:
        keep &= f.outlets == filters.outlet
    if filters.date_from:
        keep &= f.date_ints >= _date_bound(filters.date_from, upper=False)
    if filters.date_to:
        keep &= (f.date_ints <= _date_bound(filters.date_to, upper=True)) & (f.date_ints > 0)
    if filters.exclude_doc_ids:
        keep &= ~np.isin(f.doc_ids, list(filters.exclude_doc_ids))
    return None if keep.all() else keep.astype(np.float32)


def rebuild_lexical(vectors: VectorStore, settings: Settings) -> LexicalIndex:
    """Rebuild BM25 from every chunk in the vector store and save it."""
    generation = vectors.generation()  # read first: a write that lands meanwhile makes it stale again
    ids: list[str] = []
    texts: list[str] = []
    metadatas: list[dict] = []
    for page_ids, page_texts, page_meta in vectors.iter_all():
        ids += page_ids
        texts += page_texts
        metadatas += page_meta
    index = LexicalIndex.build(ids, texts, metadatas, generation)
    index.save(settings.lexical_dir)
    return index


class Searcher:
    """Thread-safe hybrid retriever over one vector store and its BM25 index."""

    def __init__(self, settings: Settings, vectors: VectorStore | None = None, embedder: Embedder | None = None):
        self.settings = settings
        self.vectors = vectors or VectorStore(settings)
        self._embedder = embedder
        self._lexical: LexicalIndex | None = None
        self._rows: tuple[str, dict[str, int]] | None = None
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self.settings)
        return self._embedder

    def lexical(self) -> LexicalIndex:
        """The BM25 index, rebuilt when the vector store has moved on since it was built."""
        with self._lock:
            generation = self.vectors.generation()
            if self._lexical is None or self._lexical.generation != generation:
                stored = LexicalIndex.load(self.settings.lexical_dir)
                if stored is not None and stored.generation == generation and len(stored) == self.vectors.count():
                    self._lexical = stored
                else:
                    self._lexical = rebuild_lexical(self.vectors, self.settings)
            return self._lexical

    def _row_of(self, lexical: LexicalIndex) -> dict[str, int]:
        if self._rows is None or self._rows[0] != lexical.generation:
            self._rows = (lexical.generation, {cid: i for i, cid in enumerate(lexical.facets.ids.tolist())})
        return self._rows[1]

    def _dense_ids(
        self, query: str, depth: int, lexical: LexicalIndex, filters: SearchFilters, mask: np.ndarray | None
    ) -> list[str]:
        """Dense candidates. Chroma's filtered search is slow on a large store (0.5 s at 100k chunks),
        so a filter that keeps most chunks (such as leaving out a claim's own article) is applied to
        an over-fetched unfiltered list with the BM25 facets; only a selective one goes to Chroma."""
        vector = self.embedder.embed_query(query)
        if mask is None:
            return self.vectors.query_ids(vector, depth)
        kept = float(mask.sum()) / max(1, len(mask))
        if kept >= 0.05:
            n = min(len(mask), int(depth / kept * 1.5) + 16)
            rows = self._row_of(lexical)
            ids = [cid for cid in self.vectors.query_ids(vector, n) if cid in rows and mask[rows[cid]] > 0]
            if len(ids) >= depth or n >= len(mask):
                return ids[:depth]
        return self.vectors.query_ids(vector, depth, chroma_where(filters))

    def search(
        self,
        query: str,
        k: int | None = None,
        filters: SearchFilters | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[Evidence]:
        """The ``k`` best passages for ``query`` (default: the search_k setting). ``mode`` picks one
        retriever alone, for evaluation. A k below 1 or a malformed filter is a ValueError."""
        if k is not None and k < 1:
            raise ValueError(f"k must be at least 1, not {k}")
        k = k or self.settings.search_k
        filters = filters or SearchFilters()
        check_filters(filters)
        depth = max(self.settings.search_depth, k)
        lexical = self.lexical()
        mask = lexical_mask(lexical, filters)

        dense_ids = [] if mode == "lexical" else self._dense_ids(query, depth, lexical, filters, mask)
        lexical_ids: list[str] = []
        if mode != "dense":
            lexical_ids = [str(lexical.facets.ids[row]) for row, _ in lexical.search(query, depth, mask)]

        fused: dict[str, float] = {}
        ranks: dict[str, dict[str, int]] = {}
        for name, ids, weight in (
            ("dense", dense_ids, self.settings.dense_weight),
            ("lexical", lexical_ids, self.settings.lexical_weight),
        ):
            for rank, chunk_id in enumerate(ids, start=1):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (self.settings.rrf_k + rank)
                ranks.setdefault(chunk_id, {})[name] = rank
        best = sorted(fused, key=lambda cid: (-fused[cid], cid))[:k]
        known = self.vectors.get(best)
        return [_evidence(cid, *known[cid], score=fused[cid], ranks=ranks[cid]) for cid in best if cid in known]


def _evidence(chunk_id: str, text: str, meta: dict[str, Any], score: float, ranks: dict[str, int]) -> Evidence:
    return Evidence(
        chunk_id=chunk_id,
        doc_id=str(meta.get("doc_id", "")),
        title=str(meta.get("title", "")),
        text=text,
        score=round(score, 6),
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", len(text))),
        kind=meta.get("kind", "evidence"),
        source=str(meta.get("source", "")),
        outlet=meta.get("outlet"),
        date=meta.get("date"),
        url=meta.get("url"),
        genre=meta.get("genre"),
        dense_rank=ranks.get("dense"),
        lexical_rank=ranks.get("lexical"),
    )
