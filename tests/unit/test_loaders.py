"""Loading files, folders and URLs into Documents, and the reasons given when that fails."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from workbench.corpus.loaders import LoadError, load_documents, load_path, load_url
from workbench.records import Document, LoadFailure
from workbench.settings import Settings

# The project's own copy of the demo evidence briefs.
DEMO_SOURCES = Path(__file__).resolve().parents[2] / "corpus" / "sample" / "sources"

ARTICLE_HTML = """<!doctype html>
<html><head><title>Council approves river bridge</title>
<meta property="og:site_name" content="Riverside Gazette"></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World section</a> <a href="/subscribe">Subscribe today</a></nav>
<article>
<h1>Council approves river bridge</h1>
<p>The city council voted on Tuesday to approve a new bridge across the river after a long debate.
Supporters said the crossing would cut commuting times for thousands of residents.
Opponents argued that the cost had doubled since the plan was first proposed in 2019.</p>
<p>Work is expected to begin next spring and to last about three years, according to the city engineer.</p>
</article>
<footer>Copyright Riverside Gazette. Privacy policy. Contact us.</footer>
</body></html>
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, home=tmp_path / "home")  # type: ignore[call-arg]


def load(sources: list, settings: Settings) -> tuple[list[Document], list[LoadFailure]]:
    items = list(load_documents(sources, settings))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, LoadFailure)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write(tmp_path / "good.txt", "A good note\nThe rest of the batch still loads.\n")


def assert_fails_alone(sources: list, settings: Settings, good_file: Path, reason: str) -> LoadFailure:
    """The bad source gives one failure with this reason, and the good file after it still loads."""
    docs, failures = load([*sources, good_file], settings)
    assert [f.reason for f in failures] == [reason]
    assert [d.source for d in docs] == [str(good_file)]
    return failures[0]


# Formats


def test_txt_title_is_the_first_non_empty_line(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "note.txt", "\n\n  Bridge vote delayed  \nThe council postponed the vote.\n")

    (doc,) = load_path(path, settings, "evidence")

    assert doc.title == "Bridge vote delayed"
    assert doc.source == str(path)
    assert doc.kind == "evidence"
    assert "postponed" in doc.text


def test_txt_title_header_gives_the_title_without_the_other_fields(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "note.txt", "Title: Bridge vote delayed | Author: J. Smith | Date: 2021\nBody text.\n")

    (doc,) = load_path(path, settings, "evidence")

    assert doc.title == "Bridge vote delayed"
    assert doc.date is None  # "2021" is no day: a date is kept only when it is one


def test_txt_header_line_gives_the_outlet_and_the_date(tmp_path: Path, settings: Settings) -> None:
    path = write(
        tmp_path / "story.txt",
        "Title: Council approves homes | Author: D. Arkwright | Outlet: The Pellbrook Herald | Date: 2024-10-17\n\n"
        "Pellbrook City Council voted on Tuesday night.\n",
    )

    (doc,) = load_path(path, settings, "article")

    assert (doc.title, doc.outlet, doc.date) == ("Council approves homes", "The Pellbrook Herald", "2024-10-17")


def test_txt_title_is_cut_to_200_characters(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "long.txt", "word " * 100)

    (doc,) = load_path(path, settings, "evidence")

    assert len(doc.title) == 200


def test_kind_argument_sets_document_kind(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "story.txt", "A story to check\nIt says things.\n")

    (doc,) = list(load_documents([path], settings, kind="article"))

    assert isinstance(doc, Document) and doc.kind == "article"


def test_markdown_front_matter_fills_metadata_and_kind_news_becomes_genre(tmp_path: Path, settings: Settings) -> None:
    path = write(
        tmp_path / "story.md",
        "---\ntitle: Bridge approved\noutlet: Riverside Gazette\ndate: 2021-03-04\n"
        "url: https://example.org/bridge\nkind: news\n---\n\nThe council approved the bridge.\n",
    )

    (doc,) = load_path(path, settings, "evidence")

    assert (doc.title, doc.outlet, doc.date, doc.url) == (
        "Bridge approved",
        "Riverside Gazette",
        "2021-03-04",
        "https://example.org/bridge",
    )
    assert (doc.kind, doc.genre) == ("evidence", "news")
    assert doc.text == "The council approved the bridge."


def test_markdown_front_matter_kind_article_sets_document_kind(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "story.md", "---\ntitle: Claimed story\nkind: article\n---\nIt claims things.\n")

    (doc,) = load_path(path, settings, "evidence")

    assert (doc.kind, doc.genre) == ("article", None)


