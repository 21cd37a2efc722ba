"""Turn files, folders and URLs into Documents.

``load_documents`` is the batch entry point: it never raises for a bad source but yields a
``LoadFailure`` with a reason a user can act on, so one bad file never stops an ingest.
``load_path`` and ``load_url`` load a single source and raise ``LoadError`` instead.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import charset_normalizer
import frontmatter
import httpx
import pypdf
import trafilatura
import yaml

from workbench.records import DOCUMENT_KINDS, Document, DocumentKind, LoadFailure, content_hash
from workbench.settings import Settings

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl")
MAX_TITLE_CHARS = 200
_MB = 1024 * 1024
_URL_FORMATS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/markdown": ".md",
}
_TITLE_HEADER = re.compile(r"^title:\s*(?P<title>.+?)(?:\s*\|\s*[A-Za-z][\w ]*:.*)?$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$", re.MULTILINE)
_FRONT_MATTER = frontmatter.YAMLHandler()
# pypdf logs what it repairs ("EOF marker not found") as warnings; with no logging configured Python
# printed them as stray lines in the middle of an ingest. A file it cannot read is a LoadFailure.
logging.getLogger("pypdf").setLevel(logging.ERROR)


class LoadError(Exception):
    """A source that cannot be loaded. The message is the reason, e.g. "empty file"."""


def load_documents(
    sources: Iterable[str | Path], settings: Settings, kind: DocumentKind = "evidence"
) -> Iterator[Document | LoadFailure]:
    """Load files, folders (recursively, hidden entries skipped) and http(s) URLs.

    Yields a Document per document (a JSONL file gives one per line) and a LoadFailure per
    source, or JSONL line, that could not be loaded. Never raises for a bad source.
    """
    for source in sources:
        if is_url(source):
            yield from _leniently(source, _url_items(source, settings, kind))
            continue
        path = Path(source)
        if not path.is_dir():
            yield from _leniently(str(path), _path_items(path, settings, kind))
            continue
        files = _supported_files_in(path)
        if not files:
            yield LoadFailure(source=str(path), reason=f"no supported files in folder ({_supported_list()})")
        for file in files:
            yield from _leniently(str(file), _path_items(file, settings, kind))


def load_path(path: Path, settings: Settings, kind: DocumentKind = "evidence") -> list[Document]:
    """Load one file. Raises LoadError, also for the first bad line of a JSONL file."""
    return _all_or_error(_path_items(Path(path), settings, kind))


def load_url(url: str, settings: Settings, kind: DocumentKind = "evidence") -> list[Document]:
    """Fetch and load one http(s) URL; the format follows the Content-Type. Raises LoadError."""
    return _all_or_error(_url_items(url, settings, kind))


# Sources


def _path_items(path: Path, settings: Settings, kind: DocumentKind) -> Iterator[Document | LoadFailure]:
    try:
        resolved = path.resolve(strict=True)
    except RuntimeError as error:  # Python 3.11-3.12 raise this for a loop; 3.13 an OSError (ELOOP)
        raise LoadError("symbolic link loop") from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise LoadError("symbolic link loop") from error
        if path.is_symlink():
            raise LoadError("broken symbolic link (its target does not exist)") from error
        raise LoadError("no such file or directory") from error
    if path.is_dir():
        raise LoadError("is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"unsupported file type '{suffix}' ({_supported_list()})")
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise LoadError(f"file is {size / _MB:.1f} MB, {_over_limit(settings)}")
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(f"could not read file: {error.strerror or error}") from error
    yield from _items(data, suffix, source=str(path), file=str(resolved), kind=kind, fallback_title=path.stem)


def _url_items(url: str, settings: Settings, kind: DocumentKind) -> Iterator[Document | LoadFailure]:
    data, content_type, charset = _fetch(url, settings)
    url_path = PurePosixPath(urlsplit(url).path)
    suffix = _URL_FORMATS.get(content_type) or url_path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"unsupported content type '{content_type}'")
    fallback_title = url_path.stem or urlsplit(url).hostname or url
    yield from _items(
        data, suffix, source=url, file=url, kind=kind, fallback_title=fallback_title, url=url, charset=charset
    )


def _fetch(url: str, settings: Settings) -> tuple[bytes, str, str | None]:
    """The body, media type and declared charset of a URL, refusing bodies over the size limit.

    ``http_timeout`` bounds the whole download, not each read: a server that trickles a few bytes
    at a time is cut off when the time is up (checked after every read, and no read waits longer).
    """
    timed_out = LoadError(
        f"could not fetch: no complete answer within {settings.http_timeout:g} s (WORKBENCH_HTTP_TIMEOUT)"
    )
    deadline = time.monotonic() + settings.http_timeout
    try:
        with (
            httpx.Client(timeout=settings.http_timeout, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise LoadError(f"HTTP {response.status_code}")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > settings.max_file_bytes:
                raise LoadError(f"response is {int(length) / _MB:.1f} MB, {_over_limit(settings)}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > settings.max_file_bytes:
                    raise LoadError(f"response is {_over_limit(settings)}")
                if time.monotonic() > deadline:
                    raise timed_out
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return bytes(body), content_type, response.charset_encoding
    except httpx.TimeoutException as error:
        raise timed_out from error
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise LoadError(f"could not fetch: {error or type(error).__name__}") from error


def _supported_files_in(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found += [
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        ]
    return sorted(found)


# Formats


def _items(
    data: bytes,
    suffix: str,
    *,
    source: str,
    file: str,
    kind: DocumentKind,
    fallback_title: str,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Document | LoadFailure]:
    if not data.strip():
        raise LoadError("empty file")
    if suffix == ".pdf":
        text, title = _pdf_text(data)
        yield Document.from_text(
            text, title=title or _first_line_title(text) or fallback_title, kind=kind, source=source, file=file, url=url
        )
        return
    if suffix in (".html", ".htm"):
        yield _html_document(data, source=source, file=file, kind=kind, fallback_title=fallback_title, url=url)
        return
    text = _decode(data, charset)
    if not text.strip():
        raise LoadError("empty file")
    if suffix == ".jsonl":
        yield from _jsonl_items(text, source=source, file=file, kind=kind)
    elif suffix == ".md":
        yield _markdown_document(text, source=source, file=file, kind=kind, fallback_title=fallback_title, url=url)
    else:
        title = _first_line_title(text) or fallback_title
        header = header_fields(text)
        yield Document.from_text(
            text,
            title=title,
            kind=kind,
            source=source,
            file=file,
            url=header.get("url") or url,
            outlet=header.get("outlet"),
            date=header.get("date"),
        )


def _markdown_document(
    text: str, *, source: str, file: str, kind: DocumentKind, fallback_title: str, url: str | None
) -> Document:
    meta, body = _front_matter(text)
    if not body.strip():
        raise LoadError("no text after the front matter")
    heading = _MD_HEADING.search(body)
    title = _field(meta.get("title")) or (heading["title"][:MAX_TITLE_CHARS] if heading else fallback_title)
    doc_kind, genre = _kind_and_genre(_field(meta.get("kind")), _field(meta.get("genre")), kind)
    return Document.from_text(
        body.strip(),
        title=title,
        kind=doc_kind,
        genre=genre,
        source=source,
        file=file,
        outlet=_field(meta.get("outlet")),
        date=_field(meta.get("date")),
        url=_field(meta.get("url")) or url,
    )


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    if not _FRONT_MATTER.detect(text):
        return {}, text
    try:
        raw, body = _FRONT_MATTER.split(text)
    except ValueError as error:
        raise LoadError("malformed front matter: no closing '---' line") from error
    try:
        meta = _FRONT_MATTER.load(raw)
    except yaml.YAMLError as error:
        raise LoadError(f"malformed front matter: {_yaml_reason(error)}") from error
    if meta is None:
        return {}, body
    if not isinstance(meta, dict):
        raise LoadError(f"malformed front matter: expected 'key: value' lines, got a {type(meta).__name__}")
    return meta, body


def _html_document(
    data: bytes, *, source: str, file: str, kind: DocumentKind, fallback_title: str, url: str | None
) -> Document:
    extracted = trafilatura.bare_extraction(data, url=url, include_comments=False, with_metadata=True)
    text = (extracted.text or "") if extracted is not None else ""
    if not text.strip():
        raise LoadError("no readable text in HTML")
    return Document.from_text(
        text,
        title=extracted.title or _first_line_title(text) or fallback_title,
        kind=kind,
        source=source,
        file=file,
        outlet=extracted.sitename or None,
        date=extracted.date or None,
        url=url or extracted.url or None,
    )


def _pdf_text(data: bytes) -> tuple[str, str | None]:
    """The text of a PDF's pages and its metadata title."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        # Many PDFs are encrypted with an empty user password, only to restrict editing.
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("PDF is encrypted (password required)")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except LoadError:
        raise
    except pypdf.errors.DependencyError as error:
        raise LoadError(f"PDF is encrypted and cannot be decrypted: {error}") from error
    except Exception as error:  # pypdf raises many kinds of error on a damaged file
        raise LoadError(f"not a readable PDF: {error or type(error).__name__}") from error
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise LoadError("PDF has no extractable text (scanned?)")
    return text, _field(title)


