"""Is this file a sound MGI Desktop database?  Checked before anything opens it for writing.

Read-only and cheap: the header, ``PRAGMA quick_check``, the application id.
Each refusal names the file and the problem (`StorageError`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mgi_desktop import disk
from mgi_desktop.errors import StorageError
from mgi_desktop.messages import Template

#: "MGI1" in PRAGMA application_id marks our files, so a foreign SQLite file is refused.
APPLICATION_ID = 0x4D474931
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"

PERMISSION = Template("storage.permission", "cannot read the database: permission denied")
UNREADABLE = Template("storage.unreadable", "cannot read the database: {reason}")
EMPTY = Template("storage.empty", "the file is empty (0 bytes), not an MGI Desktop database")
NOT_SQLITE = Template("storage.not_sqlite", "not an SQLite database (it may be a text file or another format)")
TRUNCATED = Template("storage.truncated", "the database is truncated ({size} of {expected} bytes)")
DAMAGED = Template("storage.damaged", "the database is damaged ({detail})")
NOT_OPENED = Template("storage.not_opened", "the database was not opened, and nothing in it changed")
FOREIGN = Template("storage.foreign", "not an MGI Desktop database (a SQLite file of another program)")


def inspect_file(path: Path) -> None:
    """Refuse a file that is not a sound MGI Desktop database, naming the problem."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise StorageError(PERMISSION(path)) from None
    except OSError as exc:
        raise StorageError(UNREADABLE(path, reason=exc.strerror or str(exc))) from None
    if size == 0:
        raise StorageError(EMPTY(path))
    if not header.startswith(SQLITE_HEADER):
        raise StorageError(NOT_SQLITE(path))
    page_size = int.from_bytes(header[16:18], "big") or 65536
    page_count = int.from_bytes(header[28:32], "big")
    if page_size and page_count and size < page_size * page_count and not path.with_name(path.name + "-wal").exists():
        raise StorageError(TRUNCATED(path, size=size, expected=page_size * page_count))
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            result = con.execute("PRAGMA quick_check").fetchall()
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        # Reading a database in WAL mode needs room for its -shm index: on a full disk
        # SQLite says "disk I/O error", which is not damage (and must not lead to a restore).
        if disk.is_disk_full(exc, path.parent):
            raise disk.disk_full(path.parent, NOT_OPENED(), needed=disk.DATABASE_HEADROOM, subject=path) from None
        raise StorageError(DAMAGED(path, detail=str(exc))) from None
    if result != [("ok",)]:
        first = "; ".join(str(r[0]) for r in result[:3])
        raise StorageError(DAMAGED(path, detail=f"quick_check: {first}"))
    if app_id != APPLICATION_ID and tables:
        raise StorageError(FOREIGN(path))
