"""The OS file lock that lets one app or command at a time use a database.

An OS lock (flock / LockFileEx through filelock) is released by the system when
its process dies, so a killed app never leaves a database locked.
"""

from __future__ import annotations

from pathlib import Path

import filelock

from mgi_desktop.errors import StorageError
from mgi_desktop.messages import Template

IN_USE = Template("storage.in_use",
                  "the database is already open in another MGI Desktop window or command; close it there first")
CANNOT_LOCK = Template("storage.cannot_lock", "cannot lock the database: {reason}")


def take(database: Path) -> filelock.BaseFileLock:
    """Lock `database` for this process, or refuse with a message naming it."""
    lock = filelock.FileLock(str(database) + ".lock", timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise StorageError(IN_USE(database)) from None
    except OSError as exc:
        raise StorageError(CANNOT_LOCK(database, reason=exc.strerror or str(exc))) from None
    return lock