def _jsonl_items(text: str, *, source: str, file: str, kind: DocumentKind) -> Iterator[Document | LoadFailure]:
    """A document per record, keyed by its "id" (or "_id") field, else a hash of the record; never by its line.

    Line numbers name the lines that fail. A key seen twice in one file is a failure of the later
    line (the same record twice would be one document anyway; two records with one id are a mistake).
    """
    seen: dict[str, int] = {}
    # Split on "\n" only: str.splitlines would also break on U+2028, which JSON strings may hold.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc = _jsonl_document(line, source=source, file=file, kind=kind)
        except LoadError as error:
            yield LoadFailure(source=f"{source}#L{lineno}", reason=str(error), line=lineno)
            continue
        if doc.record in seen:
            first = seen[doc.record]
            reason = f"same record key as line {first} ({doc.record}); line {first} was kept"
            yield LoadFailure(source=f"{source}#L{lineno}", reason=reason, line=lineno)
            continue
        seen[str(doc.record)] = lineno
        yield doc


def _jsonl_document(line: str, *, source: str, file: str, kind: DocumentKind) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LoadError(f"invalid JSON: {error.msg} (column {error.colno})") from error
    if not isinstance(record, dict):
        raise LoadError("line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LoadError('missing or empty "text"')
    record_id = record.get("id", record.get("_id"))  # "_id" as in BEIR corpora
    if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) and str(record_id).strip():
        key = str(record_id).strip()
    else:
        key = "sha-" + content_hash(json.dumps(record, sort_keys=True, ensure_ascii=False), length=12)
    doc_kind, genre = _kind_and_genre(_field(record.get("kind")), _field(record.get("genre")), kind)
    return Document.from_text(
        text,
        title=_field(record.get("title")) or _first_line_title(text) or f"{source}#{key}",
        kind=doc_kind,
        genre=genre,
        source=f"{source}#{key}",
        file=file,
        record=key,
        outlet=_field(record.get("outlet")),
        date=_field(record.get("date")),
        url=_field(record.get("url")),
    )


