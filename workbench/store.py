"""The database: documents, claims, evidence, suggestions, review events, runs, failures and LLM calls.

The only module that imports SQLAlchemy, with its schema migrations (``workbench/migrations``).
Every method takes and returns the pydantic records of ``workbench/records.py`` (or the small
models defined here); no SQLAlchemy object leaves it.

One code path serves SQLite (the default, a file in WORKBENCH_HOME) and PostgreSQL
(``WORKBENCH_DATABASE_URL=postgresql+psycopg://...``, for a team). Several processes and threads
may write at once:

- Every public method is one short transaction.
- SQLite runs in WAL mode (readers never block the writer) with a 30 s busy timeout, and a write
  transaction starts with ``BEGIN IMMEDIATE``, so writers queue for the lock at the start instead
  of failing when a read transaction tries to upgrade to a write.
- Review writes lock the claim's row (``SELECT ... FOR UPDATE`` on PostgreSQL), so two undos by
  the same reviewer cannot cancel the same event; a unique index on ``reviews.undoes`` backs that up.

Reviews are events, never updated or deleted. A claim's status is derived from them (``derive_status``).
Claims are never deleted either: a claim that a re-extraction no longer produces turns inactive,
and its reviews stay.

The schema changes through named Alembic revisions (``workbench/migrations/versions``), and opening a
store brings its database to the newest one in place (``Store._upgrade_schema``):

- A new database is made by running every revision from the first; ``create_all`` is not used, so
  there is one way a schema comes to be, and a test checks that it matches the table classes below.
- A database made before there were migrations has no ``alembic_version`` table. It was made by the
  ``create_all`` of its day, and later versions only ever added nullable columns, so the newest of
  those columns it has tells its revision: it is stamped with that revision, then upgraded like any
  other. Its tables are never re-created, so no row is lost.
- The whole upgrade, stamp included, is one transaction: DDL is transactional on PostgreSQL, and on
  SQLite too inside the explicit ``BEGIN`` this module emits. A revision that fails rolls everything
  back and raises a StoreError that names it; the database is left as it was, at its old revision.
- Processes opening an old database at once take turns: PostgreSQL's advisory lock, SQLite's write
  lock (``BEGIN IMMEDIATE``). Whoever gets it second reads the revision again and finds nothing to do.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Literal, ParamSpec, Self, TypeVar

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from pydantic import BaseModel, Field
from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Text,
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from workbench.records import (
    VERDICTS,
    Claim,
    ClaimStatus,
    Document,
    Evidence,
    ItemFailure,
    LLMCall,
    Provenance,
    Review,
    Span,
    Suggestion,
    Verdict,
)
from workbench.settings import Settings

SQLITE_BUSY_TIMEOUT_MS = 30_000
_WRITE_ATTEMPTS = 3
_SCHEMA_LOCK_KEY = 0x576B_5374  # PostgreSQL advisory lock taken while upgrading the schema

RunStatus = Literal["running", "done", "failed"]

#: Values accepted by ``Store.claims(status=...)``.
CLAIM_FILTERS: tuple[str, ...] = (
    "unreviewed",
    "reviewed",
    "disagreement",
    *VERDICTS,
    *(f"suggested:{v}" for v in VERDICTS),
)


class StoreError(ValueError):
    """A request the store cannot carry out, with a message a user can act on."""


class Run(BaseModel):
    """One pipeline run (a check, an ingest ...), as recorded by ``start_run`` / ``finish_run``."""

    id: int
    kind: str
    article_id: str | None = None
    started_at: datetime
    finished_at: datetime | None = None
    status: RunStatus
    params: dict[str, Any] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)


def database_url(settings: Settings) -> str:
    """``settings.database_url`` if set, else a SQLite file in the data directory (which is created)."""
    url = getattr(settings, "database_url", None)
    if url:
        return str(url)
    home = Path(settings.home).expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{home / 'workbench.db'}"


def _reason(exc: BaseException) -> str:
    """The driver's own words on one line, without SQLAlchemy's SQL echo and background link."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).split("[SQL:")[0].split("(Background on this error")[0]
    return " ".join(text.split()).rstrip(".")


def _open_error(exc: BaseException, backend: str, shown_url: str) -> str:
    """Cause and fix for a database that cannot be opened."""
    if isinstance(exc, NoSuchModuleError | ImportError):
        return (
            f"no database driver for {shown_url} ({_reason(exc)}). Use sqlite:///FILE or "
            "postgresql+psycopg://user@host/db in WORKBENCH_DATABASE_URL"
        )
    if isinstance(exc, OSError):
        return f"cannot create the database {shown_url}: {exc.strerror or exc}. Check the folder's path and permissions"
    if backend == "sqlite":
        path = shown_url.removeprefix("sqlite:///")
        if isinstance(exc, DBAPIError) and not isinstance(exc, OperationalError):  # "file is not a database"
            return (
                f"{path} is not a usable SQLite database ({_reason(exc)}). Move the file away to start "
                "a new one, or restore it from a backup"
            )
        return f"cannot open the SQLite database {path} ({_reason(exc)}). Check that it and its folder are writable"
    return (
        f"cannot open the database {shown_url} ({_reason(exc)}). Check that the server is running and that "
        "WORKBENCH_DATABASE_URL is right, or unset it to use SQLite in WORKBENCH_HOME"
    )


def database_error_message(exc: Exception) -> str | None:
    """One line for a SQLAlchemy error raised after the database was opened; None for other errors."""
    if not isinstance(exc, SQLAlchemyError):
        return None
    return (
        f"the database failed: {_reason(exc)}. Check that it is reachable (WORKBENCH_DATABASE_URL) and, "
        "for SQLite, that the file in WORKBENCH_HOME is intact"
    )


def derive_status(claim_id: str, events: Iterable[Review]) -> ClaimStatus:
    """A claim's status from its review events: each reviewer's latest label that no undo cancels."""
    return _derive_status(claim_id, [(e.id, e.reviewer, e.action, e.label, e.undoes) for e in events])


_Event = tuple[int | None, str, str, str | None, int | None]  # a review's id, reviewer, action, label, undoes


def _derive_status(claim_id: str, events: list[_Event]) -> ClaimStatus:
    """``derive_status`` over the few columns it reads, so many claims' statuses need no Review records."""
    events.sort(key=lambda e: e[0] or 0)
    undone = {undoes for _, _, action, _, undoes in events if action == "undo"}
    by_reviewer: dict[str, Verdict] = {}
    for review_id, reviewer, action, label, _ in events:
        if action == "label" and review_id not in undone and label is not None:
            by_reviewer[reviewer] = label  # type: ignore[assignment]  # a label column holds a Verdict
    labels = set(by_reviewer.values())
    return ClaimStatus(
        claim_id=claim_id,
        by_reviewer=by_reviewer,
        label=labels.pop() if len(labels) == 1 else None,
        disagreement=len(labels) > 1,
    )


# --- Tables ---------------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


class _UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes with microseconds on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class _Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: _UTCDateTime,
        list[str]: JSON,
        dict[str, Any]: JSON,
        dict[str, int]: JSON,
    }


class _Document(_Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(index=True)
    source: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None]
    date: Mapped[str | None]
    url: Mapped[str | None] = mapped_column(Text)
    genre: Mapped[str | None]
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime]
    # added by migration 0003_document_source
    file: Mapped[str | None] = mapped_column(Text, nullable=True)
    record: Mapped[str | None] = mapped_column(Text, nullable=True)


