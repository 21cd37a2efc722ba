"""Migrations: an old database upgrades in place, a failed migration changes nothing, racing openers take turns.

The tests take a ``store_url`` fixture: a SQLite file here; ``tests/integration/test_store_postgres.py``
runs them again against a real PostgreSQL server.

An "old database" is one made before the store had migrations: no ``alembic_version`` table, and the
tables exactly as ``create_all`` made them at commit 66ccc91, before ``documents.file`` and
``documents.record`` (the CREATE statements below were compiled from that commit's table classes,
with the three types that differ between SQLite and PostgreSQL left as placeholders). The schema
before that commit, and the last one before migrations, each differ from it by two nullable columns
(``OLD_SCHEMA_CHANGES``).
"""

from __future__ import annotations

import time
from multiprocessing import get_context

import pytest
import sqlalchemy as sa
from alembic import op
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from workbench.store import Store, StoreError, _Base, _migration_scripts

HEAD = "0004_jobs"
LAST_BEFORE_MIGRATIONS = "0003_document_source"
#: Revisions that add only new tables, which a database from before migrations lacks and gets, empty.
NEW_TABLES = {"0004_jobs": "jobs"}

OLD_SCHEMA = """
CREATE TABLE documents (
    id VARCHAR NOT NULL,
    title TEXT NOT NULL,
    kind VARCHAR NOT NULL,
    source TEXT NOT NULL,
    outlet VARCHAR,
    date VARCHAR,
    url TEXT,
    genre VARCHAR,
    text TEXT NOT NULL,
    added_at {time} NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_documents_kind ON documents (kind);
CREATE TABLE runs (
    id {serial},
    kind VARCHAR NOT NULL,
    article_id VARCHAR,
    started_at {time} NOT NULL,
    finished_at {time},
    status VARCHAR NOT NULL,
    params JSON NOT NULL,
    counts JSON NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE claims (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    sentence TEXT NOT NULL,
    check_worthiness {double} NOT NULL,
    check_worthy BOOLEAN NOT NULL,
    type VARCHAR NOT NULL,
    flags JSON NOT NULL,
    provenance JSON,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    created_at {time} NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(article_id) REFERENCES documents (id)
);
CREATE INDEX ix_claims_article_id ON claims (article_id);
CREATE TABLE failures (
    id {serial},
    run_id INTEGER,
    stage VARCHAR NOT NULL,
    item TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at {time} NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(run_id) REFERENCES runs (id)
);
CREATE INDEX ix_failures_run_id ON failures (run_id);
CREATE TABLE llm_calls (
    id {serial},
    run_id INTEGER,
    model VARCHAR NOT NULL,
    prompt VARCHAR NOT NULL,
    prompt_version INTEGER NOT NULL,
    prompt_hash VARCHAR NOT NULL,
    item TEXT NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    latency_s {double} NOT NULL,
    attempts INTEGER NOT NULL,
    cached BOOLEAN NOT NULL,
    ok BOOLEAN NOT NULL,
    error TEXT,
    created_at {time} NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(run_id) REFERENCES runs (id)
);
CREATE INDEX ix_llm_calls_run_id ON llm_calls (run_id);
CREATE TABLE evidence (
    claim_id VARCHAR NOT NULL,
    chunk_id VARCHAR NOT NULL,
    rank INTEGER NOT NULL,
    score {double} NOT NULL,
    doc_id VARCHAR NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    source TEXT NOT NULL,
    outlet VARCHAR,
    date VARCHAR,
    url TEXT,
    genre VARCHAR,
    dense_rank INTEGER,
    lexical_rank INTEGER,
    PRIMARY KEY (claim_id, chunk_id),
    FOREIGN KEY(claim_id) REFERENCES claims (id)
);
CREATE TABLE reviews (
    id {serial},
    claim_id VARCHAR NOT NULL,
    reviewer VARCHAR NOT NULL,
    action VARCHAR NOT NULL,
    label VARCHAR,
    note TEXT NOT NULL,
    evidence_used JSON NOT NULL,
    undoes INTEGER,
    created_at {time} NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(claim_id) REFERENCES claims (id),
    UNIQUE (undoes),
    FOREIGN KEY(undoes) REFERENCES reviews (id)
);
CREATE INDEX ix_reviews_claim_id ON reviews (claim_id);
CREATE TABLE suggestions (
    id {serial},
    claim_id VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    rationale TEXT NOT NULL,
    cited JSON NOT NULL,
    confidence {double} NOT NULL,
    flags JSON NOT NULL,
    provenance JSON,
    created_at {time} NOT NULL,
    probabilities JSON,
    deciding JSON,
    PRIMARY KEY (id),
    FOREIGN KEY(claim_id) REFERENCES claims (id)
);
CREATE INDEX ix_suggestions_claim_id ON suggestions (claim_id);
"""

