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
    assert first.added == second.added  # the same source keeps its id
    ids = _store_agrees(settings)
    assert all(cid.startswith(second.added[0]) for cid in ids)
    hits = Searcher(settings, embedder=embedder).search("zeppelin Reykjavik", k=5)
    assert [h.title for h in hits] == ["New"]


def _stored_versions(settings) -> dict[str, str]:
    """doc id -> version of every document in Chroma (each chunk must agree)."""
    versions: dict[str, str] = {}
    for _, _, metadatas in VectorStore(settings).iter_all(include_text=False):
        for m in metadatas:
            assert versions.setdefault(m["doc_id"], m["version"]) == m["version"]
    return versions


def _expected_versions(folder, settings) -> dict[str, str]:
    from workbench.corpus.loaders import load_documents
    from workbench.records import Document

    docs = [d for d in load_documents([folder], settings) if isinstance(d, Document)]
    return {d.id: d.version for d in docs}


def test_the_same_text_in_two_files_is_two_documents_and_an_edit_loses_neither(settings, embedder, tmp_path):
    (tmp_path / "a.txt").write_text("Identical text about the Euphrates.")
    (tmp_path / "b.txt").write_text("Identical text about the Euphrates.")
    assert len(_ingest([tmp_path], settings, embedder).added) == 2
    (tmp_path / "a.txt").write_text("New text about the Tigris.")
    again = _ingest([tmp_path / "a.txt"], settings, embedder)
    assert len(again.added) == 1 and again.removed == []
    hits = Searcher(settings, embedder=embedder).search("Euphrates", k=5)
    assert [h.source for h in hits if "Euphrates" in h.text] == [str(tmp_path / "b.txt")]
    assert pipeline.corpus_status(settings).documents["evidence"] == 2


def test_a_line_inserted_in_a_jsonl_file_adds_one_and_loses_none(settings, embedder, tmp_path):
    path = tmp_path / "docs.jsonl"
    x, y, z = (
        '{"text": "Record X about rivers."}',
        '{"id": "y-1", "text": "Record Y about lakes."}',
        '{"text": "Record Z about seas."}',
    )
    path.write_text(f"{x}\n{y}\n")
    assert len(_ingest([path], settings, embedder).added) == 2
    path.write_text(f"{z}\n{x}\n{y}\n")
    report = _ingest([path], settings, embedder)
    assert (len(report.added), len(report.unchanged), report.removed) == (1, 2, [])
    for _ in range(2):  # an unchanged file adds nothing, every time
        again = _ingest([path], settings, embedder)
        assert (again.added, len(again.unchanged), again.removed) == ([], 3, [])
    assert _stored_versions(settings) == _expected_versions(path, settings)
    path.write_text(f"{z}\n{y}\n")  # X deleted from the file: its document goes
    gone = _ingest([path], settings, embedder)
    assert len(gone.removed) == 1 and gone.added == []
    assert _stored_versions(settings) == _expected_versions(path, settings)


def test_a_jsonl_file_with_a_broken_line_removes_nothing(settings, embedder, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "Record X about rivers."}\n{"text": "Record Y about lakes."}\n')
    _ingest([path], settings, embedder)
    path.write_text('{"text": "Record X about rivers."}\n{"text": "Record Y about lakes.\n')  # Y's line broken
    report = _ingest([path], settings, embedder)
    assert report.removed == [] and report.failed_files == 1
    assert len(_stored_versions(settings)) == 2


def test_a_renamed_or_deleted_file_leaves_with_its_folder_ingest(settings, embedder, tmp_path):
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "a.md").write_text("Brief A on the harbour.")
    (folder / "b.md").write_text("Brief B on the airport.")
    _ingest([folder], settings, embedder)
    (folder / "a.md").rename(folder / "c.md")
    (folder / "b.md").unlink()
    report = _ingest([folder], settings, embedder)
    assert (len(report.added), len(report.removed)) == (1, 2)
    assert _stored_versions(settings) == _expected_versions(folder, settings)
    sources = {h.source for h in Searcher(settings, embedder=embedder).search("brief harbour airport", k=5)}
    assert sources == {str(folder / "c.md")}
    _store_agrees(settings)


def test_no_document_is_lost_across_fifty_random_edits(settings, embedder, tmp_path):
    """Property-style: after every step the store holds exactly the documents on disk, current."""
    import random

    rng = random.Random(11)
    folder = tmp_path / "corpus"
    folder.mkdir()
    words = ["river", "harbour", "ministry", "bridge", "election", "vaccine", "budget", "drought", "strike", "court"]
    counter = iter(range(10_000))

    def text() -> str:
        return f"Note {next(counter)}: the {rng.choice(words)} and the {rng.choice(words)} were reported."

    def files(suffix: str) -> list:
        return sorted(folder.glob(f"*{suffix}"))

    (folder / "start.txt").write_text(text())
    (folder / "log.jsonl").write_text(f'{{"text": "{text()}"}}\n')
    for step in range(50):
        op = rng.choice(["new", "edit", "rename", "duplicate", "delete", "jsonl_insert", "jsonl_edit", "jsonl_id"])
        txts = files(".txt")
        if op == "new" or not txts:
            (folder / f"f{step}.txt").write_text(text())
        elif op == "edit":
            rng.choice(txts).write_text(text())
        elif op == "rename":
            rng.choice(txts).rename(folder / f"r{step}.txt")
        elif op == "duplicate":
            (folder / f"d{step}.txt").write_text(rng.choice(txts).read_text())
        elif op == "delete" and len(txts) > 1:
            rng.choice(txts).unlink()
        else:
            log = folder / "log.jsonl"
            lines = log.read_text().splitlines()
            if op == "jsonl_insert":
                lines.insert(rng.randrange(len(lines) + 1), f'{{"text": "{text()}"}}')
            elif op == "jsonl_edit":
                lines[rng.randrange(len(lines))] = f'{{"text": "{text()}"}}'
            else:
                lines.insert(rng.randrange(len(lines) + 1), f'{{"id": "k{step}", "text": "{text()}"}}')
            log.write_text("\n".join(lines) + "\n")
        report = _ingest([folder], settings, embedder)
        assert report.failures == [], (step, op)
        assert _stored_versions(settings) == _expected_versions(folder, settings), (step, op)
        if step % 10 == 9:
            again = _ingest([folder], settings, embedder)
            assert (again.added, again.removed) == ([], []), (step, op)
    _store_agrees(settings)


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
        hits = searcher.search(
            "Russian Defence Ministry statement F-22", k=10, filters=SearchFilters(**filters), mode=mode
        )
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
