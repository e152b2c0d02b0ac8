"""A full disk, told as a full disk: where, how much space is needed and free, and what was kept.

A disk that fills up is the commonest failure of a laptop's storage, and the
one a person can fix (empty the recycle bin, move files away) and then retry.
SQLite does not always say "full": when the disk is full it may report a
"disk I/O error" (it cannot grow its ``-shm`` or ``-wal`` file), which reads
like damage and would send a person to restore an older backup.  So
`is_disk_full` also asks the file system how much space is left before an
I/O error is taken for anything else.

Every write path (answer save, export, backup, restore, import, attachment
store) turns a full disk into one `DiskFullError` made by `disk_full`, whose
message names the folder, the space needed and free, and what was kept.
`ensure_space` refuses a write that cannot fit before it starts, so nothing is
left half-made.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from mgi_desktop.errors import DiskFullError
from mgi_desktop.messages import Message, Template

DISK_FULL = Template("disk.full", "not enough space on the disk of {folder}: {needed} needed, {free} free; {kept}")
DISK_FULL_UNKNOWN = Template("disk.full_unknown", "the disk of {folder} is full ({free} free); {kept}")

#: What a person must free for the database to save again: room for SQLite's
#: ``-wal`` to grow by a few transactions and for its ``-shm`` index (32 KiB).
DATABASE_HEADROOM = 4 << 20
#: Below this much free space an SQLite "disk I/O error" is taken for a full disk.
NEARLY_FULL = 1 << 20
#: SQLite's primary result codes (the low byte of the extended code).
_SQLITE_IOERR, _SQLITE_FULL = 10, 13
_ERRNOS = frozenset(code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None)


def size_text(size: int) -> str:
    """A size in the binary units that limits and free space are counted in: 812 bytes, 4.0 KiB, 25 MiB."""
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        value /= 1024
        if value < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if value >= 100 or value.is_integer() else f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def free_bytes(folder: Path) -> int | None:
    """The space left for this user on the disk of `folder` (or of its nearest existing parent)."""
    place = Path(folder).absolute()
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free
    except OSError:
        return None


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether `exc` (from the OS or SQLite) means that the disk of `folder` has no room left."""
    if isinstance(exc, OSError):
        return exc.errno in _ERRNOS
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()
        if primary == _SQLITE_FULL or "database or disk is full" in text:
            return True
        if (primary == _SQLITE_IOERR or "disk i/o error" in text) and folder is not None:
            free = free_bytes(folder)
            return free is not None and free < NEARLY_FULL
    return False


def disk_full(folder: Path, kept: Message, *, needed: int | None = None,
              subject: Path | str | None = None) -> DiskFullError:
    """The one error of a full disk: the folder, the space needed (when known) and free, and what was kept."""
    folder = Path(folder)
    free = free_bytes(folder)
    free_text = size_text(free) if free is not None else "?"
    if needed is None:
        return DiskFullError(DISK_FULL_UNKNOWN(subject, folder=folder, free=free_text, kept=kept),
                             folder=folder)
    return DiskFullError(DISK_FULL(subject, folder=folder, needed=size_text(needed), free=free_text, kept=kept),
                         folder=folder)


def retold(exc: BaseException, folder: Path, kept: Message, *, needed: int | None = None,
           subject: Path | str | None = None) -> DiskFullError | None:
    """`exc` as this step's full disk, or None when it is something else.

    A `DiskFullError` met further down (the atomic write inside a backup, say)
    is said again with what this step kept, keeping the folder it found full;
    an OS or SQLite error that means a full disk of `folder` becomes one.
    """
    if isinstance(exc, DiskFullError):
        return disk_full(exc.folder or folder, kept, needed=needed, subject=subject)
    if is_disk_full(exc, folder):
        return disk_full(folder, kept, needed=needed, subject=subject)
    return None


def ensure_space(folder: Path, needed: int, kept: Message, *, subject: Path | str | None = None) -> None:
    """Refuse, before anything is written, a write of `needed` bytes that the disk of `folder` cannot hold."""
    free = free_bytes(folder)
    if free is not None and free < needed:
        raise disk_full(folder, kept, needed=needed, subject=subject)
