"""The OS file lock that lets one app or command at a time use a database.

An OS lock is released by the system when its process dies, so a killed app
never leaves a database locked.  It is taken on ``<database>.lock`` with
``flock`` (POSIX) or ``LockFileEx`` (Windows), the primitives of the filelock
library, so versions of the app that lock through filelock and this one
exclude each other.  On POSIX the lock is taken here directly: importing
filelock (some thirty modules) costs a start more than opening the database
does.  Windows, and a file system without ``flock``, where filelock has its
own fallback, go through filelock.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Protocol

from mgi_desktop.errors import StorageError
from mgi_desktop.messages import Template

IN_USE = Template("storage.in_use",
                  "the database is already open in another MGI Desktop window or command; close it there first")
CANNOT_LOCK = Template("storage.cannot_lock", "cannot lock the database: {reason}")

#: What flock reports when another open file holds the lock (EACCES on some file systems).
_HELD = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK})


class Lock(Protocol):
    @property
    def is_locked(self) -> bool: ...

    def release(self) -> None: ...


class _Flock:
    """An exclusive ``flock`` on an open lock file, held until `release` (or the process's end)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        import fcntl

        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)  # the file stays, as filelock leaves it: a waiter keeps the same inode


class _NoFlock(Exception):
    """This file system has no flock: filelock decides what to do."""


def _flock(path: str) -> _Flock | None:
    """The lock, or None when another process holds it."""
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _HELD:
            return None
        if exc.errno == errno.ENOSYS:
            raise _NoFlock from None
        raise
    return _Flock(fd)


def take(database: Path) -> Lock:
    """Lock `database` for this process, or refuse with a message naming it."""
    path = str(database) + ".lock"
    try:
        if sys.platform != "win32":
            try:
                held = _flock(path)
            except _NoFlock:
                pass
            else:
                if held is None:
                    raise StorageError(IN_USE(database))
                return held
        return _filelock(database, path)
    except OSError as exc:
        raise StorageError(CANNOT_LOCK(database, reason=exc.strerror or str(exc))) from None


def _filelock(database: Path, path: str) -> Lock:
    import filelock

    lock = filelock.FileLock(path, timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise StorageError(IN_USE(database)) from None
    return lock
