"""Opening the database safely: checks, lock, migrations, backups, pragmas.

Opening a file goes through these steps, and stops with a `StorageError`
that names the file (and changes nothing) at the first that fails:

1. the file is an SQLite database (header), not empty, text or truncated;
2. ``PRAGMA quick_check`` passes;
3. it is an MGI Desktop database (``application_id``), or a new file;
4. its schema is not newer than this app (never downgraded);
5. another process does not have it open (an OS file lock, released even
   when a process is killed);
6. pending migrations run, after an automatic backup.

Every connection runs in WAL mode with foreign keys on, ``synchronous=FULL``
(an answer the user saw saved survives a power cut) and a busy timeout.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import filelock
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

from mgi_desktop.errors import StorageError, ValidationError
from mgi_desktop.messages import Template
from mgi_desktop.storage import backup, migrate
from mgi_desktop.storage import lock as storage_lock
from mgi_desktop.storage.attachments import AttachmentStore
from mgi_desktop.storage.health import APPLICATION_ID, BUSY_TIMEOUT_MS, inspect_file
from mgi_desktop.storage.tables import Role, UserProfile

log = logging.getLogger(__name__)

NO_SUCH_DATABASE = Template("storage.no_such_database", "no such database")
CANNOT_CREATE_FOLDER = Template("storage.cannot_create_folder", "cannot create the folder: {reason}")
CANNOT_WRITE_DB = Template("storage.cannot_write", "cannot write the database: {detail}")
OLDER = Template("storage.older",
                 "the database was written by an older version; open it once in MGI Desktop to upgrade it")
OPENED_READ_ONLY = Template("storage.opened_read_only", "opened read-only")
NAME_NEEDED = Template("profile.name_needed", "a name is needed")
LATEST_BACKUP = Template("storage.latest_backup",
                         "the latest backup is from {when}: {backup} (restore it with: mgi-desktop --database "
                         "\"{database}\" backup restore latest)")
READ_ONLY_FILE = Template("storage.read_only_file",
                          "the database file is read-only; copy it to a folder you can write to")
READ_ONLY_FOLDER = Template("storage.read_only_folder",
                            "cannot write in the database's folder (needed for its journal)")
BUSY = Template("storage.busy", "the database is busy in another program; try again")
DISK = Template("storage.disk", "the disk is full or failing; nothing was saved")
READ_ONLY = Template("storage.read_only", "the database is read-only; nothing was saved")
NOT_WRITTEN = Template("storage.not_written", "the database cannot be written ({detail}); nothing was saved")

#: A rolling backup is taken after this many committed changes.
BACKUP_EVERY_CHANGES = 200


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


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
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """An open MGI Desktop database: the engine, the lock, the current user and its attachments.

    Services take a `Database` and open one short transaction per call with
    `transaction()`; nothing is held open between calls.  Its evidence files are
    in `attachments`, the folder ``<file name>-attachments/`` beside the file
    (created with the first file stored; read-only for `open_read_only`).
    """

    def __init__(self, path: Path, engine: Engine, lock: filelock.BaseFileLock | None,
                 *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.attachments = AttachmentStore.beside(path, read_only=read_only)
        self._lock = lock
        self._changes_since_backup = 0
        self._user: UserProfile | None = None
        self.backups_enabled = True

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True, backup_on_open: bool = True) -> Database:
        path = Path(path).expanduser().absolute()
        exists = path.exists()
        if exists:
            try:
                inspect_file(path)
            except StorageError as exc:
                raise _with_backup_hint(path, exc) from None
        elif not create:
            raise StorageError(NO_SUCH_DATABASE(path))
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(CANNOT_CREATE_FOLDER(path, reason=exc.strerror or str(exc))) from None
        if exists:
            _check_writable(path)
        lock = storage_lock.take(path)
        try:
            pending = migrate.pending_revisions(path) if exists else None
            if exists and pending and backup_on_open:
                backup.create_backup(path, reason="before-upgrade")
            engine = make_engine(path)
            try:
                migrate.upgrade(engine, path)
                with engine.begin() as con:
                    con.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            except sqlite3.OperationalError as exc:
                raise StorageError(CANNOT_WRITE_DB(path, detail=str(exc))) from None
            db = cls(path, engine, lock)
            if exists and backup_on_open and not pending and backup.due(path):
                backup.create_backup(path, reason="on-open")
            return db
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """For reading another database (consolidation): no lock, no migration, no writes."""
        path = Path(path).expanduser().absolute()
        if not path.exists():
            raise StorageError(NO_SUCH_DATABASE(path))
        inspect_file(path)
        if migrate.pending_revisions(path):
            raise StorageError(OLDER(path))
        return cls(path, make_engine(path, read_only=True), None, read_only=True)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short transaction: committed on success, rolled back on any error."""
        if self.read_only:
            raise StorageError(OPENED_READ_ONLY(self.path))
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except sqlite3.OperationalError as exc:
            raise _storage_error(self.path, exc) from None
        except Exception as exc:
            orig = getattr(exc, "orig", None)
            if isinstance(orig, sqlite3.OperationalError):
                raise _storage_error(self.path, orig) from None
            raise
        finally:
            session.close()
        self._changes_since_backup += 1
        if self.backups_enabled and self._changes_since_backup >= BACKUP_EVERY_CHANGES:
            self._changes_since_backup = 0
            try:
                backup.create_backup(self.path, reason="rolling")
            except StorageError as exc:  # a failed backup must not fail the save that triggered it
                log.warning("rolling backup failed: %s", exc)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    # -- the local user ----------------------------------------------------------

    def user(self) -> UserProfile | None:
        # Cached: asked on every save, changed only through set_user (this process holds the lock).
        if self._user is None:
            with self.reading() as session:
                self._user = session.get(UserProfile, 1)
        return self._user

    def set_user(self, name: str, institution: str = "", role: Role | str = Role.FOCAL_POINT) -> UserProfile:
        name = name.strip()
        if not name:
            raise ValidationError(NAME_NEEDED())
        role = Role(role)
        with self.transaction() as session:
            profile = session.get(UserProfile, 1) or UserProfile(id=1, name=name)
            profile.name, profile.institution, profile.role = name, institution.strip(), role
            session.add(profile)
        self._user = profile
        return profile


def _with_backup_hint(path: Path, exc: StorageError) -> StorageError:
    """Point to the newest backup of a file that cannot be opened (the window offers to restore it)."""
    latest = backup.latest_backup(path)
    if latest is None:
        return exc
    hint = LATEST_BACKUP(when=latest.created.strftime("%Y-%m-%d %H:%M UTC"), backup=latest.path, database=path)
    return StorageError(exc.msg, details=[*exc.details, hint])


def _check_writable(path: Path) -> None:
    import os

    if not os.access(path, os.W_OK):
        raise StorageError(READ_ONLY_FILE(path))
    if not os.access(path.parent, os.W_OK):
        raise StorageError(READ_ONLY_FOLDER(path.parent))


def _storage_error(path: Path, exc: sqlite3.OperationalError) -> StorageError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StorageError(BUSY(path))
    if "disk" in text and ("full" in text or "I/O" in text):
        return StorageError(DISK(path))
    if "readonly" in text or "read-only" in text:
        return StorageError(READ_ONLY(path))
    return StorageError(NOT_WRITTEN(path, detail=text))