class _Claim(_Base):
    __tablename__ = "claims"
    id: Mapped[str] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]
    sentence: Mapped[str] = mapped_column(Text)
    check_worthiness: Mapped[float]
    check_worthy: Mapped[bool]
    type: Mapped[str]
    flags: Mapped[list[str]]
    provenance: Mapped[dict[str, Any] | None]
    position: Mapped[int] = mapped_column(doc="Order of the claim in its article's latest extraction.")
    active: Mapped[bool] = mapped_column(doc="False once a re-extraction no longer produces the claim.")
    created_at: Mapped[datetime]


class _Evidence(_Base):
    __tablename__ = "evidence"
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    chunk_id: Mapped[str] = mapped_column(primary_key=True)
    rank: Mapped[int] = mapped_column(doc="1-based position in the list the retriever returned.")
    score: Mapped[float]
    doc_id: Mapped[str]
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    kind: Mapped[str]
    source: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None]
    date: Mapped[str | None]
    url: Mapped[str | None] = mapped_column(Text)
    genre: Mapped[str | None]
    dense_rank: Mapped[int | None]
    lexical_rank: Mapped[int | None]


class _Suggestion(_Base):
    __tablename__ = "suggestions"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id"), index=True)
    label: Mapped[str]
    rationale: Mapped[str] = mapped_column(Text)
    cited: Mapped[list[str]]
    confidence: Mapped[float]
    flags: Mapped[list[str]]
    provenance: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime]
    # added by migration 0002_suggestion_probabilities
    probabilities: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    deciding: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)


class _Review(_Base):
    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id"), index=True)
    reviewer: Mapped[str]
    action: Mapped[str]
    label: Mapped[str | None]
    note: Mapped[str] = mapped_column(Text)
    evidence_used: Mapped[list[str]]
    # unique: an event is cancelled at most once, even if two undos race
    undoes: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"), unique=True)
    created_at: Mapped[datetime]


class _Run(_Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str]
    article_id: Mapped[str | None]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str]
    params: Mapped[dict[str, Any]]
    counts: Mapped[dict[str, int]]


class _Failure(_Base):
    __tablename__ = "failures"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    stage: Mapped[str]
    item: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class _LLMCall(_Base):
    __tablename__ = "llm_calls"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    model: Mapped[str]
    prompt: Mapped[str]
    prompt_version: Mapped[int]
    prompt_hash: Mapped[str]
    item: Mapped[str] = mapped_column(Text)
    input_tokens: Mapped[int]
    output_tokens: Mapped[int]
    latency_s: Mapped[float]
    attempts: Mapped[int]
    cached: Mapped[bool]
    ok: Mapped[bool]
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


# --- Jobs: checks submitted from the Review tab or the HTTP API, run by ``workbench/jobs.py`` ------------

JobKind = Literal["text", "url", "file"]
JobStatus = Literal["queued", "running", "done", "failed"]
JOB_ACTIVE: tuple[JobStatus, ...] = ("queued", "running")


