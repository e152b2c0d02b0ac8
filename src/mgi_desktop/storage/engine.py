"""The SQLAlchemy engine of a database, created the first time the ORM is used (`Database.engine`).

Importing this module imports SQLAlchemy: only `Database.engine` does, so the
paths that need plain SQL alone (`storage.sql`) never pay for it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool, QueuePool

from mgi_desktop.storage.health import BUSY_TIMEOUT_MS
from mgi_desktop.storage.sql import set_pragmas


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    set_pragmas(dbapi_connection)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    timeout = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if read_only:  # another person's file, read once: keep no connection
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
        engine = create_engine(url, poolclass=NullPool, connect_args=timeout)
    else:
        # A pooled connection is reused: opening one and setting its pragmas costs more than a
        # save.  Transactions stay short, so nothing is held open between user actions.
        engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=2, max_overflow=4,
                               connect_args=timeout | {"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine
