"""A real PostgreSQL server for the tests that run the store as a team would (WORKBENCH_DATABASE_URL).

Each module that asks for ``pg_url`` gets its own server: a fresh data directory under the system
temp dir and a free port on 127.0.0.1, so a server left behind by a crashed run cannot get in the
way. Such leftovers are also stopped and removed: a running fixture holds a lock on its directory,
and a directory whose lock nobody holds belongs to a dead test run.
"""

from __future__ import annotations

import fcntl
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN = Path("/usr/lib/postgresql/15/bin")
DIR_PREFIX = "workbench-pg-"
INSTALL_HINT = "install PostgreSQL 15 with `apt-get install postgresql` (scripts/install.sh does it)"


def _binary(name: str) -> str:
    path = PG_BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"PostgreSQL's `{name}` was not found in {PG_BIN} or on PATH: {INSTALL_HINT}")
    return found


def _as_postgres() -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` OS user then."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail(f"running as root, and there is no `postgres` OS user to run the server as: {INSTALL_HINT}")
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.fail("running as root, and `runuser` (util-linux) is missing to run the server as `postgres`")
    return [runuser, "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, check=False, capture_output=True, text=True, timeout=120)


def _remove_leftovers(pg_ctl: str, as_postgres: list[str]) -> None:
    """Stop the servers of earlier test runs that died without tearing down."""
    for folder in Path(tempfile.gettempdir()).glob(f"{DIR_PREFIX}*"):
        lock_path = folder / "owner.lock"
        if not lock_path.exists() or time.time() - lock_path.stat().st_mtime < 60:
            continue  # a run that is just starting may not hold its lock yet
        with open(lock_path, "a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live test run owns it
            if (folder / "data" / "postmaster.pid").exists():
                _run([*as_postgres, pg_ctl, "-D", str(folder / "data"), "-m", "immediate", "stop"], cwd=folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """URL of a `workbench` database on a PostgreSQL server that lives as long as the test module."""
    import psycopg

    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    as_postgres = _as_postgres()
    _remove_leftovers(pg_ctl, as_postgres)

    folder = Path(tempfile.mkdtemp(prefix=DIR_PREFIX))
    with open(folder / "owner.lock", "w") as lock:  # held while the server runs; see _remove_leftovers
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if as_postgres:
            shutil.chown(folder, "postgres", "postgres")
        data = folder / "data"
        try:
            port = _start_server(initdb, pg_ctl, as_postgres, folder)
            with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True) as conn:
                conn.execute("CREATE DATABASE workbench")
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/workbench"
        finally:
            if (data / "postmaster.pid").exists():
                _run([*as_postgres, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], cwd=folder)
    shutil.rmtree(folder, ignore_errors=True)


def _start_server(initdb: str, pg_ctl: str, as_postgres: list[str], folder: Path) -> int:
    """initdb a cluster in ``folder/data`` and start it on a free port; returns the port."""
    data, log = folder / "data", folder / "server.log"
    done = _run(
        [
            *as_postgres,
            initdb,
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        cwd=folder,
    )
    if done.returncode != 0:
        pytest.fail(f"initdb failed:\n{done.stdout}\n{done.stderr}")
    for _attempt in range(3):  # another process may take the free port before the server does
        port = _free_port()
        options = f"-h 127.0.0.1 -p {port} -k {folder} -F"  # -F: no fsync, the data is thrown away
        done = _run(
            [*as_postgres, pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"],
            cwd=folder,
        )
        if done.returncode == 0:
            return port
    server_log = log.read_text() if log.exists() else ""
    pytest.fail(f"PostgreSQL did not start:\n{done.stdout}\n{done.stderr}\n{server_log}")


@pytest.fixture
def pg_database(pg_url) -> str:
    """URL of a new, empty database on the module's server, so tests cannot see each other's rows."""
    import psycopg

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_url.rsplit("/", 1)[0] + f"/{name}"