def test_markdown_without_front_matter_takes_title_from_first_heading(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "notes.md", "Some intro.\n\n## Bridge costs doubled\n\nDetails.\n")

    (doc,) = load_path(path, settings, "evidence")

    assert doc.title == "Bridge costs doubled"


def test_markdown_without_heading_takes_title_from_file_name(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "bridge-notes.md", "---\noutlet: Gazette\n---\nJust a paragraph.\n")

    (doc,) = load_path(path, settings, "evidence")

    assert doc.title == "bridge-notes"


def test_html_keeps_article_text_and_drops_navigation(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "bridge.html", ARTICLE_HTML)

    (doc,) = load_path(path, settings, "evidence")

    assert "Opponents argued that the cost had doubled" in doc.text
    assert "Subscribe today" not in doc.text
    assert "Privacy policy" not in doc.text
    assert doc.title == "Council approves river bridge"
    assert doc.outlet == "Riverside Gazette"


def make_pdf(text: str | None = None, user_password: str | None = None) -> bytes:
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    if text:
        pdf.multi_cell(0, 10, text)
    else:
        pdf.rect(10, 10, 50, 50)  # a page with a drawing and no text, as a scan would be
    if user_password is not None:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    return bytes(pdf.output())


def test_pdf_text_is_extracted(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "report.pdf", make_pdf("Annual bridge report\nTraffic rose by four percent."))

    (doc,) = load_path(path, settings, "evidence")

    assert doc.title == "Annual bridge report"
    assert "Traffic rose by four percent." in doc.text


def test_pdf_with_no_text_is_reported_as_scanned(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "scan.pdf", make_pdf())

    assert_fails_alone([path], settings, good_file, "PDF has no extractable text (scanned?)")


def test_password_protected_pdf_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "secret.pdf", make_pdf("Secret text", user_password="hunter2"))

    assert_fails_alone([path], settings, good_file, "PDF is encrypted (password required)")


def test_broken_pdf_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "broken.pdf", b"%PDF-1.4\nthis is not really a PDF\n")

    docs, failures = load([path, good_file], settings)

    assert [f.source for f in failures] == [str(path)]
    assert failures[0].reason.startswith("not a readable PDF")
    assert len(docs) == 1