OLD_TYPES = {
    "sqlite": {"time": "DATETIME", "double": "DOUBLE", "serial": "INTEGER NOT NULL"},
    "postgresql": {"time": "TIMESTAMP WITH TIME ZONE", "double": "DOUBLE PRECISION", "serial": "SERIAL NOT NULL"},
}

# ids of serial columns are left to the database, as the old store did: 1, 2, 3 ... in insertion order
OLD_ROWS = """
INSERT INTO documents (id, title, kind, source, outlet, date, url, genre, text, added_at) VALUES
    ('art', 'Bridge', 'article', 'a.md', NULL, NULL, NULL, NULL,
     'The bridge opened in 1932. It cost 10 million.', '2026-11-20 10:00:00.000001'),
    ('brief', 'Brief', 'evidence', 'brief.md', 'Gazette', '1932-05-01', NULL, 'news',
     'The bridge opened in 1932.', '2026-11-20 10:00:01');
INSERT INTO claims (id, article_id, text, span_start, span_end, sentence, check_worthiness, check_worthy, type,
                    flags, provenance, position, active, created_at) VALUES
    ('c1', 'art', 'The bridge opened in 1932.', 0, 26, 'The bridge opened in 1932.', 0.9, TRUE, 'event',
     '[]', NULL, 0, TRUE, '2026-11-20 10:01:00'),
    ('c2', 'art', 'It cost 10 million.', 27, 46, 'It cost 10 million.', 0.7, TRUE, 'statistic',
     '["unaligned_span"]', NULL, 1, FALSE, '2026-11-20 10:01:00');
INSERT INTO evidence (claim_id, chunk_id, rank, score, doc_id, title, text, start, "end", kind, source, outlet,
                      date, url, genre, dense_rank, lexical_rank) VALUES
    ('c1', 'brief:0', 1, 0.8, 'brief', 'Brief', 'The bridge opened in 1932.', 0, 26, 'evidence', 'brief.md',
     'Gazette', '1932-05-01', NULL, 'news', 1, NULL);
INSERT INTO suggestions (claim_id, label, rationale, cited, confidence, flags, provenance, created_at) VALUES
    ('c1', 'supported', 'The brief says so.', '["brief:0"]', 0.8, '[]', NULL, '2026-11-20 10:02:00');
INSERT INTO reviews (claim_id, reviewer, action, label, note, evidence_used, undoes, created_at) VALUES
    ('c1', 'ann', 'label', 'supported', 'matches the brief', '["brief:0"]', NULL, '2026-11-20 11:00:00'),
    ('c1', 'bob', 'label', 'disputed', '', '[]', NULL, '2026-11-20 11:01:00'),
    ('c1', 'ann', 'label', 'disputed', 'misclick', '[]', NULL, '2026-11-20 11:02:00'),
    ('c1', 'ann', 'undo', NULL, '', '[]', 3, '2026-11-20 11:03:00'),
    ('c2', 'bob', 'label', 'unverified', 'inactive claims keep their reviews', '[]', NULL, '2026-11-20 11:04:00');
INSERT INTO runs (kind, article_id, started_at, finished_at, status, params, counts) VALUES
    ('check', 'art', '2026-11-20 10:00:00', '2026-11-20 10:03:00', 'done', '{}', '{"claims": 2}');
INSERT INTO failures (run_id, stage, item, reason, created_at) VALUES
    (1, 'verdict', 'c2', 'no passage', '2026-11-20 10:02:30');
INSERT INTO llm_calls (run_id, model, prompt, prompt_version, prompt_hash, item, input_tokens, output_tokens,
                       latency_s, attempts, cached, ok, error, created_at) VALUES
    (1, 'fake:model', 'extract_claims', 2, 'abc123', 'c1', 100, 20, 0.5, 1, FALSE, TRUE, NULL, '2026-11-20 10:00:30');
"""

#: The review history of c1 in OLD_ROWS: (id, reviewer, action, label, note, evidence_used, undoes).
OLD_REVIEWS_OF_C1 = [
    (1, "ann", "label", "supported", "matches the brief", ["brief:0"], None),
    (2, "bob", "label", "disputed", "", [], None),
    (3, "ann", "label", "disputed", "misclick", [], None),
    (4, "ann", "undo", None, "", [], 3),
]


