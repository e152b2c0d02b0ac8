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

from mgi_desktop import atomic, disk, paths
from mgi_desktop.errors import DiskFullError, MgiError, StorageError
from mgi_desktop.messages import Message, Template
from mgi_desktop.storage.attachments import AttachmentStore, copy_verified, file_sha256, iter_shards, shard_path
from mgi_desktop.storage.health import SQLITE_HEADER, inspect_file

BACKUP_FAILED = Template("backup.failed", "backup to {folder} failed: {reason}")
RESTORE_FAILED = Template("backup.restore_failed", "restore from {backup} failed: {reason}")
COPY_FAILED_CHECK = Template("backup.copy_failed_check", "the copy failed its integrity check ({detail})")
IN_USE = Template("backup.in_use", "the database is in use by another program; close it there and try again")
NO_BACKUP_MADE = Template("backup.none_made", "no backup was made; the database and its backups are as they were")
NOTHING_RESTORED = Template("backup.nothing_restored", "nothing was restored; the database is as it was")

log = logging.getLogger(__name__)

KEEP = 10
#: A backup's name starts with its time (UTC), written with this format and read back with `_STAMP`
#: (not strptime, whose first use costs an opening more than all the rest of this module).
STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{6})Z$")
#: The content-addressed folder of evidence files inside a database's backup folder.
ATTACHMENTS = "attachments"
#: Raw copies of a database too damaged to back up, kept before a restore replaces it: never listed as
#: backups (they cannot be restored), the newest `KEEP_DAMAGED` kept.
DAMAGED = "damaged"
KEEP_DAMAGED = 3
#: A backup being written (renamed to ``.sqlite`` once complete and checked), and a restored copy being
#: staged beside the database: what a killed backup or restore leaves, removed by `clean_leftovers`.
PARTIAL, RESTORING = ".partial", ".restoring"
#: The files SQLite writes beside a copy while it is written: its rollback journal, and its write-ahead
#: log and shared memory (the copied header says WAL until ``journal_mode = DELETE``); a kill leaves them too.
SIDECARS = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def folder_of(database: Path) -> Path:
    """The backup folder of `database` (it may not exist yet: reading commands never create it)."""
    database = database.absolute()
    digest = hashlib.sha256(str(database).encode()).hexdigest()[:8]
    return paths.backup_dir() / f"{database.stem}-{digest}"


def backup_folder(database: Path) -> Path:
    """The backup folder of `database`, created if need be (to write a backup into)."""
    folder = folder_of(database)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _check_copy(path: Path) -> None:
    """``PRAGMA quick_check`` on a copy just written: a backup is listed only once it passed."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
    try:
        result = con.execute("PRAGMA quick_check").fetchall()
    finally:
        con.close()
    if result != [("ok",)]:
        raise StorageError(COPY_FAILED_CHECK(path, detail="; ".join(str(r[0]) for r in result[:3])))


def _database_size(database: Path) -> int:
    """The bytes a consistent copy of the database can take: the file and its write-ahead log."""
    size = 0
    for file in (database, Path(str(database) + "-wal")):
        try:
            size += file.stat().st_size
        except OSError:
            pass
    return size


def _cause(exc: BaseException) -> Message | str:
    return exc.msg if isinstance(exc, MgiError) else str(exc)


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
    """A complete, checked backup of `database`, or none at all (a full disk: `DiskFullError`).

    The copy is written as ``.partial``, checked with ``quick_check``, its
    evidence files kept, and only then renamed to ``.sqlite``: `list_backups`
    never sees a half-made backup, and a killed one is removed by `clean_leftovers`.
    """
    folder = folder_of(database)
    needed = _database_size(database)
    disk.ensure_space(folder, needed, NO_BACKUP_MADE(), subject=database)
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP)
    target = folder / f"{stamp}-{reason}.sqlite"
    partial = target.with_suffix(PARTIAL)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy(database, partial)
        _check_copy(partial)
        # The files first: a backup is listed only once everything it references is kept.
        _keep_files(database, folder, referenced_files(partial) or set())
        os.replace(partial, target)
    except (sqlite3.Error, OSError, MgiError) as exc:
        partial.unlink(missing_ok=True)
        full = disk.retold(exc, folder, NO_BACKUP_MADE(), needed=needed, subject=database)
        if full is not None:
            raise full from None
        raise StorageError(BACKUP_FAILED(database, folder=folder, reason=_cause(exc))) from None
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


def _is_backup(path: Path) -> bool:
    """A complete backup: named as one, and an SQLite file (not a raw copy of a damaged database)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def list_backups(database: Path) -> list[BackupInfo]:
    """The complete backups, newest first: written whole and checked before they got their name."""
    infos = []
    folder = folder_of(database)
    if not folder.is_dir():
        return []
    for path in folder.glob("*.sqlite"):
        try:
            info = _info(path)
        except (ValueError, OSError):
            continue
        if info.reason != DAMAGED and _is_backup(path):
            infos.append(info)
    return sorted(infos, key=lambda b: b.created, reverse=True)


def _prune(folder: Path) -> None:
    backups = sorted(folder.glob("*.sqlite"), reverse=True)
    for old in backups[KEEP:]:
        old.unlink(missing_ok=True)
    _prune_files(folder, backups[:KEEP])
    raw = sorted((folder / DAMAGED).glob("*.sqlite"), reverse=True)
    for old in raw[KEEP_DAMAGED:]:
        for file in (old, Path(str(old) + "-wal")):
            file.unlink(missing_ok=True)