def test_a_damaged_pdf_prints_nothing_of_its_own(tmp_path: Path) -> None:
    """pypdf's repair warnings ("EOF marker not found") used to appear as stray lines in an ingest."""
    import subprocess
    import sys

    path = write(tmp_path / "cut.pdf", make_pdf("Some text on a page.")[:-40])  # the EOF marker cut off
    code = (
        f"from workbench.corpus.loaders import load_documents; from workbench.settings import Settings; "
        f"print(len(list(load_documents([{str(path)!r}], Settings(home={str(tmp_path)!r}, _env_file=None)))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "1"
    assert result.stderr == ""


def test_jsonl_bad_line_is_a_failure_and_the_other_lines_load(tmp_path: Path, settings: Settings) -> None:
    path = write(
        tmp_path / "docs.jsonl",
        '{"title": "First", "text": "One.", "outlet": "A", "date": "2020-01-01", "kind": "official"}\n'
        "{not json\n"
        '{"_id": "d3", "title": "", "text": "Third line text."}\n',
    )

    docs, failures = load([path], settings)

    assert docs[0].source.startswith(f"{path}#sha-")  # no id field: keyed by a hash of the record
    assert docs[1].source == f"{path}#d3"
    assert {d.file for d in docs} == {str(path.resolve())}
    assert (docs[0].title, docs[0].outlet, docs[0].date, docs[0].genre) == ("First", "A", "2020-01-01", "official")
    assert docs[1].title == "Third line text."
    assert [f.source for f in failures] == [f"{path}#L2"]
    assert failures[0].reason.startswith("invalid JSON")


def test_jsonl_line_without_text_is_a_failure(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "docs.jsonl", '{"title": "No body"}\n{"text": "Fine."}\n')

    docs, failures = load([path], settings)

    assert [(f.source, f.reason) for f in failures] == [(f"{path}#L1", 'missing or empty "text"')]
    assert len(docs) == 1


def test_load_path_raises_on_a_bad_jsonl_line(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "docs.jsonl", '{"text": "Fine."}\n[1, 2]\n')

    with pytest.raises(LoadError, match="line 2: line is not a JSON object"):
        load_path(path, settings, "evidence")


def test_folder_is_loaded_recursively_in_sorted_order(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "corpus"
    write(folder / "b.txt", "B\nbody")
    write(folder / "a" / "z.md", "# Z\nbody")
    write(folder / "a" / "deeper" / "y.txt", "Y\nbody")
    write(folder / ".git" / "config.txt", "hidden folder")
    write(folder / ".hidden.txt", "hidden file")
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")

    docs, failures = load([folder], settings)

    assert failures == []
    assert [d.source for d in docs] == [
        str(folder / "a" / "deeper" / "y.txt"),
        str(folder / "a" / "z.md"),
        str(folder / "b.txt"),
    ]


def test_folder_without_supported_files_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    folder = tmp_path / "pictures"
    write(folder / "photo.png", b"\x89PNG")

    failure = assert_fails_alone(
        [folder], settings, good_file, "no supported files in folder (supported: .txt, .md, .html, .htm, .pdf, .jsonl)"
    )
    assert failure.source == str(folder)


def test_cp1252_text_is_decoded(tmp_path: Path, settings: Settings) -> None:
    text = (
        "Café déjà vu, naïve façade résumé.\n"
        "Le café du coin servait une crème brûlée à chaque touriste naïf.\n"
        "Son résumé mentionnait la restauration d'une façade à Besançon.\n"
    )
    path = write(tmp_path / "legacy.txt", text.encode("cp1252"))

    (doc,) = load_path(path, settings, "evidence")

    assert doc.text == text


def test_utf16_text_with_byte_order_mark_is_decoded(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "windows.txt", "Notepad note\nSaved as Unicode.\n".encode("utf-16"))

    (doc,) = load_path(path, settings, "evidence")

    assert doc.title == "Notepad note"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32"])
def test_utf16_and_utf32_are_decoded_with_or_without_byte_order_mark(
    tmp_path: Path, settings: Settings, encoding: str
) -> None:
    text = "Notepad note\nLe ministère a déclaré que le pont a ouvert en 1932.\n"
    path = write(tmp_path / "wide.txt", text.encode(encoding))

    (doc,) = load_path(path, settings, "evidence")

    assert doc.text == text and doc.title == "Notepad note"


def test_a_symlink_loop_is_named_as_a_loop(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")

    assert_fails_alone([tmp_path / "a.txt"], settings, good_file, "symbolic link loop")


def test_a_broken_symlink_is_named_as_broken(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")

    assert_fails_alone(
        [tmp_path / "dangling.txt"], settings, good_file, "broken symbolic link (its target does not exist)"
    )


def test_a_symlinked_file_is_the_document_of_its_target(tmp_path: Path, settings: Settings) -> None:
    target = write(tmp_path / "real.txt", "Real text.")
    (tmp_path / "alias.txt").symlink_to(target)

    (a,) = load_path(target, settings)
    (b,) = load_path(tmp_path / "alias.txt", settings)

    assert a.id == b.id and a.file == str(target.resolve())


def test_jsonl_records_are_keyed_by_id_or_content_never_by_line(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "docs.jsonl", '{"text": "X."}\n{"id": 7, "text": "Y."}\n')
    before = {d.text: d.id for d in load_path(path, settings)}
    write(path, '{"text": "Z."}\n{"text": "X."}\n\n{"id": 7, "text": "Y, edited."}\n')
    after = {d.text: d.id for d in load_path(path, settings)}

    assert after["X."] == before["X."]  # moved down a line: same document
    assert after["Y, edited."] == before["Y."]  # same id field: same document, new version
    assert len(set(after.values())) == 3


def test_a_repeated_jsonl_key_is_a_failure_of_the_later_line(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "docs.jsonl", '{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n')

    docs, failures = load([path], settings)

    assert [d.text for d in docs] == ["One."]
    assert [(f.source, f.line) for f in failures] == [(f"{path}#L2", 2)]
    assert "same record key as line 1" in failures[0].reason


# Failures


def test_missing_path_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    failure = assert_fails_alone([tmp_path / "nope.txt"], settings, good_file, "no such file or directory")
    assert failure.source == str(tmp_path / "nope.txt")


def test_empty_file_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    assert_fails_alone([write(tmp_path / "empty.md", b"")], settings, good_file, "empty file")


def test_whitespace_only_file_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    assert_fails_alone([write(tmp_path / "blank.txt", " \n\t\n")], settings, good_file, "empty file")


def test_file_over_the_size_limit_is_a_failure(tmp_path: Path, good_file: Path) -> None:
    settings = Settings(_env_file=None, max_file_mb=1)  # type: ignore[call-arg]
    big = write(tmp_path / "big.txt", b"a" * int(1.5 * 1024 * 1024))

    assert_fails_alone([big], settings, good_file, "file is 1.5 MB, over the 1 MB limit (WORKBENCH_MAX_FILE_MB)")


def test_unsupported_file_named_explicitly_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "memo.docx", b"PK\x03\x04")

    assert_fails_alone(
        [path], settings, good_file, "unsupported file type '.docx' (supported: .txt, .md, .html, .htm, .pdf, .jsonl)"
    )


def test_binary_file_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "data.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00")

    assert_fails_alone([path], settings, good_file, "binary file, not text")


def test_undecodable_text_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "noise.txt", bytes(range(1, 256)) * 10)

    assert_fails_alone([path], settings, good_file, "not valid UTF-8 and no text encoding detected")


def test_malformed_front_matter_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "bad.md", "---\ntitle: [unclosed\n---\nBody.\n")

    reason = "malformed front matter: did not find expected ',' or ']' (line 3)"
    failure = assert_fails_alone([path], settings, good_file, reason)
    assert failure.source == str(path)