#: How the schema of an older workbench differed from OLD_SCHEMA, by the revision that schema is.
OLD_SCHEMA_CHANGES = {
    "0001_initial": [  # before commit 66ccc91
        "ALTER TABLE suggestions DROP COLUMN probabilities",
        "ALTER TABLE suggestions DROP COLUMN deciding",
    ],
    "0002_suggestion_probabilities": [],
    "0003_document_source": [  # the last schema before migrations, as _add_missing_columns left it
        "ALTER TABLE documents ADD COLUMN file TEXT",
        "ALTER TABLE documents ADD COLUMN record TEXT",
    ],
}


def make_old_database(url: str, schema: str = "0002_suggestion_probabilities") -> None:
    """The database an older workbench left behind: its tables and some rows, no alembic_version table."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        statements = OLD_SCHEMA.format(**OLD_TYPES[conn.dialect.name]).split(";")
        statements += [*OLD_SCHEMA_CHANGES[schema], *OLD_ROWS.split(";")]
        if schema != "0001_initial":
            statements.append("""UPDATE suggestions SET probabilities = '{"supported": 0.8, "unverified": 0.2}'""")
        if schema == "0003_document_source":
            statements.append("UPDATE documents SET file = '/corpus/a.md' WHERE id = 'art'")
        for statement in statements:
            if statement.strip():
                conn.exec_driver_sql(statement)
    engine.dispose()


def snapshot(url: str) -> dict[str, tuple]:
    """Every table's columns, indexes and rows: what "the database is unchanged" compares."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        shot = {}
        for table in sorted(inspector.get_table_names()):
            columns = [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)]
            indexes = sorted(i["name"] for i in inspector.get_indexes(table))
            rows = sorted((tuple(r) for r in conn.execute(sa.text(f'SELECT * FROM "{table}"'))), key=repr)
            shot[table] = (columns, indexes, rows)
    engine.dispose()
    return shot


def schema_revision(url: str) -> str | None:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    return revision


def stamp(url: str, revision: str) -> None:
    """Record ``revision`` as the database's schema, as an upgrade by an earlier workbench with migrations would."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        MigrationContext.configure(conn).stamp(_migration_scripts(), revision)
    engine.dispose()


def differences_from_the_table_classes(url: str) -> list:
    """What Alembic's autogenerate would change to make the database match store.py's table classes."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), _Base.metadata)
    engine.dispose()
    return diff


def review_history(store: Store, claim_id: str) -> list[tuple]:
    return [(r.id, r.reviewer, r.action, r.label, r.note, r.evidence_used, r.undoes) for r in store.reviews(claim_id)]


@pytest.fixture
def store_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'workbench.db'}"


# --- new and old databases ------------------------------------------------------------------------


def test_a_new_database_is_made_by_the_migrations_and_matches_the_table_classes(store_url):
    Store(store_url).close()
    assert schema_revision(store_url) == HEAD
    assert differences_from_the_table_classes(store_url) == []


def test_an_old_database_is_upgraded_in_place_and_keeps_every_review(store_url):
    make_old_database(store_url)

    with Store(store_url) as store:
        assert review_history(store, "c1") == OLD_REVIEWS_OF_C1
        assert [r.note for r in store.reviews("c2")] == ["inactive claims keep their reviews"]
        assert store.status("c1").by_reviewer == {"ann": "supported", "bob": "disputed"}
        assert [c.id for c in store.claims(include_inactive=True)] == ["c1", "c2"]
        assert store.suggestion("c1").probabilities == {"supported": 0.8, "unverified": 0.2}
        assert store.get_document("art").file == ""
        assert store.counts() == {
            "documents": 2,
            "articles": 1,
            "claims": 1,
            "inactive_claims": 1,
            "evidence": 1,
            "suggestions": 1,
            "reviews": 5,
            "runs": 1,
            "failures": 1,
            "llm_calls": 1,
        }
        # the new columns are there, and the old tables' id sequences go on where they were
        doc = store.get_document("art").model_copy(update={"file": "/corpus/a.md", "record": "r1"})
        store.upsert_document(doc)
        assert store.get_document("art").record == "r1"
        assert store.add_review("c1", "cy", "supported").id == 6

    assert schema_revision(store_url) == HEAD
    assert differences_from_the_table_classes(store_url) == []


def test_a_database_from_before_the_verifier_columns_is_upgraded_through_both_revisions(store_url):
    make_old_database(store_url, schema="0001_initial")

    with Store(store_url) as store:
        assert review_history(store, "c1") == OLD_REVIEWS_OF_C1
        assert store.suggestion("c1").probabilities == {}

    assert schema_revision(store_url) == HEAD
    assert differences_from_the_table_classes(store_url) == []