def clean_leftovers(database: Path) -> list[Path]:
    """Remove what a killed backup or restore of `database` left (the caller holds its lock).

    ``.partial`` backups, a ``.restoring`` copy beside the database (each
    with the files SQLite was writing beside it, `SIDECARS`), the temporary
    files of killed atomic writes in the backups' and the database's evidence
    stores, and empty files among the backups.  Each removal is logged; the
    removed paths are returned.
    """
    folder = folder_of(database)
    restoring = database.with_name(database.name + RESTORING)
    found: list[Path] = [restoring, *(restoring.with_name(restoring.name + s) for s in SIDECARS)]
    stores = [AttachmentStore.beside(database).folder]
    if folder.is_dir():
        partials = [p for suffix in ("", *SIDECARS) for p in folder.glob("*" + PARTIAL + suffix)]
        found += partials
        found += (p for p in folder.glob("*.sqlite") if p.is_file() and p.stat().st_size == 0)
        found += atomic.leftovers(folder / DAMAGED)
        if partials:  # the backups' store is written only while a .partial exists: swept only after one
            stores.append(folder / ATTACHMENTS)
    for store in stores:
        if store.is_dir():
            for shard in store.iterdir():
                found += atomic.leftovers(shard) if shard.is_dir() else []
    removed = []
    for path in found:
        try:
            size = path.stat().st_size
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("cannot remove the leftover %s: %s", path, exc)
            continue
        log.info("removed %s (%d bytes), left by an interrupted backup, restore or copy", path, size)
        removed.append(path)
    return removed


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
    # Room for the staged copy beside the database, checked before anything is written.
    disk.ensure_space(database.parent, backup.stat().st_size, NOTHING_RESTORED(), subject=database)
    safety: BackupInfo | None = None
    sound = False
    if database.exists():
        try:
            safety = create_backup(database, reason="before-restore")
            sound = True
        except DiskFullError as exc:  # no copy of the current file, no restore
            raise disk.disk_full(exc.folder or database.parent, NOTHING_RESTORED(),
                                 needed=_database_size(database), subject=database) from None
        except StorageError:
            safety = _keep_raw_copy(database)
    staged = database.with_name(database.name + RESTORING)
    try:
        _copy(backup, staged)
        _check_copy(staged)
        # The files first: once the restored file is in place, every file it references that a backup kept is back.
        _restore_files(database, backup, referenced_files(staged) or set())
        if sound:  # everything into the file first, so that dropping the log below loses nothing
            _checkpoint(database)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except (sqlite3.Error, OSError, MgiError) as exc:
        staged.unlink(missing_ok=True)
        full = disk.retold(exc, database.parent, NOTHING_RESTORED(), needed=backup.stat().st_size, subject=database)
        if full is not None:
            raise full from None
        raise StorageError(RESTORE_FAILED(database, backup=backup, reason=_cause(exc))) from None
    return safety or _info(backup)


def _checkpoint(database: Path) -> None:
    """Move the write-ahead log of a sound database into the file and empty it."""
    con = sqlite3.connect(database, timeout=5)
    try:
        busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        con.close()
    if busy:
        raise StorageError(IN_USE(database))


def _keep_raw_copy(database: Path) -> BackupInfo:
    """Keep a database too damaged to back up as it is (with its log), before a restore replaces it.

    Written into the backup folder's ``damaged/`` atomically, never listed
    as a backup; a full disk leaves nothing and stops the restore.
    """
    folder = folder_of(database) / DAMAGED
    raw = folder / (dt.datetime.now(dt.UTC).strftime(STAMP) + f"-{DAMAGED}.sqlite")
    needed = _database_size(database)
    disk.ensure_space(folder, needed, NOTHING_RESTORED(), subject=database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        wal = Path(str(database) + "-wal")
        if wal.is_file():
            with atomic.atomic_path(Path(str(raw) + "-wal")) as temp:
                shutil.copyfile(wal, temp)
        with atomic.atomic_path(raw) as temp:
            shutil.copyfile(database, temp)
    except (OSError, MgiError) as exc:
        Path(str(raw) + "-wal").unlink(missing_ok=True)
        full = disk.retold(exc, folder, NOTHING_RESTORED(), needed=needed, subject=database)
        if full is not None:
            raise full from None
        raise StorageError(RESTORE_FAILED(database, backup=database, reason=_cause(exc))) from None
    return _info(raw)


def _restore_files(database: Path, backup: Path, shas: set[str]) -> None:
    """Put into the database's store each file of `shas` missing (or damaged) there, from the backups."""
    live = AttachmentStore.beside(database)
    sources = list(dict.fromkeys([backup.parent / ATTACHMENTS, folder_of(database) / ATTACHMENTS]))
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


def data_version(database: Path, *, immutable: bool = False) -> int | None:
    """The database's count of rows ever written (migration 0004); None before that schema or unreadable.

    `immutable` for a file nobody writes (a backup): reading it then leaves no ``-wal``/``-shm``.
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        con = sqlite3.connect(f"file:{database.as_posix()}?{flags}", uri=True, timeout=5)
        try:
            row = con.execute("SELECT version FROM data_version WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


def due(database: Path) -> bool:
    """Whether opening the database should take a backup now: it changed since the latest backup
    (by its own change counter, not the file's time, which merely opening it may touch), and that
    backup is older than `ON_OPEN_MIN_INTERVAL`."""
    latest = latest_backup(database)
    if latest is None:
        return True
    if dt.datetime.now(dt.UTC) - latest.created <= ON_OPEN_MIN_INTERVAL:
        return False
    current = data_version(database)
    return current is None or current != data_version(latest.path, immutable=True)


def latest_backup(database: Path) -> BackupInfo | None:
    backups = list_backups(database)
    return backups[0] if backups else None