def test_front_matter_that_is_not_a_mapping_is_malformed(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    path = write(tmp_path / "list.md", "---\n- one\n- two\n---\nBody.\n")

    assert_fails_alone([path], settings, good_file, "malformed front matter: expected 'key: value' lines, got a list")


def test_html_without_readable_text_is_a_failure(tmp_path: Path, settings: Settings, good_file: Path) -> None:
    page = "<html><head><title>App</title></head><body><div id='root'></div><script>render()</script></body></html>"
    path = write(tmp_path / "script-only.html", page)

    assert_fails_alone([path], settings, good_file, "no readable text in HTML")


def test_load_path_raises_load_error_with_the_reason(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(LoadError, match="^no such file or directory$"):
        load_path(tmp_path / "nope.txt", settings, "evidence")


# URLs

PAGES = {
    "/news/bridge.html": ("text/html; charset=utf-8", ARTICLE_HTML.encode()),
    "/notes.txt": ("text/plain", b"Plain notes\nThe bridge opens in 2025.\n"),
}


class _PageHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path not in PAGES:
            self.send_error(404)
            return
        content_type, body = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_html_url_is_loaded_with_the_url_as_source(site: str, settings: Settings) -> None:
    url = f"{site}/news/bridge.html"

    (doc,) = load_url(url, settings, "evidence")

    assert (doc.source, doc.url) == (url, url)
    assert "Opponents argued that the cost had doubled" in doc.text
    assert "Subscribe today" not in doc.text


def test_plain_text_url_is_loaded(site: str, settings: Settings) -> None:
    (doc,) = load_url(f"{site}/notes.txt", settings, "evidence")

    assert doc.title == "Plain notes"


def test_url_with_http_error_status_is_a_failure(site: str, settings: Settings, good_file: Path) -> None:
    assert_fails_alone([f"{site}/missing"], settings, good_file, "HTTP 404")


class _TrickleHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"0123456789")
                self.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass  # the client gave up, as it should

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_url_that_trickles_is_cut_off_when_its_whole_time_is_up(settings: Settings, good_file: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TrickleHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    quick = settings.model_copy(update={"http_timeout": 1.5})
    started = time.monotonic()
    try:
        docs, failures = load([f"http://127.0.0.1:{server.server_address[1]}/slow.txt", good_file], quick)
    finally:
        server.shutdown()
        server.server_close()

    assert time.monotonic() - started < 5  # each read came within 0.3 s: only the whole deadline stops it
    assert len(failures) == 1 and "no complete answer within 1.5 s" in failures[0].reason
    assert len(docs) == 1


def test_unreachable_url_is_a_failure(settings: Settings, good_file: Path) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago has nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    docs, failures = load([f"http://127.0.0.1:{port}/page", good_file], settings)

    assert len(failures) == 1 and failures[0].reason.startswith("could not fetch: ")
    assert len(docs) == 1


# The demo corpus


def test_demo_corpus_loads_completely(settings: Settings) -> None:
    docs, failures = load([DEMO_SOURCES], settings)

    assert failures == []
    assert len(docs) == 40
    assert all(d.title and d.outlet and d.date and d.url and d.genre for d in docs)