def test_a_database_made_just_before_migrations_is_only_stamped(store_url):
    make_old_database(store_url, schema=LAST_BEFORE_MIGRATIONS)
    before = snapshot(store_url)

    with Store(store_url) as store:
        assert store.get_document("art").file == "/corpus/a.md"

    after = snapshot(store_url)
    assert after.pop("alembic_version")[2] == [(HEAD,)]
    for table in NEW_TABLES.values():  # the later revisions' tables, empty
        assert after.pop(table)[2] == []
    assert after == before


def test_opening_an_upgraded_database_again_changes_nothing(store_url):
    make_old_database(store_url)
    Store(store_url).close()
    before = snapshot(store_url)
    Store(store_url).close()
    assert snapshot(store_url) == before


def test_a_database_with_only_some_of_the_tables_is_refused(store_url):
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE runs (id INTEGER PRIMARY KEY, what TEXT)")
    engine.dispose()
    with pytest.raises(StoreError, match="has some of the workbench's tables but not documents"):
        Store(store_url)


def test_a_database_from_a_newer_workbench_is_refused(store_url):
    Store(store_url).close()
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    engine.dispose()
    with pytest.raises(StoreError, match="revision 0099_from_the_future, which this version of the workbench"):
        Store(store_url)


def test_every_revision_can_be_undone(store_url):
    Store(store_url).close()
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        context = MigrationContext.configure(conn)
        with Operations.context(context):
            for script in _migration_scripts().walk_revisions():  # newest first
                script.module.downgrade()
        assert sa.inspect(conn).get_table_names() == ["alembic_version"]
    engine.dispose()


# --- failures -------------------------------------------------------------------------------------


def test_a_failed_migration_rolls_back_every_step_and_names_the_revision(store_url, monkeypatch):
    make_old_database(store_url, schema="0001_initial")  # so that 0002 runs, and succeeds, first
    before = snapshot(store_url)

    def half_done() -> None:
        op.add_column("documents", sa.Column("file", sa.Text(), nullable=True))
        raise RuntimeError("disk on fire")

    failing = LAST_BEFORE_MIGRATIONS  # the revision that adds documents.file, as half_done does
    monkeypatch.setattr(_migration_scripts().get_revision(failing).module, "upgrade", half_done)
    with pytest.raises(StoreError, match=f"^migration {failing} failed: disk on fire; the database is unchanged$"):
        Store(store_url)

    assert snapshot(store_url) == before  # no alembic_version, no new column, every row
    monkeypatch.undo()
    with Store(store_url) as store:
        assert review_history(store, "c1") == OLD_REVIEWS_OF_C1
    assert schema_revision(store_url) == HEAD


# --- concurrency ----------------------------------------------------------------------------------


def _open_at_the_same_time(url: str, start, results) -> None:
    """Runs in a spawned process: waits for the other one, then opens the store; reports the revisions it ran."""
    try:
        ran = []
        for script in _migration_scripts().walk_revisions():
            original = script.module.upgrade

            def slow_upgrade(original=original, revision=script.revision) -> None:
                ran.append(revision)
                time.sleep(0.5)  # long enough for the other process to arrive while this one migrates
                original()

            script.module.upgrade = slow_upgrade
        start.wait(timeout=60)
        with Store(url) as store:
            results.put((ran, len(store.reviews("c1"))))
    except Exception as exc:  # noqa: BLE001 - reported to the test, which shows it
        results.put(repr(exc))


# Without a version table, the second process would also be held up by the first one's creating it (and
# retried); with one, nothing but the lock keeps the second from running 0003_document_source again.
@pytest.mark.parametrize("version_table", [False, True], ids=["before-migrations", "at-an-older-revision"])
def test_two_processes_opening_an_old_database_at_once_migrate_it_once(store_url, version_table):
    make_old_database(store_url)
    if version_table:
        stamp(store_url, "0002_suggestion_probabilities")
    context = get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    processes = [context.Process(target=_open_at_the_same_time, args=(store_url, start, results)) for _ in range(2)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=60)

    assert [o for o in outcomes if isinstance(o, str)] == []  # no process failed
    # one ran the migrations after the old schema's, both found every review
    assert sorted(outcomes) == [([], 4), ([LAST_BEFORE_MIGRATIONS, *NEW_TABLES], 4)]
    with Store(store_url) as store:
        assert review_history(store, "c1") == OLD_REVIEWS_OF_C1
        assert store.counts()["reviews"] == 5
    assert schema_revision(store_url) == HEAD