# Helpers


_WIDE_ENCODINGS = ["utf_32_le", "utf_32_be", "utf_16_le", "utf_16_be"]


def _decode(data: bytes, declared: str | None = None) -> str:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16's, which is a prefix
        return _strict(data, "utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if b"\x00" in data[:8192]:
        # NUL bytes: binary, or UTF-16/32 without a byte-order mark (ASCII letters then come with
        # one or three NULs each). Only those encodings are asked about, so binary stays binary.
        wide = charset_normalizer.from_bytes(data, cp_isolation=_WIDE_ENCODINGS).best()
        if wide is None:
            raise LoadError("binary file, not text")
        return str(wide)
    for encoding in [name for name in (declared, "utf-8-sig") if name]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise LoadError("not valid UTF-8 and no text encoding detected")
    # charset-normalizer often ranks a Baltic or Central European code page first for short
    # Western European text; like browsers, prefer Windows-1252 when it is about as plausible.
    best = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= matches[0].chaos + 0.05), matches[0])
    return str(best)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}"
        ) from error


def header_end(text: str) -> int:
    """Where the plain-text header line ("Title: ... | Author: ... | Date: ...") ends when the text starts
    with one (after blank lines), else 0: that line is the document's metadata, not its prose."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end if _TITLE_HEADER.match(text[start:end].strip()) else 0


def header_fields(text: str) -> dict[str, str]:
    """The fields of a plain-text header line, "Title: ... | Author: ... | Outlet: ... | Date: 2024-10-17", by
    lower-case name; a date only when it is a real ISO date (``YYYY-MM-DD``), else it is left out."""
    end = header_end(text)
    if not end:
        return {}
    first = text[:end].strip()
    fields = {}
    for part in first.split(" | "):
        name, sep, value = part.partition(":")
        if sep and value.strip():
            fields[name.strip().lower()] = value.strip()
    if "date" in fields:
        try:
            fields["date"] = dt.date.fromisoformat(fields["date"][:10]).isoformat()
        except ValueError:
            del fields["date"]
    return fields


def _first_line_title(text: str) -> str | None:
    """The first non-empty line, without a "Title:" header label, cut to MAX_TITLE_CHARS."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            header = _TITLE_HEADER.match(line)
            return (header["title"] if header else line)[:MAX_TITLE_CHARS]
    return None


