"""Ingest into real on-disk Chroma and BM25 with the real packaged embedding model."""

from __future__ import annotations

import pytest

from workbench import pipeline
from workbench.index.lexical import LexicalIndex
from workbench.index.search import Searcher
from workbench.index.vectors import VectorStore


def _ingest(paths, settings, embedder, kind="evidence"):
    return pipeline.ingest([str(p) for p in paths], settings, kind=kind, embedder=embedder)


def _store_agrees(settings) -> set[str]:
    """Chroma and BM25 hold the same chunks; returns their ids."""
    vectors = VectorStore(settings)
    chroma_ids = {cid for ids, _, _ in vectors.iter_all(include_text=False) for cid in ids}
    lexical = LexicalIndex.load(settings.lexical_dir)
    assert lexical is not None
    assert lexical.generation == vectors.generation()
    assert set(lexical.facets.ids.tolist()) == chroma_ids
    return chroma_ids


def test_demo_corpus_ingests_every_brief(settings, embedder, demo_sources):
    report = _ingest([demo_sources], settings, embedder)
    assert report.failures == []
    assert len(report.added) == 40
    status = pipeline.corpus_status(settings)
    assert status.documents == {"article": 0, "evidence": 40}
    assert status.chunks == report.chunks_added
    _store_agrees(settings)


def test_reingesting_an_unchanged_folder_adds_nothing(settings, embedder, demo_sources):
    _ingest([demo_sources], settings, embedder)
    before = _store_agrees(settings)
    again = _ingest([demo_sources], settings, embedder)
    assert again.added == [] and len(again.unchanged) == 40 and again.chunks_added == 0
    assert _store_agrees(settings) == before


def test_a_changed_file_replaces_its_old_chunks(settings, embedder, tmp_path):
    brief = tmp_path / "brief.md"
    brief.write_text("---\ntitle: Old\n---\nThe zeppelin landed in Reykjavik on Tuesday.\n")
    first = _ingest([brief], settings, embedder)
    brief.write_text("---\ntitle: New\n---\nThe submarine surfaced near Valparaiso on Friday.\n")
    second = _ingest([brief], settings, embedder)
    assert first.added != second.added
    ids = _store_agrees(settings)
    assert all(cid.startswith(second.added[0]) for cid in ids)
    hits = Searcher(settings, embedder=embedder).search("zeppelin Reykjavik", k=5)
    assert [h.title for h in hits] == ["New"]


def test_the_same_text_in_two_files_is_one_document(settings, embedder, tmp_path):
    (tmp_path / "a.txt").write_text("Identical text about the Euphrates.")
    (tmp_path / "b.txt").write_text("Identical text about the Euphrates.")
    report = _ingest([tmp_path], settings, embedder)
    assert len(report.added) == 1


def test_an_article_is_never_its_own_evidence(settings, embedder, demo_sources, tmp_path):
    from tests.conftest import SAMPLE
    from workbench.records import SearchFilters

    _ingest([demo_sources], settings, embedder)
    article = _ingest([SAMPLE / "article.txt"], settings, embedder, kind="article").added[0]
    searcher = Searcher(settings, embedder=embedder)
    query = "US Acts as ISIS' Air Force dangerous crossroads"
    assert any(h.doc_id == article for h in searcher.search(query, k=5))
    hits = searcher.search(query, k=20, filters=SearchFilters(exclude_doc_ids=[article]))
    assert hits and all(h.doc_id != article for h in hits)
    evidence_only = searcher.search(query, k=20, filters=SearchFilters(kind="evidence"))
    assert evidence_only and all(h.kind == "evidence" for h in evidence_only)


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        ({"outlet": "TASS (machine-translated reprint on RusReality)"}, lambda h: h.outlet.startswith("TASS")),
        ({"date_from": "2017-12-10", "date_to": "2017-12-31"}, lambda h: "2017-12-10" <= h.date <= "2017-12-31"),
        ({"date_to": "2017-10"}, lambda h: h.date <= "2017-10-31"),
    ],
)
def test_filters_restrict_both_retrievers(settings, embedder, demo_sources, filters, check):
    from workbench.records import SearchFilters

    _ingest([demo_sources], settings, embedder)
    searcher = Searcher(settings, embedder=embedder)
    for mode in ("dense", "lexical", "hybrid"):
        hits = searcher.search("Russian Defence Ministry statement F-22", k=10, filters=SearchFilters(**filters), mode=mode)
        assert hits, mode
        assert all(check(h) for h in hits), mode


def test_search_finds_the_brief_that_answers(settings, embedder, demo_sources):
    _ingest([demo_sources], settings, embedder)
    hits = Searcher(settings, embedder=embedder).search("When did the Syrian army retake Mayadin?", k=3)
    assert "mayadin" in hits[0].source.lower()


def test_a_stale_bm25_index_is_rebuilt_on_search(settings, embedder, demo_sources):
    import shutil

    _ingest([demo_sources], settings, embedder)
    shutil.rmtree(settings.lexical_dir)
    hits = Searcher(settings, embedder=embedder).search("Konashenkov", k=3, mode="lexical")
    assert hits
    _store_agrees(settings)


def test_an_empty_corpus_searches_to_nothing(settings, embedder):
    assert Searcher(settings, embedder=embedder).search("anything", k=3) == []
