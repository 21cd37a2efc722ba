"""Errors a user meets are one line naming the cause and the fix; bad settings and filters are refused."""

from __future__ import annotations

import errno

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.errors import user_message
from workbench.index.search import check_date, check_filters
from workbench.records import SearchFilters
from workbench.settings import SettingsError, load_settings
from workbench.store import Store, StoreError

runner = CliRunner()


# --- the one line ---------------------------------------------------------------------------------


def test_a_file_that_cannot_be_written_names_the_path_and_the_fix():
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", "/nonexistent/dir/x.csv")
    assert (
        user_message(exc) == "/nonexistent/dir/x.csv: No such file or directory. "
        "Check the path: the file, or the folder it goes in, does not exist"
    )


def test_an_unexpected_error_is_one_line_that_points_at_debug():
    assert (
        user_message(KeyError("stage.metric"))
        == "unexpected KeyError: 'stage.metric' (run with --debug for the traceback)"
    )


def test_a_multi_line_message_becomes_one_line():
    assert user_message(ValueError("first\n  second")) == "first second"


def test_a_database_failure_after_opening_gives_the_drivers_words_without_sql():
    from sqlalchemy.exc import OperationalError

    exc = OperationalError("SELECT * FROM claims", {}, Exception("disk I/O error"))
    assert user_message(exc) == (
        "the database failed: disk I/O error. Check that it is reachable (WORKBENCH_DATABASE_URL) and, "
        "for SQLite, that the file in WORKBENCH_HOME is intact"
    )


def test_a_chroma_failure_names_the_folder_to_move_away(settings):
    from chromadb.errors import InternalError

    message = user_message(InternalError("file is not a database"), settings)
    assert (
        message == f"the vector store (Chroma) failed: file is not a database. If {settings.chroma_dir} is damaged, "
        "move it away and ingest the corpus again"
    )


# --- the store says why it cannot open --------------------------------------------------------------


def test_a_url_that_is_not_a_url_is_a_store_error():
    with pytest.raises(StoreError, match="'notaurl' is not a valid URL. Set WORKBENCH_DATABASE_URL"):
        Store("notaurl")


def test_a_database_without_a_driver_is_a_store_error():
    with pytest.raises(StoreError, match="no database driver for nosuch://"):
        Store("nosuch://host/db")


def test_a_corrupt_sqlite_file_is_a_store_error_naming_the_file(tmp_path):
    path = tmp_path / "workbench.db"
    path.write_bytes(b"\x8f not a database \x00" * 500)
    with pytest.raises(StoreError, match=f"{path} is not a usable SQLite database .* Move the file away"):
        Store(f"sqlite:///{path}")


# --- settings -----------------------------------------------------------------------------------------


def test_a_bad_setting_names_its_variable(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("WORKBENCH_SEARCH_K", "0")
    with pytest.raises(
        SettingsError, match=r"WORKBENCH_SEARCH_K=0: Input should be greater than or equal to 1\. Fix it"
    ):
        load_settings()


def test_an_overlap_not_below_the_chunk_size_is_refused(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_CHUNK_OVERLAP", "200")
    with pytest.raises(
        SettingsError, match=r"WORKBENCH_CHUNK_OVERLAP \(200\) must be smaller than WORKBENCH_CHUNK_TOKENS \(200\)"
    ):
        load_settings()


# --- search filters -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2017", "2017-12", "2017-12-09", "2016-02-29"])
def test_iso_years_months_and_days_are_dates(value):
    assert check_date(value) == value


@pytest.mark.parametrize("value", ["notadate", "2017-13", "2017-02-30", "17-12-09", "2017/12/09", "2017-1", ""])
def test_anything_else_is_refused(value):
    with pytest.raises(ValueError, match="is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"):
        check_date(value)


def test_filters_with_a_bad_date_or_an_empty_range_are_refused():
    with pytest.raises(ValueError, match="date_from: 'Dec 2017' is not a date"):
        check_filters(SearchFilters(date_from="Dec 2017"))
    with pytest.raises(ValueError, match="date_from 2018 is after date_to 2017-12"):
        check_filters(SearchFilters(date_from="2018", date_to="2017-12"))
    check_filters(SearchFilters(date_from="2017-12", date_to="2017"))  # December 2017 is within 2017


# --- the CLI ----------------------------------------------------------------------------------------


@pytest.fixture
def bad_database(settings, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(settings.home))
    monkeypatch.setenv("WORKBENCH_DATABASE_URL", "notaurl")


def test_the_cli_prints_one_error_line_and_exits_1(bad_database):
    result = runner.invoke(app, ["claims"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "Error: the database URL 'notaurl' is not a valid URL. Set WORKBENCH_DATABASE_URL"
    )


def test_an_unexpected_error_is_one_line_too(settings, monkeypatch):
    def broken():
        raise KeyError("x")

    monkeypatch.setattr("workbench.cli.reviews._reviewing", broken)
    result = runner.invoke(app, ["claims"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: unexpected KeyError: 'x' (run with --debug for the traceback)"


def test_debug_lets_the_traceback_through(bad_database):
    result = runner.invoke(app, ["--debug", "claims"])
    assert isinstance(result.exception, StoreError) and "Error:" not in result.output


def test_a_search_filter_is_checked_before_anything_loads(settings, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(settings.home))
    result = runner.invoke(app, ["search", "x", "--from", "2018", "--to", "2017"])
    assert result.exit_code == 2 and "2018 is after --to 2017" in result.output
    assert not settings.home.exists()  # nothing was opened
