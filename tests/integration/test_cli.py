"""The `workbench` command as a user runs it: summaries, exit codes, JSON output, help."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from workbench.cli import app

runner = CliRunner()


@pytest.fixture
def home(settings, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(settings.home))
    return settings.home


def _bad_batch(folder):
    """One good file and one of each kind of bad input."""
    (folder / "good.md").write_text("---\ntitle: Good brief\noutlet: Wire\n---\nThe F-22 fired flares near Mayadin.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Le ministère a déclaré que l'avion était présent.".encode("latin-1"))
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n")
    (folder / "slides.docx").write_bytes(b"PK\x03\x04")
    big = folder / "big.txt"
    big.write_text("x" * (2 * 1024 * 1024))
    return [
        folder / "good.md",
        folder / "empty.txt",
        folder / "binary.txt",
        folder / "latin1.txt",
        folder / "broken.md",
        folder / "slides.docx",
        big,
        folder / "missing.txt",
        "http://127.0.0.1:9/unreachable.html",
    ]


def test_a_batch_with_bad_files_ingests_the_good_ones_and_names_each_failure(home, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MAX_FILE_MB", "1")
    monkeypatch.setenv("WORKBENCH_HTTP_TIMEOUT", "3")
    paths = [str(p) for p in _bad_batch(tmp_path)]
    result = runner.invoke(app, ["ingest", *paths])
    output = result.output
    assert result.exit_code == 7, output  # the exit code is the number of failures
    assert "2 added, 0 unchanged, 7 failed" in output
    for name, reason in [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary"),
        ("broken.md", "malformed front matter"),
        ("slides.docx", "unsupported file type '.docx'"),
        ("big.txt", "over the 1 MB limit"),
        ("missing.txt", "no such file"),
        ("unreachable.html", "could not fetch"),
    ]:
        line = next((line for line in output.splitlines() if name in line), "")
        assert reason in line, f"{name}: {line!r}"
    search = runner.invoke(app, ["search", "ministère avion", "--json"])
    titles = {hit["title"] for hit in json.loads(search.stdout)}
    assert titles <= {"Good brief", "Le ministère a déclaré que l'avion était présent."}
    assert len(titles) == 2


def test_a_jsonl_file_with_five_bad_lines_is_one_failed_file(home, tmp_path):
    path = tmp_path / "records.jsonl"
    good = [
        '{"id": "a", "text": "The ferry carried 4,120 passengers in March."}',
        '{"id": "b", "text": "The pier cost 18 million."}',
    ]
    path.write_text("\n".join([good[0], *["{broken"] * 5, good[1]]) + "\n")
    result = runner.invoke(app, ["ingest", str(path)])
    assert result.exit_code == 1, result.output
    assert "2 added, 0 unchanged, 1 failed (5 bad lines)" in result.output
    again = runner.invoke(app, ["ingest", str(path)])
    assert "0 added, 2 unchanged, 1 failed (5 bad lines)" in again.output  # nothing removed: the file has bad lines


def test_search_json_lists_hits_with_their_fields(home, demo_sources):
    assert runner.invoke(app, ["ingest", str(demo_sources)]).exit_code == 0
    result = runner.invoke(app, ["search", "Mayadin retaken October 2017", "-k", "3", "--json"])
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    for hit in hits:
        assert {"doc_id", "title", "text", "score"} <= hit.keys()
    assert hits[0]["score"] >= hits[-1]["score"]


def test_status_counts_documents_and_chunks(home, demo_sources):
    runner.invoke(app, ["ingest", str(demo_sources)])
    result = runner.invoke(app, ["status"])
    assert result.exit_code == 0
    assert "40 evidence" in result.output
    assert str(home) in result.output.replace("\n", "")


def test_reset_empties_the_corpus(home, demo_sources):
    runner.invoke(app, ["ingest", str(demo_sources)])
    assert runner.invoke(app, ["reset", "--yes"]).exit_code == 0
    assert "0 evidence" in runner.invoke(app, ["status"]).output


def test_ingest_refuses_an_unknown_kind(home, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--kind", "opinion"])
    assert result.exit_code == 2
    assert "article" in result.output


@pytest.mark.parametrize("command", ["ingest", "search", "status", "reset", "demo"])
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "workbench" in result.output