class Job(BaseModel):
    """A check as a job: what it checks, how far it got, and how it ended."""

    id: str
    kind: JobKind = Field(description="What was submitted: pasted text (kept as a file), a URL, or a file.")
    source: str = Field(description="The file or URL the check reads.")
    title: str | None = None
    status: JobStatus
    stage: str | None = Field(default=None, description="The check's current stage: load, embed, extract, verdict ...")
    done: int = 0
    total: int | None = None
    unit: str | None = None
    message: str | None = None
    article_id: str | None = Field(default=None, description="Known once the article is read.")
    error: str | None = Field(default=None, description="Why the job failed.")
    counts: dict[str, int] = Field(default_factory=dict, description="At the end: claims, failures.")
    attempts: int = Field(default=0, description="Times a worker started it (more than 1 after a restart).")
    submitted_by: str | None = None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None = None


class _Job(_Base):
    __tablename__ = "jobs"
    id: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str]
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(index=True)
    stage: Mapped[str | None]
    done: Mapped[int]
    total: Mapped[int | None]
    unit: Mapped[str | None]
    message: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[str | None]
    error: Mapped[str | None] = mapped_column(Text)
    counts: Mapped[dict[str, int]]
    attempts: Mapped[int]
    submitted_by: Mapped[str | None]
    # sha256 of the source while the job is queued or running, else NULL: one active job per source
    active_key: Mapped[str | None] = mapped_column(unique=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


# --- Row <-> record -------------------------------------------------------------------------------

_R = TypeVar("_R", bound=BaseModel)


@functools.cache
def _fields(model: type[_Base]) -> frozenset[str]:
    """Column names of a table: what is taken from a record when it is written (newer record fields are not)."""
    return frozenset(model.__table__.columns.keys())


def _record(record_type: type[_R], row: _Base, **fields: Any) -> _R:
    """The record made of a row's columns that share its field names, plus ``fields``."""
    columns = {name: getattr(row, name) for name in record_type.model_fields if name in _fields(type(row))}
    return record_type.model_validate(columns | fields)


def _claim(row: _Claim) -> Claim:
    span = None
    if row.span_start is not None and row.span_end is not None:
        span = Span(start=row.span_start, end=row.span_end)
    return _record(Claim, row, span=span)


def _suggestion(row: _Suggestion) -> Suggestion:
    return _record(Suggestion, row, probabilities=row.probabilities or {}, deciding=row.deciding or [])


def _llm_call(row: _LLMCall) -> LLMCall:
    provenance = Provenance(
        model=row.model, prompt=row.prompt, prompt_version=row.prompt_version, prompt_hash=row.prompt_hash
    )
    return _record(LLMCall, row, provenance=provenance)


# --- Schema migrations ----------------------------------------------------------------------------

_MIGRATIONS = Path(__file__).with_name("migrations")

#: The tables of the first revision: a database before migrations has all of them, or none.
_FIRST_TABLES = ("documents", "runs", "claims", "failures", "llm_calls", "evidence", "reviews", "suggestions")
#: Newest first: a revision, and a column it added, as told in a database from before migrations.
_ADDED_COLUMNS = (
    ("0003_document_source", "documents", "file"),
    ("0002_suggestion_probabilities", "suggestions", "probabilities"),
)


@functools.cache
def _migration_scripts() -> ScriptDirectory:
    """The revisions in ``workbench/migrations/versions``, loaded once per process."""
    return ScriptDirectory(str(_MIGRATIONS))


def _legacy_revision(conn: Connection) -> str | None:
    """The revision of a database made before migrations (no alembic_version table); None if it has no tables.

    Such a database was made by ``create_all`` and its nullable columns added in place since
    (``_ADDED_COLUMNS``); the newest column it has tells how far it got.
    """
    inspector = inspect(conn)
    have = set(inspector.get_table_names())
    if not have & set(_FIRST_TABLES):
        return None
    missing = [t for t in _FIRST_TABLES if t not in have]
    if missing:
        raise StoreError(
            f"the database has some of the workbench's tables but not {', '.join(missing)}, and no alembic_version "
            "table: it was not made by the workbench. Use another database, or move these tables away"
        )
    for revision, table, column in _ADDED_COLUMNS:
        if column in {c["name"] for c in inspector.get_columns(table)}:
            return revision
    return "0001_initial"


def _upgrade(conn: Connection) -> list[str]:
    """Bring the schema to the newest revision inside the caller's transaction; the revisions applied, in order."""
    scripts = _migration_scripts()
    context = MigrationContext.configure(conn, opts={"transactional_ddl": True})  # see the module's docstring
    current = context.get_current_revision()
    if current is None:
        current = _legacy_revision(conn)
        if current is not None:
            context.stamp(scripts, current)
    elif current not in {s.revision for s in scripts.walk_revisions()}:
        raise StoreError(
            f"the database's schema is at revision {current}, which this version of the workbench does not know: "
            "a newer version made it. Upgrade the workbench, or use another database"
        )
    steps = list(reversed(list(scripts.iterate_revisions("head", current))))
    for script in steps:
        try:
            with Operations.context(context):
                script.module.upgrade()
        except Exception as exc:
            raise StoreError(f"migration {script.revision} failed: {_reason(exc)}; the database is unchanged") from exc
        context.stamp(scripts, script.revision)
    return [s.revision for s in steps]


# --- The store ------------------------------------------------------------------------------------

_P = ParamSpec("_P")
_T = TypeVar("_T")


def _retry_on_conflict(method: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run a write transaction again when a concurrent writer got in its way.

    Two cases, both rolled back before the retry: SQLite's busy timeout ran out ("database is
    locked"), or a concurrent transaction inserted the same key first (an upsert racing on
    PostgreSQL); the second attempt sees the other's row and updates it. A constraint that
    fails for another reason fails again and is raised.
    """

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        for attempt in itertools.count(1):
            try:
                return method(*args, **kwargs)
            except (OperationalError, IntegrityError) as exc:
                conflict = isinstance(exc, IntegrityError) or "database is locked" in str(exc)
                if not conflict or attempt >= _WRITE_ATTEMPTS:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    return wrapper


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _connection_record: Any) -> None:
        # SQLAlchemy emits BEGIN itself (below), so that a write can say BEGIN IMMEDIATE
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("workbench_write") else "BEGIN")


class Store:
    """Reads and writes the workbench's records in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, url: str) -> None:
        """Open the database and bring its schema up to date; a StoreError says why it cannot be opened."""
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            shown = f" {url!r}" if "@" not in url else ""  # an unparsable URL may still hold a password
            raise StoreError(
                f"the database URL{shown} is not a valid URL. Set WORKBENCH_DATABASE_URL to one such as "
                "postgresql+psycopg://user@host/db, or unset it to use SQLite in WORKBENCH_HOME"
            ) from exc
        self._display_url = parsed.render_as_string(hide_password=True)
        try:
            if parsed.get_backend_name() == "sqlite":
                if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
                    Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
                self._engine = create_engine(parsed)
                _configure_sqlite(self._engine)
            else:
                self._engine = create_engine(parsed, pool_pre_ping=True)
            self._upgrade_schema()
        except (SQLAlchemyError, ImportError, OSError, StoreError) as exc:
            if hasattr(self, "_engine"):
                self._engine.dispose()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(_open_error(exc, parsed.get_backend_name(), self._display_url)) from exc

    def __repr__(self) -> str:
        return f"Store({self._display_url!r})"

    def close(self) -> None:
        """Close the pooled connections."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_retry_on_conflict
    def _upgrade_schema(self) -> list[str]:
        """Migrate the database to the newest revision (see the module's docstring); the revisions applied."""
        with self._engine.connect() as conn, conn.begin():
            if MigrationContext.configure(conn).get_current_revision() == _migration_scripts().get_current_head():
                return []  # the usual case, without taking the write lock
        with self._engine.connect() as conn:
            conn.execution_options(workbench_write=True)  # SQLite: BEGIN IMMEDIATE, one upgrader at a time
            with conn.begin():
                if self._engine.dialect.name == "postgresql":
                    # held until the transaction ends; the revision is read again after it is granted
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
                return _upgrade(conn)

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        """One transaction; a write takes SQLite's write lock at its start."""
        with self._engine.connect() as conn:
            if write:
                conn.execution_options(workbench_write=True)
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session

    @staticmethod
    def _lock_claim(session: Session, claim_id: str) -> None:
        found = session.scalar(select(_Claim.id).where(_Claim.id == claim_id).with_for_update())
        if found is None:
            raise StoreError(f"unknown claim {claim_id!r}: save it with save_claims first")

    # --- documents ---

    @_retry_on_conflict
    def upsert_document(self, doc: Document) -> None:
        """Add a document, or update the fields of the one with the same id (its added_at is kept)."""
        with self._session(write=True) as session:
            row = session.get(_Document, doc.id)
            if row is None:
                row = _Document(id=doc.id, added_at=_now())
                session.add(row)
            row.title, row.kind, row.source, row.text = doc.title, doc.kind, doc.source, doc.text
            row.outlet, row.date, row.url, row.genre = doc.outlet, doc.date, doc.url, doc.genre
            row.file, row.record = doc.file or None, doc.record

    def get_document(self, doc_id: str) -> Document | None:
        with self._session() as session:
            row = session.get(_Document, doc_id)
            return _record(Document, row) if row else None

    def list_documents(self, kind: str | None = None) -> list[Document]:
        """Documents in the order they were first added."""
        query = select(_Document).order_by(_Document.added_at, _Document.id)
        if kind is not None:
            query = query.where(_Document.kind == kind)
        with self._session() as session:
            return [_record(Document, row) for row in session.scalars(query)]

    # --- claims ---

    @_retry_on_conflict
    def save_claims(self, article_id: str, claims: list[Claim], replace: bool = True) -> None:
        """Make ``claims`` the article's active claims, in this order.

        Claims are upserted by id. With ``replace`` the article's other claims become inactive,
        never deleted, so their reviews survive; reviews are not touched. Without it (claims shown
        while an extraction runs) the others are left as they are.
        """
        ids = [c.id for c in claims]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise StoreError(f"article {article_id!r}: claim ids occur twice in one extraction: {dupes}")
        strays = [c.id for c in claims if c.article_id != article_id]
        if strays:
            raise StoreError(f"claims {strays} belong to another article than {article_id!r}")
        with self._session(write=True) as session:
            # the article's row lock serializes extractions of one article saved at the same time
            if session.get(_Document, article_id, with_for_update=True) is None:
                raise StoreError(f"unknown article {article_id!r}: upsert_document it before saving its claims")
            query = select(_Claim).where((_Claim.article_id == article_id) | _Claim.id.in_(ids))
            existing = {row.id: row for row in session.scalars(query)}
            now = _now()
            for position, claim in enumerate(claims):
                row = existing.pop(claim.id, None)
                if row is None:
                    row = _Claim(id=claim.id, article_id=article_id, created_at=now)
                    session.add(row)
                elif row.article_id != article_id:
                    raise StoreError(f"claim {claim.id!r} is stored under article {row.article_id!r}")
                row.text, row.sentence, row.type = claim.text, claim.sentence, claim.type
                row.span_start = claim.span.start if claim.span else None
                row.span_end = claim.span.end if claim.span else None
                row.check_worthiness, row.check_worthy = claim.check_worthiness, claim.check_worthy
                row.flags = list(claim.flags)
                row.provenance = claim.provenance.model_dump() if claim.provenance else None
                row.position, row.active = position, True
            if replace:
                for row in existing.values():
                    row.active = False

    def claim_counts(self, article_id: str) -> tuple[int, int]:
        """(active claims, suggestions for them) of an article: two counts, to tell whether a check stored
        anything new."""
        active = select(_Claim.id).where(_Claim.article_id == article_id, _Claim.active.is_(True))
        with self._session() as session:
            claims = session.scalar(select(func.count()).select_from(active.subquery())) or 0
            suggestions = (
                session.scalar(select(func.count()).select_from(_Suggestion).where(_Suggestion.claim_id.in_(active)))
                or 0
            )
        return int(claims), int(suggestions)

    def claims(
        self, article_id: str | None = None, status: str | None = None, include_inactive: bool = False
    ) -> list[Claim]:
        """Claims, most check-worthy first, then in article order.

        ``status`` is one of CLAIM_FILTERS: 'unreviewed', 'reviewed', 'disagreement', an agreed
        verdict ('supported' ...), or 'suggested:<verdict>' for the latest suggestion's label.
        """
        if status is not None and status not in CLAIM_FILTERS:
            raise StoreError(f"unknown claim filter {status!r}; use one of {', '.join(CLAIM_FILTERS)}")
        scope = select(_Claim.id)
        if article_id is not None:
            scope = scope.where(_Claim.article_id == article_id)
        if not include_inactive:
            scope = scope.where(_Claim.active.is_(True))
        query = (
            select(_Claim)
            .where(_Claim.id.in_(scope))
            .order_by(_Claim.check_worthiness.desc(), _Claim.position, _Claim.id)
        )
        with self._session() as session:
            rows = list(session.scalars(query))
            if status is None:
                return [_claim(row) for row in rows]
            if status.startswith("suggested:"):
                latest = self._latest_suggestion_labels(session, scope)
                wanted = status.removeprefix("suggested:")
                return [_claim(row) for row in rows if latest.get(row.id) == wanted]
            statuses = self._statuses(session, scope)
            return [_claim(row) for row in rows if _matches(statuses[row.id], status)]

    def get_claim(self, claim_id: str) -> Claim | None:
        with self._session() as session:
            row = session.get(_Claim, claim_id)
            return _claim(row) if row else None

    # --- evidence and suggestions ---

    @_retry_on_conflict
    def save_evidence(self, claim_id: str, evidence: list[Evidence]) -> None:
        """Replace the claim's evidence with this list; its order is the rank."""
        chunk_ids = [e.chunk_id for e in evidence]
        if len(set(chunk_ids)) != len(chunk_ids):
            raise StoreError(f"claim {claim_id!r}: the same passage occurs twice in its evidence")
        with self._session(write=True) as session:
            self._lock_claim(session, claim_id)
            session.execute(delete(_Evidence).where(_Evidence.claim_id == claim_id))
            session.add_all(
                _Evidence(claim_id=claim_id, rank=rank, **e.model_dump(include=_fields(_Evidence)))
                for rank, e in enumerate(evidence, start=1)
            )

    def evidence(self, claim_id: str) -> list[Evidence]:
        query = select(_Evidence).where(_Evidence.claim_id == claim_id).order_by(_Evidence.rank)
        with self._session() as session:
            return [_record(Evidence, row) for row in session.scalars(query)]

    @_retry_on_conflict
    def save_suggestion(self, suggestion: Suggestion) -> None:
        """Append a suggestion; the latest one is the claim's current suggestion."""
        with self._session(write=True) as session:
            self._lock_claim(session, suggestion.claim_id)
            data = suggestion.model_dump(include=_fields(_Suggestion) - {"provenance", "probabilities", "deciding"})
            provenance = suggestion.provenance.model_dump() if suggestion.provenance else None
            deciding = [j.model_dump() for j in suggestion.deciding]
            session.add(
                _Suggestion(
                    **data,
                    provenance=provenance,
                    probabilities=suggestion.probabilities,
                    deciding=deciding,
                    created_at=_now(),
                )
            )

    def suggestion(self, claim_id: str) -> Suggestion | None:
        query = select(_Suggestion).where(_Suggestion.claim_id == claim_id).order_by(_Suggestion.id.desc()).limit(1)
        with self._session() as session:
            row = session.scalar(query)
            return _suggestion(row) if row else None

    def latest_suggestions(self, article_id: str | None = None) -> dict[str, Suggestion]:
        """The current suggestion of every claim of the article (of all articles when None) that has one.

        One query, which reads only each claim's latest row, as plain columns rather than ORM objects:
        the claim list of a long article shows them all.
        """
        latest = select(func.max(_Suggestion.id)).group_by(_Suggestion.claim_id)
        if article_id is not None:
            latest = latest.where(_Suggestion.claim_id.in_(select(_Claim.id).where(_Claim.article_id == article_id)))
        names = [name for name in Suggestion.model_fields if name in _fields(_Suggestion)]
        query = select(*(getattr(_Suggestion, name) for name in names)).where(_Suggestion.id.in_(latest))
        with self._session() as session:
            rows = [dict(zip(names, values)) for values in session.execute(query.order_by(_Suggestion.id))]
        return {
            row["claim_id"]: Suggestion.model_validate(
                row | {"probabilities": row["probabilities"] or {}, "deciding": row["deciding"] or []}
            )
            for row in rows
        }

    # --- reviews ---

    @_retry_on_conflict
    def add_review(
        self, claim_id: str, reviewer: str, label: str, note: str = "", evidence_used: Iterable[str] = ()
    ) -> Review:
        """Append a reviewer's label for a claim. Earlier labels stay in the history."""
        if label not in VERDICTS:
            raise StoreError(f"{label!r} is not a verdict; use one of {', '.join(VERDICTS)}")
        if not reviewer.strip():
            raise StoreError("a review needs the reviewer's name")
        with self._session(write=True) as session:
            self._lock_claim(session, claim_id)
            row = _Review(
                claim_id=claim_id,
                reviewer=reviewer,
                action="label",
                label=label,
                note=note,
                evidence_used=list(evidence_used),
                undoes=None,
                created_at=_now(),
            )
            session.add(row)
            session.flush()
            return _record(Review, row)

    @_retry_on_conflict
    def undo(self, claim_id: str, reviewer: str) -> Review | None:
        """Cancel the reviewer's latest label on the claim that is not undone yet; None if there is none."""
        with self._session(write=True) as session:
            self._lock_claim(session, claim_id)
            mine = select(_Review).where(_Review.claim_id == claim_id, _Review.reviewer == reviewer)
            events = list(session.scalars(mine.order_by(_Review.id)))
            undone = {e.undoes for e in events if e.action == "undo"}
            target = next((e for e in reversed(events) if e.action == "label" and e.id not in undone), None)
            if target is None:
                return None
            row = _Review(
                claim_id=claim_id,
                reviewer=reviewer,
                action="undo",
                label=None,
                note="",
                evidence_used=[],
                undoes=target.id,
                created_at=_now(),
            )
            session.add(row)
            session.flush()
            return _record(Review, row)

    def reviews(self, claim_id: str) -> list[Review]:
        """The claim's full review history, oldest first."""
        query = select(_Review).where(_Review.claim_id == claim_id).order_by(_Review.id)
        with self._session() as session:
            return [_record(Review, row) for row in session.scalars(query)]

    def status(self, claim_id: str) -> ClaimStatus:
        with self._session() as session:
            if session.get(_Claim, claim_id) is None:
                raise StoreError(f"unknown claim {claim_id!r}")
            return self._statuses(session, select(_Claim.id).where(_Claim.id == claim_id))[claim_id]

    def statuses(self, article_id: str | None = None) -> dict[str, ClaimStatus]:
        """The status of every claim of the article (of all articles when None), inactive ones included."""
        scope = select(_Claim.id)
        if article_id is not None:
            scope = scope.where(_Claim.article_id == article_id)
        with self._session() as session:
            return self._statuses(session, scope)

    @staticmethod
    def _statuses(session: Session, scope: Any) -> dict[str, ClaimStatus]:
        """Statuses of the claims whose ids ``scope`` selects, from one query.

        Only the columns a status depends on are read, and no Review record is made of them: the
        statuses of a long article with several reviewers are the claim list's largest read.
        """
        query = (
            select(_Claim.id, _Review.id, _Review.reviewer, _Review.action, _Review.label, _Review.undoes)
            .outerjoin(_Review, _Review.claim_id == _Claim.id)
            .where(_Claim.id.in_(scope))
            .order_by(_Review.id)
        )
        events: dict[str, list[_Event]] = {}
        for claim_id, *review in session.execute(query):
            found = events.setdefault(claim_id, [])
            if review[0] is not None:  # else the outer join's row of a claim without reviews
                found.append(tuple(review))  # type: ignore[arg-type]
        return {claim_id: _derive_status(claim_id, evs) for claim_id, evs in events.items()}

    @staticmethod
    def _latest_suggestion_labels(session: Session, scope: Any) -> dict[str, str]:
        query = select(_Suggestion.claim_id, _Suggestion.label).where(_Suggestion.claim_id.in_(scope))
        return {claim_id: label for claim_id, label in session.execute(query.order_by(_Suggestion.id))}

    # --- runs, failures, LLM calls ---

    @_retry_on_conflict
    def start_run(self, kind: str, article_id: str | None = None, params: dict[str, Any] | None = None) -> int:
        with self._session(write=True) as session:
            row = _Run(
                kind=kind,
                article_id=article_id,
                started_at=_now(),
                status="running",
                params=dict(params or {}),
                counts={},
            )
            session.add(row)
            session.flush()
            return row.id

    @_retry_on_conflict
    def finish_run(self, run_id: int, status: str, counts: dict[str, int] | None = None) -> None:
        if status not in ("done", "failed"):
            raise StoreError(f"a run finishes as 'done' or 'failed', not {status!r}")
        with self._session(write=True) as session:
            row = session.get(_Run, run_id)
            if row is None:
                raise StoreError(f"unknown run {run_id}")
            row.status, row.finished_at, row.counts = status, _now(), dict(counts or {})

    def runs(self, kind: str | None = None) -> list[Run]:
        """Recorded runs, oldest first."""
        query = select(_Run).order_by(_Run.id)
        if kind is not None:
            query = query.where(_Run.kind == kind)
        with self._session() as session:
            return [_record(Run, row) for row in session.scalars(query)]

    @_retry_on_conflict
    def record_failure(self, failure: ItemFailure, run_id: int | None = None) -> None:
        with self._session(write=True) as session:
            session.add(_Failure(run_id=run_id, **failure.model_dump(include=_fields(_Failure)), created_at=_now()))

    def failures(self, run_id: int | None = None) -> list[ItemFailure]:
        """Failures of one run, or of all runs when None, oldest first."""
        query = select(_Failure).order_by(_Failure.id)
        if run_id is not None:
            query = query.where(_Failure.run_id == run_id)
        with self._session() as session:
            return [_record(ItemFailure, row) for row in session.scalars(query)]

    @_retry_on_conflict
    def record_llm_call(self, call: LLMCall, run_id: int | None = None) -> None:
        with self._session(write=True) as session:
            data = call.model_dump(include=_fields(_LLMCall) - {"provenance"})
            session.add(_LLMCall(run_id=run_id, **call.provenance.model_dump(), **data, created_at=_now()))

    def llm_calls(self, run_id: int | None = None) -> list[LLMCall]:
        """LLM calls of one run, or of all runs when None, oldest first."""
        query = select(_LLMCall).order_by(_LLMCall.id)
        if run_id is not None:
            query = query.where(_LLMCall.run_id == run_id)
        with self._session() as session:
            return [_llm_call(row) for row in session.scalars(query)]

    # --- jobs (workbench/jobs.py runs them) ---

    @_retry_on_conflict
    def add_job(
        self, kind: JobKind, source: str, title: str | None = None, submitted_by: str | None = None
    ) -> tuple[Job, bool]:
        """A new queued job to check ``source``, and True; or the queued or running job that already checks
        it, and False. The unique ``active_key`` makes that hold between processes too: a racing insert
        fails, and its retry finds the other's job."""
        key = hashlib.sha256(source.encode("utf-8")).hexdigest()
        with self._session(write=True) as session:
            row = session.scalar(select(_Job).where(_Job.active_key == key))
            if row is not None:
                return _record(Job, row), False
            now = _now()
            row = _Job(
                id=secrets.token_hex(8),
                kind=kind,
                source=source,
                title=title,
                status="queued",
                done=0,
                counts={},
                attempts=0,
                submitted_by=submitted_by,
                active_key=key,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return _record(Job, row), True

    def job(self, job_id: str) -> Job | None:
        with self._session() as session:
            row = session.get(_Job, job_id)
            return _record(Job, row) if row else None

    def jobs(self, status: JobStatus | None = None, limit: int = 100) -> list[Job]:
        """Jobs, newest first."""
        query = select(_Job).order_by(_Job.created_at.desc(), _Job.id).limit(limit)
        if status is not None:
            query = query.where(_Job.status == status)
        with self._session() as session:
            return [_record(Job, row) for row in session.scalars(query)]

    @_retry_on_conflict
    def take_job(self) -> Job | None:
        """The oldest queued job, now marked running (its attempts counted); None if none is queued.
        Two workers never take the same job: SQLite's write lock, PostgreSQL's ``SKIP LOCKED``."""
        query = select(_Job).where(_Job.status == "queued").order_by(_Job.created_at, _Job.id).limit(1)
        with self._session(write=True) as session:
            row = session.scalar(query.with_for_update(skip_locked=True))
            if row is None:
                return None
            row.status, row.attempts, row.updated_at = "running", row.attempts + 1, _now()
            return _record(Job, row)

    @_retry_on_conflict
    def update_job(
        self,
        job_id: str,
        stage: str,
        done: int,
        total: int | None = None,
        unit: str | None = None,
        message: str | None = None,
        article_id: str | None = None,
    ) -> None:
        """Record a running job's progress (the article's id once it is known)."""
        with self._session(write=True) as session:
            row = session.get(_Job, job_id)
            if row is None:
                raise StoreError(f"unknown job {job_id!r}")
            row.stage, row.done, row.total, row.unit, row.message = stage, done, total, unit, message
            row.article_id = article_id or row.article_id
            row.updated_at = _now()

    @_retry_on_conflict
    def finish_job(
        self,
        job_id: str,
        status: Literal["done", "failed"],
        error: str | None = None,
        counts: dict[str, int] | None = None,
        article_id: str | None = None,
    ) -> Job:
        """End a job; its source is free for a new job."""
        if status not in ("done", "failed"):
            raise StoreError(f"a job finishes as 'done' or 'failed', not {status!r}")
        with self._session(write=True) as session:
            row = session.get(_Job, job_id)
            if row is None:
                raise StoreError(f"unknown job {job_id!r}")
            row.status, row.error, row.counts, row.active_key = status, error, dict(counts or {}), None
            row.article_id = article_id or row.article_id
            row.updated_at = row.finished_at = _now()
            return _record(Job, row)

    @_retry_on_conflict
    def requeue_jobs(self) -> list[str]:
        """Put the running jobs back in the queue (a server starting again: their worker is gone); their ids."""
        with self._session(write=True) as session:
            rows = list(session.scalars(select(_Job).where(_Job.status == "running")))
            for row in rows:
                row.status, row.updated_at = "queued", _now()
            return [row.id for row in rows]

    def counts(self) -> dict[str, int]:
        """Row counts: documents, articles, claims (active), inactive_claims, evidence, suggestions,
        reviews, runs, failures, llm_calls."""

        def count(model: Any, *where: Any) -> Any:
            return select(func.count()).select_from(model).where(*where).scalar_subquery()

        query = select(
            count(_Document).label("documents"),
            count(_Document, _Document.kind == "article").label("articles"),
            count(_Claim, _Claim.active.is_(True)).label("claims"),
            count(_Claim, _Claim.active.is_(False)).label("inactive_claims"),
            count(_Evidence).label("evidence"),
            count(_Suggestion).label("suggestions"),
            count(_Review).label("reviews"),
            count(_Run).label("runs"),
            count(_Failure).label("failures"),
            count(_LLMCall).label("llm_calls"),
        )
        with self._session() as session:
            return {key: int(value) for key, value in session.execute(query).one()._mapping.items()}

    # --- batched reads (for the reviewing service): one query per kind of record, however many claims ---

    def article_progress(self) -> dict[str, tuple[int, int]]:
        """(reviewed, total) active claims of every article that has any, from one query.

        A claim is reviewed while some reviewer's label on it is not undone, which is what
        ``derive_status`` makes of its events; counted in SQL, so the article queue does not read
        every review in the database.
        """
        undone = select(_Review.undoes).where(_Review.undoes.is_not(None))
        labelled = (
            select(_Review.claim_id).where(_Review.action == "label", _Review.id.not_in(undone)).distinct().subquery()
        )
        query = (
            select(_Claim.article_id, func.count(labelled.c.claim_id), func.count(_Claim.id))
            .outerjoin(labelled, labelled.c.claim_id == _Claim.id)
            .where(_Claim.active.is_(True))
            .group_by(_Claim.article_id)
        )
        with self._session() as session:
            return {article_id: (int(done), int(total)) for article_id, done, total in session.execute(query)}

    def documents_by_id(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The documents with these ids (unknown ids are left out), from one query."""
        wanted = sorted(set(doc_ids))
        if not wanted:
            return {}
        with self._session() as session:
            rows = session.scalars(select(_Document).where(_Document.id.in_(wanted)))
            return {row.id: _record(Document, row) for row in rows}

    def claim_ids_starting_with(self, prefix: str) -> list[str]:
        """Ids of the claims (inactive ones included) that start with ``prefix``, compared case-sensitively, sorted."""
        query = select(_Claim.id).where(func.substr(_Claim.id, 1, len(prefix)) == prefix).order_by(_Claim.id)
        with self._session() as session:
            return list(session.scalars(query))

    def evidence_by_claim(self, article_id: str | None = None) -> dict[str, list[Evidence]]:
        """Each claim's evidence, best first, for the claims of an article (of all articles when None)."""
        return self._by_claim(Evidence, _Evidence, article_id, _Evidence.rank)

    def reviews_by_claim(self, article_id: str | None = None) -> dict[str, list[Review]]:
        """Each claim's review history, oldest first, for the claims of an article (of all articles when None)."""
        return self._by_claim(Review, _Review, article_id, _Review.id)

    def claims_by_id(self, claim_ids: Iterable[str]) -> dict[str, Claim]:
        """The claims with these ids, inactive ones included (unknown ids are left out), from one query."""
        wanted = sorted(set(claim_ids))
        if not wanted:
            return {}
        with self._session() as session:
            return {row.id: _claim(row) for row in session.scalars(select(_Claim).where(_Claim.id.in_(wanted)))}

    def reviews_since(self, event_id: int) -> tuple[dict[str, list[Review]], int]:
        """The whole review history of every claim with an event after ``event_id``, and the latest
        event id (``event_id`` itself when nothing is newer): what an index of reviewed claims must redo."""
        with self._session() as session:
            latest = session.scalar(select(func.max(_Review.id))) or 0
            if latest <= event_id:
                return {}, latest
            changed = select(_Review.claim_id).where(_Review.id > event_id).distinct()
            rows = session.scalars(select(_Review).where(_Review.claim_id.in_(changed)).order_by(_Review.id))
            history: dict[str, list[Review]] = {}
            for row in rows:
                history.setdefault(row.claim_id, []).append(_record(Review, row))
        return history, latest

    def _by_claim(self, record_type: type[_R], model: Any, article_id: str | None, order: Any) -> dict[str, list[_R]]:
        """Rows of a per-claim table as records grouped by claim, read as plain columns rather than ORM objects."""
        names = [name for name in record_type.model_fields if name in _fields(model)]
        query = select(model.claim_id, *(getattr(model, name) for name in names)).order_by(model.claim_id, order)
        if article_id is not None:
            query = query.where(model.claim_id.in_(select(_Claim.id).where(_Claim.article_id == article_id)))
        grouped: dict[str, list[_R]] = {}
        with self._session() as session:
            for claim_id, *values in session.execute(query):
                grouped.setdefault(claim_id, []).append(record_type.model_validate(dict(zip(names, values))))
        return grouped


def _matches(status: ClaimStatus, wanted: str) -> bool:
    if wanted == "unreviewed":
        return not status.by_reviewer
    if wanted == "reviewed":
        return bool(status.by_reviewer)
    if wanted == "disagreement":
        return status.disagreement
    return status.label == wanted