def _kind_and_genre(
    declared_kind: str | None, genre: str | None, default: DocumentKind
) -> tuple[DocumentKind, str | None]:
    """A declared kind of "article" or "evidence" is the Document kind; any other (news, official ...) is its genre."""
    if declared_kind in DOCUMENT_KINDS:
        return declared_kind, genre  # type: ignore[return-value]
    return default, genre or declared_kind


def _field(value: object) -> str | None:
    """A metadata value as text: dates as ISO, blanks as None."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _yaml_reason(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem:
        # The front matter starts on the line of the opening '---', so the mark's 0-based line is the file's line.
        line = f" (line {error.problem_mark.line + 1})" if error.problem_mark else ""
        return f"{error.problem}{line}"
    return str(error).splitlines()[0]


def is_url(source: str | Path) -> bool:
    """Whether a source names an http(s) URL rather than a path."""
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _supported_list() -> str:
    return "supported: " + ", ".join(SUPPORTED_SUFFIXES)


def _over_limit(settings: Settings) -> str:
    return f"over the {settings.max_file_mb:g} MB limit (WORKBENCH_MAX_FILE_MB)"


def _all_or_error(items: Iterable[Document | LoadFailure]) -> list[Document]:
    documents: list[Document] = []
    for item in items:
        if isinstance(item, LoadFailure):
            raise LoadError(f"line {item.source.rpartition('#L')[2]}: {item.reason}")
        documents.append(item)
    return documents


def _leniently(source: str, items: Iterator[Document | LoadFailure]) -> Iterator[Document | LoadFailure]:
    """Yield a source's items (a generator, so nothing runs before the try), turning any error into a LoadFailure."""
    try:
        yield from items
    except LoadError as error:
        yield LoadFailure(source=source, reason=str(error))
    except Exception as error:  # noqa: BLE001 - a parser's bug on one odd file must not stop the batch
        yield LoadFailure(source=source, reason=f"unexpected {type(error).__name__}: {error}")
