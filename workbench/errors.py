"""Any exception as the one line a user reads: its cause and, where the code knows it, the fix.

The core raises specific errors whose messages already say what to do (``StoreError``,
``VectorStoreError``, ``SettingsError`` ...); this module only words the ones that come from
elsewhere (a file that cannot be written, a broken Chroma file) and marks the unexpected ones,
whose traceback ``--debug`` shows. The CLI prints the line; nothing here prints.
"""

from __future__ import annotations

import errno

from workbench.settings import Settings

_OS_FIXES = {
    errno.ENOENT: "Check the path: the file, or the folder it goes in, does not exist",
    errno.ENOTDIR: "Check the path: a part of it is a file, not a folder",
    errno.EISDIR: "Give a file name, not a folder",
    errno.EEXIST: "Something is in the way at that path: move it away",
    errno.EACCES: "Check the permissions, or choose another path",
    errno.EPERM: "Check the permissions, or choose another path",
    errno.EROFS: "The file system is read-only: choose another path",
    errno.ENOSPC: "Free some disk space and try again",
}


def one_line(text: str) -> str:
    return " ".join(text.split())


def _origin(exc: BaseException) -> str:
    """The top-level package that defined the exception's class: 'workbench', 'chromadb' ..."""
    return type(exc).__module__.split(".")[0]


def _os_error(exc: OSError) -> str:
    cause = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return cause
    fix = _OS_FIXES.get(exc.errno or 0, "Check the path and its permissions")
    return f"{exc.filename}: {cause}. {fix}"


def _chroma_error(exc: BaseException, settings: Settings | None) -> str:
    if settings is not None and settings.chroma_url:
        fix = f"Check the Chroma server at {settings.chroma_url} (WORKBENCH_CHROMA_URL)"
    else:
        folder = settings.chroma_dir if settings is not None else "WORKBENCH_HOME/chroma"
        fix = f"If {folder} is damaged, move it away and ingest the corpus again"
    return f"the vector store (Chroma) failed: {one_line(str(exc)) or type(exc).__name__}. {fix}"


def is_expected(exc: BaseException) -> bool:
    """An error whose message is written for the user, as opposed to a bug."""
    return isinstance(exc, ValueError | OSError) or _origin(exc) in ("workbench", "chromadb", "sqlalchemy")


def user_message(exc: BaseException, settings: Settings | None = None) -> str:
    """``exc`` as one line without the 'Error:' prefix; ``settings`` (if known) sharpens the fix."""
    if _origin(exc) == "chromadb":
        return _chroma_error(exc, settings)
    if _origin(exc) == "sqlalchemy":
        from workbench.store import database_error_message

        return database_error_message(exc) or one_line(str(exc))  # type: ignore[arg-type]
    if is_expected(exc):
        if isinstance(exc, OSError) and _origin(exc) != "workbench":
            return _os_error(exc)
        return one_line(str(exc)) or type(exc).__name__
    detail = one_line(str(exc))
    return f"unexpected {type(exc).__name__}{': ' + detail if detail else ''} (run with --debug for the traceback)"
