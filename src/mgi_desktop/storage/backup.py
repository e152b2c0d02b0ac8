"""Rolling backups with SQLite's online backup API, with the evidence files they reference.

Backups of a database go to a folder of their own under the backup folder
(named after the database and a hash of its full path, so two databases with
the same file name never mix).  The newest `KEEP` are kept.

Each backup is one self-contained ``.sqlite`` file.  The evidence files it
references are kept beside it, in the content-addressed ``attachments/``
folder of the same backup folder (``<sha[:2]>/<sha>``, as in the database's
own store), shared by all its backups: a hard link to the live file where the
OS allows (a stored file never changes), a verified copy otherwise.  (Before
its upgrade to schema 0003, a database's files are taken from the store that
earlier versions shared, `paths.legacy_attachments_dir`.)  Pruning
keeps exactly the files that the kept backups reference.  A restore puts back
into the database's store every file the restored database references that is
missing there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mgi_desktop import paths
from mgi_desktop.errors import MgiError, StorageError
from mgi_desktop.messages import Message, Template
from mgi_desktop.storage.attachments import AttachmentStore, copy_verified, file_sha256, iter_shards, shard_path
from mgi_desktop.storage.health import inspect_file

BACKUP_FAILED = Template("backup.failed", "backup to {folder} failed: {reason}")
RESTORE_FAILED = Template("backup.restore_failed", "restore from {backup} failed: {reason}")

log = logging.getLogger(__name__)

KEEP = 10
#: A backup's name starts with its time (UTC), written with this format and read back with `_STAMP`
#: (not strptime, whose first use costs an opening more than all the rest of this module).
STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{6})Z$")
#: The content-addressed folder of evidence files inside a database's backup folder.
ATTACHMENTS = "attachments"


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


def referenced_files(database: Path) -> set[str] | None:
    """The SHA-256 of every file the evidence of a database file references; None if it cannot be read.

    For a file nobody writes any more (a backup, a staged copy): it is opened
    immutable, so reading it leaves no ``-wal``/``-shm`` beside it.
    """
    try:
        con = sqlite3.connect(f"file:{database.as_posix()}?mode=ro&immutable=1", uri=True, timeout=5)
        try:
            if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='evidence'").fetchone():
                return set()
            return {str(sha) for (sha,) in con.execute(
                "SELECT DISTINCT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL AND file_sha256 != ''")}
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _keep_files(database: Path, folder: Path, shas: set[str]) -> None:
    """Put into the backup folder's ``attachments/`` each file of `shas` it lacks, from the live store.

    A database not upgraded yet (the backup taken before an upgrade) still has its
    files in the store that earlier versions shared; they are taken from there.
    """
    live = AttachmentStore.beside(database)
    stores = [live, AttachmentStore(paths.legacy_attachments_dir(), read_only=True)]
    kept = folder / ATTACHMENTS
    missing = 0
    for sha in sorted(shas):
        try:
            target = shard_path(kept, sha)
        except StorageError:
            missing += 1
            continue
        if target.is_file():
            continue  # kept for an earlier backup: content-addressed, so the same file
        source = next((store.path(sha) for store in stores if store.verify(sha)), None)
        if source is None:
            missing += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except FileExistsError:
            pass
        except OSError:  # no hard links here (FAT, another volume): a verified copy
            copy_verified(source, target, sha)
    if missing:
        log.warning("%s: %d referenced evidence file(s) are not in %s (or are damaged there); the backup keeps "
                    "only their descriptions", database, missing, live.folder)


def create_backup(database: Path, reason: str = "manual") -> BackupInfo:
    folder = backup_folder(database)
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP)
    target = folder / f"{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        _copy(database, partial)
        # The files first: a backup is listed only once everything it references is kept.
        _keep_files(database, folder, referenced_files(partial) or set())
        os.replace(partial, target)
    except (sqlite3.Error, OSError, MgiError) as exc:
        partial.unlink(missing_ok=True)
        cause: Message | str = exc.msg if isinstance(exc, MgiError) else str(exc)
        raise StorageError(BACKUP_FAILED(database, folder=folder, reason=cause)) from None
    _prune(folder)
    return _info(target)


def _info(path: Path) -> BackupInfo:
    """A backup's time and reason, from its name; ValueError for a file that is not a backup."""
    stamp, _, reason = path.stem.partition("-")
    parts = _STAMP.match(stamp)
    if parts is None:
        raise ValueError(f"{path.name} is not named as a backup")
    year, month, day, hour, minute, second, micro = (int(part) for part in parts.groups())
    created = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=dt.UTC)
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
    _prune_files(folder, backups[:KEEP])


def _prune_files(folder: Path, kept: list[Path]) -> None:
    """Remove from the backup folder's ``attachments/`` every file no kept backup references."""
    store = folder / ATTACHMENTS
    if not store.is_dir():
        return
    needed: set[str] = set()
    for path in kept:
        shas = referenced_files(path)
        if shas is None:  # nothing is removed while a kept backup cannot tell what it needs
            log.warning("%s: cannot read which evidence files it references; no file in %s is removed",
                        path, store)
            return
        needed |= shas
    try:
        for sha, path in list(iter_shards(store)):
            if sha not in needed:
                path.unlink(missing_ok=True)
        for shard in store.iterdir():
            if shard.is_dir() and not any(shard.iterdir()):
                shard.rmdir()
    except OSError as exc:  # a file left behind is only disk space
        log.warning("%s: pruning the evidence files of old backups failed: %s", store, exc)


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
                dt.datetime.now(dt.UTC).strftime(STAMP) + "-damaged.sqlite")
            shutil.copy2(database, raw)
            safety = _info(raw)
    staged = database.with_name(database.name + ".restoring")
    try:
        _copy(backup, staged)
        # The files first: once the restored file is in place, every file it references that a backup kept is back.
        _restore_files(database, backup, referenced_files(staged) or set())
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except (sqlite3.Error, OSError, MgiError) as exc:
        staged.unlink(missing_ok=True)
        cause: Message | str = exc.msg if isinstance(exc, MgiError) else str(exc)
        raise StorageError(RESTORE_FAILED(database, backup=backup, reason=cause)) from None
    return safety or _info(backup)


def _restore_files(database: Path, backup: Path, shas: set[str]) -> None:
    """Put into the database's store each file of `shas` missing (or damaged) there, from the backups."""
    live = AttachmentStore.beside(database)
    sources = list(dict.fromkeys([backup.parent / ATTACHMENTS, backup_folder(database) / ATTACHMENTS]))
    missing = 0
    for sha in sorted(shas):
        if live.verify(sha):
            continue
        for folder in sources:
            try:
                candidate = shard_path(folder, sha)
                found = file_sha256(candidate) == sha
            except (StorageError, OSError):
                continue
            if found:
                live.copy_in(candidate, sha)
                break
        else:
            missing += 1
    if missing:
        log.warning("%s: %d evidence file(s) referenced by %s are in no backup folder (or damaged there); the "
                    "evidence keeps only their descriptions", database, missing, backup)


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
