"""The OS file lock that lets one app or command at a time use a database.

An OS lock (flock / LockFileEx through filelock) is released by the system when
its process dies, so a killed app never leaves a database locked.
"""

from __future__ import annotations

from pathlib import Path

import filelock

from mgi_desktop.errors import StorageError


def take(database: Path) -> filelock.BaseFileLock:
    """Lock `database` for this process, or refuse with a message naming it."""
    lock = filelock.FileLock(str(database) + ".lock", timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise StorageError(
            f"{database}: the database is already open in another MGI Desktop window or command; "
            "close it there first") from None
    except OSError as exc:
        raise StorageError(f"{database}: cannot lock the database: {exc.strerror or exc}") from None
    return lock
