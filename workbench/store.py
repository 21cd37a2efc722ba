"""The database: documents, claims, evidence, suggestions, review events, runs, failures and LLM calls.

The only module that imports SQLAlchemy. Every method takes and returns the pydantic records of
``workbench/records.py`` (or the small models defined here); no SQLAlchemy object leaves it.

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
and its reviews stay. Tables are created on construction (``create_all``); there are no migrations yet.
"""

from __future__ import annotations

import functools
import itertools
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Literal, ParamSpec, Self, TypeVar

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
_SCHEMA_LOCK_KEY = 0x576B_5374  # PostgreSQL advisory lock taken while creating tables

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


class ReviewerPair(BaseModel):
    """How far two reviewers agree on the claims they have both labelled."""

    reviewers: tuple[str, str]
    shared: int = Field(description="Claims that both reviewers currently label.")
    kappa: float | None = Field(description="Cohen's kappa over the shared claims; None when they share none.")
    disagreements: list[str] = Field(default_factory=list, description="Ids of shared claims they label differently.")


class Agreement(BaseModel):
    """Inter-reviewer agreement over a set of claims (one article, or all)."""

    reviewers: list[str] = Field(default_factory=list, description="Everyone with a current label, sorted.")
    pairs: list[ReviewerPair] = Field(default_factory=list)
    disagreements: list[str] = Field(default_factory=list, description="Claims whose reviewers currently differ.")


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
    events = sorted(events, key=lambda e: e.id or 0)
    undone = {e.undoes for e in events if e.action == "undo"}
    by_reviewer: dict[str, Verdict] = {}
    for e in events:
        if e.action == "label" and e.id not in undone and e.label is not None:
            by_reviewer[e.reviewer] = e.label
    labels = set(by_reviewer.values())
    return ClaimStatus(
        claim_id=claim_id,
        by_reviewer=by_reviewer,
        label=labels.pop() if len(labels) == 1 else None,
        disagreement=len(labels) > 1,
    )


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two raters' labels on the same items; 1.0 when they agree on every item.

    scikit-learn's formula is undefined (0/0) when both raters give one and the same label to
    every item; full agreement is what that means, so it is 1.0 here.
    """
    if len(a) != len(b) or not a:
        raise StoreError("kappa needs two equally long, non-empty lists of labels")
    if list(a) == list(b):
        return 1.0
    from sklearn.metrics import cohen_kappa_score  # heavy import, only when agreement is asked for

    kappa = float(cohen_kappa_score(list(a), list(b), labels=list(VERDICTS)))
    return 0.0 if math.isnan(kappa) else kappa


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
    # added when documents became keyed by their source; _add_missing_columns() adds them in place
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
    # added with the trained verifier; _add_missing_columns() adds them to an older database
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


def _add_missing_columns(conn: Connection) -> None:
    """Add the nullable columns a newer version of a table has to an older database, in place.

    A stopgap until the store has real migrations: only nullable columns are ever added this way.
    """
    existing = inspect(conn)
    for table in _Base.metadata.sorted_tables:
        have = {c["name"] for c in existing.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have and column.nullable:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


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
        """Open the database and create its tables; a StoreError says why it cannot be opened."""
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
            self._create_tables()
        except (SQLAlchemyError, ImportError, OSError) as exc:
            if hasattr(self, "_engine"):
                self._engine.dispose()
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
    def _create_tables(self) -> None:
        with self._engine.connect() as conn:
            conn.execution_options(workbench_write=True)
            with conn.begin():
                if self._engine.dialect.name == "postgresql":
                    # two processes creating the tables at once would collide in the catalog
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
                _Base.metadata.create_all(conn)
                _add_missing_columns(conn)

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
        """(active claims, suggestions for them) of an article: two counts, to tell whether a check stored anything new."""
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
        """The current suggestion of every claim of the article (of all articles when None) that has one, from one query."""
        query = select(_Suggestion).join(_Claim, _Claim.id == _Suggestion.claim_id).order_by(_Suggestion.id)
        if article_id is not None:
            query = query.where(_Claim.article_id == article_id)
        with self._session() as session:
            return {row.claim_id: _suggestion(row) for row in session.scalars(query)}

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
        """Statuses of the claims whose ids ``scope`` selects, from one query."""
        query = (
            select(_Claim.id, _Review)
            .outerjoin(_Review, _Review.claim_id == _Claim.id)
            .where(_Claim.id.in_(scope))
            .order_by(_Review.id)
        )
        events: dict[str, list[Review]] = {}
        for claim_id, row in session.execute(query):
            events.setdefault(claim_id, [])
            if row is not None:
                events[claim_id].append(_record(Review, row))
        return {claim_id: derive_status(claim_id, evs) for claim_id, evs in events.items()}

    @staticmethod
    def _latest_suggestion_labels(session: Session, scope: Any) -> dict[str, str]:
        query = select(_Suggestion.claim_id, _Suggestion.label).where(_Suggestion.claim_id.in_(scope))
        return {claim_id: label for claim_id, label in session.execute(query.order_by(_Suggestion.id))}

    def agreement(self, article_id: str | None = None) -> Agreement:
        """Cohen's kappa for every pair of reviewers, over the claims both currently label."""
        labels: dict[str, dict[str, str]] = defaultdict(dict)  # reviewer -> claim id -> label
        disagreements = []
        for claim_id, st in sorted(self.statuses(article_id).items()):
            for reviewer, label in st.by_reviewer.items():
                labels[reviewer][claim_id] = label
            if st.disagreement:
                disagreements.append(claim_id)
        reviewers = sorted(labels)
        pairs = []
        for a, b in itertools.combinations(reviewers, 2):
            shared = sorted(labels[a].keys() & labels[b].keys())
            la, lb = [labels[a][c] for c in shared], [labels[b][c] for c in shared]
            pairs.append(
                ReviewerPair(
                    reviewers=(a, b),
                    shared=len(shared),
                    kappa=cohen_kappa(la, lb) if shared else None,
                    disagreements=[c for c, x, y in zip(shared, la, lb) if x != y],
                )
            )
        return Agreement(reviewers=reviewers, pairs=pairs, disagreements=disagreements)

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


def _matches(status: ClaimStatus, wanted: str) -> bool:
    if wanted == "unreviewed":
        return not status.by_reviewer
    if wanted == "reviewed":
        return bool(status.by_reviewer)
    if wanted == "disagreement":
        return status.disagreement
    return status.label == wanted
