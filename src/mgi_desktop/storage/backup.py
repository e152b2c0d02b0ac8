"""Rolling backups with SQLite's online backup API.

Backups of a database go to a folder of their own under the backup folder
(named after the database and a hash of its full path, so two databases with
the same file name never mix).  The newest `KEEP` are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mgi_desktop import paths
from mgi_desktop.errors import StorageError
from mgi_desktop.storage.health import inspect_file

KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def backup_folder(database: Path) -> Path:
    database = database.absolute()
    digest = hashlib.sha256(str(database).encode()).hexdigest()[:8]
    folder = paths.backup_dir() / f"{database.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy(source: Path, target: Path) -> None:
    """Copy a live database consistently, even while it is being written."""
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True, timeout=5)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(database: Path, reason: str = "manual") -> BackupInfo:
    folder = backup_folder(database)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        _copy(database, partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"{database}: backup to {folder} failed: {exc}") from None
    _prune(folder)
    return _info(target)


def _info(path: Path) -> BackupInfo:
    stamp, _, reason = path.stem.partition("-")
    created = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    return BackupInfo(path, created, reason, path.stat().st_size)


def list_backups(database: Path) -> list[BackupInfo]:
    """Newest first."""
    infos = []
    for path in backup_folder(database).glob("*.sqlite"):
        try:
            infos.append(_info(path))
        except ValueError:
            continue
    return sorted(infos, key=lambda b: b.created, reverse=True)


def _prune(folder: Path) -> None:
    backups = sorted(folder.glob("*.sqlite"), reverse=True)
    for old in backups[KEEP:]:
        old.unlink(missing_ok=True)


def restore_backup(database: Path, backup: Path) -> BackupInfo:
    """Replace the database with a backup; the current file is kept first.

    The caller must hold the database's lock (no other process may have it
    open).  Works on a database too damaged to open: the current file is then
    kept as a raw copy, and the restored file replaces it in one rename.
    """
    inspect_file(backup)
    safety: BackupInfo | None = None
    if database.exists():
        try:
            safety = create_backup(database, reason="before-restore")
        except StorageError:
            raw = backup_folder(database) / (
                dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-damaged.sqlite")
            shutil.copy2(database, raw)
            safety = _info(raw)
    staged = database.with_name(database.name + ".restoring")
    try:
        _copy(backup, staged)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except (sqlite3.Error, OSError) as exc:
        staged.unlink(missing_ok=True)
        raise StorageError(f"{database}: restore from {backup} failed: {exc}") from None
    return safety or _info(backup)


def restore_locked(database: Path, backup: Path) -> BackupInfo:
    """`restore_backup`, taking the database's lock first (the window's "restore" button)."""
    from mgi_desktop.storage.lock import take

    lock = take(database)
    try:
        return restore_backup(database, backup)
    finally:
        lock.release()


#: An on-open backup is skipped when the last one is more recent than this (and
#: the rolling backups cover the changes since), so a script running many
#: commands does not push every useful backup out of the window of `KEEP`.
ON_OPEN_MIN_INTERVAL = dt.timedelta(minutes=10)


def due(database: Path) -> bool:
    """Whether opening the database should take a backup now."""
    latest = latest_backup(database)
    if latest is None:
        return True
    modified = dt.datetime.fromtimestamp(database.stat().st_mtime, dt.UTC)
    wal = Path(str(database) + "-wal")
    if wal.exists():
        modified = max(modified, dt.datetime.fromtimestamp(wal.stat().st_mtime, dt.UTC))
    now = dt.datetime.now(dt.UTC)
    return modified > latest.created and now - latest.created > ON_OPEN_MIN_INTERVAL


def latest_backup(database: Path) -> BackupInfo | None:
    backups = list_backups(database)
    return backups[0] if backups else None
