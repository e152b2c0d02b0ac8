"""Plain SQL on the database's own DB-API connections: the hot paths, without SQLAlchemy.

Showing the last assessment at start and a command such as ``answer set``
need a handful of short statements; importing SQLAlchemy and SQLModel would
cost them several times their work.  Those statements run here, on stdlib
``sqlite3`` connections opened with the same pragmas as the engine's (WAL,
``synchronous=FULL``: a save reported is on disk; foreign keys; the busy
timeout), through `Database.query` and `Database.sql_transaction`.  The rest
of the app keeps the ORM (`Database.transaction`), whose engine is created
only when first used.

Statements are standard SQL with named ``:name`` parameters (a PostgreSQL
backend through psycopg would spell them ``%(name)s`` in its connection
class, not in the statements); rows are read by column name.

Each thread gets its own connection, as it would from the engine's pool: a
worker exporting in the background and the window saving an answer never
share one, and SQLite's own locking (with the busy timeout) orders them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mgi_desktop.storage.health import BUSY_TIMEOUT_MS

#: A row, read by column name (``row["title"]``); `sqlite3.Row` here, a dict row with psycopg.
Row = sqlite3.Row
Params = Mapping[str, Any]


def set_pragmas(con: sqlite3.Connection) -> None:
    """What every connection to a database runs first, the engine's and these alike."""
    cursor = con.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: `Sql` transactions say BEGIN and COMMIT themselves."""
    target, uri = (f"file:{path.as_posix()}?mode=ro", True) if read_only else (str(path), False)
    # check_same_thread=False only so that `Connections.close` may close it from the closing thread
    con = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                          check_same_thread=False)
    try:
        con.row_factory = sqlite3.Row
        set_pragmas(con)
    except BaseException:
        con.close()
        raise
    return con


def in_list(name: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """``(:name0, :name1, ...)`` and its parameters, for ``column IN ...`` with named placeholders."""
    params = {f"{name}{i}": value for i, value in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


class Sql:
    """The statements of one transaction (`Database.sql_transaction`) or one read."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    def execute(self, sql: str, params: Params | None = None) -> int:
        """Run a statement; the number of rows it changed."""
        return self._con.execute(sql, params or {}).rowcount

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        self._con.executemany(sql, rows)

    def all(self, sql: str, params: Params | None = None) -> list[Row]:
        return self._con.execute(sql, params or {}).fetchall()

    def one(self, sql: str, params: Params | None = None) -> Row | None:
        cursor = self._con.execute(sql, params or {})
        try:
            row: Row | None = cursor.fetchone()
        finally:
            cursor.close()  # the statement is finished: no read transaction stays open
        return row


class Connections:
    """One connection per thread to one database file, opened on first use, all closed together."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path, self.read_only = path, read_only
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self._closed = False

    def get(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = connect(self.path, read_only=self.read_only)
            with self._guard:
                if self._closed:
                    con.close()
                    raise sqlite3.ProgrammingError("the database is closed")
                self._all.append(con)
            self._local.con = con
        return con

    def close(self) -> None:
        with self._guard:
            self._closed = True
            connections, self._all = self._all, []
        for con in connections:
            con.close()
